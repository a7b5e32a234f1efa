package org.ibidem.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.ibidem.OutsidePrograms;
import org.ibidem.export.ExportFormat;
import org.ibidem.export.Exporter;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.ibidem.style.CitationFormatter;
import org.ibidem.style.Cite;
import org.ibidem.style.CitePosition;
import org.ibidem.style.OutputFormat;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cite disambiguation against citeproc-js, the reference CSL processor, fed the same notes with
 * {@code processCitationCluster} ({@code citeprocjs/cites.js}, as {@link CiteprocJsCitationsIT}): works whose
 * cites would read alike, and what each style does about them. Two books of one author with one title (Chicago's
 * and MHRA's short forms add the date), two of one author and year (year suffixes, the same letters as the
 * bibliography's), two people of one surname (initials: in the ambiguous cites only, or in every cite of the
 * name under APA's and Chicago's {@code primary-name} rules), two works whose first authors and year agree (more
 * names before "et al."), and two works of one author first cited in the same note (OSCOLA's title). MLA is left
 * out: its cites differ from citeproc-js's in their locator ("p. 4" for "4"), not in disambiguation.
 *
 * <p>Skipped, visibly, when node or citeproc-js is absent: {@code .ci/run} installs {@code citeproc@2.4.63} into
 * {@code $IBIDEM_CITEPROCJS} (default {@code /tmp/ibidem-citeprocjs}; the system property
 * {@code ibidem.citeprocjs} overrides both).
 */
class CiteprocJsDisambiguationIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CitationFormatter FORMATTER = new CitationFormatter();
    private static final Map<String, Reference> WORKS = new LinkedHashMap<>();

    private static void book(String id, String title, String publisher, int year, Name... authors) {
        WORKS.put(id, Reference.builder(ItemType.BOOK).id(id).authors(List.of(authors)).title(title)
                .publisherPlace("London").publisher(publisher).issued(PartialDate.ofYear(year)).build());
    }

    static {
        book("rome-1999", "History of Rome", "Penguin", 1999, Name.of("Smith", "John"));
        book("rome-2003", "History of Rome", "Verso", 2003, Name.of("Smith", "John"));
        book("cats", "Cats", "Penguin", 1999, Name.of("Jones", "Ann"));
        book("dogs", "Dogs", "Penguin", 1999, Name.of("Jones", "Ann"));
        book("rivers", "Rivers", "Penguin", 2001, Name.of("Brown", "Peter"));
        book("lakes", "Lakes", "Penguin", 2001, Name.of("Brown", "Mary"));
        book("seas", "Seas", "Penguin", 2005, Name.of("Brown", "Mary"));
        book("maps", "Maps", "Penguin", 2010, Name.of("Lee", "Tom"), Name.of("Park", "Sue"), Name.of("Kim", "Jo"));
        book("roads", "Roads", "Penguin", 2010, Name.of("Lee", "Tom"), Name.of("Chan", "Li"), Name.of("Kim", "Jo"));
        book("reviewing", "Reviewing and Reconsidering the History of Sino-Soviet Relations",
                "Social Sciences Academic Press", 2016, Name.of("Shen", "Zhihua"));
        book("korea", "Mao, Stalin and the Korean War", "Routledge", 2012, Name.of("Shen", "Zhihua"));
        book("spqr", "SPQR", "Liveright", 2015, Name.of("Beard", "Mary"));
        book("pompeii", "Pompeii", "Profile", 2008, Name.of("Beard", "Mary"));
    }

    /**
     * The notes, one a line: {@code number: cite; cite}, a cite {@code work} or {@code work@page}. Every work is
     * cited first and again, one cite a note (citeproc-js groups the cites of one author in a note of an author-date
     * style, "(Jones 1999a, 4, 1999b, 4)", which Ibidem does not do yet).
     */
    private static final List<String> NOTES = List.of("1: rome-1999@4", "2: rome-2003@4", "3: cats@4", "4: dogs@4",
            "5: rivers@4", "6: lakes@4", "7: seas@4", "8: maps@4", "9: roads@4", "10: reviewing@141", "11: korea",
            "12: rome-1999@5", "13: rome-2003@5", "14: cats@5", "15: dogs@5", "16: rivers@5", "17: lakes@5",
            "18: seas@5", "19: maps@5", "20: roads@5", "21: reviewing@12", "22: korea@5", "23: spqr@3",
            "24: spqr@4");

    /**
     * OSCOLA's notes: Shen's two books first cited in one note ("(n 1)" tells their later cites apart no more),
     * Beard's and Smith's in two. Not three works of one surname: citeproc-js then gives titles to cites whose
     * note numbers already differ ("Brown, Rivers (n 4)"), as its scan stops only when at most one other work is
     * left; the specification, and Ibidem, leave them as "Brown (n 4)".
     */
    private static final List<String> OSCOLA_NOTES = List.of("1: reviewing@141; korea", "2: spqr@3",
            "3: pompeii@7", "4: reviewing@12", "5: korea@5", "6: spqr@4", "7: pompeii", "8: rome-1999@4",
            "9: rome-2003", "10: rome-1999@5", "11: rome-2003@6", "12: korea@6");

    private static @TempDir Path work;
    private static boolean available;

    private static Path installed() {
        String dir = System.getProperty("ibidem.citeprocjs");
        if (dir == null || dir.isBlank()) {
            dir = System.getenv("IBIDEM_CITEPROCJS");
        }
        return Path.of(dir == null || dir.isBlank() ? "/tmp/ibidem-citeprocjs" : dir, "node_modules");
    }

    @BeforeAll
    static void findCiteprocJs() {
        available = OutsidePrograms.runs("node") && Files.isDirectory(installed().resolve("citeproc"));
        if (!available) {
            System.err.println("CiteprocJsDisambiguationIT: node or citeproc-js (" + installed()
                    + ") is missing; the comparison with citeproc-js is SKIPPED (.ci/run installs it)");
        }
    }

    private static void requireCiteprocJs() {
        Assumptions.assumeTrue(available, "node or citeproc-js is missing (" + installed()
                + "): the comparison is skipped; .ci/run installs citeproc@2.4.63 there");
    }

    private static List<Positions.NoteCites> sequence(List<String> lines) {
        List<Positions.NoteCites> notes = new ArrayList<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            List<Positions.Cite> cites = new ArrayList<>();
            for (String c : line.substring(colon + 1).split(";")) {
                String[] parts = c.strip().split("@");
                cites.add(new Positions.Cite(parts[0], parts.length > 1 ? "page " + parts[1] : null));
            }
            notes.add(new Positions.NoteCites(Integer.parseInt(line.substring(0, colon)), null, cites));
        }
        return notes;
    }

    /** citeproc-js's notes and bibliography for the sequence in a bundled style, as text. */
    private static JsonNode citeprocJs(String styleId, List<String> lines) throws Exception {
        Path style = work.resolve(styleId + ".csl");
        Files.writeString(style, resource("/" + styleId + ".csl"), StandardCharsets.UTF_8);
        for (String lang : List.of("en-US", "en-GB")) {
            Files.writeString(work.resolve("locales-" + lang + ".xml"), resource("/locales-" + lang + ".xml"),
                    StandardCharsets.UTF_8);
        }
        Path items = work.resolve("items.json");
        Files.writeString(items, Exporter.of(ExportFormat.CSL_JSON).export(List.copyOf(WORKS.values())),
                StandardCharsets.UTF_8);
        ArrayNode notes = JSON.createArrayNode();
        for (Positions.NoteCites note : sequence(lines)) {
            ObjectNode n = notes.addObject();
            n.put("note", note.number());
            ArrayNode cites = n.putArray("cites");
            for (Positions.Cite c : note.cites()) {
                ObjectNode o = cites.addObject().put("id", c.item());
                if (c.locator() != null) {
                    o.put("locator", c.locator().substring("page ".length())).put("label", "page");
                }
            }
        }
        Path notesFile = work.resolve("notes.json");
        JSON.writeValue(notesFile.toFile(), notes);
        Path script = work.resolve("cites.js");
        Files.writeString(script, resource("/citeprocjs/cites.js"), StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder("node", script.toString(), style.toString(), work.toString(),
                items.toString(), notesFile.toString(), "text");
        pb.environment().put("NODE_PATH", installed().toString());
        Path err = work.resolve("stderr.txt");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(err)).isZero();
        return JSON.readTree(out);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CiteprocJsDisambiguationIT.class.getResourceAsStream(name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Ibidem's notes for the sequence, in one session told every work and the note that first cites it
     * beforehand, as {@code Analysis.formatNotes} tells it (citeproc-js gives an early note its final text once a
     * later one makes its work ambiguous).
     */
    private static List<String> ours(CitationFormatter.Session session, List<String> lines) {
        List<Positions.NoteCites> notes = sequence(lines);
        for (Positions.NoteCites note : notes) {
            note.cites().forEach(c -> session.firstNote(WORKS.get(c.item()), note.number()));
        }
        List<List<CitePosition>> positions = Positions.compute(notes, Positions.DEFAULT_NEAR_NOTE_DISTANCE);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            List<Cite> cites = new ArrayList<>();
            for (int k = 0; k < notes.get(i).cites().size(); k++) {
                Positions.Cite c = notes.get(i).cites().get(k);
                cites.add(new Cite(WORKS.get(c.item()),
                        c.locator() == null ? null : Locator.page(c.locator().substring("page ".length())),
                        positions.get(i).get(k)));
            }
            out.add(session.formatNote(cites));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"chicago-notes-bibliography", "mhra-notes", "chicago-author-date", "apa",
        "harvard-cite-them-right"})
    void disambiguatesEachNoteAsCiteprocJsDoes(String style) throws Exception {
        requireCiteprocJs();
        JsonNode theirs = citeprocJs(style, NOTES);
        List<String> expected = new ArrayList<>();
        theirs.get("notes").forEach(n -> expected.add(n.asText()));

        assertThat(ours(FORMATTER.session(style, OutputFormat.TEXT, null), NOTES))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void oscolaNamesTheTitlesOfTwoWorksFirstCitedInOneNote() throws Exception {
        requireCiteprocJs();
        JsonNode theirs = citeprocJs("oscola", OSCOLA_NOTES);
        List<String> expected = new ArrayList<>();
        theirs.get("notes").forEach(n -> expected.add(n.asText()));

        assertThat(ours(FORMATTER.session("oscola", OutputFormat.TEXT, null), OSCOLA_NOTES))
                .containsExactlyElementsOf(expected)
                .contains("Shen, Mao, Stalin and the Korean War (n 1) 5.", "Beard (n 2) 4.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"chicago-author-date", "apa", "harvard-cite-them-right"})
    void theBibliographyHasTheCitesYearSuffixes(String style) throws Exception {
        requireCiteprocJs();
        JsonNode theirs = citeprocJs(style, NOTES);
        List<String> expected = new ArrayList<>();
        theirs.get("bibliography").forEach(n -> expected.add(n.asText()));
        CitationFormatter.Session session = FORMATTER.session(style, OutputFormat.TEXT, null);
        ours(session, NOTES);

        assertThat(session.bibliography().entries()).containsExactlyElementsOf(expected);
    }
}

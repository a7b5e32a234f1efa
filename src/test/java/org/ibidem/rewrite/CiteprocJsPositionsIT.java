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
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.ibidem.Ibidem;
import org.ibidem.OutsidePrograms;
import org.ibidem.style.CitePosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every CSL position Ibidem computes ({@link Positions}) against the one citeproc-js, the reference CSL processor,
 * assigns to the same sequence of citations: the kind (first, subsequent, ibid, ibid-with-locator), near-note and
 * first-reference-note-number, cite by cite. The sequences are the resolved notes of the seed essay, the examples,
 * the golden corpus and (when present) {@code ../shared/corpus}, and hand-made ones for the rules' corners; each
 * is compared at the default near-note distance (5) and at 0 and 1.
 *
 * <p>citeproc-js reads the positions through a style of ours ({@code citeprocjs/positions.csl}) whose citation
 * layout prints them, fed note by note with {@code processCitationCluster} ({@code citeprocjs/positions.js}),
 * the note number as {@code noteIndex}. A note without a resolved cite is not handed to it (a processor never
 * sees a note of commentary; the gap in note numbers is what it sees); a cite whose work Ibidem does not know is
 * handed over as a work of its own, cited nowhere else, and its position is not compared (Ibidem gives none).
 * Where note numbering restarts with a chapter, the chapter goes to a fresh engine, as Ibidem starts over
 * (docs/csl-positions.md, "Choices Ibidem makes where the specification is silent", Chapters).
 *
 * <p>Skipped, visibly, when node or citeproc-js is absent: {@code .ci/run} installs {@code citeproc@2.4.63} into
 * {@code $IBIDEM_CITEPROCJS} (default {@code /tmp/ibidem-citeprocjs}; the system property
 * {@code ibidem.citeprocjs} overrides both).
 */
class CiteprocJsPositionsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Integer> DISTANCES = List.of(Positions.DEFAULT_NEAR_NOTE_DISTANCE, 0, 1);
    private static final Path SHARED = Path.of("..", "shared", "corpus");

    /** Sequence name → distance → citeproc-js's text per note and cite. */
    private static final Map<String, Map<Integer, JsonNode>> CITEPROC = new LinkedHashMap<>();
    private static final AtomicInteger COMPARED = new AtomicInteger();
    private static final AtomicInteger AGREED = new AtomicInteger();
    private static @TempDir Path work;
    private static boolean available;

    /**
     * The hand-made sequences, one note a line: {@code number[/chapter]: cite; cite}, a cite {@code work} or
     * {@code work@place}, {@code ?} for a cite whose work is unknown, nothing after the colon for a note of
     * commentary.
     */
    private static final Map<String, List<String>> HAND_MADE = new LinkedHashMap<>();

    static {
        HAND_MADE.put("ibid after a different locator", List.of("1: a@4", "2: a@5", "3: a@5", "4: a@4"));
        HAND_MADE.put("ibid with and without locator",
                List.of("1: a", "2: a", "3: a@7", "4: a", "5: a@7", "6: b", "7: b", "8: b@2"));
        HAND_MADE.put("the same work twice in one note",
                List.of("1: a@4; a@4", "2: a@4; a@9", "3: a; a", "4: b; b@3; b", "5: b@3"));
        HAND_MADE.put("several works in one note",
                List.of("1: a@4; b@5", "2: a@4", "3: b@5", "4: a; b", "5: b", "6: a", "7: a; a", "8: a"));
        HAND_MADE.put("near-note inside and outside the distance",
                List.of("1: a", "2: b", "3: c", "4: a", "5: b", "6: c", "7: d", "8: e", "9: f", "10: g",
                        "11: a", "12: d", "17: d", "18: b"));
        HAND_MADE.put("a note with no citation between",
                List.of("1: a@4", "2:", "3: a@4", "4: a@5", "5:", "6: a@5", "7: b", "8:", "9:", "10: b"));
        HAND_MADE.put("an unknown work breaks the chain",
                List.of("1: a@4", "2: ?", "3: a@4", "4: a; ?", "5: a", "6: ?; a", "7: a"));
        HAND_MADE.put("chapters restart the numbering",
                List.of("1/one: a@4", "2/one: a@4", "3/one: b", "1/two: a@4", "2/two: b", "3/two: b", "4/two: a"));
    }

    private static Path installed() {
        String dir = System.getProperty("ibidem.citeprocjs");
        if (dir == null || dir.isBlank()) {
            dir = System.getenv("IBIDEM_CITEPROCJS");
        }
        return Path.of(dir == null || dir.isBlank() ? "/tmp/ibidem-citeprocjs" : dir, "node_modules");
    }

    /** The documents whose resolved notes give sequences: the examples, the golden corpus, the shared corpus. */
    private static List<Path> documents() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Path.of("examples"), Path.of("src/test/resources/corpus"), SHARED)) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> {
                    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                    return (n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".tex") || n.endsWith(".html"))
                            && !n.equals("readme.md");
                }).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static Map<String, List<Positions.NoteCites>> sequences;

    /** Every sequence, by name, as the position logic sees it (read once). */
    private static synchronized Map<String, List<Positions.NoteCites>> sequences() throws IOException {
        if (sequences != null) {
            return sequences;
        }
        Map<String, List<Positions.NoteCites>> out = new LinkedHashMap<>();
        HAND_MADE.forEach((name, lines) -> out.put(name, handMade(lines)));
        for (Path file : documents()) {
            out.put(file.toString(), Positions.of(Ibidem.analyze(file).notes()));
        }
        sequences = out;
        return out;
    }

    private static List<Positions.NoteCites> handMade(List<String> lines) {
        List<Positions.NoteCites> notes = new ArrayList<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            String[] head = line.substring(0, colon).split("/");
            List<Positions.Cite> cites = new ArrayList<>();
            for (String cite : line.substring(colon + 1).split(";")) {
                String c = cite.strip();
                if (c.isEmpty()) {
                    continue;
                }
                int at = c.indexOf('@');
                String item = at < 0 ? c : c.substring(0, at);
                cites.add(new Positions.Cite(item.equals("?") ? null : item, at < 0 ? null : "page " + c.substring(at + 1)));
            }
            notes.add(new Positions.NoteCites(Integer.parseInt(head[0]), head.length > 1 ? head[1] : null, cites));
        }
        return notes;
    }

    /**
     * Where each note goes: the run (a fresh engine per chapter) and the note's place in it, counted over every
     * note, commentary included. That place is the {@code noteIndex} citeproc-js gets: Ibidem counts near-note
     * distances in notes as they stand, and some documents number their notes per page (1, 2, 1, 2…) or not at
     * all (0), which citeproc-js would take as one note, or as no note.
     */
    private static List<int[]> places(List<Positions.NoteCites> notes) {
        List<int[]> out = new ArrayList<>();
        int run = -1;
        int place = 0;
        String chapter = null;
        for (int i = 0; i < notes.size(); i++) {
            if (i == 0 || !Objects.equals(chapter, notes.get(i).chapter())) {
                run++;
                place = 0;
                chapter = notes.get(i).chapter();
            }
            out.add(new int[] {run, ++place});
        }
        return out;
    }

    /** The runs handed to citeproc-js: one per stretch of notes in one chapter, notes without cites left out. */
    private static ArrayNode runs(List<Positions.NoteCites> notes) {
        ArrayNode runs = JSON.createArrayNode();
        List<int[]> places = places(notes);
        int unknown = 0;
        for (int i = 0; i < notes.size(); i++) {
            Positions.NoteCites note = notes.get(i);
            while (runs.size() <= places.get(i)[0]) {
                runs.addArray();
            }
            if (note.cites().isEmpty()) {
                continue;
            }
            ObjectNode n = ((ArrayNode) runs.get(places.get(i)[0])).addObject();
            n.put("note", places.get(i)[1]);
            ArrayNode cites = n.putArray("cites");
            for (Positions.Cite c : note.cites()) {
                ObjectNode o = cites.addObject();
                o.put("id", c.item() == null ? "?unknown-" + ++unknown : "work:" + c.item());
                if (c.locator() != null) {
                    o.put("locator", c.locator());
                }
            }
        }
        return runs;
    }

    /** citeproc-js's text for a cite, its first-reference-note-number (a place in the run) put back as a number. */
    private static String asNumbered(String text, List<Positions.NoteCites> notes, List<int[]> places, int run) {
        int comma = text.lastIndexOf(',');
        if (comma < 0 || !text.substring(comma + 1).chars().allMatch(Character::isDigit)) {
            return text;
        }
        int place = Integer.parseInt(text.substring(comma + 1));
        for (int i = 0; i < notes.size(); i++) {
            if (places.get(i)[0] == run && places.get(i)[1] == place) {
                // A note numbered 0 (a document whose notes carry no numbers) gives no number: CitePosition
                // keeps 0 for "no preceding note".
                int number = notes.get(i).number();
                return number == 0 ? text.substring(0, comma) : text.substring(0, comma + 1) + number;
            }
        }
        return text;
    }

    @BeforeAll
    static void askCiteprocJs() throws Exception {
        available = OutsidePrograms.runs("node") && Files.isDirectory(installed().resolve("citeproc"));
        if (!available) {
            System.err.println("CiteprocJsPositionsIT: node or citeproc-js (" + installed()
                    + ") is missing; the comparison with citeproc-js is SKIPPED (.ci/run installs it)");
            return;
        }
        Map<String, List<Positions.NoteCites>> sequences = sequences();
        ArrayNode all = JSON.createArrayNode();
        List<String> owners = new ArrayList<>();
        for (var e : sequences.entrySet()) {
            for (JsonNode run : runs(e.getValue())) {
                all.add(run);
                owners.add(e.getKey());
            }
        }
        Path input = work.resolve("runs.json");
        JSON.writeValue(input.toFile(), all);
        Path script = copy("positions.js");
        String style = resource("positions.csl");
        for (int distance : DISTANCES) {
            Path csl = work.resolve("positions-" + distance + ".csl");
            Files.writeString(csl, style.replace("@DISTANCE@", Integer.toString(distance)), StandardCharsets.UTF_8);
            JsonNode out = node(script, csl, input);
            assertThat(out.size()).isEqualTo(all.size());
            for (int r = 0; r < out.size(); r++) {
                ArrayNode texts = (ArrayNode) CITEPROC.computeIfAbsent(owners.get(r), k -> new LinkedHashMap<>())
                        .computeIfAbsent(distance, k -> JSON.createArrayNode());
                out.get(r).forEach(texts::add);
            }
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CiteprocJsPositionsIT.class.getResourceAsStream("/citeprocjs/" + name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Path copy(String name) throws IOException {
        Path p = work.resolve(name);
        Files.writeString(p, resource(name), StandardCharsets.UTF_8);
        return p;
    }

    private static JsonNode node(Path script, Path csl, Path input) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("node", script.toString(), csl.toString(), input.toString());
        pb.environment().put("NODE_PATH", installed().toString());
        Path err = work.resolve("stderr.txt");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(err)).isZero();
        String warnings = Files.readString(err).strip();
        if (!warnings.isEmpty()) {
            System.err.println("CiteprocJsPositionsIT: citeproc-js said: " + warnings);
        }
        return JSON.readTree(out);
    }

    @AfterAll
    static void report() {
        if (available) {
            System.err.println("CiteprocJsPositionsIT: " + COMPARED.get() + " positions compared with citeproc-js, "
                    + AGREED.get() + " agree");
        }
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (var e : sequences().entrySet()) {
            for (int distance : DISTANCES) {
                out.add(Arguments.of(e.getKey(), distance, e.getValue()));
            }
        }
        return out.stream();
    }

    @Test
    void theSharedCorpusIsThere() {
        Assumptions.assumeTrue(Files.isDirectory(SHARED), "../shared/corpus is absent: its documents are skipped");
    }

    @ParameterizedTest(name = "{0}, near-note-distance {1}")
    @MethodSource("cases")
    void givesEveryCiteThePositionCiteprocJsGives(String name, int distance, List<Positions.NoteCites> notes) {
        Assumptions.assumeTrue(available, "node or citeproc-js is missing (" + installed()
                + "): the comparison is skipped; .ci/run installs citeproc@2.4.63 there");
        List<List<CitePosition>> ours = Positions.compute(notes, distance);
        JsonNode theirs = CITEPROC.getOrDefault(name, Map.of()).getOrDefault(distance, JSON.createArrayNode());
        List<String> differences = new ArrayList<>();
        List<int[]> places = places(notes);
        int fed = 0;
        for (int i = 0; i < notes.size(); i++) {
            Positions.NoteCites note = notes.get(i);
            if (note.cites().isEmpty()) {
                continue;
            }
            JsonNode texts = theirs.get(fed++);
            for (int k = 0; k < note.cites().size(); k++) {
                CitePosition p = ours.get(i).get(k);
                if (p == null) {
                    continue;   // a work Ibidem does not know has no position
                }
                String mine = p.kind().cslName() + (p.nearNote() ? ",near-note" : "")
                        + (p.firstReferenceNoteNumber() > 0 ? "," + p.firstReferenceNoteNumber() : "");
                String other = asNumbered(texts.get(k).asText(), notes, places, places.get(i)[0]);
                COMPARED.incrementAndGet();
                if (mine.equals(other)) {
                    AGREED.incrementAndGet();
                } else {
                    differences.add("note " + note.number() + (note.chapter() == null ? "" : " (" + note.chapter()
                            + ")") + ", cite " + (k + 1) + ", work " + note.cites().get(k).item() + " at "
                            + note.cites().get(k).locator() + ": Ibidem " + mine + ", citeproc-js " + other);
                }
            }
        }
        assertThat(fed).as("notes handed to citeproc-js").isEqualTo(theirs.size());
        assertThat(differences).as("positions that differ from citeproc-js's").isEmpty();
    }
}

package org.ibidem.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.ibidem.style.CitationFormatter;
import org.ibidem.style.Cite;
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

    @BeforeAll
    static void findCiteprocJs() {
        available = CiteprocJsNotes.available("CiteprocJsDisambiguationIT");
    }

    private static void requireCiteprocJs() {
        Assumptions.assumeTrue(available, "node or citeproc-js is missing (" + CiteprocJsNotes.installed()
                + "): the comparison is skipped; .ci/run installs citeproc@2.4.63 there");
    }

    /** citeproc-js's notes and bibliography for the sequence in a bundled style, as text. */
    private static JsonNode citeprocJs(String styleId, List<String> lines) throws Exception {
        return CiteprocJsNotes.citeprocJs(work, WORKS, styleId, lines, "text");
    }

    private static List<String> ours(CitationFormatter.Session session, List<String> lines) {
        return CiteprocJsNotes.ours(session, WORKS, lines);
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

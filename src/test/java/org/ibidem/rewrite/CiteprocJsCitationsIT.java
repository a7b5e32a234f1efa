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
import org.ibidem.style.OutputFormat;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The library's one-note formatting ({@code CitationFormatter.Session.formatNote}, what {@code Analysis.formatNote}
 * uses) against citeproc-js, the reference CSL processor, fed the same notes with {@code processCitationCluster}
 * ({@code citeprocjs/cites.js}): a note style's first and subsequent forms (OSCOLA's "(n 1)" cross-reference,
 * Chicago's short form) and a numeric style's numbers, given in order of first citation (or, in a style whose
 * bibliography is sorted by author, in that order), sorted and collapsed within a note ("[1], [2], [3]",
 * "(1–3)"), and the same numbers in the bibliography of the same session.
 * Positions are Ibidem's ({@link Positions}), which {@link CiteprocJsPositionsIT} holds to citeproc-js's.
 *
 * <p>Skipped, visibly, when node or citeproc-js is absent: {@code .ci/run} installs {@code citeproc@2.4.63} into
 * {@code $IBIDEM_CITEPROCJS} (default {@code /tmp/ibidem-citeprocjs}; the system property
 * {@code ibidem.citeprocjs} overrides both).
 */
class CiteprocJsCitationsIT {

    private static final CitationFormatter FORMATTER = new CitationFormatter();

    private static final Map<String, Reference> WORKS = new LinkedHashMap<>();

    static {
        WORKS.put("shen", Reference.builder(ItemType.BOOK).id("shen")
                .authors(List.of(Name.of("Shen", "Zhihua")))
                .title("Reviewing and Reconsidering the History of Sino-Soviet Relations")
                .publisherPlace("Beijing").publisher("Social Sciences Academic Press")
                .issued(PartialDate.ofYear(2016)).build());
        // No colon in the title: citeproc-java shortens a title at its colon where citeproc-js, given no
        // title-short, repeats it whole; that difference is not what this test is about.
        WORKS.put("rush", Reference.builder(ItemType.ARTICLE_JOURNAL).id("rush")
                .authors(List.of(Name.of("Rush", "Myron")))
                .title("Problems of Succession in the Soviet Union")
                .containerTitle("Studies in Comparative Communism")
                .volume("2").issue("3").page("51-74")
                .issued(PartialDate.ofYear(1969)).build());
        WORKS.put("beard", Reference.builder(ItemType.BOOK).id("beard")
                .authors(List.of(Name.of("Beard", "Mary")))
                .title("SPQR").publisherPlace("New York").publisher("Liveright")
                .issued(PartialDate.ofYear(2015)).build());
        WORKS.put("shen-mao", Reference.builder(ItemType.BOOK).id("shen-mao")
                .authors(List.of(Name.of("Shen", "Zhihua")))
                .title("Mao, Stalin and the Korean War").publisherPlace("London").publisher("Routledge")
                .issued(PartialDate.ofYear(2012)).build());
    }

    /**
     * The notes, one a line: {@code number: cite; cite}, a cite {@code work} or {@code work@page}. A work first
     * cited in a note of several (Beard, third), works cited again out of order (Rush before Shen), an ibid, and a
     * second work by Shen, after which a short form of either needs its title (OSCOLA).
     */
    private static final List<String> NOTES = List.of("1: shen@141", "2: rush@53", "3: shen@12",
            "4: beard; shen; rush", "5: rush; shen", "6: rush@60", "7: rush@60", "8: beard@3", "9: shen-mao@5",
            "10: shen@20", "11: shen-mao");

    private static @TempDir Path work;
    private static boolean available;

    @BeforeAll
    static void findCiteprocJs() {
        available = CiteprocJsNotes.available("CiteprocJsCitationsIT");
    }

    /** citeproc-js's notes and bibliography for the sequence in a bundled style, as text. */
    private static JsonNode citeprocJs(String styleId) throws Exception {
        return citeprocJs(styleId, "text");
    }

    /** citeproc-js's notes and bibliography for the sequence in a bundled style, as text or html. */
    private static JsonNode citeprocJs(String styleId, String format) throws Exception {
        return CiteprocJsNotes.citeprocJs(work, WORKS, styleId, NOTES, format);
    }

    private static List<String> ours(CitationFormatter.Session session) {
        return CiteprocJsNotes.ours(session, WORKS, NOTES);
    }

    private static void requireCiteprocJs() {
        Assumptions.assumeTrue(available, "node or citeproc-js is missing (" + CiteprocJsNotes.installed()
                + "): the comparison is skipped; .ci/run installs citeproc@2.4.63 there");
    }

    @ParameterizedTest
    @ValueSource(strings = {"oscola", "chicago-notes-bibliography", "ieee", "nlm-citation-sequence", "nature",
        "springer-lecture-notes-in-computer-science-alphabetical"})
    void formatsEachNoteAsCiteprocJsDoes(String style) throws Exception {
        requireCiteprocJs();
        JsonNode theirs = citeprocJs(style);
        List<String> expected = new ArrayList<>();
        theirs.get("notes").forEach(n -> expected.add(n.asText()));

        assertThat(ours(FORMATTER.session(style, OutputFormat.TEXT, null))).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ieee", "nlm-citation-sequence", "nature"})
    void putsTheLayoutsFormattingAroundTheWholeCitationInHtml(String style) throws Exception {
        requireCiteprocJs();
        JsonNode theirs = citeprocJs(style, "html");
        List<String> expected = new ArrayList<>();
        theirs.get("notes").forEach(n -> expected.add(n.asText()));

        assertThat(ours(FORMATTER.session(style, OutputFormat.HTML, null))).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ieee", "nlm-citation-sequence", "nature",
        "springer-lecture-notes-in-computer-science-alphabetical"})
    void numbersTheBibliographyAsTheSessionsCitations(String style) throws Exception {
        requireCiteprocJs();
        JsonNode theirs = citeprocJs(style);
        List<String> expected = new ArrayList<>();
        theirs.get("bibliography").forEach(n -> expected.add(n.asText()));
        CitationFormatter.Session session = FORMATTER.session(style, OutputFormat.TEXT, null);
        ours(session);

        assertThat(session.bibliography().entries()).containsExactlyElementsOf(expected);
    }
}

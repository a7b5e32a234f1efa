package org.ibidem.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import org.ibidem.HangDetector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownExtractorTest {

    private final Document essay = Fixtures.read("essay.md");

    @Test
    void readsItAsMarkdownByItsExtension() {
        assertThat(essay.format()).isEqualTo(InputFormat.MARKDOWN);
    }

    @Test
    void numbersNotesAsTheyRenderAndListsUnreferencedDefinitionsLast() {
        assertThat(essay.notes())
                .extracting(Note::index, Note::number, Note::label)
                .containsExactly(tuple(1, 1, "1"), tuple(2, 2, "river"), tuple(3, 3, "3"), tuple(4, 0, "unused"));
    }

    @Test
    void cleansTextJoinsWrappedLinesAndDecodesEntities() {
        assertThat(essay.notes()).extracting(Note::text).containsExactly(
                "Mary Beard, SPQR: A History of Ancient Rome (New York: Liveright, 2015), 12.",
                "Ibid., The Rivers, 14 & 15.",
                "Inline note on Canal Days, 12.",
                "Nobody refers to this one.");
    }

    @Test
    void recordsEmphasisAsSpansOfTheCleanedText() {
        assertThat(Fixtures.emphasized(essay.notes().get(0))).containsExactly("SPQR: A History of Ancient Rome");
        assertThat(Fixtures.emphasized(essay.notes().get(1))).containsExactly("The Rivers");
        assertThat(Fixtures.emphasized(essay.notes().get(2))).containsExactly("Canal Days");
    }

    @Test
    void findsMarkersButNotInFrontMatterLiquidOrCode() {
        assertThat(essay.markers())
                .extracting(Marker::label, Marker::number, m -> m.position().toString())
                .containsExactly(
                        tuple("1", 1, "10:18"),
                        tuple("river", 2, "10:41"),
                        tuple("3", 3, "10:66"),
                        tuple("1", 1, "18:18"),
                        tuple("missing", 0, "18:38"));
    }

    @Test
    void placesNotesAtTheirDefinitionsAndInlineNotesJustAfterTheirMarker() {
        assertThat(essay.notes()).extracting(n -> n.position().toString())
                .containsExactly("22:1", "25:1", "10:67", "26:1");
        assertThat(essay.text().substring(essay.notes().get(1).position().offset())).startsWith("[^river]:");
        Note inline = essay.notes().get(2);
        Marker marker = essay.markers().get(2);
        assertThat(inline.position().offset()).isGreaterThan(marker.position().offset());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        0 | Mary       | 22:7
        0 | Liveright  | 23:5
        0 | SPQR       | 22:20
        1 | Rivers     | 25:23
        1 | 15         | 25:41
        2 | Canal      | 10:84
        """)
    void mapsNoteTextBackToTheFile(int note, String word, String position) {
        Note n = essay.notes().get(note);
        Fixtures.assertMapsBack(essay, n, word);
        assertThat(essay.positionIn(n, n.text().indexOf(word))).hasToString(position);
    }

    @Test
    void mapsADecodedEntityToItsAmpersand() {
        Note n = essay.notes().get(1);
        int source = n.textMap().toSource(n.text().indexOf('&'));
        assertThat(essay.text().substring(source)).startsWith("&amp;");
    }

    @Test
    void keepsLinkTextAndDropsTheTarget() {
        Document doc = new MarkdownExtractor().extract("links.md",
                "A claim.[^a]\n\n[^a]: See [*The Book*](https://example.org/book), 3.\n");
        assertThat(doc.notes().get(0).text()).isEqualTo("See The Book, 3.");
        assertThat(Fixtures.emphasized(doc.notes().get(0))).containsExactly("The Book");
    }

    @Test
    void treatsHtmlItalicsInANoteAsEmphasis() {
        Document doc = new MarkdownExtractor().extract("html.md",
                "A claim.[^a]\n\n[^a]: Ann Lee, <i>Ferries</i>, 7.\n");
        assertThat(Fixtures.emphasized(doc.notes().get(0))).containsExactly("Ferries");
        assertThat(doc.notes().get(0).text()).isEqualTo("Ann Lee, Ferries, 7.");
    }

    @Test
    void leavesTheBodyOfLiquidHighlightBlocksOut() {
        Document doc = new MarkdownExtractor().extract("liquid.md",
                "{% highlight python %}\nx = 1[^a]\n{% endhighlight %}\n\nText.[^b]\n\n[^b]: Note.\n");
        assertThat(doc.markers()).extracting(Marker::label).containsExactly("b");
    }

    @Test
    void doesNotTakeAnUnclosedFrontMatterForFrontMatter() {
        Document doc = new MarkdownExtractor().extract("rule.md", "---\nText.[^1]\n\n[^1]: A note.\n");
        assertThat(doc.notes()).extracting(Note::text).containsExactly("A note.");
        assertThat(doc.markers()).hasSize(1);
    }

    @Test
    void keepsEveryAngleBracketOfANoteWhileStillReadingTagsAndAutolinks() {
        Document doc = new MarkdownExtractor().extract("angles.md",
                "A claim.[^a]\n\n[^a]: If a < b and c << d, see <https://example.org> and <i>Ferries</i>, 7.\n");
        Note n = doc.notes().get(0);
        assertThat(n.text()).isEqualTo("If a < b and c << d, see https://example.org and Ferries, 7.");
        assertThat(Fixtures.emphasized(n)).containsExactly("Ferries");
        assertThat(doc.text().substring(n.textMap().toSource(n.text().indexOf("<<")))).startsWith("<< d,");
    }

    @Test
    void readsANoteOfAMegabyteOfAngleBracketsWithoutHanging() {
        // commonmark-java 0.28 scans from every '<' to the end of its paragraph: 100 KB of them took 34 s.
        String note = "Beard, " + "<".repeat(1 << 20) + " 12.";
        Document doc = HangDetector.withinCpuTime(Duration.ofSeconds(10), "a megabyte of '<'",
                () -> new MarkdownExtractor().extract("angles.md", "Text.[^1]\n\n[^1]: " + note + "\n"));
        assertThat(doc.notes()).extracting(Note::text).containsExactly(note);
    }

    @Test
    void keepsLoneBracketsStarsUnderscoresAndCaretsWhileStillReadingEmphasisLinksAndNotes() {
        // Those that cannot open anything are read through a stand-in (see MarkdownMask.mask); the note must
        // not tell.
        Document doc = new MarkdownExtractor().extract("lone.md",
                "A claim.[^a] More.^[Inline, _Rome_, 3.]\n\n"
                        + "[^a]: See * and _ and ** here, a^b, *SPQR* and [Beard](https://example.org) [ 12 [^ 13 \\[ x.\n");
        assertThat(doc.notes()).extracting(Note::text).containsExactly(
                "See * and _ and ** here, a^b, SPQR and Beard [ 12 [^ 13 [ x.", "Inline, Rome, 3.");
        assertThat(Fixtures.emphasized(doc.notes().get(0))).containsExactly("SPQR");
        assertThat(Fixtures.emphasized(doc.notes().get(1))).containsExactly("Rome");
        Note n = doc.notes().get(0);
        assertThat(doc.text().substring(n.textMap().toSource(n.text().indexOf("[ 12")))).startsWith("[ 12 [^ 13");
    }

    @ParameterizedTest
    @CsvSource({"'['", "'[^'", "'*'", "'_'", "'^'"})
    void readsANoteOfAMegabyteOfCharactersThatOpenNothing(String unit) {
        // commonmark-java 0.28 makes a node or two for each of these, then merges them: about a second a megabyte.
        String note = "Beard, " + unit.repeat((1 << 20) / unit.length()) + " 12.";
        Document doc = new MarkdownExtractor().extract("openers.md", "Text.[^1]\n\n[^1]: " + note + "\n");
        assertThat(doc.notes()).extracting(Note::text).containsExactly(note);
    }

    @Test
    void javadocExampleHolds() {
        Document doc = new MarkdownExtractor().extract("essay.md",
                "Text.[^1]\n\n[^1]: Mary Beard, *SPQR* (New York: Liveright, 2015), 12.\n");
        assertThat(doc.notes().get(0).text()).isEqualTo("Mary Beard, SPQR (New York: Liveright, 2015), 12.");
        assertThat(doc.notes().get(0).emphasis()).isEqualTo(List.of(new TextSpan(12, 16)));
    }
}

package org.ibidem.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class LabelledMarkdownNotesTest {

    private static Document read(String markdown) {
        return new MarkdownExtractor().extract("page.md", markdown);
    }

    @Test
    void readsALineOfThousandsOfTagsWithoutOverflowingTheStack() {
        // A repeated group recurses in java.util.regex: the tags before a label are bounded, so this is a body line.
        String tags = "<a href=\"#x\">".repeat(20_000);
        Document doc = read("A river runs.<sup>1</sup>\n\n***\n" + tags + "1</a>. ANN LEE, RIVERS 12 (2001).\n");
        assertThat(doc.text()).contains("ANN LEE");
    }

    @Test
    void readsSuperscriptLabelledNotesBetweenRulesAfterEachPage() {
        Document doc = read("""
                A river runs.<sup>1</sup> It floods.<sup>2</sup>

                ***
                <sup>1</sup>. ANN LEE, RIVERS 12 (2001).
                {: .fs-2}
                <sup>2</sup> *Id.* at 14.
                {: .fs-2}
                ***

                The canal was dug.<sup>3</sup>

                ***
                <sup>3</sup>. Lee, *supra* note 1,
                at 20.
                ***
                """);
        assertThat(doc.notes()).extracting(Note::number, Note::label, Note::text).containsExactly(
                tuple(1, "1", "ANN LEE, RIVERS 12 (2001)."),
                tuple(2, "2", "Id. at 14."),
                tuple(3, "3", "Lee, supra note 1, at 20."));
        assertThat(Fixtures.emphasized(doc.notes().get(1))).containsExactly("Id.");
        assertThat(doc.markers()).extracting(Marker::label, m -> m.position().toString())
                .containsExactly(tuple("1", "1:14"), tuple("2", "1:37"), tuple("3", "10:19"));
        Fixtures.assertMapsBack(doc, doc.notes().get(2), "at 20");
    }

    @Test
    void readsNotesOpenedByAnAnchorNamedForTheirMarkers() {
        Document doc = read("""
                Text.<a class="inline-reference" id="inline1" href="#1">1</a> More.<a id="inline2" href="#2">2</a>

                * * *

                <a class="reference" id="1" href="#inline1">[1]</a> Joseph Raz, *The Authority of Law* (OUP 1979) 210.

                <a class="reference" id="2" href="#inline2">[2]</a>  Ibid 211.
                """);
        assertThat(doc.notes()).extracting(Note::number, Note::text).containsExactly(
                tuple(1, "Joseph Raz, The Authority of Law (OUP 1979) 210."),
                tuple(2, "Ibid 211."));
        assertThat(doc.markers()).extracting(Marker::label).containsExactly("1", "2");
        assertThat(doc.notes().get(0).position().toString()).isEqualTo("5:1");
    }

    @Test
    void readsABracketedListUnderANotesHeading() {
        Document doc = read("""
                # Essay

                The mill stood.[1] It burned.[2]

                ## Footnotes

                [1] Mary Beard, *SPQR* (New York: Liveright, 2015), 12.

                [2] Ibid., 14.

                ## About the author

                [3] is a marker without a note, not a note.
                """);
        assertThat(doc.notes()).extracting(Note::number, Note::text).containsExactly(
                tuple(1, "Mary Beard, SPQR (New York: Liveright, 2015), 12."),
                tuple(2, "Ibid., 14."));
        assertThat(doc.markers()).extracting(Marker::label).containsExactly("1", "2", "3");
    }

    @Test
    void readsAnOrderedListUnderANotesHeadingAsItRenders() {
        Document doc = read("""
                The mill stood.<sup>4</sup>

                ### Notes

                4. Mary Beard, *SPQR* (New York: Liveright, 2015), 12.
                5. Ibid., 14.
                """);
        assertThat(doc.notes()).extracting(Note::number, Note::text).containsExactly(
                tuple(4, "Mary Beard, SPQR (New York: Liveright, 2015), 12."),
                tuple(5, "Ibid., 14."));
    }

    @Test
    void leavesABracketedNumberInTheBodyAloneWithoutANotesHeading() {
        Document doc = read("""
                See item [1] of the list.

                [2] Not a note: no heading says these are notes.
                """);
        assertThat(doc.notes()).isEmpty();
        assertThat(doc.markers()).isEmpty();
    }

    @Test
    void prefersFootnoteSyntaxWhenTheFileHasIt() {
        Document doc = read("""
                Text.[^1] An exponent x<sup>2</sup>.

                <sup>2</sup>. Looks like a note, but the page has real footnotes.

                [^1]: Mary Beard, *SPQR* (New York: Liveright, 2015), 12.
                """);
        assertThat(doc.notes()).extracting(Note::text)
                .containsExactly("Mary Beard, SPQR (New York: Liveright, 2015), 12.");
    }
}

package org.ibidem.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Notes lists under a heading in plain text: what goes on a note after a blank line, and what does not. */
class PlainTextExtractorTest {

    private static Document extract(String text) {
        return new PlainTextExtractor().extract("doc.txt", text);
    }

    @Test
    void keepsAnIndentedQuotationAfterABlankLineInItsNote() {
        Document doc = extract("""
                A rhyme.[1] A river.[2]

                Footnotes:

                1. Berg, River Songs, ii. 14:--

                  "Row, row, the water's low,
                   and slow the boats go."

                2. Ibid., ii. 15.
                """);

        assertThat(doc.notes()).extracting(Note::text).containsExactly(
                "Berg, River Songs, ii. 14:-- \"Row, row, the water's low, and slow the boats go.\"",
                "Ibid., ii. 15.");
        Note first = doc.notes().get(0);
        int quote = first.text().indexOf("and slow");
        assertThat(doc.positionIn(first, quote)).extracting(SourcePosition::line, SourcePosition::column)
                .containsExactly(8, 4);
    }

    @Test
    void leavesUnindentedTextAfterTheLastNoteOut() {
        Document doc = extract("""
                A rhyme.[1]

                Notes

                1. Berg, River Songs, ii. 14.

                Commenting has been turned off.
                """);

        assertThat(doc.notes()).extracting(Note::text).containsExactly("Berg, River Songs, ii. 14.");
    }

    @Test
    void leavesIndentedBodyTextAfterBracketedNotesOut() {
        Document doc = extract("""
                A rhyme.[1]

                [1] Berg, River Songs, ii. 14.

                  Row, row, the water's low.
                """);

        assertThat(doc.notes()).extracting(Note::text).containsExactly("Berg, River Songs, ii. 14.");
    }

    @Test
    void readsABodyLineThatOpensWithAMarkerAsTextWhereNotesAreFootnoteBlocks() {
        Document doc = extract("""
                The canal was dug in a year. [1]

                [Footnote 1: Lee, Canals, ii. 4.]

                [2] The mill stood on the bank. [3] It burned.

                [Footnote 2: Lee, Canals, ii. 9.]

                [Footnote 3: Ibid. ii. 10.]
                """);
        assertThat(doc.notes()).extracting(Note::label, Note::text).containsExactly(
                org.assertj.core.api.Assertions.tuple("1", "Lee, Canals, ii. 4."),
                org.assertj.core.api.Assertions.tuple("2", "Lee, Canals, ii. 9."),
                org.assertj.core.api.Assertions.tuple("3", "Ibid. ii. 10."));
        assertThat(doc.markers()).extracting(Marker::label).containsExactly("1", "2", "3");
    }

    @Test
    void readsNotesNumberedWithAParenthesisUnderAnEndnotesHeading() {
        Document doc = extract("""
                The canal was dug.[1] The mill burned.[2]

                Endnotes

                1) Ann Lee, Canals (London: Small Press, 1999), 4.
                2) Ibid., 9.
                """);
        assertThat(doc.notes()).extracting(Note::number, Note::text).containsExactly(
                org.assertj.core.api.Assertions.tuple(1, "Ann Lee, Canals (London: Small Press, 1999), 4."),
                org.assertj.core.api.Assertions.tuple(2, "Ibid., 9."));
    }

    @Test
    void opensAChapterAtAnIndentedLowerCaseHeading() {
        Document doc = extract("""
                       chapter i. the river

                The canal was dug.[1]

                [1] Lee, Canals, 4.

                    Chapter II: The Mill

                The mill burned.[1]

                [1] Lee, Canals, 9.
                """);
        assertThat(doc.notes()).extracting(Note::chapter)
                .containsExactly("chapter i. the river", "Chapter II: The Mill");
    }
}

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
}

package org.ibidem.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.IbidemOptions;
import org.junit.jupiter.api.Test;

/** Notes numbered a million and more are read with their markers, as note 999,999 is. */
class LargeNoteNumbersTest {

    @Test
    void readsBracketedNotesPastOneMillionWithTheirMarkers() {
        Document doc = new PlainTextExtractor().extract("big.txt", """
                Text.[999999] More.[1000000] End.[123456789]

                Notes

                [999999] Mary Beard, SPQR (New York: Liveright, 2015), 12.
                [1000000] Ibid., 14.
                [123456789] Ibid., 15.
                """);

        assertThat(doc.notes()).extracting(Note::number).containsExactly(999_999, 1_000_000, 123_456_789);
        assertThat(doc.markers()).extracting(Marker::number).containsExactly(999_999, 1_000_000, 123_456_789);
    }

    @Test
    void resolvesTheIbidOfNoteOneMillionWithoutAnyFinding() {
        Analysis a = Ibidem.analyzeText("big.txt", """
                Text.[999999] More.[1000000]

                Notes

                [999999] Mary Beard, SPQR (New York: Liveright, 2015), 12.
                [1000000] Ibid., 14.
                """, IbidemOptions.defaults());

        assertThat(a.notes()).hasSize(2);
        assertThat(a.notes().get(1).citations().get(0).sourceId()).isEqualTo("beard2015");
        assertThat(a.diagnostics()).isEmpty();
    }

    @Test
    void readsAnHtmlNoteNumberedOneMillion() {
        Document doc = new HtmlExtractor().extract("big.html", "<p>Text.<sup><a href=\"#fn1000000\" "
                + "id=\"r1000000\">1000000</a></sup></p><ol><li id=\"fn1000000\" value=\"1000000\">Mary Beard, "
                + "SPQR (New York: Liveright, 2015), 12. <a href=\"#r1000000\">↩</a></li></ol>");

        assertThat(doc.notes()).extracting(Note::number).containsExactly(1_000_000);
        assertThat(doc.markers()).extracting(Marker::number).containsExactly(1_000_000);
    }
}

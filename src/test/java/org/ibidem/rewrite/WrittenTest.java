package org.ibidem.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ibidem.document.Note;
import org.ibidem.document.SourcePosition;
import org.ibidem.document.TextMap;
import org.ibidem.style.CitePosition;
import org.junit.jupiter.api.Test;

/** Where changes stand once written, and the way back: "abcdefgh" with "cd" written "XYZW" and "g" "Q". */
class WrittenTest {

    private static final String TEXT = "abcdefgh";
    private static final Note NOTE = new Note(1, 1, "1", TEXT, new SourcePosition(0, 1, 1),
            TextMap.contiguous(0, TEXT.length()), List.of(), null);

    private static Change change(int start, int end, String replacement) {
        return new Change(NOTE, start, end, TEXT.substring(start, end), replacement, CitePosition.FIRST);
    }

    // "ab" + "XYZW" + "ef" + "Q" + "h": the first replacement takes [2, 6), the second [8, 9).
    private final Written written = new Written(List.of(change(2, 4, "XYZW"), change(6, 7, "Q")));

    @Test
    void findsEachReplacementWhereItIsWritten() {
        assertThat(written.start(0)).isEqualTo(2);
        assertThat(written.end(0)).isEqualTo(6);
        assertThat(written.start(1)).isEqualTo(8);
        assertThat(written.end(1)).isEqualTo(9);
    }

    @Test
    void findsTheReplacementASpanOfTheWrittenTextOverlaps() {
        assertThat(written.overlapping(5, 7)).isZero();
        assertThat(written.overlapping(6, 8)).isEqualTo(-1);
        assertThat(written.overlapping(7, 9)).isEqualTo(1);
        assertThat(written.overlapping(0, 10)).isZero();
        assertThat(written.overlapping(9, 10)).isEqualTo(-1);
    }

    @Test
    void mapsUnchangedTextBackToTheOriginalAndForth() {
        assertThat(written.toOriginal(1)).isEqualTo(1);
        assertThat(written.toOriginal(6)).isEqualTo(4);
        assertThat(written.toOriginal(7)).isEqualTo(5);
        assertThat(written.toOriginal(9)).isEqualTo(7);
        assertThat(written.toWritten(5)).isEqualTo(7);
        assertThat(written.toWritten(7)).isEqualTo(9);
        assertThat(written.toWritten(0)).isZero();
    }
}

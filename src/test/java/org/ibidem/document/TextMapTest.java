package org.ibidem.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Offsets in a note's cleaned text mapped back to the file, and the labels every note and marker keeps. */
class TextMapTest {

    @Test
    void mapsOffsetsInsideRunsExactlyAndInsertedTextToTheNextRun() {
        TextMap map = new TextMap.Builder()
                .run(0, 120, 5)   // text[0..5) ← file[120..125)
                .run(6, 130, 10)  // text[5] inserted; text[6..16) ← file[130..140)
                .run(16, 150, 4)  // text[16..20) ← file[150..154)
                .build();
        assertThat(map.toSource(0)).isEqualTo(120);
        assertThat(map.toSource(4)).isEqualTo(124);
        assertThat(map.toSource(5)).isEqualTo(125); // just past the first run
        assertThat(map.toSource(6)).isEqualTo(130);
        assertThat(map.toSource(7)).isEqualTo(131);
        assertThat(map.toSource(16)).isEqualTo(150);
        assertThat(map.toSource(19)).isEqualTo(153);
        assertThat(map.toSource(25)).isEqualTo(154); // past the end: just past the last run
    }

    @Test
    void mergesAdjacentRunsAndKeepsManyRunsInOrder() {
        TextMap.Builder b = new TextMap.Builder();
        for (int i = 0; i < 100; i++) {
            b.run(i * 3, 1000 + i * 5, 2); // gaps in both the text and the file: 100 runs, past the first array
        }
        TextMap map = b.build();
        for (int i = 0; i < 100; i++) {
            assertThat(map.toSource(i * 3 + 1)).isEqualTo(1000 + i * 5 + 1);
        }
        TextMap merged = new TextMap.Builder().run(0, 10, 3).run(3, 13, 4).build();
        assertThat(merged.toSource(6)).isEqualTo(16);
        assertThat(TextMap.contiguous(40, 8).toSource(3)).isEqualTo(43);
        assertThat(new TextMap.Builder().build().toSource(3)).isZero();
    }

    @Test
    void refusesRunsOutOfOrder() {
        TextMap.Builder b = new TextMap.Builder().run(10, 0, 2);
        assertThatThrownBy(() -> b.run(5, 20, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sharesOneCopyOfEachShortNumericLabelAndKeepsOtherLabelsAsWritten() {
        String built = new StringBuilder("1").append('4').toString();
        Note note = new Note(1, 14, built, "Ibid.", new SourcePosition(0, 1, 1), TextMap.contiguous(0, 5), List.of(),
                null);
        Marker marker = new Marker(new String("14"), 14, new SourcePosition(0, 1, 1), null);
        assertThat(note.label()).isEqualTo("14").isSameAs(marker.label());
        for (String kept : List.of("e", "014", "1000", "smith", "14a", "")) {
            String given = new String(kept);
            assertThat(new Marker(given, 0, new SourcePosition(0, 1, 1), null).label()).isSameAs(given);
        }
    }
}

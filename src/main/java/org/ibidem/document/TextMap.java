package org.ibidem.document;

import java.util.Arrays;

/**
 * Maps offsets in a note's cleaned text back to offsets in the original file.
 *
 * <p>Extractors clean a note's text (they join wrapped lines, drop markup such as {@code \textit{…}} or HTML
 * tags), so an offset in the text is not an offset in the file. A {@code TextMap} records, for runs of text
 * copied verbatim, where each run came from; an offset inside a run maps exactly, an offset inside inserted
 * text maps to the start of the run after it.
 *
 * <pre>{@code
 * TextMap.Builder b = new TextMap.Builder();
 * b.run(0, 120, 5);      // text[0..5) came from file[120..125)
 * b.run(6, 130, 10);     // text[6..16) came from file[130..140) (text[5] was an inserted space)
 * b.build().toSource(7); // 131
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TextMap {
    private final int[] textStarts;
    private final int[] sourceStarts;
    private final int[] lengths;

    private TextMap(int[] textStarts, int[] sourceStarts, int[] lengths) {
        this.textStarts = textStarts;
        this.sourceStarts = sourceStarts;
        this.lengths = lengths;
    }

    /** A map for text copied whole from {@code sourceStart}. */
    public static TextMap contiguous(int sourceStart, int length) {
        return new TextMap(new int[] {0}, new int[] {sourceStart}, new int[] {length});
    }

    /** The file offset of a text offset. */
    public int toSource(int textOffset) {
        if (textStarts.length == 0) {
            return 0;
        }
        int i = Arrays.binarySearch(textStarts, textOffset);
        if (i < 0) {
            i = -i - 2;
        }
        if (i < 0) {
            return sourceStarts[0];
        }
        int within = textOffset - textStarts[i];
        if (within <= lengths[i]) {
            return sourceStarts[i] + within;
        }
        // Inside inserted text: point at the next copied run, or just past the last one.
        return i + 1 < textStarts.length ? sourceStarts[i + 1] : sourceStarts[i] + lengths[i];
    }

    /**
     * Collects runs in text order.
     *
     * <p>Not thread-safe.
     */
    public static final class Builder {
        private int[] textStarts = new int[8];
        private int[] sourceStarts = new int[8];
        private int[] lengths = new int[8];
        private int count;

        /** Records that {@code length} characters at {@code textStart} were copied from {@code sourceStart}. */
        public Builder run(int textStart, int sourceStart, int length) {
            if (count > 0 && textStart < textStarts[count - 1]) {
                throw new IllegalArgumentException("Runs must be added in text order");
            }
            if (count > 0 && textStarts[count - 1] + lengths[count - 1] == textStart
                    && sourceStarts[count - 1] + lengths[count - 1] == sourceStart) {
                lengths[count - 1] += length; // merge adjacent runs so the map stays small
                return this;
            }
            if (count == textStarts.length) {
                textStarts = Arrays.copyOf(textStarts, count * 2);
                sourceStarts = Arrays.copyOf(sourceStarts, count * 2);
                lengths = Arrays.copyOf(lengths, count * 2);
            }
            textStarts[count] = textStart;
            sourceStarts[count] = sourceStart;
            lengths[count] = length;
            count++;
            return this;
        }

        /** The map. */
        public TextMap build() {
            return new TextMap(Arrays.copyOf(textStarts, count), Arrays.copyOf(sourceStarts, count),
                    Arrays.copyOf(lengths, count));
        }
    }
}

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
    /*
     * The runs, three ints each (text start, file start, length), in text order: one array rather than three
     * because every note keeps its map, and a document of 100,000 notes kept 200,000 arrays more for nothing.
     */
    private static final int TEXT = 0;
    private static final int SOURCE = 1;
    private static final int LENGTH = 2;
    private static final int WIDTH = 3;

    private final int[] runs;

    private TextMap(int[] runs) {
        this.runs = runs;
    }

    /** A map for text copied whole from {@code sourceStart}. */
    public static TextMap contiguous(int sourceStart, int length) {
        return new TextMap(new int[] {0, sourceStart, length});
    }

    /** The file offset of a text offset. */
    public int toSource(int textOffset) {
        int count = runs.length / WIDTH;
        if (count == 0) {
            return 0;
        }
        int i = lastRunStartingAtOrBefore(textOffset, count);
        if (i < 0) {
            return runs[SOURCE];
        }
        int run = i * WIDTH;
        int within = textOffset - runs[run + TEXT];
        if (within <= runs[run + LENGTH]) {
            return runs[run + SOURCE] + within;
        }
        // Inside inserted text: point at the next copied run, or just past the last one.
        return i + 1 < count ? runs[run + WIDTH + SOURCE] : runs[run + SOURCE] + runs[run + LENGTH];
    }

    /** The index of the last run whose text starts at or before {@code textOffset}, or -1. */
    private int lastRunStartingAtOrBefore(int textOffset, int count) {
        int low = 0;
        int high = count - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int start = runs[mid * WIDTH + TEXT];
            if (start < textOffset) {
                low = mid + 1;
            } else if (start > textOffset) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return low - 1;
    }

    /**
     * Collects runs in text order.
     *
     * <p>Not thread-safe.
     */
    public static final class Builder {

        /** Starts an empty map. */
        public Builder() {
            // nothing to set up
        }
        private int[] runs = new int[8 * WIDTH];
        private int size; // ints used, WIDTH per run

        /** Records that {@code length} characters at {@code textStart} were copied from {@code sourceStart}. */
        public Builder run(int textStart, int sourceStart, int length) {
            int last = size - WIDTH;
            if (size > 0 && textStart < runs[last + TEXT]) {
                throw new IllegalArgumentException("Runs must be added in text order");
            }
            if (size > 0 && runs[last + TEXT] + runs[last + LENGTH] == textStart
                    && runs[last + SOURCE] + runs[last + LENGTH] == sourceStart) {
                runs[last + LENGTH] += length; // merge adjacent runs so the map stays small
                return this;
            }
            if (size == runs.length) {
                runs = Arrays.copyOf(runs, size * 2);
            }
            runs[size + TEXT] = textStart;
            runs[size + SOURCE] = sourceStart;
            runs[size + LENGTH] = length;
            size += WIDTH;
            return this;
        }

        /** The map. */
        public TextMap build() {
            return new TextMap(Arrays.copyOf(runs, size));
        }
    }
}

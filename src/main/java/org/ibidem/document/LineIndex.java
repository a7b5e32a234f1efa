package org.ibidem.document;

import java.util.Arrays;

/**
 * Turns offsets in a text into line:column positions. Lines end at {@code \n}, {@code \r\n} or a lone
 * {@code \r}, so files with CRLF endings (common in Project Gutenberg texts) count lines as editors do.
 *
 * <pre>{@code
 * LineIndex index = new LineIndex("a\nbc");
 * index.position(3);   // 2:2
 * }</pre>
 *
 * <p>Immutable after construction and thread-safe.
 */
public final class LineIndex {
    private final int[] lineStarts;
    private final int length;

    /** Indexes the line starts of {@code text} in one pass. */
    public LineIndex(CharSequence text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'));
            if (lineBreak) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
        this.length = n;
    }

    /**
     * The position of an offset; offsets past the end are clamped to the end.
     *
     * @throws IllegalArgumentException for a negative offset
     */
    public SourcePosition position(int offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("Negative offset " + offset);
        }
        int clamped = Math.min(offset, length);
        int line = Arrays.binarySearch(lineStarts, clamped);
        if (line < 0) {
            line = -line - 2;
        }
        return new SourcePosition(clamped, line + 1, clamped - lineStarts[line] + 1);
    }

    /** The number of lines. */
    public int lineCount() {
        return lineStarts.length;
    }
}

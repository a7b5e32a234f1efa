package org.ibidem.document;

import org.jspecify.annotations.NullMarked;

/**
 * A place in the original file: a character offset and the 1-based line and column editors show.
 *
 * <pre>{@code
 * SourcePosition p = new SourcePosition(1234, 71, 1);
 * p.toString();   // "71:1"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param offset 0-based offset in the decoded text of the file (UTF-16 units)
 * @param line   1-based line
 * @param column 1-based column
 */
@NullMarked
public record SourcePosition(int offset, int line, int column) {

    /** Rejects negative offsets and non-positive lines or columns. */
    public SourcePosition {
        if (offset < 0 || line < 1 || column < 1) {
            throw new IllegalArgumentException("Invalid position " + offset + " " + line + ":" + column);
        }
    }

    /** {@code line:column}, as compilers print it. */
    @Override
    public String toString() {
        return line + ":" + column;
    }
}

package org.ibidem.document;

import org.jspecify.annotations.NullMarked;

/**
 * A half-open span {@code [start, end)} of a note's text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start first character
 * @param end   one past the last character
 */
@NullMarked
public record TextSpan(int start, int end) {

    /** Requires {@code 0 <= start <= end}. */
    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Invalid span [" + start + ", " + end + ")");
        }
    }
}

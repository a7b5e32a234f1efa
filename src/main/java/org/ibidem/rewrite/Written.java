package org.ibidem.rewrite;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.NullMarked;

/**
 * Where a document's changes stand once written: the span each replacement takes in the rewritten text, and the
 * way back from an offset of the rewritten text outside every replacement to the same place in the original.
 * A rewrite reads its text back and finds what the reading says about each change by these spans, in
 * logarithmic time, so that checking a pass costs about as much as making it, however long the document.
 *
 * <pre>{@code
 * Written w = new Written(changes);            // sorted by start, not overlapping
 * int i = w.overlapping(start, end);           // the change written over [start, end), or -1
 * int original = w.toOriginal(offset);         // an offset of unchanged text, in the original
 * }</pre>
 *
 * <p>Immutable once built; thread-safe.
 */
@NullMarked
final class Written {

    private final List<Change> changes;
    private final int[] starts;
    private final int[] ends;

    /** @param changes sorted by start, not overlapping */
    Written(List<Change> changes) {
        this.changes = List.copyOf(changes);
        this.starts = new int[changes.size()];
        this.ends = new int[changes.size()];
        int shift = 0;
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            if (i > 0 && c.start() < changes.get(i - 1).end()) {
                throw new IllegalArgumentException("Changes overlap or are out of order at " + c.start());
            }
            starts[i] = c.start() + shift;
            ends[i] = starts[i] + c.replacement().length();
            shift += c.replacement().length() - c.original().length();
        }
    }

    /** How many changes. */
    int size() {
        return changes.size();
    }

    /** The change at an index, in document order. */
    Change get(int i) {
        return changes.get(i);
    }

    /** Where the change's replacement starts in the rewritten text. */
    int start(int i) {
        return starts[i];
    }

    /** One past where the change's replacement ends in the rewritten text. */
    int end(int i) {
        return ends[i];
    }

    /** The first change whose replacement overlaps {@code [start, end)} of the rewritten text, or -1. */
    int overlapping(int start, int end) {
        return overlapping(starts, ends, start, end);
    }

    /**
     * The first of the given spans (sorted, not overlapping) that overlaps {@code [start, end)}, or -1. An empty
     * {@code [start, end)} strictly inside a span counts as overlapping it; an empty given span overlaps nothing.
     */
    static int overlapping(int[] starts, int[] ends, int start, int end) {
        // The spans that end after start begin at the first index whose end is past start; ends are sorted too.
        int i = Arrays.binarySearch(ends, start + 1);
        i = i >= 0 ? firstOf(ends, i) : -i - 1;
        return i < starts.length && starts[i] < end && ends[i] > start ? i : -1;
    }

    private static int firstOf(int[] sorted, int i) {
        while (i > 0 && sorted[i - 1] == sorted[i]) {
            i--;
        }
        return i;
    }

    /**
     * The offset of the original text that an offset of the rewritten text, outside every replacement (or at
     * either end of one), stands for.
     */
    int toOriginal(int written) {
        // The changes that end at or before the offset move it; the last of them says by how much.
        int i = Arrays.binarySearch(ends, written);
        i = i >= 0 ? lastOf(ends, i) : -i - 2;
        return i < 0 ? written : written - (ends[i] - changes.get(i).end());
    }

    /** The offset of the rewritten text where an offset of the original, outside every change, now stands. */
    int toWritten(int original) {
        int lo = 0;
        int hi = changes.size() - 1;
        int last = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (changes.get(mid).end() <= original) {
                last = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return last < 0 ? original : original + (ends[last] - changes.get(last).end());
    }

    private static int lastOf(int[] sorted, int i) {
        while (i + 1 < sorted.length && sorted[i + 1] == sorted[i]) {
            i++;
        }
        return i;
    }
}

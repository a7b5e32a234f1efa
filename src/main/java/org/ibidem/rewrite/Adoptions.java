package org.ibidem.rewrite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ibidem.resolution.ResolvedCitation;
import org.jspecify.annotations.NullMarked;

/**
 * The texts one rewrite has adopted from a second rewrite ({@link Adoption}), by where they stand in the original,
 * so that every later pass over the original starts from them; and how often each place has adopted one, so
 * that a citation whose forms would go round in a circle is put back as written in the end instead.
 *
 * <pre>{@code
 * Adoptions adoptions = new Adoptions(true);
 * if (adoptions.adopt(adoption)) { ... }                       // false once the place has adopted twice
 * List<Change> changes = adoptions.applied(text, pass.changes(), cited);
 * }</pre>
 *
 * <p>Not thread-safe: one per rewrite.
 */
@NullMarked
final class Adoptions {

    /** How many times one place of the document may adopt a text. */
    private static final int TRIES = 2;

    private final boolean enabled;
    private final Map<Integer, Adoption> adopted = new HashMap<>();
    private final Map<Integer, Integer> tries = new HashMap<>();

    /**
     * @param enabled false where texts are never adopted (a .docx, whose changes also carry the runs they are
     *                written in)
     */
    Adoptions(boolean enabled) {
        this.enabled = enabled;
    }

    /** Whether this rewrite adopts texts at all. */
    boolean enabled() {
        return enabled;
    }

    /** Adopts a text, unless adoption is off, the place has adopted as often as it may, or it is the same text. */
    boolean adopt(Adoption a) {
        Objects.requireNonNull(a, "a");
        if (!enabled || a.equals(adopted.get(a.start())) || tries.getOrDefault(a.start(), 0) >= TRIES) {
            return false;
        }
        tries.merge(a.start(), 1, Integer::sum);
        adopted.put(a.start(), a);
        return true;
    }

    /**
     * A pass's changes (sorted, not overlapping) with the adopted texts in place of those that stand where they
     * do; an adopted text that would overlap more than one change, or none, is not used. A change whose adopted
     * text is the text as written is no change. Each new change cites what the change it replaces cited.
     */
    List<Change> applied(String text, List<Change> changes, Map<Change, ResolvedCitation> cited) {
        List<Change> out = new ArrayList<>(changes);
        if (adopted.isEmpty()) {
            return out;
        }
        int[] starts = new int[changes.size()];
        int[] ends = new int[changes.size()];
        for (int i = 0; i < changes.size(); i++) {
            starts[i] = changes.get(i).start();
            ends[i] = changes.get(i).end();
        }
        boolean removed = false;
        for (Adoption a : adopted.values()) {
            int i = Written.overlapping(starts, ends, a.start(), a.end());
            if (i < 0 || i + 1 < starts.length && starts[i + 1] < a.end()) {
                continue;
            }
            Change p = changes.get(i);
            Change n = a.replacing(p, text);
            cited.put(n, cited.get(p));
            out.set(i, n);
            removed |= n.original().equals(n.replacement());
        }
        if (removed) {
            out.removeIf(c -> c.original().equals(c.replacement()));
        }
        return out;
    }
}

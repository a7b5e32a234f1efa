package org.ibidem.rewrite;

import org.ibidem.style.CitePosition;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A replacement a second rewrite proposed for a later citation of a work, taken over into the first rewrite:
 * where a style's form of a work reads back as slightly different data (MHRA's "‘Cable from …’, 19 August 2000,
 * Central Archives Collection" reads back as a manuscript, whose later cites add "unpublished manuscript"), the
 * rewrite settles on what the second rewrite writes instead of putting the citation back as written. The adopted
 * text is still read back and kept only if it cites the same work at the same place as the citation it replaces.
 *
 * <pre>{@code
 * Adoption a = Adoption.composed(text, change, writtenStart, second, nextStart);   // null if it cannot be
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param start       where the span replaced starts in the original text
 * @param end         one past where it ends
 * @param replacement what stands there instead
 * @param position    the position it was rendered in
 */
@NullMarked
record Adoption(int start, int end, String replacement, CitePosition position) {

    /** How many characters of unchanged text after a change a second rewrite may take in (a closing period). */
    private static final int REACH = 2;

    /**
     * The change {@code c} with the second rewrite's change {@code d} applied to its replacement, in the
     * original's offsets, or null when {@code d} does not lie within {@code c}'s replacement and a little of the
     * unchanged text after it.
     *
     * @param text         the original text
     * @param writtenStart where {@code c}'s replacement starts in the rewritten text, {@code d}'s coordinates
     * @param nextStart    where the next change of the original starts (or the text's length)
     */
    static @Nullable Adoption composed(String text, Change c, int writtenStart, Change d, int nextStart) {
        int writtenEnd = writtenStart + c.replacement().length();
        if (!later(c.position()) || !later(d.position()) || d.start() < writtenStart || d.start() > writtenEnd) {
            return null;
        }
        int over = Math.max(0, d.end() - writtenEnd);
        if (over > REACH || c.end() + over > nextStart || c.end() + over > text.length()) {
            return null;
        }
        String replacement = c.replacement().substring(0, d.start() - writtenStart) + d.replacement()
                + (d.end() <= writtenEnd ? c.replacement().substring(d.end() - writtenStart) : "");
        return new Adoption(c.start(), c.end() + over, replacement, d.position());
    }

    /**
     * Whether a text in this position may be adopted: only a later cite, never a work's first. A first cite that
     * a second rewrite would change again is one the parser does not read back whole (its title or names come
     * back otherwise, though the work's id stays): taking the second text would carry the loss into the document.
     * A later cite is rendered from the work as its first cite, rewritten and stable, reads back; taking the text
     * that data gives is what settles it.
     */
    static boolean later(CitePosition position) {
        return position.kind() != CitePosition.Kind.FIRST;
    }

    /** The change this adoption makes in place of a pass's change {@code p} of the same citation. */
    Change replacing(Change p, String text) {
        return new Change(p.note(), start, end, text.substring(start, end), replacement, position);
    }
}

package org.ibidem.style;

import org.ibidem.reference.Locator;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Where a cite stands among the cites of the same work, as CSL's {@code position} conditions test it; a note
 * style writes the first cite of a work in full, later ones short, and "Ibid." right after the same work.
 *
 * <pre>{@code
 * CitePosition.of(true, false, null, Locator.page("14"));                      // IBID_WITH_LOCATOR
 * CitePosition.of(true, false, Locator.page("14"), Locator.page("14"));        // IBID
 * CitePosition.of(true, true, null, null);                                     // SUBSEQUENT: not after one cite
 * }</pre>
 *
 * <p>citeproc-java computes only {@code first} and {@code ibid} itself and ignores a position it is given, so
 * Ibidem decides the position and has the style render that branch ({@link CitationFormatter}). CSL's
 * {@code near-note} is not modelled: it tests false.
 *
 * <p>Immutable and thread-safe; {@link #of} throws nothing.
 */
@NullMarked
public enum CitePosition {
    /** The first cite of the work: the full form. */
    FIRST,
    /** A later cite, not right after the same work: the short form. */
    SUBSEQUENT,
    /** Right after a cite of the same work, at the same place (or neither gives one): "Ibid." */
    IBID,
    /** Right after a cite of the same work, at another place: "Ibid., 14." */
    IBID_WITH_LOCATOR;

    /**
     * The position of a later cite of a work, by CSL's rules (CSL 1.0.2, "Position"): an ibid needs the same
     * work right before, alone in its note or earlier in the same note; then the locators decide.
     *
     * @param sameWorkBefore    whether the cite before (earlier in the note, or the previous note's only cite) is
     *                          of the same work
     * @param precededByMany    whether that cite before is the previous note's and that note cites more than one
     *                          work, which makes an ibid ambiguous, so the cite is {@code SUBSEQUENT}
     * @param precedingLocator  the place the cite before gives, or null
     * @param locator           the place this cite gives, or null
     */
    public static CitePosition of(boolean sameWorkBefore, boolean precededByMany,
                                  @Nullable Locator precedingLocator, @Nullable Locator locator) {
        if (!sameWorkBefore || precededByMany) {
            return SUBSEQUENT;
        }
        if (locator == null) {
            // Only the preceding cite has a place: "Ibid." would wrongly repeat it.
            return precedingLocator == null ? IBID : SUBSEQUENT;
        }
        return locator.equals(precedingLocator) ? IBID : IBID_WITH_LOCATOR;
    }

    /** Whether a CSL {@code position} test of this name holds for a cite in this position. */
    boolean satisfies(String cslPosition) {
        return switch (cslPosition) {
            case "first" -> this == FIRST;
            case "subsequent" -> this != FIRST;
            case "ibid" -> this == IBID || this == IBID_WITH_LOCATOR;
            case "ibid-with-locator" -> this == IBID_WITH_LOCATOR;
            default -> false; // near-note, and anything unknown
        };
    }
}

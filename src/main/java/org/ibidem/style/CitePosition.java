package org.ibidem.style;

import java.util.Locale;
import org.jspecify.annotations.NullMarked;

/**
 * The CSL position of one cite (CSL 1.0.2, "Choose", the {@code position} test), as a note style asks for it.
 *
 * <p>A cite is {@link Kind#FIRST} the first time its work is cited and {@link Kind#SUBSEQUENT} afterwards;
 * a subsequent cite can also be {@link Kind#IBID} or {@link Kind#IBID_WITH_LOCATOR} (it follows a cite of the same
 * work directly) and, independently, near-note (a cite of the same work stands at most the style's
 * {@code near-note-distance} notes before it). The tests nest as the specification says: ibid-with-locator
 * implies ibid, and ibid or near-note imply subsequent.
 *
 * <pre>{@code
 * CitePosition p = new CitePosition(CitePosition.Kind.IBID, true, 3);
 * p.tests("subsequent");   // true
 * p.tests("ibid");         // true
 * p.tests("first");        // false
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind                     first, subsequent, ibid or ibid-with-locator
 * @param nearNote                 whether a cite of the same work stands within the near-note distance before
 * @param firstReferenceNoteNumber the number of the note that first cited the work; 0 for a first cite
 */
@NullMarked
public record CitePosition(Kind kind, boolean nearNote, int firstReferenceNoteNumber) {

    /** The position of a work's first cite. */
    public static final CitePosition FIRST = new CitePosition(Kind.FIRST, false, 0);
    /** A later cite, not near-note, its first note unknown. */
    public static final CitePosition SUBSEQUENT = new CitePosition(Kind.SUBSEQUENT, false, 0);
    /** "Ibid.": right after the same work at the same place, not near-note, its first note unknown. */
    public static final CitePosition IBID = new CitePosition(Kind.IBID, false, 0);
    /** "Ibid., 14.": right after the same work at another place, not near-note, its first note unknown. */
    public static final CitePosition IBID_WITH_LOCATOR = new CitePosition(Kind.IBID_WITH_LOCATOR, false, 0);

    /** The exclusive kinds of position; near-note is a flag beside them. */
    public enum Kind {
        /** The first cite of the work. */
        FIRST,
        /** A later cite that is neither ibid nor ibid-with-locator. */
        SUBSEQUENT,
        /** A later cite directly after one of the same work, with the same place (or none). */
        IBID,
        /** A later cite directly after one of the same work, with another place. */
        IBID_WITH_LOCATOR;

        /** The name CSL gives it ("ibid-with-locator"). */
        public String cslName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Validates: a first cite is never near-note and has no earlier note. */
    public CitePosition {
        java.util.Objects.requireNonNull(kind, "kind");
        if (kind == Kind.FIRST && (nearNote || firstReferenceNoteNumber != 0)) {
            throw new IllegalArgumentException("A first cite is not near-note and has no earlier note");
        }
        if (firstReferenceNoteNumber < 0) {
            throw new IllegalArgumentException("Negative note number: " + firstReferenceNoteNumber);
        }
    }

    /**
     * Whether a CSL {@code position} test of this name passes for this cite.
     *
     * @param cslPosition "first", "subsequent", "ibid", "ibid-with-locator" or "near-note"
     * @throws IllegalArgumentException for another name
     */
    public boolean tests(String cslPosition) {
        return switch (cslPosition) {
            case "first" -> kind == Kind.FIRST;
            case "subsequent" -> kind != Kind.FIRST;
            case "ibid" -> kind == Kind.IBID || kind == Kind.IBID_WITH_LOCATOR;
            case "ibid-with-locator" -> kind == Kind.IBID_WITH_LOCATOR;
            case "near-note" -> nearNote;
            default -> throw new IllegalArgumentException("Unknown CSL position '" + cslPosition
                    + "'; the positions are first, subsequent, ibid, ibid-with-locator and near-note");
        };
    }

    /** Kind and near-note as CSL names them, e.g. "ibid, near-note". */
    @Override
    public String toString() {
        return kind.cslName() + (nearNote ? ", near-note" : "");
    }
}

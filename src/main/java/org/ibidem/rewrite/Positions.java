package org.ibidem.rewrite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ibidem.reference.Locator;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;
import org.ibidem.style.CitePosition;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Computes the CSL position of every cite of a document's notes, one forward pass, as CSL 1.0.2 defines them
 * (citeproc-java evaluates only "first" and a loose "ibid", so Ibidem decides them itself).
 *
 * <p>The rules, with a note as the unit a CSL processor calls a citation:
 * <ul>
 *   <li><b>first</b>: the first cite of a work (in its chapter, when note numbering restarts per chapter);
 *       every later cite is <b>subsequent</b>.</li>
 *   <li><b>ibid</b> / <b>ibid-with-locator</b>: a subsequent cite (a) that follows a cite of the same work in the
 *       same note, or (b) that opens its note when the note before holds a single cite, of that work. Then the
 *       locators decide: the cite before has none → ibid-with-locator if this one has one, else ibid; the cite
 *       before has one → ibid if this one has the same, ibid-with-locator if another, and only subsequent if
 *       this one has none.</li>
 *   <li><b>near-note</b>: a cite of the same work stands in this note or at most {@code nearNoteDistance}
 *       notes before.</li>
 *   <li><b>first-reference-note-number</b>: the number of the note of the work's first cite, when that is a note
 *       before this one (0 when the first cite stands in the same note).</li>
 * </ul>
 * A cite whose work is unknown (unparsed, unresolved) has no position, and it breaks an ibid chain, as does a
 * note of commentary without any cite: "Ibid." must point at the note right before it.
 *
 * <pre>{@code
 * List<List<CitePosition>> p = Positions.compute(List.of(
 *         new Positions.NoteCites(1, null, List.of(new Positions.Cite("smith", "page 4"))),
 *         new Positions.NoteCites(2, null, List.of(new Positions.Cite("smith", "page 5")))), 5);
 * p.get(1).get(0).kind();   // IBID_WITH_LOCATOR
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
@NullMarked
public final class Positions {

    /** The near-note distance CSL assumes when a style sets none. */
    public static final int DEFAULT_NEAR_NOTE_DISTANCE = 5;

    private Positions() {
    }

    /**
     * One cite: the work it points at and the place it cites.
     *
     * @param item    the id of the work, or null when the work is unknown
     * @param locator the place cited, as a comparable key ("page 45"), or null for none
     */
    public record Cite(@Nullable String item, @Nullable String locator) {
    }

    /**
     * The cites of one note, in order.
     *
     * @param number  the note's number as a reader sees it (for {@code first-reference-note-number})
     * @param chapter the chapter whose numbering the note follows, or null for one sequence
     * @param cites   its cites; empty for a note of commentary
     */
    public record NoteCites(int number, @Nullable String chapter, List<Cite> cites) {
        /** Validates and copies. */
        public NoteCites {
            cites = List.copyOf(Objects.requireNonNull(cites, "cites"));
        }
    }

    /**
     * The positions of all cites, note by note and cite by cite; null for a cite whose work is unknown.
     *
     * @param notes            the notes in document order
     * @param nearNoteDistance the style's {@code near-note-distance}, at least 0
     * @throws IllegalArgumentException for a negative distance
     */
    public static List<List<@Nullable CitePosition>> compute(List<NoteCites> notes, int nearNoteDistance) {
        if (nearNoteDistance < 0) {
            throw new IllegalArgumentException("near-note-distance must be 0 or more: " + nearNoteDistance);
        }
        List<List<@Nullable CitePosition>> out = new ArrayList<>(notes.size());
        Map<String, Integer> firstNote = new HashMap<>();   // work → number of the note that first cited it
        Map<String, Integer> firstSeen = new HashMap<>();   // work → sequence of the note that first cited it
        Map<String, Integer> lastSeen = new HashMap<>();    // work → sequence of the last note citing it
        @Nullable NoteCites previous = null;
        int sequence = 0;
        for (NoteCites note : notes) {
            if (previous != null && !Objects.equals(previous.chapter(), note.chapter())) {
                // Numbering restarts with a chapter, and so does what counts as cited.
                firstNote.clear();
                firstSeen.clear();
                lastSeen.clear();
                previous = null;
            }
            sequence++;
            List<@Nullable CitePosition> positions = new ArrayList<>(note.cites().size());
            for (int i = 0; i < note.cites().size(); i++) {
                Cite cite = note.cites().get(i);
                String item = cite.item();
                if (item == null) {
                    positions.add(null);
                    continue;
                }
                Integer first = firstNote.get(item);
                if (first == null) {
                    positions.add(CitePosition.FIRST);
                    firstNote.put(item, note.number());
                    firstSeen.put(item, sequence);
                } else {
                    Integer last = lastSeen.get(item);
                    boolean near = last != null && sequence - last <= nearNoteDistance;
                    Cite before = i > 0 ? note.cites().get(i - 1) : onlyCiteOf(previous, item);
                    CitePosition.Kind kind = before != null && item.equals(before.item())
                            ? byLocators(before.locator(), cite.locator())
                            : CitePosition.Kind.SUBSEQUENT;
                    // CSL names a *preceding* note: none when the first cite stands in this one (as citeproc-js).
                    positions.add(new CitePosition(kind, near, Objects.equals(firstSeen.get(item), sequence) ? 0 : first));
                }
                lastSeen.put(item, sequence);
            }
            out.add(positions);
            previous = note;
        }
        return out;
    }

    /**
     * The cite of the previous note if it holds exactly one, of this work; null otherwise. CSL 1.0.2 asks for "a
     * single cite referencing the same item" (citeproc-js and citeproc-hs read it so): after "Smith, 45; Smith, 46"
     * an "Ibid." could mean either page.
     */
    private static @Nullable Cite onlyCiteOf(@Nullable NoteCites previous, String item) {
        if (previous == null || previous.cites().size() != 1) {
            return null;
        }
        Cite only = previous.cites().get(0);
        return item.equals(only.item()) ? only : null;
    }

    /** Ibid, ibid-with-locator or subsequent, by the locators of the cite before and this one. */
    static CitePosition.Kind byLocators(@Nullable String before, @Nullable String current) {
        if (before == null) {
            return current == null ? CitePosition.Kind.IBID : CitePosition.Kind.IBID_WITH_LOCATOR;
        }
        if (current == null) {
            return CitePosition.Kind.SUBSEQUENT;
        }
        return before.equals(current) ? CitePosition.Kind.IBID : CitePosition.Kind.IBID_WITH_LOCATOR;
    }

    /** The cites of each resolved note, as the position logic sees them: each citation's work and place. */
    public static List<NoteCites> of(List<ResolvedNote> notes) {
        List<NoteCites> out = new ArrayList<>(notes.size());
        for (ResolvedNote rn : notes) {
            List<Cite> cites = new ArrayList<>(rn.citations().size());
            for (ResolvedCitation rc : rn.citations()) {
                Locator l = rc.locator();
                cites.add(new Cite(rc.sourceId(), l == null ? null : l.label() + " " + l.value()));
            }
            out.add(new NoteCites(rn.note().number(), rn.note().chapter(), cites));
        }
        return out;
    }
}

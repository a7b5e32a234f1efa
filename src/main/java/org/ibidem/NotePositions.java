package org.ibidem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ibidem.reference.Locator;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;
import org.ibidem.style.CitePosition;
import org.jspecify.annotations.Nullable;

/**
 * The CSL position of every citation of a document's notes, from how they resolved: the first cite of a work in
 * a chapter is {@code FIRST} (Chicago gives the full form again at its first use in each chapter, CMOS 14.29),
 * a cite right after the same work is an ibid (only after a note of one cite, CSL 1.0.2 "Position"), any other
 * later cite {@code SUBSEQUENT}. An unresolved citation has no position (null) and breaks an ibid chain.
 */
final class NotePositions {

    private NotePositions() {
    }

    /** The positions of each note's citations, note by note, for the notes up to and including {@code last}. */
    static List<List<@Nullable CitePosition>> of(List<ResolvedNote> notes, int last) {
        List<List<@Nullable CitePosition>> all = new ArrayList<>(last + 1);
        Set<String> seen = new HashSet<>();
        @Nullable String chapter = null;
        @Nullable ResolvedCitation before = null;    // the cite a next one may be an ibid of
        boolean beforeAmongMany = false;   // ... and whether it shared its note with others
        for (int n = 0; n <= last; n++) {
            ResolvedNote note = notes.get(n);
            if (n == 0 || !Objects.equals(chapter, note.note().chapter())) {
                seen.clear();
                before = null;
                chapter = note.note().chapter();
            }
            List<@Nullable CitePosition> positions = new ArrayList<>(note.citations().size());
            for (int i = 0; i < note.citations().size(); i++) {
                ResolvedCitation rc = note.citations().get(i);
                boolean precededByMany = i == 0 && beforeAmongMany;
                positions.add(position(rc, before, precededByMany, seen));
                before = rc;
            }
            beforeAmongMany = note.citations().size() > 1;
            if (note.citations().isEmpty()) {
                before = null; // a note of commentary only: "Ibid." after it would have nothing to lean on
            }
            all.add(positions);
        }
        return all;
    }

    private static @Nullable CitePosition position(ResolvedCitation rc, @Nullable ResolvedCitation before,
                                                   boolean precededByMany,
                                         Set<String> seen) {
        String id = rc.sourceId();
        if (id == null) {
            return null;
        }
        if (seen.add(id)) {
            return CitePosition.FIRST;
        }
        boolean same = before != null && id.equals(before.sourceId());
        Locator preceding = before == null ? null : before.locator();
        return CitePosition.of(same, precededByMany, preceding, rc.locator());
    }
}

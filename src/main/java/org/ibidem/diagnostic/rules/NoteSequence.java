package org.ibidem.diagnostic.rules;

import java.util.Objects;
import org.ibidem.document.Note;

/**
 * Follows the numbers of a document's notes, one note at a time. Notes run 1, 2, 3… within a chapter; a note
 * numbered 1 always opens a run (a chapter, or a page of footnotes, even a page with one note). Only numeric
 * labels are followed; lettered and named notes have no order to keep.
 *
 * <p>Not thread-safe: one sequence serves one check of one document.
 */
final class NoteSequence {

    /** How a numbered note follows the numbered note before it. */
    enum Step {
        /** The first numbered note, or the first of a chapter. */
        OPENS,
        /** Numbered 1 inside a chapter: numbering starts again where no chapter does. */
        RESTARTS,
        /** The same number as the note before it. */
        REPEATS,
        /** One more than the note before it. */
        FOLLOWS,
        /** Any other number: some are skipped, or it goes back. */
        JUMPS
    }

    private Note previous;
    private Note before;

    /** The step to a note, or null for a note without a number (it is passed over). */
    Step next(Note n) {
        if (n.number() <= 0) {
            return null;
        }
        before = previous;
        previous = n;
        if (before == null || !Objects.equals(before.chapter(), n.chapter())) {
            return Step.OPENS;
        }
        if (n.number() == 1) {
            return Step.RESTARTS;
        }
        if (n.number() == before.number()) {
            return Step.REPEATS;
        }
        return n.number() == before.number() + 1 ? Step.FOLLOWS : Step.JUMPS;
    }

    /** The numbered note before the one last given to {@link #next}, or null. */
    Note before() {
        return before;
    }
}

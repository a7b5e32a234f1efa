package org.ibidem.diagnostic;

import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;
import org.jspecify.annotations.NullMarked;

/**
 * What a {@link NoteRule} started for one document: it is shown each note, then each of that note's citations,
 * in document order, and is told when the document is done (for findings about the document as a whole).
 * Override only the callbacks the rule needs.
 *
 * <pre>{@code
 * NoteChecker checker = new NoteChecker() {
 *     public void citation(ResolvedNote note, ResolvedCitation c) {
 *         if (c.citation() instanceof UnparsedCitation) {
 *             sink.report("no-unparsed", note.note(), "a citation the parser could not read");
 *         }
 *     }
 * };
 * }</pre>
 *
 * <p>Not thread-safe: one checker serves one check of one document.
 */
@NullMarked
public interface NoteChecker {

    /** A note, before its citations. */
    default void note(ResolvedNote note) {
    }

    /** One citation of a note, in the order the note gives them. */
    default void citation(ResolvedNote note, ResolvedCitation citation) {
    }

    /** The document is done: after its last note. */
    default void finish() {
    }
}

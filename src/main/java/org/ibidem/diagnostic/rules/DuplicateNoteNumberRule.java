package org.ibidem.diagnostic.rules;

import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.DiagnosticSink;
import org.ibidem.diagnostic.NoteChecker;
import org.ibidem.diagnostic.NoteRule;
import org.ibidem.document.Note;
import org.ibidem.resolution.ResolvedNote;

/**
 * Two notes in a row, in one run of numbering, that carry the same number.
 *
 * <p>Stateless and thread-safe; the numbering followed lives in the checker of one document.
 */
final class DuplicateNoteNumberRule extends SingleCodeRule implements NoteRule {

    DuplicateNoteNumberRule() {
        super(BuiltInCode.DUPLICATE_NOTE_NUMBER);
    }

    @Override
    public NoteChecker start(CheckContext context, DiagnosticSink sink) {
        NoteSequence sequence = new NoteSequence();
        return new NoteChecker() {
            @Override
            public void note(ResolvedNote resolved) {
                Note n = resolved.note();
                if (sequence.next(n) == NoteSequence.Step.REPEATS) {
                    sink.report(code(), n, "note " + n.number() + " follows a note with the same number");
                }
            }
        };
    }
}

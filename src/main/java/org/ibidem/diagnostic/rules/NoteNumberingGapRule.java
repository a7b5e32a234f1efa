package org.ibidem.diagnostic.rules;

import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.DiagnosticSink;
import org.ibidem.diagnostic.NoteChecker;
import org.ibidem.diagnostic.NoteRule;
import org.ibidem.document.Note;
import org.ibidem.resolution.ResolvedNote;

/**
 * Note numbers that skip or go back within a run of numbering (a return to 1 starts a new run).
 *
 * <p>Stateless and thread-safe; the numbering followed lives in the checker of one document.
 */
final class NoteNumberingGapRule extends SingleCodeRule implements NoteRule {

    NoteNumberingGapRule() {
        super(BuiltInCode.NOTE_NUMBERING_GAP);
    }

    @Override
    public NoteChecker start(CheckContext context, DiagnosticSink sink) {
        NoteSequence sequence = new NoteSequence();
        return new NoteChecker() {
            @Override
            public void note(ResolvedNote resolved) {
                Note n = resolved.note();
                if (sequence.next(n) != NoteSequence.Step.JUMPS) {
                    return;
                }
                int previous = sequence.before().number();
                sink.report(code(), n, n.number() > previous
                        ? "note " + n.number() + " follows note " + previous + ": " + missing(previous, n.number())
                                + " missing"
                        : "note numbering goes back from " + previous + " to " + n.number());
            }
        };
    }

    private static String missing(int from, int to) {
        return to - from == 2 ? "note " + (from + 1) + " is" : "notes " + (from + 1) + "–" + (to - 1) + " are";
    }
}

package org.ibidem.diagnostic.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.DiagnosticSink;
import org.ibidem.diagnostic.NoteChecker;
import org.ibidem.diagnostic.NoteRule;
import org.ibidem.document.Note;
import org.ibidem.resolution.ResolvedNote;

/**
 * Numbering that restarts at 1 with no chapter heading before it: information only, since many printed books
 * restart footnotes on each page. From {@value #SUMMARISED} restarts on, one finding lists them all.
 *
 * <p>Stateless and thread-safe; the restarts found live in the checker of one document.
 */
final class NumberingRestartRule extends SingleCodeRule implements NoteRule {

    /** From this many restarts on, one finding for them all: footnotes numbered page by page. */
    static final int SUMMARISED = 3;

    NumberingRestartRule() {
        super(BuiltInCode.NUMBERING_RESTART);
    }

    @Override
    public NoteChecker start(CheckContext context, DiagnosticSink sink) {
        NoteSequence sequence = new NoteSequence();
        List<Note> restarts = new ArrayList<>();
        List<Integer> before = new ArrayList<>();
        return new NoteChecker() {
            @Override
            public void note(ResolvedNote resolved) {
                if (sequence.next(resolved.note()) == NoteSequence.Step.RESTARTS) {
                    restarts.add(resolved.note());
                    before.add(sequence.before().number());
                }
            }

            @Override
            public void finish() {
                if (restarts.size() >= SUMMARISED) {
                    sink.report(code(), restarts.get(0), "note numbering restarts at 1 in " + restarts.size()
                            + " places where no chapter heading starts (after notes " + before.stream()
                            .map(String::valueOf).collect(Collectors.joining(", ")) + "): footnotes numbered page by"
                            + " page, as printed books and their text copies do; an ibid may cross such a restart");
                } else {
                    for (int i = 0; i < restarts.size(); i++) {
                        sink.report(code(), restarts.get(i), "note numbering restarts at 1 after note "
                                + before.get(i) + " where no chapter heading starts");
                    }
                }
            }
        };
    }
}

package org.ibidem.diagnostic.rules;

import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.DiagnosticSink;

/**
 * A body marker with no note with its label after it; where numbering restarts with every block of footnotes,
 * none in the block of notes that follows it. See {@link MarkerPairing} for how markers and notes are paired.
 *
 * <p>Stateless and thread-safe.
 */
final class MarkerWithoutNoteRule extends SingleCodeRule {

    MarkerWithoutNoteRule() {
        super(BuiltInCode.MARKER_WITHOUT_NOTE);
    }

    @Override
    public void check(CheckContext context, DiagnosticSink sink) {
        if (sink.reports(code())) {
            MarkerPairing.report(context, code(), sink);
        }
    }
}

package org.ibidem.diagnostic.rules;

import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.DiagnosticSink;

/**
 * A note with no marker in the body (checked only when the document has body markers). See {@link MarkerPairing}
 * for how markers and notes are paired.
 *
 * <p>Stateless and thread-safe.
 */
final class NoteWithoutMarkerRule extends SingleCodeRule {

    NoteWithoutMarkerRule() {
        super(BuiltInCode.NOTE_WITHOUT_MARKER);
    }

    @Override
    public void check(CheckContext context, DiagnosticSink sink) {
        if (sink.reports(code())) {
            MarkerPairing.report(context, code(), sink);
        }
    }
}

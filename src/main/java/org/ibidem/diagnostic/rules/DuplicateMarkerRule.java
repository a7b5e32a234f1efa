package org.ibidem.diagnostic.rules;

import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.DiagnosticSink;

/**
 * Two body markers that point at the same note. See {@link MarkerPairing} for how markers and notes are paired.
 *
 * <p>Stateless and thread-safe.
 */
final class DuplicateMarkerRule extends SingleCodeRule {

    DuplicateMarkerRule() {
        super(BuiltInCode.DUPLICATE_MARKER);
    }

    @Override
    public void check(CheckContext context, DiagnosticSink sink) {
        if (sink.reports(code())) {
            MarkerPairing.report(context, code(), sink);
        }
    }
}

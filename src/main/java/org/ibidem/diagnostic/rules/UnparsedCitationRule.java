package org.ibidem.diagnostic.rules;

import org.ibidem.citation.UnparsedCitation;
import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.DiagnosticSink;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;

/**
 * Text that looks like a citation but could not be read; it is kept whole in the output.
 *
 * <p>Stateless and thread-safe.
 */
final class UnparsedCitationRule extends CitationRule {

    UnparsedCitationRule() {
        super(BuiltInCode.UNPARSED_CITATION);
    }

    @Override
    void check(CheckContext context, ResolvedNote note, ResolvedCitation rc, DiagnosticSink sink) {
        if (rc.citation() instanceof UnparsedCitation u && !u.isInternalError()) {
            sink.report(code(), note.note(), u.span(), "note " + note.note().displayName() + ": could not read \""
                    + Texts.abbreviate(u.text()) + "\" as a citation (" + u.reason() + ")");
        }
    }
}

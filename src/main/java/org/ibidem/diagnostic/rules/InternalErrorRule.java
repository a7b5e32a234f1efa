package org.ibidem.diagnostic.rules;

import org.ibidem.citation.UnparsedCitation;
import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.DiagnosticSink;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;

/**
 * A note a parser rule failed on: a bug in Ibidem, not in the document. The note is kept whole as an unparsed
 * citation, so nothing is lost, and this finding names it and the exception so that the bug gets reported.
 * (In the test suite the parser runs strict and the exception fails the test instead.)
 *
 * <p>Stateless and thread-safe.
 */
final class InternalErrorRule extends CitationRule {

    InternalErrorRule() {
        super(BuiltInCode.INTERNAL_ERROR);
    }

    @Override
    void check(CheckContext context, ResolvedNote note, ResolvedCitation rc, DiagnosticSink sink) {
        if (rc.citation() instanceof UnparsedCitation u && u.isInternalError()) {
            sink.report(code(), note.note(), u.span(), "note " + note.note().displayName()
                    + ": a parser rule failed on \"" + Texts.abbreviate(u.text()) + "\" ("
                    + u.reason().substring(UnparsedCitation.INTERNAL_ERROR.length())
                    + "); the note is kept unparsed. This is a bug in Ibidem: please report it");
        }
    }
}

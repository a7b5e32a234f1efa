package org.ibidem.diagnostic.rules;

import org.ibidem.citation.ShortCitation;
import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.DiagnosticSink;
import org.ibidem.resolution.ResolutionStatus;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;

/**
 * A short form that comes before its work is given in full (the later full note completes the work).
 *
 * <p>Stateless and thread-safe.
 */
final class ShortFormForwardRule extends CitationRule {

    ShortFormForwardRule() {
        super(BuiltInCode.SHORT_FORM_FORWARD);
    }

    @Override
    void check(CheckContext context, ResolvedNote note, ResolvedCitation rc, DiagnosticSink sink) {
        if (rc.citation() instanceof ShortCitation s && rc.status() == ResolutionStatus.FORWARD_ONLY) {
            sink.report(code(), note.note(), Texts.focus(s), Texts.shortForm(rc, note)
                    + " comes before the work is cited in full (note " + Texts.candidateNotes(context, rc)
                    + "); give it in full here and shorten it there");
        }
    }
}

package org.ibidem.diagnostic.rules;

import org.ibidem.citation.Citation;
import org.ibidem.citation.ShortCitation;
import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.DiagnosticSink;
import org.ibidem.resolution.ResolutionStatus;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;

/**
 * A short form that matches several earlier works (CMOS 14.29 wants exactly one); the message lists their notes.
 * An author-only short form has a rule of its own ({@code short-form-author-ambiguous}).
 *
 * <p>Stateless and thread-safe.
 */
final class ShortFormAmbiguousRule extends CitationRule {

    ShortFormAmbiguousRule() {
        super(BuiltInCode.SHORT_FORM_AMBIGUOUS);
    }

    @Override
    void check(CheckContext context, ResolvedNote note, ResolvedCitation rc, DiagnosticSink sink) {
        Citation s = rc.citation();
        if (Texts.isShortForm(rc) && rc.status() == ResolutionStatus.AMBIGUOUS
                && !(s instanceof ShortCitation sc && sc.form() == ShortCitation.Form.AUTHOR_ONLY)) {
            sink.report(code(), note.note(), Texts.focus(s), Texts.shortForm(rc, note) + " matches "
                    + rc.candidateCount() + " works (notes " + Texts.candidateNotes(context, rc)
                    + "); add a title or volume");
        }
    }
}

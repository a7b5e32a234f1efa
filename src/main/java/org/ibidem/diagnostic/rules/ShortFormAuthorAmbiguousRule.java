package org.ibidem.diagnostic.rules;

import org.ibidem.citation.ShortCitation;
import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.DiagnosticSink;
import org.ibidem.resolution.ResolutionStatus;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;

/**
 * An author-only short form ("Mao, 12.") when that author has several works.
 *
 * <p>Stateless and thread-safe.
 */
final class ShortFormAuthorAmbiguousRule extends CitationRule {

    ShortFormAuthorAmbiguousRule() {
        super(BuiltInCode.SHORT_FORM_AUTHOR_AMBIGUOUS);
    }

    @Override
    void check(CheckContext context, ResolvedNote note, ResolvedCitation rc, DiagnosticSink sink) {
        if (rc.citation() instanceof ShortCitation s && rc.status() == ResolutionStatus.AMBIGUOUS
                && s.form() == ShortCitation.Form.AUTHOR_ONLY) {
            sink.report(code(), note.note(), Texts.focus(s), Texts.shortForm(rc, note) + " names only the author,"
                    + " who has " + rc.candidateCount() + " works (notes " + Texts.candidateNotes(context, rc)
                    + "); add a short title");
        }
    }
}

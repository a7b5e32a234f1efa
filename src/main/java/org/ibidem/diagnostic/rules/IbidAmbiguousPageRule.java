package org.ibidem.diagnostic.rules;

import org.ibidem.citation.IbidCitation;
import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.DiagnosticSink;
import org.ibidem.resolution.ResolutionStatus;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;

/**
 * A bare ibid after a note that cited a list of pages ("79-80, 85-86"): it cannot say which page it means.
 *
 * <p>Stateless and thread-safe.
 */
final class IbidAmbiguousPageRule extends CitationRule {

    IbidAmbiguousPageRule() {
        super(BuiltInCode.IBID_AMBIGUOUS_PAGE);
    }

    @Override
    void check(CheckContext context, ResolvedNote note, ResolvedCitation rc, DiagnosticSink sink) {
        if (!(rc.citation() instanceof IbidCitation ibid)) {
            return;
        }
        ResolutionStatus status = rc.status();
        if (status == ResolutionStatus.NO_ANTECEDENT || status == ResolutionStatus.AFTER_SEVERAL
                || status == ResolutionStatus.AFTER_COMMENTARY || status == ResolutionStatus.AFTER_UNRESOLVED) {
            return; // a broken chain has a rule of its own
        }
        if (rc.locatorInherited() && rc.locator() != null && rc.locator().isList()) {
            sink.report(code(), note.note(), ibid.formSpan(), Texts.ibid(ibid, note) + " without a page after note "
                    + Texts.antecedent(context, rc) + " cited several places (" + rc.locator().value()
                    + "); say which page");
        }
    }
}

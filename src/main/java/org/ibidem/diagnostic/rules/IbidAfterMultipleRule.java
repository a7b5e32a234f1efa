package org.ibidem.diagnostic.rules;

import org.ibidem.citation.IbidCitation;
import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.DiagnosticSink;
import org.ibidem.resolution.ResolutionStatus;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;

/**
 * An ibid after a note citing several works: CMOS 14.34 says never, since the reader cannot tell which.
 *
 * <p>Stateless and thread-safe.
 */
final class IbidAfterMultipleRule extends CitationRule {

    IbidAfterMultipleRule() {
        super(BuiltInCode.IBID_AFTER_MULTIPLE);
    }

    @Override
    void check(CheckContext context, ResolvedNote note, ResolvedCitation rc, DiagnosticSink sink) {
        if (rc.citation() instanceof IbidCitation ibid && rc.status() == ResolutionStatus.AFTER_SEVERAL) {
            int cited = context.note(rc.antecedent().index()).citations().size();
            sink.report(code(), note.note(), ibid.formSpan(), Texts.ibid(ibid, note) + " but note "
                    + Texts.antecedent(context, rc) + " cites " + cited
                    + " works; give the short form of the one meant");
        }
    }
}

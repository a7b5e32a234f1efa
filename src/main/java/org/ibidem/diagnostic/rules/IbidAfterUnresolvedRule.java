package org.ibidem.diagnostic.rules;

import org.ibidem.citation.IbidCitation;
import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.DiagnosticSink;
import org.ibidem.resolution.ResolutionStatus;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;

/**
 * An ibid after a citation that could not be read or resolved: the chain is broken there.
 *
 * <p>Stateless and thread-safe.
 */
final class IbidAfterUnresolvedRule extends CitationRule {

    IbidAfterUnresolvedRule() {
        super(BuiltInCode.IBID_AFTER_UNRESOLVED);
    }

    @Override
    void check(CheckContext context, ResolvedNote note, ResolvedCitation rc, DiagnosticSink sink) {
        if (rc.citation() instanceof IbidCitation ibid && rc.status() == ResolutionStatus.AFTER_UNRESOLVED) {
            sink.report(code(), note.note(), ibid.formSpan(), Texts.ibid(ibid, note)
                    + " but the citation before it (note " + Texts.antecedent(context, rc) + ") could not be resolved");
        }
    }
}

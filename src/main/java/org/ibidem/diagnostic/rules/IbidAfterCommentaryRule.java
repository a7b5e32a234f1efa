package org.ibidem.diagnostic.rules;

import org.ibidem.citation.IbidCitation;
import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.DiagnosticSink;
import org.ibidem.resolution.ResolutionStatus;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;

/**
 * An ibid after a note that cites no work.
 *
 * <p>Stateless and thread-safe.
 */
final class IbidAfterCommentaryRule extends CitationRule {

    IbidAfterCommentaryRule() {
        super(BuiltInCode.IBID_AFTER_COMMENTARY);
    }

    @Override
    void check(CheckContext context, ResolvedNote note, ResolvedCitation rc, DiagnosticSink sink) {
        if (rc.citation() instanceof IbidCitation ibid && rc.status() == ResolutionStatus.AFTER_COMMENTARY) {
            sink.report(code(), note.note(), ibid.formSpan(), Texts.ibid(ibid, note) + " but note "
                    + Texts.antecedent(context, rc) + " cites no work");
        }
    }
}

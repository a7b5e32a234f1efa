package org.ibidem.diagnostic.rules;

import org.ibidem.citation.IbidCitation;
import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.DiagnosticSink;
import org.ibidem.resolution.ResolutionStatus;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;

/**
 * An ibid with nothing before it to refer to: the first note, or the first of a chapter (an ibid never reaches
 * into the previous chapter). "Ibid." refers to the single work cited just before it (CMOS 14.34).
 *
 * <p>Stateless and thread-safe.
 */
final class IbidWithoutAntecedentRule extends CitationRule {

    IbidWithoutAntecedentRule() {
        super(BuiltInCode.IBID_WITHOUT_ANTECEDENT);
    }

    @Override
    void check(CheckContext context, ResolvedNote note, ResolvedCitation rc, DiagnosticSink sink) {
        if (rc.citation() instanceof IbidCitation ibid && rc.status() == ResolutionStatus.NO_ANTECEDENT) {
            sink.report(code(), note.note(), ibid.formSpan(), Texts.ibid(ibid, note)
                    + " but no citation comes before it" + (note.note().chapter() != null ? " in its chapter" : ""));
        }
    }
}

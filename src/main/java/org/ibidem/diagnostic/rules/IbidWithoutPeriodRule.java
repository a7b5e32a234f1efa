package org.ibidem.diagnostic.rules;

import org.ibidem.citation.IbidCitation;
import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.DiagnosticSink;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;

/**
 * "Ibid." is an abbreviation and takes its period (CMOS 14.34).
 *
 * <p>Stateless and thread-safe.
 */
final class IbidWithoutPeriodRule extends CitationRule {

    IbidWithoutPeriodRule() {
        super(BuiltInCode.IBID_WITHOUT_PERIOD);
    }

    @Override
    void check(CheckContext context, ResolvedNote note, ResolvedCitation rc, DiagnosticSink sink) {
        if (rc.citation() instanceof IbidCitation i && !i.hasPeriod()) {
            sink.report(code(), note.note(), i.formSpan(), "note " + note.note().displayName() + " writes \""
                    + i.form() + "\" without its period: \"" + i.form() + ".\"");
        }
    }
}

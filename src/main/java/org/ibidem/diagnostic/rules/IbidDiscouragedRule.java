package org.ibidem.diagnostic.rules;

import org.ibidem.citation.IbidCitation;
import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.DiagnosticSink;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;

/**
 * Advice for the Chicago Manual's 18th edition only (14.34), which prefers the short form to ibid.
 *
 * <p>Stateless and thread-safe.
 */
final class IbidDiscouragedRule extends CitationRule {

    IbidDiscouragedRule() {
        super(BuiltInCode.IBID_DISCOURAGED);
    }

    @Override
    void check(CheckContext context, ResolvedNote note, ResolvedCitation rc, DiagnosticSink sink) {
        if (rc.citation() instanceof IbidCitation ibid && context.chicagoEdition() == 18) {
            sink.report(code(), note.note(), ibid.formSpan(), "note " + note.note().displayName() + " uses \""
                    + ibid.form() + "\"; the Chicago Manual's 18th edition (14.34) prefers the short form of the work");
        }
    }
}

package org.ibidem.diagnostic.rules;

import org.ibidem.citation.ShortCitation;
import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.DiagnosticSink;
import org.ibidem.resolution.ResolutionStatus;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;

/**
 * A short title that matches its work only approximately (a typo): resolved, and the message shows both
 * spellings.
 *
 * <p>Stateless and thread-safe.
 */
final class ShortFormApproximateRule extends CitationRule {

    ShortFormApproximateRule() {
        super(BuiltInCode.SHORT_FORM_APPROXIMATE);
    }

    @Override
    void check(CheckContext context, ResolvedNote note, ResolvedCitation rc, DiagnosticSink sink) {
        if (rc.citation() instanceof ShortCitation s && rc.status() == ResolutionStatus.RESOLVED_APPROXIMATE) {
            sink.report(code(), note.note(), Texts.focus(s), Texts.shortForm(rc, note) + " spells the title \""
                    + Texts.abbreviate(s.title()) + "\" but the full citation (note "
                    + Texts.antecedent(context, rc) + ") has \"" + Texts.abbreviate(rc.matchedTitle()) + "\"");
        }
    }
}

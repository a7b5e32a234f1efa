package org.ibidem.diagnostic.rules;

import org.ibidem.citation.ShortCitation;
import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.DiagnosticSink;
import org.ibidem.resolution.ResolutionStatus;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;

/**
 * A short form that names a volume no full citation of its work has.
 *
 * <p>Stateless and thread-safe.
 */
final class ShortFormVolumeMismatchRule extends CitationRule {

    ShortFormVolumeMismatchRule() {
        super(BuiltInCode.SHORT_FORM_VOLUME_MISMATCH);
    }

    @Override
    void check(CheckContext context, ResolvedNote note, ResolvedCitation rc, DiagnosticSink sink) {
        if (rc.citation() instanceof ShortCitation s && rc.status() == ResolutionStatus.VOLUME_MISMATCH) {
            sink.report(code(), note.note(), Texts.focus(s), Texts.shortForm(rc, note) + " names volume "
                    + s.volume() + ", which no full citation of the work has (notes "
                    + Texts.candidateNotes(context, rc) + ")");
        }
    }
}

package org.ibidem.diagnostic.rules;

import org.ibidem.citation.Citation;
import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.DiagnosticSink;
import org.ibidem.resolution.ResolutionStatus;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;

/**
 * A short form whose work was given in full only in an earlier chapter; Chicago gives the full citation again at
 * its first use in each chapter.
 *
 * <p>Stateless and thread-safe.
 */
final class ShortFormPreviousChapterRule extends CitationRule {

    ShortFormPreviousChapterRule() {
        super(BuiltInCode.SHORT_FORM_PREVIOUS_CHAPTER);
    }

    @Override
    void check(CheckContext context, ResolvedNote note, ResolvedCitation rc, DiagnosticSink sink) {
        if (Texts.isShortForm(rc) && rc.status() == ResolutionStatus.RESOLVED_ACROSS_CHAPTER) {
            Citation s = rc.citation();
            sink.report(code(), note.note(), Texts.focus(s), Texts.shortForm(rc, note)
                    + " refers to a work given in full only in an earlier chapter (note "
                    + Texts.antecedent(context, rc)
                    + "); Chicago gives it in full again at its first mention in each chapter");
        }
    }
}

package org.ibidem.diagnostic.rules;

import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.DiagnosticSink;
import org.ibidem.diagnostic.NoteChecker;
import org.ibidem.diagnostic.NoteRule;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;

/**
 * A document that cites in short form throughout (see {@link ThroughoutTally}) gets one warning listing the notes
 * that first cite each such work, instead of a {@code short-form-unmatched} error for each of them; switching this
 * code off brings the errors back ({@link ShortFormUnmatchedRule}).
 *
 * <p>Stateless and thread-safe; the tally lives in the checker of one document.
 */
final class ShortFormsThroughoutRule extends SingleCodeRule implements NoteRule {

    ShortFormsThroughoutRule() {
        super(BuiltInCode.SHORT_FORMS_THROUGHOUT);
    }

    @Override
    public NoteChecker start(CheckContext context, DiagnosticSink sink) {
        if (!sink.reports(code())) {
            return CitationRule.NOTHING;
        }
        ThroughoutTally tally = new ThroughoutTally();
        return new NoteChecker() {
            @Override
            public void citation(ResolvedNote note, ResolvedCitation rc) {
                tally.add(note, rc);
            }

            @Override
            public void finish() {
                if (!tally.throughout()) {
                    return;
                }
                sink.report(code(), tally.firstNote().note(), Texts.focus(tally.first()), tally.introduced()
                        + " works are cited only in short form, never in full (first in notes " + tally.firstNotes()
                        + "), against " + tally.defined() + " given in full: the document cites in short form"
                        + " throughout, as older books do. Chicago gives each work in full at its first mention"
                        + " (CMOS 14.29); switch this rule off to see each short form as an error");
            }
        };
    }
}

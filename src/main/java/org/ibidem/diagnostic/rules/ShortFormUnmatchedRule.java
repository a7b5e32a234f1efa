package org.ibidem.diagnostic.rules;

import java.util.ArrayList;
import java.util.List;
import org.ibidem.citation.Citation;
import org.ibidem.citation.ShortCitation;
import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.DiagnosticSink;
import org.ibidem.diagnostic.NoteChecker;
import org.ibidem.diagnostic.NoteRule;
import org.ibidem.document.Note;
import org.ibidem.document.TextSpan;
import org.ibidem.resolution.ResolutionStatus;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;

/**
 * A short form must match a work given in full before it (CMOS 14.29). One that matches none is still listed as a
 * source (status {@code introduced}) so that later short forms and ibids resolve. In a document that cites in
 * short form throughout these errors give way to one {@code short-forms-throughout} warning, unless that code is
 * switched off: until the document is done, the findings wait.
 *
 * <p>Stateless and thread-safe; the waiting findings live in the checker of one document.
 */
final class ShortFormUnmatchedRule extends SingleCodeRule implements NoteRule {

    ShortFormUnmatchedRule() {
        super(BuiltInCode.SHORT_FORM_UNMATCHED);
    }

    @Override
    public NoteChecker start(CheckContext context, DiagnosticSink sink) {
        if (!sink.reports(code())) {
            return CitationRule.NOTHING;
        }
        // Only a document that may turn out to cite in short throughout keeps its findings until the end.
        ThroughoutTally tally = sink.reports(BuiltInCode.SHORT_FORMS_THROUGHOUT) ? new ThroughoutTally() : null;
        List<Finding> waiting = new ArrayList<>();
        return new NoteChecker() {
            @Override
            public void citation(ResolvedNote note, ResolvedCitation rc) {
                if (tally != null) {
                    tally.add(note, rc);
                }
                if (!Texts.isShortForm(rc) || rc.citation() instanceof ShortCitation r
                        && r.form() == ShortCitation.Form.REVIEWED_WORK) {
                    // (A book review's "P. 88." cites the book its heading names, which no note gives in full.)
                    return;
                }
                Citation s = rc.citation();
                String message;
                if (rc.status() == ResolutionStatus.INTRODUCED) {
                    message = Texts.shortForm(rc, note) + " matches no work cited in full before it (listed as a"
                            + " source from the short form alone)";
                } else if (rc.status() == ResolutionStatus.NO_MATCH) {
                    message = Texts.shortForm(rc, note) + " has no earlier work by that author to refer to";
                } else {
                    return;
                }
                Finding finding = new Finding(note.note(), Texts.focus(s), message,
                        rc.status() == ResolutionStatus.INTRODUCED);
                if (tally == null) {
                    finding.report(code(), sink);
                } else {
                    waiting.add(finding);
                }
            }

            @Override
            public void finish() {
                if (tally == null) {
                    return;
                }
                boolean throughout = tally.throughout();
                for (Finding f : waiting) {
                    if (!(throughout && f.introduced())) {
                        f.report(code(), sink);
                    }
                }
            }
        };
    }

    /** A finding kept until the document is done; {@code introduced} ones give way to short-forms-throughout. */
    private record Finding(Note note, TextSpan span, String message, boolean introduced) {
        void report(BuiltInCode code, DiagnosticSink sink) {
            sink.report(code, note, span, message);
        }
    }
}

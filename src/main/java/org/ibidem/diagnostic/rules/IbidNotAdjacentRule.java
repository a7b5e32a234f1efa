package org.ibidem.diagnostic.rules;

import org.ibidem.citation.IbidCitation;
import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.DiagnosticSink;
import org.ibidem.resolution.ResolutionStatus;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;

/**
 * "Ibid." in note 7 when the note it leans on is numbered 5: a note is missing or misnumbered. Equal numbers are
 * {@code duplicate-note-number}'s concern, a lower one a restart or {@code note-numbering-gap}'s.
 *
 * <p>Stateless and thread-safe.
 */
final class IbidNotAdjacentRule extends CitationRule {

    IbidNotAdjacentRule() {
        super(BuiltInCode.IBID_NOT_ADJACENT);
    }

    @Override
    void check(CheckContext context, ResolvedNote note, ResolvedCitation rc, DiagnosticSink sink) {
        if (!(rc.citation() instanceof IbidCitation ibid) || rc.antecedent() == null
                || rc.antecedent().index() == note.note().index()) {
            return;
        }
        int number = note.note().number();
        int before = rc.antecedent().number();
        if (number > 1 && before > 0 && before < number - 1) {
            sink.report(code(), note.note(), ibid.formSpan(), "note " + number + " says \"" + ibid.form()
                    + "\" but the note before it is note " + before + ", not " + (number - 1)
                    + ": check which work it means");
        }
    }
}

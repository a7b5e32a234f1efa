package org.ibidem.diagnostic.rules;

import java.util.stream.Collectors;
import org.ibidem.citation.IbidCitation;
import org.ibidem.citation.ShortCitation;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.document.TextSpan;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;

/** The pieces of text several rules' messages share, and the part of a citation they point at. */
final class Texts {

    private Texts() {
    }

    /** A title or citation cut to 60 characters for a message. */
    static String abbreviate(String s) {
        if (s == null) {
            return "(untitled)"; // a work read without a title still gets a readable message
        }
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    /** Where a short form's finding points: its title when it has one. */
    static TextSpan focus(ShortCitation s) {
        return s.titleSpan() != null ? s.titleSpan() : s.span();
    }

    /** A short form as a reader would name it: "Lüthi, Sino-Soviet Split", "Mao, op. cit.". */
    static String describe(ShortCitation s) {
        StringBuilder b = new StringBuilder();
        if (!s.authors().isEmpty()) {
            b.append(s.authors().get(0).surname());
        }
        if (s.title() != null) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(s.title());
        }
        if (s.form() == ShortCitation.Form.OP_CIT || s.form() == ShortCitation.Form.LOC_CIT) {
            b.append(b.length() > 0 ? ", " : "")
                    .append(s.form() == ShortCitation.Form.OP_CIT ? "op. cit." : "loc. cit.");
        }
        return b.toString();
    }

    /** How a short form's message opens: {@code short form "Lüthi, Split" in note 7}. */
    static String shortForm(ShortCitation s, ResolvedNote note) {
        return "short form \"" + abbreviate(describe(s)) + "\" in note " + note.note().displayName();
    }

    /** The notes of a citation's candidate works, "3, 9", or "3, 9 and 3979 more" past the listed ones. */
    static String candidateNotes(CheckContext context, ResolvedCitation rc) {
        String listed = rc.candidates().stream().map(i -> context.note(i).note().displayName())
                .collect(Collectors.joining(", "));
        int more = rc.candidateCount() - rc.candidates().size();
        return more > 0 ? listed + " and " + more + " more" : listed;
    }

    /** How an ibid's message opens: {@code note 5 says "Ibid."}. */
    static String ibid(IbidCitation ibid, ResolvedNote note) {
        return "note " + note.note().displayName() + " says \"" + ibid.form() + "\"";
    }

    /** The name of the note a citation leans on, or "" when it leans on none. */
    static String antecedent(CheckContext context, ResolvedCitation rc) {
        return rc.antecedent() > 0 ? context.note(rc.antecedent()).note().displayName() : "";
    }
}

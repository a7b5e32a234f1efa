package org.ibidem.diagnostic.rules;

import java.util.List;
import java.util.stream.Collectors;
import org.ibidem.citation.Citation;
import org.ibidem.citation.CitationKind;
import org.ibidem.citation.CrossReference;
import org.ibidem.citation.IbidCitation;
import org.ibidem.citation.ShortCitation;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.document.Note;
import org.ibidem.document.TextSpan;
import org.ibidem.reference.Name;
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

    /**
     * Whether the citation repeats a work given elsewhere by name or by reference: a short form or a
     * cross-reference (supra, op. cit.), the citations the short-form rules judge.
     */
    static boolean isShortForm(ResolvedCitation rc) {
        return rc.kind() == CitationKind.SHORT || rc.kind() == CitationKind.CROSS_REFERENCE;
    }

    /**
     * The title a short form names, or null: a short citation's title, or the title of a document written in full
     * that resolved as a short form.
     */
    static String shortTitle(ResolvedCitation rc) {
        if (rc.citation() instanceof ShortCitation s) {
            return s.title();
        }
        return rc.kind() == CitationKind.SHORT && rc.work() != null ? rc.work().title() : null;
    }

    /** Where a short form's finding points: its title when it has one. */
    static TextSpan focus(Citation c) {
        return c instanceof ShortCitation s && s.titleSpan() != null ? s.titleSpan() : c.span();
    }

    /** A short form as a reader would name it: "Lüthi, Sino-Soviet Split", "Mao, op. cit.". */
    static String describe(ResolvedCitation rc) {
        Citation c = rc.citation();
        if (c instanceof ShortCitation s) {
            if (s.authors().isEmpty() && s.title() == null) {
                // "Idem, 202.": named by its word for the author.
                int comma = s.text().indexOf(',');
                return (comma > 0 ? s.text().substring(0, comma) : s.text()).strip();
            }
            return describe(s.authors(), s.title(), null);
        }
        if (c instanceof CrossReference x) {
            String latin = switch (x.form()) {
                case OP_CIT -> "op. cit.";
                case LOC_CIT -> "loc. cit.";
                case NOTE -> null;
            };
            return describe(x.authors(), null, latin);
        }
        if (rc.kind() == CitationKind.SHORT && rc.work() != null) {
            // A document written in full that resolved as a short form: named by what it gives.
            return describe(rc.work().authors(), rc.work().title(), null);
        }
        throw new IllegalArgumentException("Not a short form: " + c);
    }

    private static String describe(List<Name> authors, String title, String latin) {
        StringBuilder b = new StringBuilder();
        if (!authors.isEmpty()) {
            b.append(authors.get(0).surname());
        }
        if (title != null) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(title);
        }
        if (latin != null) {
            b.append(b.length() > 0 ? ", " : "").append(latin);
        }
        return b.toString();
    }

    /** How a short form's message opens: {@code short form "Lüthi, Split" in note 7}. */
    static String shortForm(ResolvedCitation rc, ResolvedNote note) {
        return "short form \"" + abbreviate(describe(rc)) + "\" in note " + note.note().displayName();
    }

    /** The notes of a citation's candidate works, "3, 9", or "3, 9 and 3979 more" past the listed ones. */
    static String candidateNotes(CheckContext context, ResolvedCitation rc) {
        String listed = rc.candidates().stream().map(Note::displayName)
                .collect(Collectors.joining(", "));
        int more = rc.candidateCount() - rc.candidates().size();
        return more > 0 ? listed + " and " + more + " more" : listed;
    }

    /** How an ibid's message opens: {@code note 5 says "Ibid."}. */
    static String ibid(IbidCitation ibid, ResolvedNote note) {
        String written = ibid.form().isEmpty() ? ibid.text() : ibid.form(); // "(p. 377)": a page alone
        return "note " + note.note().displayName() + " says \"" + written + "\"";
    }

    /** The name of the note a citation leans on, or "" when it leans on none. */
    static String antecedent(CheckContext context, ResolvedCitation rc) {
        Note a = rc.antecedent();
        if (a == null) {
            return "";
        }
        // A note of another document of the project (ProjectResolver) carries that document's name as its
        // chapter: "3 of ch1.md". A note of this document is named by its number alone, as always.
        if (a.chapter() != null && !isOf(context.document(), a)) {
            return a.displayName() + " of " + a.chapter();
        }
        return a.displayName();
    }

    /** Whether a note is one of the document's own (notes are numbered by order of appearance, from 1). */
    static boolean isOf(org.ibidem.document.Document document, Note note) {
        List<Note> notes = document.notes();
        int i = note.index() - 1;
        return i < notes.size() && notes.get(i).equals(note);
    }
}

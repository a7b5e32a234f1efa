package org.ibidem.diagnostic.rules;

import org.ibidem.citation.CitationKind;
import org.ibidem.citation.FullCitation;
import org.ibidem.citation.Names;
import org.ibidem.citation.StyleFlag;
import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.DiagnosticSink;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;
import org.ibidem.reference.Name;

/**
 * A name written family name first, with a comma, inside a note; notes give names in reading order (CMOS 14.20):
 * "Lengxi, Wu" is bibliography order.
 *
 * <p>Stateless and thread-safe.
 */
final class InvertedNameRule extends CitationRule {

    InvertedNameRule() {
        super(BuiltInCode.INVERTED_NAME);
    }

    @Override
    void check(CheckContext context, ResolvedNote note, ResolvedCitation rc, DiagnosticSink sink) {
        if (rc.kind() == CitationKind.FULL && rc.citation() instanceof FullCitation f
                && f.flags().contains(StyleFlag.INVERTED_NAME) && !rc.work().authors().isEmpty()) {
            Name a = rc.work().authors().get(0);
            // "Lengxi, Wu" is read as Wu Lengxi, family name Wu (a name in its own order, inverted as if Western):
            // the note wrote the given name first, and the suggestion gives the name in its own order.
            boolean ownOrder = Names.readFamilyFirstByShape(a) && !f.text().contains(a.family() + ", " + a.given())
                    && f.text().contains(a.given() + ", " + a.family());
            String written = ownOrder ? a.given() + ", " + a.family() : a.family() + ", " + a.given();
            String suggested = ownOrder ? a.family() + " " + a.given() : a.given() + " " + a.family();
            sink.report(code(), note.note(), f.span(), "note " + note.note().displayName() + " writes \""
                    + written + "\" family name first; a note gives \"" + suggested
                    + "\" (or, for a family-name-first name, writes it without the comma)");
        }
    }
}

package org.ibidem.diagnostic.rules;

import java.util.Locale;
import org.ibidem.citation.CitationKind;
import org.ibidem.citation.FullCitation;
import org.ibidem.citation.StyleFlag;
import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.DiagnosticSink;
import org.ibidem.reference.ItemTrait;
import org.ibidem.reference.Reference;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;

/**
 * A book cited in full without its publisher or year (CMOS 14.100). "(n.p., n.d.)" says there is none to give,
 * and is not reported. Scripture and classical works are cited without publication facts.
 *
 * <p>Stateless and thread-safe.
 */
final class BookMissingPublicationRule extends CitationRule {

    BookMissingPublicationRule() {
        super(BuiltInCode.BOOK_MISSING_PUBLICATION);
    }

    @Override
    void check(CheckContext context, ResolvedNote note, ResolvedCitation rc, DiagnosticSink sink) {
        if (rc.kind() != CitationKind.FULL || !(rc.citation() instanceof FullCitation f)
                || f.flags().contains(StyleFlag.CANONICAL_REFERENCE)) {
            return;
        }
        Reference r = rc.work();
        if (!r.type().has(ItemTrait.NEEDS_PUBLICATION_FACTS) || (r.publisher() != null && r.issued() != null)) {
            return;
        }
        // Lower-cased once, and only for a book that lacks a fact.
        String lower = f.text().toLowerCase(Locale.ROOT);
        boolean noPublisher = r.publisher() == null && !saysNone(lower, "n.p.", "n. p.", "s.l.");
        boolean noYear = r.issued() == null && !saysNone(lower, "n.d.", "n. d.", "s.d.", "no date");
        if (noPublisher || noYear) {
            String what = noPublisher && noYear ? "publisher and year" : noPublisher ? "publisher" : "year";
            sink.report(code(), note.note(), f.span(), "note " + note.note().displayName() + " cites the book \""
                    + Texts.abbreviate(r.title()) + "\" without its " + what);
        }
    }

    /** Whether the lower-cased text has one of the abbreviations that say a fact is missing, as a word. */
    private static boolean saysNone(String lower, String... marks) {
        for (String mark : marks) {
            int at = lower.indexOf(mark);
            if (at >= 0 && (at == 0 || !Character.isLetter(lower.charAt(at - 1)))) {
                return true;
            }
        }
        return false;
    }
}

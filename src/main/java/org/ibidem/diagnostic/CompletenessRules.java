package org.ibidem.diagnostic;

import java.util.List;
import java.util.Locale;
import org.ibidem.citation.FullCitation;
import org.ibidem.citation.StyleFlag;
import org.ibidem.reference.ItemTrait;
import org.ibidem.reference.Reference;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;

/**
 * Whether a full citation gives what a reader needs to find the work (CMOS 14.100 for books, 14.171 for journal
 * articles): a book its publisher and year, a journal article its volume and the pages cited.
 *
 * <p>Stateless and thread-safe.
 */
final class CompletenessRules implements ChainRule {

    @Override
    public List<RuleCode> codes() {
        return List.of(
                new RuleCode("book-missing-publication", Severity.WARNING,
                        "a book is cited in full without its publisher or year"),
                new RuleCode("article-missing-details", Severity.WARNING,
                        "a journal article is cited in full without its volume or pages"));
    }

    @Override
    public void check(CheckContext context, DiagnosticSink sink) {
        for (ResolvedNote note : context.notes()) {
            for (ResolvedCitation rc : note.citations()) {
                if (!(rc.citation() instanceof FullCitation f) || f.flags().contains(StyleFlag.CANONICAL_REFERENCE)) {
                    continue; // scripture and classical works are cited without publication facts
                }
                Reference r = f.reference();
                String n = "note " + note.note().displayName();
                if (r.type().has(ItemTrait.NEEDS_PUBLICATION_FACTS) && (r.publisher() == null || r.issued() == null)) {
                    // "(n.p., n.d.)": the writer says there is no place, publisher or date to give.
                    String lower = f.text().toLowerCase(Locale.ROOT);
                    boolean noPublisher = r.publisher() == null && !saysNone(lower, "n.p.", "n. p.", "s.l.");
                    boolean noYear = r.issued() == null && !saysNone(lower, "n.d.", "n. d.", "s.d.", "no date");
                    if (noPublisher || noYear) {
                        String what = noPublisher && noYear ? "publisher and year"
                                : noPublisher ? "publisher" : "year";
                        sink.report("book-missing-publication", note.note(), f.span(), n + " cites the book \""
                                + ParseRules.abbreviate(r.title()) + "\" without its " + what);
                    }
                }
                if (r.type().has(ItemTrait.NEEDS_VOLUME_AND_PAGES) && (r.volume() == null
                        || (r.page() == null && f.locator() == null))) {
                    String what = r.volume() == null ? "volume" : "pages";
                    sink.report("article-missing-details", note.note(), f.span(),
                            n + " cites the article \"" + ParseRules.abbreviate(r.title()) + "\" without its " + what);
                }
            }
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

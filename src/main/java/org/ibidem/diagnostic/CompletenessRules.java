package org.ibidem.diagnostic;

import java.util.List;
import org.ibidem.citation.FullCitation;
import org.ibidem.citation.StyleFlag;
import org.ibidem.reference.ItemType;
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
                if (r.type() == ItemType.BOOK && (r.publisher() == null || r.issued() == null)) {
                    String what = r.publisher() == null && r.issued() == null ? "publisher and year"
                            : r.publisher() == null ? "publisher" : "year";
                    sink.report("book-missing-publication", note.note(), f.span(),
                            n + " cites the book \"" + ParseRules.abbreviate(r.title()) + "\" without its " + what);
                }
                if (r.type() == ItemType.ARTICLE_JOURNAL && (r.volume() == null
                        || (r.page() == null && f.locator() == null))) {
                    String what = r.volume() == null ? "volume" : "pages";
                    sink.report("article-missing-details", note.note(), f.span(),
                            n + " cites the article \"" + ParseRules.abbreviate(r.title()) + "\" without its " + what);
                }
            }
        }
    }
}

package org.ibidem.diagnostic.rules;

import org.ibidem.citation.StyleFlag;
import org.ibidem.citation.FullCitation;
import org.ibidem.citation.UnparsedCitation;
import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.DiagnosticSink;
import org.ibidem.reference.ItemTrait;
import org.ibidem.reference.Reference;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;

/**
 * A page cited outside its work's known page range (an article's or chapter's pages), by any citation that points
 * at the work: a short form, an ibid, a repeated full citation.
 *
 * <p>Stateless and thread-safe.
 */
final class PageOutsideRangeRule extends CitationRule {

    PageOutsideRangeRule() {
        super(BuiltInCode.PAGE_OUTSIDE_RANGE);
    }

    @Override
    void check(CheckContext context, ResolvedNote note, ResolvedCitation rc, DiagnosticSink sink) {
        if (rc.citation() instanceof UnparsedCitation) {
            return;
        }
        Reference work = context.source(rc.sourceId());
        if (work == null || work.page() == null || rc.locator() == null || !"page".equals(rc.locator().label())
                || work.type().has(ItemTrait.FIRST_PAGE_ONLY)) {
            return; // a case's page is where the decision opens in its reporter, not a range: pinpoints run past it
        }
        if (isFirstPageOnly(work.page()) && Pages.noneBefore(rc.locator().value(), Integer.parseInt(work.page()))) {
            return; // "73 Yale L.J. 733, 737": the Bluebook gives an article's first page, and the pinpoint after it
        }
        if (!Pages.within(rc.locator().value(), work.page()) && !extentInferred(context, rc)) {
            sink.report(code(), note.note(), rc.citation().span(), "note " + note.note().displayName()
                    + " cites page " + rc.locator().value() + " of \"" + work.title() + "\", which runs over pages "
                    + work.page());
        }
    }

    /**
     * Whether the work's pages are a range its full citation gave alone, read as its extent: Chicago would have
     * that range the place cited, so a page outside it is no sure error. Looks at the note the citation leans on.
     */
    private static boolean extentInferred(CheckContext context, ResolvedCitation rc) {
        // (An antecedent in another document of a project is not one of this document's notes.)
        ResolvedNote antecedent = rc.antecedent() == null || !Texts.isOf(context.document(), rc.antecedent()) ? null
                : context.note(rc.antecedent().index());
        if (antecedent == null) {
            return false;
        }
        for (ResolvedCitation other : antecedent.citations()) {
            if (other.citation() instanceof FullCitation f && rc.sourceId().equals(other.sourceId())
                    && f.flags().contains(StyleFlag.RANGE_READ_AS_EXTENT)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a work's page is one number (of up to six digits), where it opens, rather than a range. */
    private static boolean isFirstPageOnly(String page) {
        if (page.length() > 6) {
            return false;
        }
        for (int i = 0; i < page.length(); i++) {
            if (page.charAt(i) < '0' || page.charAt(i) > '9') {
                return false;
            }
        }
        return !page.isEmpty();
    }
}

package org.ibidem.diagnostic.rules;

import org.ibidem.citation.CitationKind;
import org.ibidem.citation.FullCitation;
import org.ibidem.citation.StyleFlag;
import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.DiagnosticSink;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;
import org.ibidem.reference.ItemTrait;
import org.ibidem.reference.Reference;

/**
 * A journal article cited in full without its volume or the pages cited (CMOS 14.171). Scripture and classical
 * works are cited without publication facts.
 *
 * <p>Stateless and thread-safe.
 */
final class ArticleMissingDetailsRule extends CitationRule {

    ArticleMissingDetailsRule() {
        super(BuiltInCode.ARTICLE_MISSING_DETAILS);
    }

    @Override
    void check(CheckContext context, ResolvedNote note, ResolvedCitation rc, DiagnosticSink sink) {
        if (rc.kind() != CitationKind.FULL || !(rc.citation() instanceof FullCitation f)
                || f.flags().contains(StyleFlag.CANONICAL_REFERENCE)) {
            return;
        }
        Reference r = rc.work();
        if (r.type().has(ItemTrait.NEEDS_VOLUME_AND_PAGES)
                && (r.volume() == null || (r.page() == null && f.locator() == null))) {
            String what = r.volume() == null ? "volume" : "pages";
            sink.report(code(), note.note(), f.span(), "note " + note.note().displayName() + " cites the article \""
                    + Texts.abbreviate(r.title()) + "\" without its " + what);
        }
    }
}

package org.ibidem.citation.parse;

import org.ibidem.citation.Citation;
import org.ibidem.citation.FullCitation;
import org.ibidem.citation.ShortCitation;
import org.ibidem.document.TextSpan;
import org.ibidem.reference.Locator;

/**
 * A work cited where the reader finds it reprinted: "Hale, History of Kent (London, 1705), reprinted in Tanner's
 * Collection, IV, 363." The work cited is the first, given in full without a page; the collection after "reprinted
 * in" says where it is printed now, and its volume and page are where the passage is. One citation, of the first
 * work, located at the reprint's page. When the first work has a page of its own, the note cites two places and
 * both are kept.
 *
 * <p>Stateless and thread-safe.
 */
final class ReprintedIn {

    private ReprintedIn() {
    }

    private static final String SIGNAL = "reprinted in";

    /**
     * The work before, located at the reprint's page, when {@code reprint} is the collection that reprints it;
     * null otherwise.
     *
     * @param note the note's text, which both citations' spans index
     */
    static Citation joined(Citation before, Citation reprint, String note) {
        if (!(before instanceof FullCitation f) || f.locator() != null || f.suffix() != null
                || reprint.prefix() == null || !reprint.prefix().equalsIgnoreCase(SIGNAL)) {
            return null;
        }
        Locator page = reprint instanceof ShortCitation s && s.suffix() == null ? s.locator()
                : reprint instanceof FullCitation r && r.suffix() == null ? r.locator() : null;
        if (page == null || reprint.span().start() < f.span().end()) {
            return null;
        }
        TextSpan span = new TextSpan(f.span().start(), reprint.span().end());
        return new FullCitation(f.reference(), page, note.substring(span.start(), span.end()), span, f.prefix(),
                reprint.text().strip(), f.flags());
    }
}

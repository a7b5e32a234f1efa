package org.ibidem.citation.parse;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.citation.Citation;
import org.ibidem.citation.ShortCitation;
import org.ibidem.reference.Locator;

/**
 * Reads a book review's citation of the book under review by its page alone: "P. 88.", "Pp. 107–08." (Bluebook
 * 3.2(a)). The review names the book in its heading, never in a note, so the citation names no work; the resolver
 * files them all under one.
 *
 * <pre>{@code
 * "P. 88."       → short citation of the reviewed work, page 88
 * "Pp. 107–08."  → the same, pages 107–08
 * }</pre>
 */
final class ReviewedPageReader implements CitationReader {

    private static final Pattern PAGES = Pattern.compile("^Pp?\\.\\s?(\\d{1,5}(?:\\s?[\u2013-]\\s?\\d{1,5})?"
            + "(?:,\\s?\\d{1,5}(?:\\s?[\u2013-]\\s?\\d{1,5})?){0,6})\\.?$");

    @Override
    public boolean readsFields() {
        return false;
    }

    /** The text opens with "P." or "Pp.", in capitals, and is short. */
    @Override
    public boolean accepts(Segment s) {
        String b = s.body();
        return b.length() <= 60 && b.length() > 3 && b.charAt(0) == 'P' && (b.charAt(1) == '.' || b.startsWith("Pp."));
    }

    @Override
    public Citation read(Segment s) {
        Matcher m = PAGES.matcher(s.body());
        if (!m.matches()) {
            return null;
        }
        return new ShortCitation(ShortCitation.Form.REVIEWED_WORK, List.of(), null, null, Locator.page(m.group(1)),
                null, s.raw(), s.span(), s.prefix(), null, Set.of());
    }
}

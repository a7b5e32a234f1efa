package org.ibidem.citation.parse;

import java.util.regex.Pattern;
import org.ibidem.citation.IbidCitation;
import org.ibidem.document.TextSpan;
import org.ibidem.reference.Locator;

/**
 * A page alone in parentheses in the commentary that follows a citation in the same note: "Ibid., p. 376. … her
 * implicit critique of G.E. Lee (p. 377)." The page is a further page of the work just cited, as a reader takes
 * it; the name before the parenthesis is what the commentary is about, not a work (a work named so carries a title
 * or a short title in its parentheses, "Dr. Hale (Annals, l. ii. c. 7)"). Read as an ibid with that page.
 *
 * <pre>{@code
 * PageInCommentary.read("… critique of G.E. Lee (p. 377).", named, 0);  // an IbidCitation at page 377
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class PageInCommentary {

    private static final Pattern PAGE = Pattern.compile("pp?\\.\\s*\\d{1,4}(?:\\s*[–-]\\s*\\d{1,4})?");

    private PageInCommentary() {
    }

    /**
     * The further page that a "Name (p. N)" of the prose states, as an ibid; null when its parentheses hold more
     * than a labelled page.
     *
     * @param raw    the segment
     * @param named  the "Name (reference)" that {@link ProseCitations#namedWithReference} found in it
     * @param offset where the segment starts in the note
     */
    static IbidCitation read(String raw, ProseCitations.Named named, int offset) {
        String original = raw.substring(named.start(), named.start() + named.text().length());
        int open = original.indexOf('(');
        if (open < 0) {
            return null;
        }
        String reference = original.substring(open + 1).strip();
        if (reference.length() > 16 || !PatternChecks.matches(PAGE, reference)) {
            return null;
        }
        Locator locator = Locators.parse(reference);
        if (locator == null) {
            return null;
        }
        int start = offset + named.start() + original.indexOf(reference, open);
        TextSpan span = new TextSpan(start, start + reference.length());
        return new IbidCitation("", span, locator, reference, span, null, null); // no ibid word is written
    }
}

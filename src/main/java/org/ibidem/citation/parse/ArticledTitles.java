package org.ibidem.citation.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short title cited with its article in lower case, as running prose names a book: "See also the Annals, 647"
 * is the short form "Annals, 647". Gives the segment with the article blanked (the same length, so spans stay
 * true) for the parser to read; only where a page follows the title, so that prose ("the King, 1689") is left.
 *
 * <p>Stateless and thread-safe.
 */
final class ArticledTitles {

    private ArticledTitles() {
    }

    private static final Pattern ARTICLED = Pattern.compile("^(?:(?:See(?: also)?|Cf\\.|Compare)\\s+)?(?<the>the\\s+)"
            + "\\p{Lu}\\p{Ll}+(?:\\s+(?:\\p{Lu}\\p{Ll}+|of|on|the)){0,4},\\s+(?:[ivxlc]{1,5}\\.\\s+)?\\d{1,4}"
            + "(?:\\s*[-–,]\\s*\\d{1,4})*\\.?$");

    /** The segment without its article, the same length as {@code raw}, or null when it is of no such shape. */
    static String withoutArticle(String raw) {
        if (raw.length() > 100 || !raw.contains("the ")) {
            return null;
        }
        Matcher m = ARTICLED.matcher(raw);
        if (!m.matches()) {
            return null;
        }
        StringBuilder b = new StringBuilder(raw);
        for (int i = m.start("the"); i < m.end("the"); i++) {
            b.setCharAt(i, ' ');
        }
        return b.toString();
    }
}

package org.ibidem.citation.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Authorities listed in a parenthesis inside running prose, each an author and a place: "as we are assured
 * (Quintus, i. 19. Marcellus, ii. 24. Varro, p. 281) that the province was converted late". The items are
 * separated by periods, so the segmenter cuts the note inside the parenthesis; this finds the item a piece of
 * prose ends with (after the opening parenthesis) or begins with (before the closing one). Only an author of
 * one or two capitalised words followed by a comma and a bare place (numbers, "p.", "l.", "c.") counts.
 *
 * <p>Stateless and thread-safe.
 */
final class AuthoritiesInParentheses {

    private AuthoritiesInParentheses() {
    }

    private static final String ITEM = "\\p{Lu}[\\p{Ll}'’-]+(?: \\p{Lu}[\\p{Ll}'’-]+)?, "
            + "(?:(?:p|pp|l|lib|c|cap|tom|vol)\\. )?(?:[0-9]{1,5}|[ivxlc]{1,8})"
            + "(?:\\.? (?:(?:p|c|cap)\\. )?(?:[0-9]{1,5}|[ivxlc]{1,8}))*";

    // "… we are assured (Quintus, i. 19." at the end of a segment: the parenthesis is still open.
    private static final Pattern AT_END = Pattern.compile("\\((" + ITEM + ")\\.?\\s*$");

    // "Varro, p. 281) that …" at the start of a segment: the parenthesis closes after the item.
    private static final Pattern AT_START = Pattern.compile("^(" + ITEM + ")\\.?\\)");

    /**
     * Where the authority inside a parenthesis cut by the segmenter stands in {@code raw}, as [start, end); null
     * when the segment neither ends in an open parenthesis nor begins with a closing one around such an item.
     */
    static int[] span(String raw) {
        if (raw.length() > 2000) {
            return null;
        }
        int close = raw.indexOf(')');
        if (close > 0 && close < 60 && raw.lastIndexOf('(', close) < 0) {
            Matcher m = AT_START.matcher(raw);
            if (m.lookingAt()) {
                return new int[] {m.start(1), m.end(1)};
            }
        }
        int open = raw.lastIndexOf('(');
        if (open >= 0 && raw.length() - open < 60 && raw.indexOf(')', open) < 0) {
            Matcher m = AT_END.matcher(raw).region(open, raw.length());
            if (m.lookingAt()) {
                return new int[] {m.start(1), m.end(1)};
            }
        }
        return null;
    }
}

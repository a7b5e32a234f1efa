package org.ibidem.citation.parse;

/**
 * A work cited in parentheses inside a note's commentary, its publication facts in square brackets because they
 * stand inside parentheses already (MHRA 7.2.2; Chicago and OSCOLA do the same): "… a claim often made (Ann
 * Hale, <i>The Drained Land</i> [Cambridge: Cambridge University Press, 1979], p. 95), an anecdote …", "(<i>The
 * Fenman</i>, 6.7 [1 July 1916], p. 107)".
 *
 * <p>{@link #find} gives where the parenthesis stands and its content with the first bracketed imprint written
 * in parentheses, as the citation would stand on its own, of the same length so positions carry over.
 *
 * <pre>{@code
 * BracketedImprints.find("As said (A. Hale, Land [London: Dent, 1979], p. 9), so.").rewritten()
 *     → "A. Hale, Land (London: Dent, 1979), p. 9"
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class BracketedImprints {

    /** The parenthesis at [{@code open}, {@code close}] and its content as a citation alone. */
    record Found(int open, int close, String rewritten) {
    }

    private BracketedImprints() {
    }

    /** The first parenthesis of commentary that holds a citation with a bracketed imprint, or null. */
    static Found find(String raw) {
        int bracket = raw.indexOf('[');
        if (bracket < 0 || raw.indexOf('(') < 0 || raw.indexOf(']', bracket) < 0) {
            return null;
        }
        for (int open = raw.indexOf('('); open >= 0; open = raw.indexOf('(', open + 1)) {
            int close = Parentheticals.matchingClose(raw, open);
            if (close < 0) {
                return null;
            }
            Found found = inside(raw, open, close);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static Found inside(String raw, int open, int close) {
        for (int b = raw.indexOf('[', open); b > open && b < close; b = raw.indexOf('[', b + 1)) {
            int e = raw.indexOf(']', b);
            // Something is named before the brackets ("Hale, Land [" or "Fenman, 6.7 ["), and they hold a year.
            if (e < 0 || e > close || b - open < 4 || raw.charAt(b - 1) != ' ' || !hasYear(raw, b + 1, e)) {
                continue;
            }
            // An author or a title and what follows it stand before the brackets; "(Boston [1890])" and
            // "(London: Dent, [1890])" are a work's own facts with a year the title page did not print.
            int comma = raw.lastIndexOf(',', b);
            char beforeBracket = raw.charAt(b - 2);
            if (comma <= open || beforeBracket == ',' || beforeBracket == ':') {
                continue;
            }
            StringBuilder inner = new StringBuilder(raw.substring(open + 1, close));
            inner.setCharAt(b - open - 1, '(');
            inner.setCharAt(e - open - 1, ')');
            return new Found(open, close, inner.toString());
        }
        return null;
    }

    /** Whether four digits in a row, from 1400 to 2099, stand in {@code s[from, to)}. */
    private static boolean hasYear(String s, int from, int to) {
        for (int i = from; i + 4 <= to; i++) {
            char c = s.charAt(i);
            if ((c == '1' || c == '2') && isDigits(s, i, i + 4) && (i + 4 == to || !Character.isDigit(s.charAt(i + 4)))
                    && (i == from || !Character.isDigit(s.charAt(i - 1)))) {
                int year = Integer.parseInt(s, i, i + 4, 10);
                if (year >= 1400 && year < 2100) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}

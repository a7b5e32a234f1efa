package org.ibidem.citation.parse;

/**
 * A title in single quotation marks, as British styles (MHRA, OSCOLA, and the CSL styles that follow them) set an
 * article's, a chapter's or a speech's title: "Ann Lee, ‘Quays and Docks’, <i>Port Review</i>, …". The fields are
 * split on the body with such a title's marks made double ones, so the field readers see a quoted title as they do
 * in Chicago; a quotation inside it (MHRA puts it in double marks) gets single ones, so the title stays one field:
 * ‘The Mayor’s Speech, “On Tides”, Given at the Pier’ is read as the title The Mayor’s Speech, ‘On Tides’, Given
 * at the Pier.
 *
 * <p>A span counts as a quoted title when its ‘ stands where a note puts a title (at the start of the citation, or
 * after a comma and a space: never a quotation inside a sentence of prose), its ’ is the first one after it that no
 * letter or digit follows ("Mayor’s" is an apostrophe), and a comma, period, semicolon, colon or the end comes
 * right after it (or a space, when the comma is inside: "‘Title,’ Journal"; or parentheses that end the citation,
 * OSCOLA's "‘Title’ (London, 1958)"). MHRA's part of a book cited
 * before ("‘Preface’, in Tarr, 285–88 (p. 285)", no publication facts after it) is left to the short-form reader,
 * and a span inside double quotation marks (Chicago's inner quotation) alone. Every mark is
 * replaced by one character, so every offset into the body still holds.
 *
 * <pre>{@code
 * SingleQuotedTitles.asDouble("Lee, ‘Quays’, Port Review, 12.3 (1998)");   // "Lee, “Quays”, Port Review, 12.3 (1998)"
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class SingleQuotedTitles {

    private static final int LONGEST = 400;

    private SingleQuotedTitles() {
    }

    /** The body with each single-quoted title in double marks (and its inner double marks single). */
    static String asDouble(String body) {
        if (body.indexOf('‘') < 0 && body.indexOf('\'') < 0) {
            return body;
        }
        char[] out = null;
        boolean inDouble = false;
        int n = body.length();
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c == '“') {
                inDouble = true;
            } else if (c == '”') {
                inDouble = false;
            } else if (!inDouble && (c == '‘' || c == '\'') && opensWord(body, i)) {
                int close = closing(body, i, c == '‘' ? '’' : '\'');
                if (close < 0) {
                    continue;
                }
                if (out == null) {
                    out = body.toCharArray();
                }
                out[i] = '“';
                out[close] = '”';
                for (int k = i + 1; k < close; k++) {
                    if (out[k] == '“') {
                        out[k] = '‘';
                    } else if (out[k] == '”') {
                        out[k] = '’';
                    }
                }
                i = close;
            }
        }
        return out == null ? body : new String(out);
    }

    /** Whether the mark opens the body or follows a comma and a space, where a note puts a title. */
    private static boolean opensWord(String s, int i) {
        boolean titlePlace = i == 0 || (i >= 2 && s.charAt(i - 1) == ' ' && s.charAt(i - 2) == ',');
        return titlePlace && i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1));
    }

    /** Whether publication facts with a year in parentheses follow the offset: "(Leeds: Tide Press, 1990)". */
    private static boolean factsAfter(String s, int from) {
        for (int open = s.indexOf('(', from); open >= 0; open = s.indexOf('(', open + 1)) {
            int digits = 0;
            for (int i = open + 1; i < s.length() && s.charAt(i) != ')' && s.charAt(i) != '('; i++) {
                digits = Character.isDigit(s.charAt(i)) ? digits + 1 : 0;
                if (digits == 4) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a space and parentheses that close the citation and hold more than one thing follow: "‘Address to
     * the Dockers’ (London, 1958)", OSCOLA's speech or paper, whose title takes no comma before the place and
     * date.
     */
    private static boolean closingParenthesesAfter(String s, int from) {
        if (!s.startsWith(" (", from)) {
            return false;
        }
        int close = s.indexOf(')', from + 2);
        int comma = s.indexOf(',', from + 2);
        if (close < 0 || s.indexOf('(', from + 2) >= 0 && s.indexOf('(', from + 2) < close
                || comma < 0 || comma > close) {
            return false; // "‘Title’ (1887)": a year alone may be a book's, whose title some notes quote
        }
        for (int i = close + 1; i < s.length(); i++) {
            if (s.charAt(i) != '.' && !Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Where the title opened at {@code open} closes, or -1 when no closing mark ends it as a title. */
    private static int closing(String s, int open, char mark) {
        int limit = Math.min(s.length(), open + LONGEST);
        for (int k = s.indexOf(mark, open + 2); k >= 0 && k < limit; k = s.indexOf(mark, k + 1)) {
            if (s.charAt(k - 1) == '\n') {
                return -1;
            }
            if (k + 1 < s.length() && Character.isLetterOrDigit(s.charAt(k + 1))) {
                continue; // an apostrophe: "Mayor’s"
            }
            if (Character.isWhitespace(s.charAt(k - 1))) {
                return -1; // a closing mark follows a word, never a space
            }
            if ((s.startsWith(", in ", k + 1) || s.startsWith(" in ", k + 1)) && !factsAfter(s, k)) {
                return -1; // "‘Preface’, in Tarr, 285–88 (p. 285)": MHRA's part of a book cited before, a short form
            }
            int j = k + 1;
            boolean punctuated = ",.".indexOf(s.charAt(k - 1)) >= 0;   // "‘Title,’ Journal", as Chicago has it
            return j >= s.length() || ",.;:".indexOf(s.charAt(j)) >= 0
                    || (punctuated && Character.isWhitespace(s.charAt(j))) || closingParenthesesAfter(s, j) ? k : -1;
        }
        return -1;
    }
}

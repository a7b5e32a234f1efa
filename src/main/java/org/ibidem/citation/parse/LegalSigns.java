package org.ibidem.citation.parse;

/**
 * Whether a note's text shows any sign of the legal shapes {@link LegalSources} reads, found in one look at the
 * text before any of those shapes is tried.
 *
 * <p>The legal reader runs before the field readers on every segment, and on a note that opens with commentary it
 * tries its shapes again on each of the first six sentence-suffixes; on an ordinary Chicago note every shape's own
 * guard says no, one {@code contains} at a time, over each suffix. Each sign here is a necessary condition of one
 * shape's pattern that holds in a text whenever it holds in any part of it (a mark that is there, never one that
 * is absent, at the start or at the end): so a text with none of the signs has no part any shape can read, and
 * {@link LegalSources#read} gives null at once. A text with a sign is read as before, shape by shape.
 *
 * <pre>{@code
 * LegalSigns.any("Jane Roe, The Work (New York: Norton, 1999), 12")   → false
 * LegalSigns.any("Doe v. Roe, 550 U.S. 372, 380 (2007)")             → true (" v. ")
 * }</pre>
 *
 * <p>Emphasis asterisks are taken out before some shapes are tried, and that may join marks that were apart; a
 * text with an asterisk (or with a character outside the Basic Multilingual Plane, which the patterns read as one
 * code point) counts as showing a sign. {@code LegalSignsTest} checks on generated and real notes that every
 * text the legal shapes read shows a sign. Stateless and thread-safe.
 */
final class LegalSigns {

    private static final String[] ACT_WORDS = {"Act", "Regulations", "Order", "Rules", "Measure"};

    /** The ASCII characters {@link #any}'s switch has a case for, digits included. */
    private static final boolean[] LOOKED_AT = new boolean[128];

    static {
        for (char c : "*[',( CSAORMIE0123456789".toCharArray()) {
            LOOKED_AT[c] = true;
        }
    }

    private LegalSigns() {
    }

    /** Whether the text shows a sign of some legal shape; false means that no part of it reads as one. */
    static boolean any(String text) {
        int n = text.length();
        char[] chars = text.toCharArray(); // one pass over an array: a note with curly quotes makes charAt dear
        boolean parties = false;
        boolean at = false;
        boolean inBook = false;
        boolean edited = false;
        boolean digit = false;
        int journalMark = 0; // whether the text has a journal's mark (see volumeBeforeCapital): 0 not asked yet
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            // Most characters are none the switch looks at: one look in a table passes them (a switch that
            // searches its cases for each character cost more than the rest of the scan).
            if (c < 128 ? !LOOKED_AT[c] : c != '\u00a7' && c != '\u2019' && !Character.isSurrogate(c)) {
                continue;
            }
            switch (c) {
                case '*', '\u00a7', '[':
                    // Emphasis marks (see above), a code section ("42 U.S.C. § 1983"), an OSCOLA case's "[2006]".
                    return true;
                case '\'', '\u2019':
                    if (closesSingleQuotedTitle(text, i + 1)) {
                        return true; // OSCOLA articles, chapters, papers, newspapers: "'Title' (1977)", "'T', in"
                    }
                    break;
                case ',':
                    if (capitalsAfterComma(text, i)) {
                        return true;
                    }
                    if (volumeBeforeCapital(text, i)) {
                        // The journal's mark is the whole text's, asked once: asked at each such comma, a note of
                        // thousands of ", 139 Hartley" read itself again for each.
                        if (journalMark == 0) {
                            journalMark = JournalMarks.hasAbbreviation(text)
                                    || JournalMarks.hasWordInCapitalsBeforeNumber(text) ? 1 : -1;
                        }
                        if (journalMark > 0) {
                            return true;
                        }
                    }
                    inBook |= text.startsWith(" in ", i + 1); // a Bluebook chapter: ", in THE BOOK"
                    break;
                case '(':
                    if (pressDate(text, i + 1) || text.startsWith("last visited ", i + 1)) {
                        return true; // a Bluebook press article's date or a web page's date of visit
                    }
                    break;
                case 'C':
                    if (text.startsWith("Const.", i)) {
                        return true;
                    }
                    break;
                case 'S':
                    if (i > 0 && chars[i - 1] == ' ' && text.startsWith("Stat. ", i)) {
                        return true; // a session law's " Stat. "
                    }
                    break;
                case 'A', 'O', 'R', 'M':
                    if (actWordBeforeDigit(text, i)) {
                        return true; // "… Act 2005", "… Regulations 2010"
                    }
                    parties |= c == 'R' && text.startsWith("Re ", i); // a case of one party: "Re Roe (1990) 91 …"
                    break;
                case ' ':
                    // The signs that are words after a space, looked for from the space: most letters are no
                    // word's first.
                    if (i + 1 < n) {
                        char w = chars[i + 1];
                        if (w == 'v') {
                            // " v " and " v. " between parties
                            parties |= text.startsWith(" ", i + 2) || text.startsWith(". ", i + 2);
                        } else if (w == 'a') {
                            at |= text.startsWith("t ", i + 2);
                        } else if (w == 'e') {
                            // a Bluebook chapter's editors: " ed.,", " eds.,"
                            edited |= text.startsWith("ed.,", i + 1) || text.startsWith("eds.,", i + 1);
                        }
                    }
                    break;
                case 'I':
                    parties |= text.startsWith("In re ", i);
                    break;
                case 'E':
                    parties |= text.startsWith("Ex parte ", i);
                    break;
                default:
                    if (c >= '0' && c <= '9') {
                        digit = true;
                        if (reporterAfter(text, i + 1)) {
                            return true; // a case by its reporter alone: "568 U.S. 398 (2013)"
                        }
                    } else if (Character.isSurrogate(c)) {
                        return true; // a code point the patterns read whole
                    }
            }
        }
        // A case ("Doe v. Roe, 1 F.3d 2", "Doe, 1 F.3d at 3") has a digit; a Bluebook chapter its editors.
        return inBook && edited || digit && (parties || at && atPage(text));
    }

    /**
     * After a closing single quotation mark at {@code i - 1}: white space, or a comma and white space, as every
     * OSCOLA shape has after a quoted title ({@code ['’],?\s+}).
     */
    private static boolean closesSingleQuotedTitle(String text, int i) {
        if (i < text.length() && text.charAt(i) == ',') {
            i++;
        }
        return i < text.length() && PatternChecks.isSpace(text.charAt(i));
    }

    /**
     * A comma after a character that is neither a lower-case letter nor a comma, then white space, a capital and
     * two characters that are neither lower-case letters nor parentheses: where the authors end and the title
     * begins in a law review's book in capitals ({@code [^,\p{Ll}],\s+\p{Lu}[^\p{Ll}()]{2}}). The authors open
     * with a capital and hold neither a lower-case letter nor a comma ({@code \p{Lu}[^,\p{Ll}]{1,80}?,}): so a
     * capital stands among the 81 characters before the comma with none of those between, which "episode 221,
     * NPR" and "1998), DVD" lack.
     */
    private static boolean capitalsAfterComma(String text, int comma) {
        if (comma == 0) {
            return false;
        }
        char before = text.charAt(comma - 1);
        if (before == ',' || Character.getType(before) == Character.LOWERCASE_LETTER) {
            return false;
        }
        int j = afterSpaces(text, comma + 1);
        if (j == comma + 1 || j + 2 >= text.length() || Character.getType(text.charAt(j)) != Character.UPPERCASE_LETTER) {
            return false;
        }
        for (int k = j + 1; k <= j + 2; k++) {
            char c = text.charAt(k);
            if (c == '(' || c == ')' || Character.getType(c) == Character.LOWERCASE_LETTER) {
                return false;
            }
        }
        for (int k = comma - 1; k >= 0 && k >= comma - 81; k--) {
            char c = text.charAt(k);
            int type = Character.getType(c);
            if (c == ',' || type == Character.LOWERCASE_LETTER) {
                return false;
            }
            if (type == Character.UPPERCASE_LETTER) {
                return true;
            }
        }
        return false;
    }

    /**
     * A law review's volume after the title's comma, then its journal ({@code ,\s+\d{1,4}\s+\p{Lu}}): a sign only
     * with a journal's abbreviation somewhere in the text, which {@link #any} asks of {@link JournalMarks} once.
     */
    private static boolean volumeBeforeCapital(String text, int comma) {
        int j = afterSpaces(text, comma + 1);
        int digits = j;
        while (digits < text.length() && isDigit(text.charAt(digits))) {
            digits++;
        }
        if (j == comma + 1 || digits == j || digits - j > 4) {
            return false;
        }
        int k = afterSpaces(text, digits);
        return k > digits && k < text.length() && Character.getType(text.charAt(k)) == Character.UPPERCASE_LETTER;
    }

    /**
     * A Bluebook press date after an opening parenthesis, as {@code BluebookPress}'s tail opens: {@code
     * [A-Z][a-z]{2,8}\.?\s\d{1,2},\s\d{4}}, "(July 31, 2018". A journal's "(Fall 1926)" or "(July 1942)" is none.
     */
    private static boolean pressDate(String text, int i) {
        int n = text.length();
        if (i >= n || text.charAt(i) < 'A' || text.charAt(i) > 'Z') {
            return false;
        }
        int j = i + 1;
        while (j < n && text.charAt(j) >= 'a' && text.charAt(j) <= 'z') {
            j++;
        }
        if (j - i - 1 < 2 || j - i - 1 > 8) {
            return false;
        }
        if (j < n && text.charAt(j) == '.') {
            j++;
        }
        if (j + 1 >= n || !PatternChecks.isSpace(text.charAt(j)) || !isDigit(text.charAt(j + 1))) {
            return false;
        }
        int day = j + 2 < n && isDigit(text.charAt(j + 2)) ? j + 3 : j + 2;
        return day + 5 < n && text.charAt(day) == ',' && PatternChecks.isSpace(text.charAt(day + 1))
                && isDigit(text.charAt(day + 2)) && isDigit(text.charAt(day + 3)) && isDigit(text.charAt(day + 4))
                && isDigit(text.charAt(day + 5));
    }

    /**
     * After a volume's digit at {@code i - 1}: white space, then a reporter with a period in its first 31
     * characters ({@code \d\s+[A-Z][A-Za-z0-9.'’ ]{0,30}}, "568 U.S."), as a case cited by its reporter has.
     */
    private static boolean reporterAfter(String text, int i) {
        int j = afterSpaces(text, i);
        if (j == i || j >= text.length() || text.charAt(j) < 'A' || text.charAt(j) > 'Z') {
            return false;
        }
        for (int k = j + 1; k < text.length() && k <= j + 30; k++) {
            char c = text.charAt(k);
            if (c == '.') {
                return true;
            }
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || isDigit(c) || c == '\'' || c == '\u2019'
                    || c == ' ')) {
                return false;
            }
        }
        return false;
    }

    /**
     * An OSCOLA Act's or instrument's word at {@code i} before white space and a year's digit: {@code
     * (Act|Regulations|Order|Rules|Measure)\s\d}.
     */
    private static boolean actWordBeforeDigit(String text, int i) {
        for (String word : ACT_WORDS) {
            int j = i + word.length();
            if (word.charAt(0) == text.charAt(i) && text.startsWith(word, i) && j + 1 < text.length()
                    && PatternChecks.isSpace(text.charAt(j)) && isDigit(text.charAt(j + 1))) {
                return true;
            }
        }
        return false;
    }

    /** A case's short form's page: {@code \sat\s+\d}. */
    private static boolean atPage(String text) {
        for (int i = text.indexOf("at"); i >= 0; i = text.indexOf("at", i + 1)) {
            int j = afterSpaces(text, i + 2);
            if (i > 0 && PatternChecks.isSpace(text.charAt(i - 1)) && j > i + 2 && j < text.length()
                    && isDigit(text.charAt(j))) {
                return true;
            }
        }
        return false;
    }

    private static int afterSpaces(String text, int i) {
        while (i < text.length() && PatternChecks.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

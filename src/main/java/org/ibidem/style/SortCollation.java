package org.ibidem.style;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Compares bibliography sort keys as citeproc-js 2.4, the CSL reference processor, compares them: case and accents
 * do not count, punctuation is ignored (so a title opening with a quotation mark sorts by its first word), a run of
 * digits counts as a number ("9" before "10"), and a space is a separator that sorts before any letter or digit
 * ("An Essay" before "Analogy", "Diary" before "Diary of the Same Day", "Hist. of Jews" before "Hist, Tacit").
 *
 * <p>citeproc-js joins the words of a key with a separator character and then collates with
 * {@code localeCompare(…, {sensitivity: "base", ignorePunctuation: true, numeric: true})}; the separator is a
 * symbol, not punctuation, so it still counts. citeproc-java instead compares with {@link java.text.Collator},
 * which ignores spaces and sorts a quotation mark after every letter (a quote-initial title comes last). This
 * class maps a key to a string whose plain {@link String#compareTo} gives the reference order: separator, then
 * symbols, then numbers, then letters, as the Unicode collation does for English.
 *
 * <pre>{@code
 * SortCollation.key("An Essay").compareTo(SortCollation.key("Analogy")) < 0;     // true
 * SortCollation.key("“On a General Method”").compareTo(SortCollation.key("Peano")) < 0;   // true
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class SortCollation {

    /** A word break: below everything else. */
    private static final char SEPARATOR = '\u0001';
    private static final char SYMBOL = '\u0002';
    private static final char CURRENCY = '\u0003';
    private static final char NUMBER = '\u0004';

    private SortCollation() {
    }

    /** The collation key of a rendered sort key: compare two with {@link String#compareTo}. */
    static String key(String rendered) {
        String text = Normalizer.normalize(rendered, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(text.length() + 1);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                out.append(SEPARATOR);
            } else if (c >= '0' && c <= '9') {
                int end = i;
                while (end < n && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
                    end++;
                }
                int start = i;
                while (start < end - 1 && text.charAt(start) == '0') {
                    start++;
                }
                // Longer numbers are larger: the length first, then the digits.
                out.append(NUMBER).append((char) ('\u0100' + (end - start))).append(text, start, end);
                i = end - 1;
            } else if (Character.isLetter(c)) {
                appendLetter(Character.toLowerCase(c), out);
            } else if (Character.isDigit(c)) {
                out.append(NUMBER).append('\u0101').append((char) ('0' + Character.digit(c, 10)));
            } else {
                switch (Character.getType(c)) {
                    case Character.MATH_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL ->
                            out.append(SYMBOL).append(c);
                    case Character.CURRENCY_SYMBOL -> out.append(CURRENCY).append(c);
                    default -> { } // punctuation, other spaces, combining accents, controls: ignored
                }
            }
        }
        // Every key ends with a separator, as citeproc-js's do: a key that is a prefix of another sorts first.
        return out.append(SEPARATOR).toString();
    }

    /** A letter at base strength: letters with a stroke or ligatures as the plain letters they are read as. */
    private static void appendLetter(char c, StringBuilder out) {
        switch (c) {
            case 'æ' -> out.append("ae");
            case 'œ' -> out.append("oe");
            case 'ß' -> out.append("ss");
            case 'ø' -> out.append('o');
            case 'ł' -> out.append('l');
            case 'đ' -> out.append('d');
            case 'ı' -> out.append('i');
            case 'þ' -> out.append("th");
            default -> out.append(String.valueOf(c).toLowerCase(Locale.ROOT));
        }
    }
}

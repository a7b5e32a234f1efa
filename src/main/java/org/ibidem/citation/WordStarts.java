package org.ibidem.citation;

/**
 * Whether a word of a name opens with a capital, past any quotation mark or parenthesis before it ("‘Abd", "(Lord"):
 * the test {@link Names} and {@link CorporateNames} make of each word, by comparing characters rather than with a
 * pattern, since it runs on every word of every name field.
 *
 * <p>Stateless and thread-safe.
 */
final class WordStarts {

    private WordStarts() {
    }

    /** Whether the word {@code w} opens with a capital after its opening marks. */
    static boolean startsUpper(String w) {
        return startsUpper(w, 0, w.length());
    }

    /** {@link #startsUpper(String)} of the word {@code t[start, end)}. */
    static boolean startsUpper(String t, int start, int end) {
        int i = start;
        while (i < end && isOpeningMark(t.charAt(i))) {
            i++;
        }
        return i < end && Character.isUpperCase(t.charAt(i));
    }

    /** A quotation mark or parenthesis before a word's first letter ({@code '‘’"“(}). */
    private static boolean isOpeningMark(char c) {
        return c == '\'' || c == '‘' || c == '’' || c == '"' || c == '“' || c == '(';
    }
}

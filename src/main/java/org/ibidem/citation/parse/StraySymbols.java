package org.ibidem.citation.parse;

/**
 * A run of symbols with no letter or digit between two sentences of a note, followed by a space: the trace a
 * converter left of a lost marker or of markup ("… readers. ^?^ Mary Hale, …", "… readers. * Mary Hale"). It
 * belongs to neither sentence.
 */
final class StraySymbols {

    private StraySymbols() {
    }

    /** The position after the stray symbols (and the space after them) at {@code i}, or {@code i} if none. */
    static int skip(String s, int i) {
        int j = i;
        while (j < s.length() && j - i < 6 && "^?*†‡~".indexOf(s.charAt(j)) >= 0) {
            j++;
        }
        if (j == i || j >= s.length() || s.charAt(j) != ' ') {
            return i;
        }
        while (j < s.length() && s.charAt(j) == ' ') {
            j++;
        }
        return j;
    }
}

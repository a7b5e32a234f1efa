package org.ibidem.citation.parse;

/**
 * The two signs that a law-review citation names a journal, tested by scanning the characters once.
 *
 * <p>{@link LegalSources} asks these questions of nearly every note that ends in a page number, including every
 * ordinary book citation, and of each sentence-suffix of a note that opens with commentary. As regular
 * expressions searched anywhere in the text ({@code (?i)L\.\s?J\.|…|J\.|Q\.} and {@code \s\p{Lu}{3,20}\s\d}),
 * the first tried its case-blind alternatives at every position and cost more than all of the rest of the legal
 * reader on such notes. Both methods answer exactly as those searches did ({@code JournalMarksTest} compares
 * them on generated text).
 */
final class JournalMarks {
    private JournalMarks() {
    }

    /**
     * Whether the text holds a journal abbreviation: "J.", "Q." or "Rev." ("L. Rev.", "L.J.", "L.Q." all end so),
     * the period included, in any case: law reviews print the journal in large and small capitals, which
     * converters write "CALIF. L. REV.".
     */
    static boolean hasAbbreviation(CharSequence text) {
        for (int i = 1; i < text.length(); i++) {
            if (text.charAt(i) != '.') {
                continue;
            }
            char before = asciiLower(text.charAt(i - 1));
            if (before == 'j' || before == 'q') {
                return true;
            }
            if (before == 'v' && i >= 3 && asciiLower(text.charAt(i - 3)) == 'r'
                    && asciiLower(text.charAt(i - 2)) == 'e') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a journal is named in one word of three to twenty capitals between whitespace and a number, as in
     * "359 SCIENCE 1146".
     */
    static boolean hasWordInCapitalsBeforeNumber(CharSequence text) {
        for (int i = 1; i + 1 < text.length(); i++) {
            if (!PatternChecks.isSpace(text.charAt(i)) || !isAsciiDigit(text.charAt(i + 1))) {
                continue;
            }
            // The run of capitals must end at i - 1 and begin right after whitespace: any longer run would have
            // a capital, not whitespace, before the shorter one, so the whole run is the only candidate.
            int letters = 0;
            int j = i;
            while (j > 0 && letters <= 20) {
                int cp = Character.codePointBefore(text, j);
                if (Character.getType(cp) != Character.UPPERCASE_LETTER) {
                    break;
                }
                letters++;
                j -= Character.charCount(cp);
            }
            if (letters >= 3 && letters <= 20 && j > 0 && PatternChecks.isSpace(text.charAt(j - 1))) {
                return true;
            }
        }
        return false;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

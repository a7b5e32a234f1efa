package org.ibidem.citation.parse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Shared tests on prose: whether a text reads as a sentence (lower-case words), as a title (title case), and how
 * many words it has, counted by hand for speed.
 */
public final class Prose {

    private Prose() {
    }

    private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s,;:]+");

    private static final Set<String> MINOR_WORDS = Set.of("a", "an", "the", "and", "or", "nor", "but", "of", "in",
            "on", "at", "to", "for", "by", "with", "from", "into", "as", "vs", "via", "de", "la", "le", "du", "des",
            "von", "van", "der", "und", "et", "y");

    /** Whether a plain title is written in title case, as titles are; prose and remarks are not. */
    static boolean isTitleCase(String text) {
        String t = text.strip();
        if (t.isEmpty() || !(Character.isUpperCase(t.codePointAt(0)) || Character.isDigit(t.charAt(0)))) {
            return false;
        }
        int significant = 0;
        int capitalized = 0;
        for (String w : WORD_SEPARATORS.split(t)) {
            if (w.isEmpty() || MINOR_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            significant++;
            if (Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.charAt(0))) {
                capitalized++;
            }
        }
        return significant == 0 || capitalized * 10 >= significant * 6;
    }

    /** Whether a word other than an article, preposition or conjunction starts lower case. */
    static boolean hasLowerCaseWord(String text) {
        return lowerCaseWords(text.strip(), 1) >= 1;
    }

    /** Whether text reads as prose: at least two words starting lower case ("For a different view"). */
    static boolean isProse(String text) {
        return lowerCaseWords(text.strip(), 2) >= 2;
    }

    /**
     * How many words of the stripped text (as {@code WHITESPACE.split} cuts them) start lower case and are not
     * minor words, counting no further than {@code enough}. Read in place: only a word that starts lower case
     * is cut out, to be looked up.
     */
    private static int lowerCaseWords(String t, int enough) {
        int count = 0;
        int n = t.length();
        int i = 0;
        while (i < n && count < enough) {
            int start = i;
            while (i < n && !PatternChecks.isSpace(t.charAt(i))) {
                i++;
            }
            if (i > start && Character.isLowerCase(t.charAt(start)) && !MINOR_WORDS.contains(t.substring(start, i))) {
                count++;
            }
            while (i < n && PatternChecks.isSpace(t.charAt(i))) {
                i++;
            }
        }
        return count;
    }

    /** {@code WHITESPACE.split(text).length}, counted without splitting. */
    public static int splitLength(String text) {
        int words = 0;
        boolean inWord = false;
        boolean anySpace = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = PatternChecks.isSpace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            anySpace |= space;
            inWord = !space;
        }
        if (!anySpace) {
            return 1; // no match: the text itself, even when empty
        }
        // A match at the start leaves an empty first piece; trailing empty pieces are dropped (all of them when
        // the text is only white space).
        return words == 0 ? 0 : words + (PatternChecks.isSpace(text.charAt(0)) ? 1 : 0);
    }
}

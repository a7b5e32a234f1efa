package org.ibidem.citation.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A case-insensitive pattern of alternative words ({@code \b(?:archive|library|papers)\b}) with the words it
 * cannot match without: {@link #find} runs the pattern only when one of them is in the text. Java runs such an
 * alternation from every position of the text, trying each word, so the parser, which asks it of most fields of
 * a note, pays for it even on the many fields that hold none of the words; one pass that looks for their first
 * letters costs far less.
 *
 * <pre>{@code
 * KeywordPattern blog = new KeywordPattern("\\bblog\\b", "blog");
 * blog.find("RealClimate (blog)");   // true
 * }</pre>
 *
 * <p>Each key must be a lower-case ASCII stretch that every match contains, in some ASCII case: the pattern is
 * compiled case-insensitive without Unicode case, so a match holds its words' letters in ASCII upper or lower
 * case only. Immutable and thread-safe.
 */
public final class KeywordPattern {

    private final Pattern pattern;
    /** Whether every match starts where one of the keys does (see {@link #startingAtKeys}). */
    private final boolean startsAtKeys;
    private final String[][] keysByFirst = new String[128][];
    /**
     * Whether some key may open with a character and the one after it, by their low five bits ({@code (c & 0x1f)
     * << 5 | (next & 0x1f)}): an ASCII letter's two cases share them, and the other characters that do only let
     * more through. A key of one character opens with any character after it.
     */
    private final boolean[] opensKey = new boolean[1024];

    /**
     * A pattern, compiled with {@link Pattern#CASE_INSENSITIVE}, and its keys.
     *
     * @throws IllegalArgumentException if a key is empty or not lower-case ASCII
     */
    public KeywordPattern(String regex, String... keys) {
        this(false, regex, keys);
    }

    /**
     * A pattern whose every match starts where one of its keys does: each alternative opens with a key
     * ({@code \b(?:papers|records|collections?)\b} with the keys "papers", "records", "collection"). Its
     * {@link #find} runs the pattern from the first key found, not from the text's first character: no match can
     * start before it.
     */
    public static KeywordPattern startingAtKeys(String regex, String... keys) {
        return new KeywordPattern(true, regex, keys);
    }

    private KeywordPattern(boolean startsAtKeys, String regex, String... keys) {
        this.startsAtKeys = startsAtKeys;
        this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        List<List<String>> groups = new ArrayList<>();
        for (int i = 0; i < 128; i++) {
            groups.add(new ArrayList<>());
        }
        for (String key : keys) {
            if (key.isEmpty() || !key.chars().allMatch(c -> c < 0x80 && !(c >= 'A' && c <= 'Z'))) {
                throw new IllegalArgumentException("not a lower-case ASCII key: \"" + key + "\"");
            }
            groups.get(key.charAt(0)).add(key);
        }
        for (int i = 0; i < 128; i++) {
            keysByFirst[i] = groups.get(i).toArray(new String[0]);
        }
        for (String key : keys) {
            int first = (key.charAt(0) & 0x1f) << 5;
            for (int next = 0; next < 32; next++) {
                opensKey[first | next] |= key.length() == 1 || (key.charAt(1) & 0x1f) == next;
            }
        }
    }

    /** Whether the pattern is found in the text. */
    public boolean find(String text) {
        int key = firstKey(text);
        return key >= 0 && (startsAtKeys ? PatternChecks.find(pattern, text, key) : PatternChecks.find(pattern, text));
    }

    /** Where the first key in the text starts, in some ASCII case, or -1. */
    private int firstKey(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            // Most pairs of characters open no key: one look in a table passes them.
            if (!opensKey[(c & 0x1f) << 5 | (i + 1 < n ? text.charAt(i + 1) & 0x1f : 0)] || c >= 0x80) {
                continue;
            }
            for (String key : keysByFirst[lower(c)]) {
                if (asciiWordAt(text, i, key)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * Whether {@code text} has the lower-case ASCII word at {@code i}, its letters in either case: a
     * case-insensitive {@code regionMatches} that never folds a non-ASCII character into an ASCII one.
     */
    public static boolean asciiWordAt(String text, int i, String key) {
        if (i + key.length() > text.length()) {
            return false;
        }
        for (int j = 0; j < key.length(); j++) {
            char c = text.charAt(i + j);
            if (c >= 0x80 || lower(c) != key.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char asciiChar) {
        return asciiChar >= 'A' && asciiChar <= 'Z' ? (char) (asciiChar + 32) : asciiChar;
    }
}

package org.ibidem.citation.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A set of lower-case ASCII words that says whether a stretch of text, lower-cased, is one of them: what
 * {@code words.contains(text.substring(start, end).toLowerCase(Locale.ROOT))} says, without the two copies that
 * costs for every word of every field. The parser asks it of most words of a note (corporate words, particles,
 * locator words).
 *
 * <pre>{@code
 * WordSet particles = new WordSet(Set.of("de", "van"));
 * particles.contains("Ludwig Van Beethoven", 7, 10);   // true
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class WordSet {

    private final Set<String> words;
    private final String[][] byFirst = new String[128][];
    private final int maxLength;

    /**
     * A set of the given words.
     *
     * @throws IllegalArgumentException if a word is empty, or not lower-case ASCII
     */
    public WordSet(Set<String> words) {
        this.words = Set.copyOf(words);
        List<List<String>> groups = new ArrayList<>();
        for (int i = 0; i < 128; i++) {
            groups.add(new ArrayList<>());
        }
        int max = 0;
        for (String w : this.words) {
            if (w.isEmpty() || !w.equals(w.toLowerCase(Locale.ROOT)) || !w.chars().allMatch(c -> c < 0x80)) {
                throw new IllegalArgumentException("not a lower-case ASCII word: \"" + w + "\"");
            }
            groups.get(w.charAt(0)).add(w);
            max = Math.max(max, w.length());
        }
        for (int i = 0; i < 128; i++) {
            byFirst[i] = groups.get(i).toArray(new String[0]);
        }
        maxLength = max;
    }

    /** Whether {@code text[start, end)}, lower-cased (in the root locale), is one of the words. */
    public boolean contains(String text, int start, int end) {
        int length = end - start;
        if (length == 0 || length > maxLength) {
            return false; // lower-casing never shortens a text
        }
        for (int i = start; i < end; i++) {
            if (text.charAt(i) >= 0x80) {
                // Outside ASCII a few letters lower-case to ASCII ones (the Kelvin sign to "k"): ask the set.
                return words.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
            }
        }
        for (String w : byFirst[lower(text.charAt(start))]) {
            if (w.length() == length && sameLowerCase(text, start, w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameLowerCase(String text, int start, String word) {
        for (int j = 1; j < word.length(); j++) {
            if (lower(text.charAt(start + j)) != word.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char asciiChar) {
        return asciiChar >= 'A' && asciiChar <= 'Z' ? (char) (asciiChar + 32) : asciiChar;
    }
}

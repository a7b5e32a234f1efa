package org.ibidem.citation.parse;

import java.util.Set;

/**
 * A note item that opens with a short title and goes on in prose: "Hartley on Quin. What Lowther says of the
 * fleet is …". The first sentence, if it is a few words in capitals (small words between them allowed) with no
 * verb a sentence of prose would have, is the citation; the prose after it remarks on it.
 *
 * <p>Stateless and thread-safe.
 */
final class OpeningCitations {

    private OpeningCitations() {
    }

    private static final int MAX_WORDS = 6;
    // Words that open a sentence of prose or a signal, never a title.
    private static final WordSet OPENERS = new WordSet(Set.of("see", "as", "cf", "compare", "but", "so", "thus",
            "also", "in", "on", "for", "from", "with", "by", "when", "after", "the", "this", "that", "he", "she",
            "it", "they", "we", "i", "there", "here", "what", "mr", "mrs", "dr", "st", "sir", "lord"));
    private static final WordSet SMALL = new WordSet(Set.of("of", "on", "the", "and", "to", "de", "la", "le", "du",
            "in", "a", "an", "for"));

    /**
     * Where the opening sentence of a segment ends (the index of its period), if it may be a short title, else -1:
     * two to {@link #MAX_WORDS} words, the first and last capitalised, every other capitalised or a small word,
     * then a period and a capital.
     */
    static int end(String raw) {
        int words = 0;
        int i = 0;
        int n = raw.length();
        String lastWord = null;
        while (i < n) {
            int w = i;
            while (i < n && (Character.isLetter(raw.charAt(i)) || raw.charAt(i) == '\'' || raw.charAt(i) == '’')) {
                i++;
            }
            if (i == w) {
                return -1;
            }
            boolean capital = Character.isUpperCase(raw.charAt(w));
            if (words == 0 && (!capital || OPENERS.contains(raw, w, i)) || !capital && !SMALL.contains(raw, w, i)) {
                return -1;
            }
            words++;
            lastWord = raw.substring(w, i);
            if (words > MAX_WORDS) {
                return -1;
            }
            if (i < n && raw.charAt(i) == '.') {
                boolean sentence = i + 2 < n && raw.charAt(i + 1) == ' ' && Character.isUpperCase(raw.charAt(i + 2));
                // The last word is a whole word, no abbreviation ("Hist.", "Mrs."): the period ends a sentence.
                return sentence && words >= 2 && Character.isUpperCase(lastWord.charAt(0)) && lastWord.length() > 4
                        ? i : -1;
            }
            if (i >= n || raw.charAt(i) != ' ') {
                return -1;
            }
            i++;
        }
        return -1;
    }
}

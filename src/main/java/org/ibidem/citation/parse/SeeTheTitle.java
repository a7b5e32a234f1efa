package org.ibidem.citation.parse;

import java.util.List;

/**
 * A work sent to by its title alone in a sentence of commentary: "See the Annales Nordici, (a fair name,) or the
 * account of the dispute." Older notes name a well-known work so, with "See the" and no author or place. The title
 * is two or more words, each capitalised or a short joining word ({@link TitlesInParentheses#titleLike}), and ends
 * at a comma or the end of the sentence; it is read as a short form by title.
 *
 * <p>Stateless and thread-safe.
 */
final class SeeTheTitle {

    private SeeTheTitle() {
    }

    /** Where the title is, as one [start, end) pair; empty when the sentence is not so written. */
    static List<int[]> span(String raw) {
        if (!raw.startsWith("See the ") || raw.length() < 14 || !Character.isUpperCase(raw.charAt(8))) {
            return List.of();
        }
        int end = 8;
        while (end < raw.length() && end < 90 && raw.charAt(end) != ',' && raw.charAt(end) != '.'
                && raw.charAt(end) != ';' && raw.charAt(end) != '(') {
            end++;
        }
        if (end >= raw.length() || end >= 90 || raw.charAt(end) == '(') {
            return List.of();
        }
        int to = end;
        while (to > 8 && raw.charAt(to - 1) == ' ') {
            to--;
        }
        return TitlesInParentheses.titleLike(raw, 8, to) ? List.of(new int[] {8, to}) : List.of();
    }
}

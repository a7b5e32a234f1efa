package org.ibidem.citation.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A sentence in parentheses between sentences of commentary that only names works: "Of all the provinces, that
 * of the north alone kept the old rites. (Hartley's Church History of the North, and Lettres de Quin sur la
 * Relation du P. Varro.) The queen's officer …". Older writers give their sources so, by title alone. Each work
 * (the parts joined by ", and" or ";") is a short form. Every word of a part is capitalised or a short joining
 * word ("of", "de", "sur", "la"), so a remark in parentheses is never read as titles.
 *
 * <p>Stateless and thread-safe.
 */
final class TitlesInParentheses {

    private TitlesInParentheses() {
    }

    // Joining words a title keeps in lower case, in the languages older notes cite.
    private static final WordSet JOINING = new WordSet(Set.of("of", "the", "and", "on", "in", "to", "for", "de",
            "des", "du", "la", "le", "les", "sur", "et", "en", "di", "del", "della", "von", "der", "und", "ad"));

    /** The spans of the works the first such parenthesis of {@code raw} names, as [start, end); empty if none. */
    static List<int[]> spans(String raw) {
        if (raw.length() > 2000) {
            return List.of();
        }
        for (int open = raw.indexOf(". ("); open >= 0; open = raw.indexOf(". (", open + 1)) {
            int start = open + 3;
            int close = raw.indexOf(".)", start);
            if (close < 0 || close - start > 200 || raw.lastIndexOf('(', close) != start - 1
                    || raw.indexOf(')', start) < close) {
                continue;
            }
            List<int[]> parts = parts(raw, start, close);
            if (!parts.isEmpty()) {
                return parts;
            }
        }
        return List.of();
    }

    private static List<int[]> parts(String raw, int start, int end) {
        List<int[]> out = new ArrayList<>();
        int from = start;
        while (from < end) {
            int comma = raw.indexOf(", and ", from);
            int semi = raw.indexOf("; ", from);
            int cut = end;
            int next = end;
            if (comma >= 0 && comma < cut) {
                cut = comma;
                next = comma + 6;
            }
            if (semi >= 0 && semi < cut) {
                cut = semi;
                next = semi + 2;
            }
            if (!titleLike(raw, from, cut)) {
                return List.of();
            }
            out.add(new int[] {from, cut});
            from = next;
        }
        return out;
    }

    /** Two or more words, the first capitalised, each capitalised, an initial, or a joining word. */
    static boolean titleLike(String raw, int from, int to) {
        if (to - from < 5 || !Character.isUpperCase(raw.charAt(from))) {
            return false;
        }
        int words = 0;
        int i = from;
        while (i < to) {
            int j = i;
            while (j < to && raw.charAt(j) != ' ') {
                j++;
            }
            if (j > i) {
                words++;
                if (!Character.isUpperCase(raw.charAt(i)) && !JOINING.contains(raw, i, j)) {
                    return false;
                }
            }
            i = j + 1;
        }
        return words >= 2;
    }
}

package org.ibidem.citation.parse;

import java.util.List;
import java.util.Set;
import org.ibidem.citation.Citation;
import org.ibidem.citation.ShortCitation;
import org.ibidem.document.TextSpan;

/**
 * A work sent to by its title alone in a sentence of commentary: "See the Annales Nordici, (a fair name,) or the
 * account of the dispute." Older notes name a well-known work so, with "See the" and no author or place. The title
 * is two or more words, each capitalised or a short joining word ({@link TitlesInParentheses#titleLike}), and ends
 * at a comma or the end of the sentence; it is a short form by title alone (never read as a person's name).
 *
 * <p>Stateless and thread-safe.
 */
final class SeeTheTitle {

    private SeeTheTitle() {
    }

    /** The title-only short form the sentence {@code raw} (at {@code offset} in its note) sends to, or none. */
    static List<Citation> read(String raw, int offset) {
        List<int[]> at = span(raw);
        if (at.isEmpty()) {
            return List.of();
        }
        String title = raw.substring(at.get(0)[0], at.get(0)[1]);
        TextSpan titleSpan = new TextSpan(offset + at.get(0)[0], offset + at.get(0)[1]);
        return List.of(new ShortCitation(ShortCitation.Form.TITLE_ONLY, List.of(), title, null, null, titleSpan,
                title, titleSpan, null, null, Set.of()));
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

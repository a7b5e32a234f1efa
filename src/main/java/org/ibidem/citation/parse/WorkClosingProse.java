package org.ibidem.citation.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A work and its place that close a sentence of commentary: "…, which seem to be explained in the Lettres
 * Philosophiques sur le Nord, tom. ii. p. 117.", "For this date consult the accurate note of Hartley, Annales
 * du Nord, tom. ii. p. 511." The work follows "in the" (a title) or "of" (an author, then a title), every word of
 * the title is capitalised or a short joining word, and a place (volume and page, or a page) ends the sentence.
 * Finds where the citation starts; the parser reads it.
 *
 * <p>Stateless and thread-safe.
 */
final class WorkClosingProse {

    private WorkClosingProse() {
    }

    // "tom. ii. p. 117", "p. 281", "ii. 24"; never a bare number, which may be a year ("for April, 1795").
    private static final Pattern PLACE = Pattern.compile(
            "(?:(?:tom|vol)\\. [ivxlc]{1,6}\\.? )?(?:(?:p|pp)\\. [0-9]{1,5}|[ivxlc]{1,6}\\. [0-9]{1,5})"
                    + "(?:-[0-9]{1,5})?");

    private static final Pattern AUTHOR = Pattern.compile("\\p{Lu}[\\p{Ll}'’-]+(?: \\p{Lu}[\\p{Ll}'’-]+)?");

    // An editor's note added after the author's ("… p. 511. * Note: The editor adds …") ends his sentence too.
    private static final Pattern EDITORS_NOTE = Pattern.compile("\\.\\s+(?:\\*\\s*)?Note:?\\s");

    /**
     * Where the closing citation stands in {@code raw}, as [start, end), or null when no sentence of the segment
     * ends so. The sentence is the segment's last, or the one before an editor's added note ("* Note:").
     */
    static int[] span(String raw) {
        if (raw.length() > 2000) {
            return null;
        }
        Matcher editor = EDITORS_NOTE.matcher(raw);
        if (editor.find()) {
            int start = start(raw, editor.start() + 1);
            if (start >= 0) {
                return new int[] {start, editor.start() + 1};
            }
        }
        int start = start(raw, raw.length());
        return start < 0 ? null : new int[] {start, raw.length()};
    }

    private static int start(String raw, int last) {
        int end = last;
        while (end > 0 && (raw.charAt(end - 1) == '.' || Character.isWhitespace(raw.charAt(end - 1)))) {
            end--;
        }
        int comma = raw.lastIndexOf(", ", end);
        if (comma < 0 || end - comma > 30 || !PLACE.matcher(raw.substring(comma + 2, end)).matches()) {
            return -1;
        }
        int in = raw.lastIndexOf(" in the ", comma);
        if (in > 0 && comma - in < 90 && TitlesInParentheses.titleLike(raw, in + 8, comma)) {
            return in + 8;
        }
        int of = raw.lastIndexOf(" of ", comma);
        int nameEnd = of < 0 ? -1 : raw.indexOf(", ", of);
        if (of > 0 && nameEnd > 0 && nameEnd < comma && comma - of < 90
                && AUTHOR.matcher(raw.substring(of + 4, nameEnd)).matches()
                && TitlesInParentheses.titleLike(raw, nameEnd + 2, comma)) {
            return of + 4;
        }
        return -1;
    }
}

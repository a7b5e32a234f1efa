package org.ibidem.citation.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.document.TextSpan;

/**
 * Web sources listed one after another: an address ends its work, and a name or title after it opens the next
 * ("See SciPy, <i>Sparse matrices</i>, https://example.org/sparse for the matrices and NumPy, <i>Data types</i>,
 * https://example.org/types, and The Pandas Team, <i>Series</i>, https://example.org/series"). After an address,
 * "and" (or ", and") before a capitalised word or before a title followed by its own address opens a new segment;
 * what stands between the address and "and" (", for documentation on …") stays with the work before.
 */
final class AfterAddress {

    private AfterAddress() {
    }

    private static final Pattern ADDRESS = Pattern.compile("\\bhttps?://\\S+");
    // "and" after the address (perhaps after a short remark, never inside a parenthesis), then a capital, or a title and a comma and an address.
    private static final Pattern NEXT_WORK = Pattern.compile(
            "^[^:/()\\[\\]]{0,100}?,?\\s+and\\s+(?=\\p{Lu}\\p{L}|[^\\s,]{2,80},\\s+https?://)");

    /** The segments with each work that follows an address cut off as a segment of its own. */
    static List<TextSpan> split(String text, List<TextSpan> segments) {
        if (!text.contains("://") || !text.contains(" and ")) {
            return segments;
        }
        return SegmentCuts.apply(segments, s -> andAfterScheme(text, s) ? cutByPattern(text, s) : null);
    }

    /**
     * The pieces of one segment by the patterns alone, without the cheap test first (which a test holds to them),
     * or null when no work follows an address in it.
     */
    static List<TextSpan> cutByPattern(String text, TextSpan s) {
        Matcher address = ADDRESS.matcher(text);
        List<TextSpan> pieces = new ArrayList<>(2);
        int from = s.start();
        address.region(s.start(), s.end());
        while (address.find()) {
            int end = address.end();
            Matcher next = NEXT_WORK.matcher(text).region(end, s.end());
            if (next.lookingAt() && !text.substring(end, next.end()).contains("://")) {
                // The address and a remark after it stay with the first work; the comma before "and" goes.
                int stop = text.lastIndexOf("and", next.end());
                while (stop > end && (Character.isWhitespace(text.charAt(stop - 1)) || text.charAt(stop - 1) == ',')) {
                    stop--;
                }
                pieces.add(new TextSpan(from, stop));
                from = next.end();
                address.region(from, s.end());
            }
        }
        if (pieces.isEmpty()) {
            return null;
        }
        pieces.add(new TextSpan(from, s.end()));
        return pieces;
    }

    /**
     * Whether the segment has what a cut needs, an address's "://" and after it "and" between white space
     * ({@code \s+and\s+}, in {@link #NEXT_WORK}): most addresses end their note, or an "and" inside them is
     * between hyphens.
     */
    private static boolean andAfterScheme(String text, TextSpan s) {
        int scheme = text.indexOf("://", s.start());
        if (scheme < 0 || scheme >= s.end()) {
            return false;
        }
        for (int and = text.indexOf("and", scheme); and > 0 && and + 3 < s.end(); and = text.indexOf("and", and + 1)) {
            if (PatternChecks.isSpace(text.charAt(and - 1)) && PatternChecks.isSpace(text.charAt(and + 3))) {
                return true;
            }
        }
        return false;
    }
}

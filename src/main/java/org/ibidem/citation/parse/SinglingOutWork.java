package org.ibidem.citation.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.document.TextSpan;

/**
 * A whole cited first, then one work in it singled out: "“Cities of the Sea,” <i>Port History</i> 6, no. 3
 * (1996), especially Lee Park, “Women on the Quays,” …". The part singled out is a work of its own (an article of
 * that issue, a chapter of that book), so "especially" opens a new segment, where it reads as the signal. Pages
 * singled out ("…, esp. 3–121", "especially 12") stay the locator of the work before.
 */
final class SinglingOutWork {

    private SinglingOutWork() {
    }

    // ", especially" and then an author's name (capitalised words, perhaps initials) and a title in quotation marks.
    private static final Pattern ESPECIALLY_WORK = Pattern.compile(
            ",\\s+(?=especially\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,4},\\s+[\"“]\\p{Lu})");

    /** The segments with each work singled out by "especially" cut off as a segment of its own. */
    static List<TextSpan> split(String text, List<TextSpan> segments) {
        if (!text.contains(", especially ")) {
            return segments;
        }
        Matcher m = ESPECIALLY_WORK.matcher(text);
        return SegmentCuts.apply(segments, s -> {
            List<TextSpan> pieces = new ArrayList<>(2);
            int from = s.start();
            m.region(s.start(), s.end());
            while (m.find()) {
                if (m.start() > from) {
                    pieces.add(new TextSpan(from, m.start()));
                }
                from = m.end();
            }
            if (from == s.start()) {
                return null;
            }
            pieces.add(new TextSpan(from, s.end()));
            return pieces;
        });
    }
}

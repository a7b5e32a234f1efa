package org.ibidem.citation.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.document.TextSpan;

/**
 * Two works given in full and joined by a bare "and", as the subject of a sentence: "Dunn, “Quays”, in <i>Ports</i>
 * (Leeds: Moor, 2006), 309–34 (322) and Ida Fenn, <i>Tides of Trade</i> (London: Hale, 1989) reach no firm view."
 * The first closes on its facts or its page in parentheses; the second opens with a name, a comma and a title
 * followed by facts in parentheses. Each is a segment of its own.
 */
final class AndBetweenWorks {

    private AndBetweenWorks() {
    }

    // ") and " and then a name of two to four capitalised words (initials allowed), a comma, and a title (perhaps
    // in quotation marks) followed, within the next 200 characters, by facts in parentheses with a year.
    private static final Pattern SECOND_WORK = Pattern.compile(
            "(?<=\\))\\s+and\\s+(?=\\p{Lu}[\\p{L}’'-]*\\.?(?:\\s+\\p{Lu}[\\p{L}’'-]*\\.?){1,3},\\s+[\"“‘]?\\p{Lu}"
                    + "[^()]{1,200}\\([^()]{0,80}\\d{4}\\))");

    /** The segments with each such second work cut off as a segment of its own. */
    static List<TextSpan> split(String text, List<TextSpan> segments) {
        if (!text.contains(") and ")) {
            return segments;
        }
        Matcher m = SECOND_WORK.matcher(text);
        return SegmentCuts.apply(segments, s -> {
            List<TextSpan> pieces = new ArrayList<>(2);
            int from = s.start();
            m.region(s.start(), s.end());
            while (m.find()) {
                // The first work must have its own facts in parentheses with a year before the "and".
                if (m.start() > from && hasFacts(text, from, m.start())) {
                    pieces.add(new TextSpan(from, m.start()));
                    from = m.end();
                }
            }
            if (pieces.isEmpty()) {
                return null;
            }
            pieces.add(new TextSpan(from, s.end()));
            return pieces;
        });
    }

    private static boolean hasFacts(String text, int from, int to) {
        int open = text.indexOf('(', from);
        return open >= 0 && open < to && Dates.lastYearIn(text.substring(open, to)) > 0;
    }
}

package org.ibidem.citation.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.document.TextSpan;

/**
 * A page run straight into the next short form, the separator lost in printing: "Welwood, 139 Hartley, i. 609"
 * is "Welwood, 139" and "Hartley, i. 609". Cut only where the page follows a comma and a name with its own page
 * or volume and page follows it, so that a title with a number inside ("Book 2 Revised") is never cut.
 *
 * <p>Stateless and thread-safe.
 */
final class MissingSeparators {

    private MissingSeparators() {
    }

    private static final Pattern RUN_ON = Pattern.compile(
            ",\\s+\\d{1,4}(\\s+)(?=\\p{Lu}\\p{Ll}+(?:['’]s)?,\\s+(?:[ivxlc]{1,5}\\.\\s+)?\\d)");

    /** The segments, with each page run into the next short form cut after the page. */
    static List<TextSpan> split(String text, List<TextSpan> segments) {
        return SegmentCuts.apply(segments, span -> cut(text, span));
    }

    /** The pieces of one segment, or null when no work runs on into the next. */
    private static List<TextSpan> cut(String text, TextSpan span) {
        return hasDigitSpaceCapital(text, span) ? cutByPattern(text, span) : null;
    }

    /** {@link #cut} by the pattern alone, without the cheap test first (which a test holds to it). */
    static List<TextSpan> cutByPattern(String text, TextSpan span) {
        Matcher m = RUN_ON.matcher(text).region(span.start(), span.end());
        List<TextSpan> pieces = null;
        int from = span.start();
        while (m.find()) {
            pieces = pieces == null ? new ArrayList<>() : pieces;
            pieces.add(new TextSpan(from, m.start(1)));
            from = m.end(1);
        }
        if (pieces != null) {
            pieces.add(new TextSpan(from, span.end()));
        }
        return pieces;
    }

    /**
     * A cheap test first, what {@link #RUN_ON} needs before its lookahead's lower-case letters: a comma, white
     * space, a number of one to four digits, white space and a capital ({@code ,\s+\d{1,4}\s+\p{Lu}}), all
     * inside the segment. Most segments have no number between a comma and a capital.
     */
    private static boolean hasDigitSpaceCapital(String text, TextSpan span) {
        int end = span.end();
        for (int c = text.indexOf(',', span.start()); c >= 0 && c < end; c = text.indexOf(',', c + 1)) {
            int j = afterSpaces(text, c + 1, end);
            int d = j;
            while (d < end && text.charAt(d) >= '0' && text.charAt(d) <= '9') {
                d++;
            }
            int k = afterSpaces(text, d, end);
            if (j > c + 1 && d > j && d - j <= 4 && k > d && k < end
                    && Character.getType(text.codePointAt(k)) == Character.UPPERCASE_LETTER) {
                return true;
            }
        }
        return false;
    }

    /** Past the white space ({@code \s}, as the pattern reads it) at {@code i}, before {@code end}. */
    private static int afterSpaces(String text, int i, int end) {
        while (i < end && PatternChecks.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}

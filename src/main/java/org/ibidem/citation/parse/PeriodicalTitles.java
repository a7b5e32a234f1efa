package org.ibidem.citation.parse;

import java.util.List;
import java.util.Set;
import org.ibidem.document.TextSpan;

/**
 * Newspapers named by their titles alone: "Court Gazette, May 3" is a title and a day, not an author. Two named
 * one after the other with a comma between, as a historian lists the papers that reported a day ("Court Gazette,
 * Mercure Galant"), are two works, not an author and a title. Each part must be a short title in capitals that
 * names a periodical by its kind ("Gazette", "Mercury", "Review", …); a person's name never does.
 *
 * <p>Stateless and thread-safe.
 */
final class PeriodicalTitles {

    private PeriodicalTitles() {
    }

    // The words by which a title names a newspaper or a magazine, in English and French.
    private static final WordSet PERIODICAL_WORDS = new WordSet(Set.of("gazette", "magazine", "review", "journal",
            "chronicle", "mercury", "mercure", "courant", "intelligencer", "observator", "spectator", "register",
            "times", "herald", "post", "examiner", "tatler", "gazetteer", "advertiser", "journals", "moniteur"));

    /**
     * Whether a short form's only field is a newspaper's title ("Court Gazette", "Mercure Galant"), a title and
     * not an author's name.
     */
    static boolean isPeriodicalTitle(String text) {
        return text.length() <= 60 && namesPeriodical(text, 0, text.length());
    }

    /** The segments, with each that pairs two periodicals cut in two. */
    static List<TextSpan> split(String text, List<TextSpan> segments) {
        return SegmentCuts.apply(segments, span -> {
            int comma = pairComma(text, span);
            if (comma < 0) {
                return null;
            }
            int start = comma + 1;
            while (start < span.end() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            return List.of(new TextSpan(span.start(), comma), new TextSpan(start, span.end()));
        });
    }

    /** The comma between two periodicals' titles that make the whole segment, or -1. */
    private static int pairComma(String text, TextSpan span) {
        if (span.end() - span.start() > 80) {
            return -1;
        }
        int comma = text.indexOf(',', span.start());
        if (comma < 0 || comma >= span.end() || text.indexOf(',', comma + 1) >= 0 && text.indexOf(',', comma + 1)
                < span.end()) {
            return -1;
        }
        return namesPeriodical(text, span.start(), comma) && namesPeriodical(text, comma + 1, span.end()) ? comma : -1;
    }

    /** Whether [start, end) is a title of at most five words, the first capitalised, one a periodical's kind. */
    private static boolean namesPeriodical(String text, int start, int end) {
        int words = 0;
        boolean kind = false;
        int i = start;
        while (i < end) {
            while (i < end && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '.')) {
                i++;
            }
            int w = i;
            while (i < end && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i < end && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '.') {
                return false; // digits, quotes, apostrophes: no plain title
            }
            if (i > w) {
                if (words == 0 && !Character.isUpperCase(text.charAt(w))) {
                    return false;
                }
                words++;
                kind |= PERIODICAL_WORDS.contains(text, w, i);
            }
        }
        return words >= 1 && words <= 5 && kind;
    }
}

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
 * followed by facts in parentheses. Each is a segment of its own. So too two works compared: "Compare Ida Fenn,
 * <i>Tides</i> (London: Hale, 1989), chap. 4, with Carl Dunn, <i>Ships</i> (Leeds: Moor, 2003), 172", the first
 * closing on its facts or on a pinpoint after them.
 */
final class AndBetweenWorks {

    private AndBetweenWorks() {
    }

    // ") and " and then a name of two to four capitalised words (initials allowed), a comma, and a title (perhaps
    // in quotation marks) followed, within the next 200 characters, by facts in parentheses with a year.
    // Also ", with" or ", and" after the first work's pinpoint: "Compare Ida Fenn, <i>Tides</i> (London: Hale,
    // 1989), chap. 4, with Carl Dunn, <i>Ships</i> (Leeds: Moor, 2003), 12".
    static final Pattern SECOND_WORK = Pattern.compile(
            ",?\\s+(?:and|with)\\s+(?=\\p{Lu}[\\p{L}’'-]*\\.?(?:\\s+\\p{Lu}[\\p{L}’'-]*\\.?){1,3},\\s+[\"“‘*_]?\\p{Lu}"
                    + "[^()]{1,200}\\([^()]{0,80}\\d{4}\\))");

    /** The segments with each such second work cut off as a segment of its own. */
    static List<TextSpan> split(String text, List<TextSpan> segments) {
        // What the pattern cannot match without: the first work's parentheses, and "and" or "with" between spaces.
        if (text.indexOf(')') < 0 || !text.contains(" and ") && !text.contains(" with ")) {
            return segments;
        }
        Matcher m = SECOND_WORK.matcher(text);
        JoiningWords words = new JoiningWords(text);
        return SegmentCuts.apply(segments, s -> {
            List<TextSpan> pieces = new ArrayList<>(2);
            int from = s.start();
            int searchFrom = s.start();
            int word;
            while ((word = words.next(searchFrom, s.end())) >= 0) {
                int start = matchStart(text, word, searchFrom);
                // The first work must have its own facts in parentheses with a year before the "and", and end
                // there or at its pinpoint: asked first, as the pattern's look-ahead is the dearer question.
                if (start > from && words.endsAtFactsOrPinpoint(start) && words.hasFacts(from, start)
                        && m.region(start, s.end()).lookingAt()) {
                    pieces.add(new TextSpan(from, start));
                    from = m.end();
                }
                searchFrom = word + 1;
            }
            if (pieces.isEmpty()) {
                return null;
            }
            pieces.add(new TextSpan(from, s.end()));
            return pieces;
        });
    }

    /**
     * What {@link #split} asks of one text, each found by a search that only goes forward: the next "and" or
     * "with", whether the first work closes on its facts or pinpoint, and whether it has a year in parentheses.
     * Searched afresh at each "and", a note of thousands of them cost the square of its length. Not thread-safe;
     * one per {@link #split}.
     */
    static final class JoiningWords {
        private final String text;
        // The next "and" and "with" at or after andFrom and withFrom, or -1 for none; andFrom -1: not searched.
        private int and;
        private int with;
        private int andFrom = -1;
        private int withFrom = -1;

        // The last ")" before closeScanned, for endsAtFactsOrPinpoint.
        private int closeScanned;
        private int lastClose = -1;
        // For hasFacts, about the "from" asked last: how far the search for the first "(" after it has gone and
        // what it found (-1: not yet), then how far the search for the first year after that "(" with a character
        // after it that is no digit has gone and what it found (-1: not yet). Both go forward only.
        private int factsFrom = -1;
        private int openScan;
        private int open;
        private int yearScan;
        private int firstYear;

        JoiningWords(String text) {
            this.text = text;
        }

        /**
         * Whether the text before {@code at} closes on facts in parentheses, perhaps followed by a pinpoint: "(Leeds:
         * Moor, 2003)", "(Leeds: Moor, 2003), chap. 4", "(1989): 22–44, at 30". The last ")" before {@code at} is
         * found by a scan that goes forward only (the starts asked grow), and the text between is read in place.
         */
        boolean endsAtFactsOrPinpoint(int at) {
            int close;
            if (at < closeScanned) {
                close = text.lastIndexOf(')', at - 1);
            } else {
                for (int i = closeScanned; i < at; i++) {
                    if (text.charAt(i) == ')') {
                        lastClose = i;
                    }
                }
                closeScanned = at;
                close = lastClose;
            }
            if (close < 0) {
                return false;
            }
            // What lies between, stripped as String.strip strips (no white space is outside the BMP).
            int a = close + 1;
            int b = at;
            while (a < b && Character.isWhitespace(text.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                b--;
            }
            if (a == b) {
                return true;
            }
            if (text.charAt(a) != ',' && text.charAt(a) != ':') {
                return false;
            }
            int p = a + 1;
            while (p < b && Character.isWhitespace(text.charAt(p))) {
                p++;
            }
            if (b - p >= 3 && text.regionMatches(true, p, "at ", 0, 3)) {
                p += 3;
            }
            return b - p <= 40 && Locators.isLocator(text.substring(p, b));
        }

        /**
         * Whether {@code text[from, to)} has a "(" and, after it, a year (as {@link Dates#lastYearIn} reads one in
         * the text from that "(" to {@code to}). A year with a character after it that is no digit stays a year
         * for every later end, so the first one is kept; one that ends where the text asked about ends is tested
         * there.
         */
        boolean hasFacts(int from, int to) {
            if (from != factsFrom) {
                factsFrom = from;
                openScan = from;
                open = -1;
                firstYear = -1;
            }
            while (open < 0 && openScan < to) {
                if (text.charAt(openScan) == '(') {
                    open = openScan;
                    yearScan = open;
                }
                openScan++;
            }
            if (open < 0) {
                return false; // no "(" in text[from, to)
            }
            while (firstYear < 0 && yearScan + 4 < to) {
                if (Dates.isYearAt(text, yearScan, open, text.length())) {
                    firstYear = yearScan;
                }
                yearScan++;
            }
            return firstYear >= 0 && firstYear + 4 < to || to - 4 >= open && Dates.isYearAt(text, to - 4, open, to);
        }

        /**
         * Where in {@code text[from, end)} the next "and" or "with" with white space on both sides is, or -1: where
         * {@code SECOND_WORK} can match. The pattern opens with no literal, so its {@code find} would try it at
         * every character.
         */
        int next(int from, int end) {
            int start = from + 1;
            while (true) {
                if (andFrom < 0 || start < andFrom || and >= 0 && and < start) {
                    and = text.indexOf("and", start);
                    andFrom = start;
                }
                if (withFrom < 0 || start < withFrom || with >= 0 && with < start) {
                    with = text.indexOf("with", start);
                    withFrom = start;
                }
                boolean isAnd = and >= 0 && (with < 0 || and < with);
                int i = isAnd ? and : with;
                if (i < 0 || i + 3 >= end) {
                    return -1;
                }
                int length = isAnd ? 3 : 4;
                if (i + length < end && PatternChecks.isSpace(text.charAt(i - 1))
                        && PatternChecks.isSpace(text.charAt(i + length))) {
                    return i;
                }
                start = i + 1;
            }
        }
    }

    /**
     * Where {@code SECOND_WORK}'s match before the word at {@code word} starts, searching from {@code from}: at the
     * comma or the first white space before it. A match that fails from there fails from every later start before
     * the word (the same white space, word and look-ahead follow), and after a match the next one is found after
     * its word.
     */
    static int matchStart(String text, int word, int from) {
        int start = word - 1;
        while (start > from && PatternChecks.isSpace(text.charAt(start - 1))) {
            start--;
        }
        return start > from && text.charAt(start - 1) == ',' ? start - 1 : start;
    }
}

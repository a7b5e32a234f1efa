package org.ibidem.citation.parse;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.reference.PartialDate;

/**
 * Reads the dates citations give: "December 29, 1956", "Dec. 29, 1956", "29 December 1956", "March 1956",
 * "Spring 2003", "July/October 1969", "2020-05-03", "1956".
 *
 * <p>Stateless and thread-safe.
 */
public final class Dates {

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
            + "aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String YEAR = "(\\d{4})";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "^" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR + "$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "^(\\d{1,2})\\s+" + MONTH + ",?\\s+" + YEAR + "$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_SPAN_YEAR = Pattern.compile(
            "^" + MONTH + "(?:\\s*[/–—-]\\s*" + MONTH + ")?,?\\s+" + YEAR + "$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEASON_YEAR = Pattern.compile(
            "^(spring|summer|fall|autumn|winter)\\s+" + YEAR + "$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("^" + YEAR + "-(\\d{1,2})(?:-(\\d{1,2}))?$");
    private static final Pattern YEAR_ONLY = Pattern.compile("^" + YEAR + "[a-z]?$");
    private static final Pattern MONTH_DAY = Pattern.compile("^" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern DAY_OF_WRITING = Pattern.compile("^" + MONTH + "\\s+\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?"
            + "(?:[,.]?\\s+\\d{4}(?:\\s*[-–]\\s*\\d{1,2})?)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_OF_WRITING = Pattern.compile("^\\d{4}(?:\\s*[-–]\\s*\\d{1,2})?$");

    private static final Pattern SPAN_OF_DAYS = Pattern.compile("^\\d{1,2}\\s*[-–]\\s*\\d{1,2}$");

    private Dates() {
    }

    /** The date the whole text states, or null. */
    public static PartialDate parse(String text) {
        String s = text.strip();
        if (s.length() > 40 || !hasDigits(s, 4)) {
            return null; // every form has a four-digit year
        }
        if (isYear(s)) {
            // The commonest date, "(1899)": what YEAR_ONLY reads, and no other pattern can (each wants a space or a
            // hyphen), read without a matcher.
            return PartialDate.ofYear(Integer.parseInt(s, 0, 4, 10));
        }
        // The forms that open with a month or a season open with a letter, the others with a digit: only the
        // patterns that can match the first character are tried.
        Matcher m;
        char first = s.charAt(0);
        if (first < '0' || first > '9') {
            if ("jfmasondwJFMASONDW".indexOf(first) < 0) {
                return null; // no month's or season's first letter: none of the three patterns below can match
            }
            // A day and a year are two numbers, and only MONTH_DAY_YEAR reads two; the others read the year alone.
            if (numbers(s) > 1) {
                m = MONTH_DAY_YEAR.matcher(s);
                return m.matches() ? safe(year(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)), 0, null)
                        : null;
            }
            // One matcher for the two patterns: usePattern keeps the text and drops the last match.
            m = MONTH_SPAN_YEAR.matcher(s);
            if (m.matches()) {
                int end = m.group(2) == null ? 0 : month(m.group(2));
                return safe(year(m.group(3)), month(m.group(1)), 0, end, null);
            }
            if ("sfawSFAW".indexOf(first) < 0) {
                return null; // no season's first letter
            }
            m.usePattern(SEASON_YEAR).reset();
            if (m.matches()) {
                String season = m.group(1);
                return safe(year(m.group(2)), 0, 0, 0,
                        Character.toUpperCase(season.charAt(0)) + season.substring(1).toLowerCase(Locale.ROOT));
            }
            return null;
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.matches()) {
            return safe(year(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)), 0, null);
        }
        m.usePattern(ISO).reset();
        if (m.matches()) {
            return safe(year(m.group(1)), Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), 0, null);
        }
        m.usePattern(YEAR_ONLY).reset();
        if (m.matches()) {
            return PartialDate.ofYear(year(m.group(1)));
        }
        return null;
    }

    /** How many runs of ASCII digits the text has, counted up to two. */
    private static int numbers(String s) {
        int runs = 0;
        boolean inRun = false;
        for (int i = 0; i < s.length() && runs < 2; i++) {
            boolean digit = s.charAt(i) >= '0' && s.charAt(i) <= '9';
            runs += digit && !inRun ? 1 : 0;
            inRun = digit;
        }
        return runs;
    }

    /** Whether the text is a month and day without a year ("December 29"), the first half of a split date. */
    public static boolean isMonthDay(String text) {
        if (!hasDigits(text, 1)) {
            return false;
        }
        String t = text.strip();
        return opensWithMonthLetter(t) && monthWordThenDigit(t) && PatternChecks.matches(MONTH_DAY, t);
    }

    /**
     * What {@link #MONTH_DAY} and {@link #DAY_OF_WRITING} need at their start: a first word of ten characters at
     * most (a month's name, perhaps with its period, is no longer), white space ({@code \s}), then a digit. Most
     * fields that open with a month's letter ("Journal of …", "Smithsonian Magazine") fail it.
     */
    private static boolean monthWordThenDigit(String t) {
        int n = t.length();
        int i = 0;
        while (i < n && i <= 10 && !PatternChecks.isSpace(t.charAt(i))) {
            i++;
        }
        if (i == 0 || i > 10 || i == n) {
            return false;
        }
        while (i < n && PatternChecks.isSpace(t.charAt(i))) {
            i++;
        }
        return i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9';
    }

    /**
     * Whether the text is the day a letter, despatch, diary entry or newspaper issue is dated by: a month and a day
     * or a span of days ("Feb. 16-26", "Jan. 28, 1684-5", "Feb. 9. 1684-5"), the year optional.
     */
    public static boolean isDayOfWriting(String text) {
        String t = text.strip();
        return opensWithMonthLetter(t) && hasDigits(t, 1) && monthWordThenDigit(t)
                && PatternChecks.matches(DAY_OF_WRITING, t);
    }

    /**
     * Whether the text is a day of writing given in both calendars, the Julian day, a stroke, then the Gregorian
     * ("May 22,/June 1", "Feb. 28,/Mar. 1687"), as letters between England and the Continent were dated before
     * 1752: the whole text, or the part after the stroke when {@code afterStroke} (the comma having cut it).
     */
    public static boolean isDayInBothStyles(String text, boolean afterStroke) {
        String t = text.strip();
        int stroke = t.indexOf('/');
        if (stroke < 0 || (afterStroke && stroke != 0)) {
            return false;
        }
        String second = t.substring(stroke + 1).strip();
        boolean secondOk = isDayOfWriting(second) || PatternChecks.matches(MONTH_SPAN_YEAR, second);
        return secondOk && (afterStroke || isDayOfWriting(FieldTokenizer.stripTrailing(t.substring(0, stroke), ",")));
    }

    /** Whether the text is a year alone, or an old-style year with the new one after it ("1684-5"). */
    public static boolean isYearOfWriting(String text) {
        return PatternChecks.matches(YEAR_OF_WRITING, text.strip());
    }

    /** Whether the text is a span of days alone ("16-26"), a second date after "Feb. 9-19". */
    public static boolean isSpanOfDays(String text) {
        return PatternChecks.matches(SPAN_OF_DAYS, text.strip());
    }

    /** Whether the text opens with the first letter of a month's name, in either case. */
    private static boolean opensWithMonthLetter(String s) {
        return !s.isEmpty() && "jfmasondJFMASOND".indexOf(s.charAt(0)) >= 0;
    }

    /** Whether the text is a plausible year on its own. */
    public static boolean isYear(String text) {
        // YEAR_ONLY by hand: four ASCII digits and perhaps one lower-case ASCII letter ("1956a").
        String s = text.strip();
        int n = s.length();
        if (n < 4 || n > 5 || (n == 5 && (s.charAt(4) < 'a' || s.charAt(4) > 'z'))) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The last plausible year mentioned anywhere in the text, or 0. */
    public static int lastYearIn(String text) {
        // What the pattern (?<![\d.])(1[0-9]{3}|20[0-9]{2})(?![\d]) found last, found from the end: a year is
        // four digits with no digit on either side, so years never overlap and the last one is the one that
        // satisfies the test at the highest position.
        for (int p = text.length() - 4; p >= 0; p--) {
            if (isYearAt(text, p, 0, text.length())) {
                return Integer.parseInt(text, p, p + 4, 10);
            }
        }
        return 0;
    }

    /**
     * Whether a year starts at {@code p} of {@code text[start, end)}, read as if the text were cut there: 1000–2099,
     * not after a digit or a period, not before a digit ({@code start <= p}, {@code p + 4 <= end}).
     */
    static boolean isYearAt(String text, int p, int start, int end) {
        char a = text.charAt(p);
        char b = text.charAt(p + 1);
        if (!(a == '1' && isAsciiDigit(b) || a == '2' && b == '0')
                || !isAsciiDigit(text.charAt(p + 2)) || !isAsciiDigit(text.charAt(p + 3))) {
            return false;
        }
        if (p > start && (isAsciiDigit(text.charAt(p - 1)) || text.charAt(p - 1) == '.')) {
            return false;
        }
        return p + 4 == end || !isAsciiDigit(text.charAt(p + 4));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Whether the text has a run of at least {@code n} digits: a cheap test before the patterns, which most fields
     * of a note (names, titles, places) fail.
     */
    public static boolean hasDigits(String text, int n) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
            if (run >= n) {
                return true;
            }
        }
        return false;
    }

    private static int year(String s) {
        return Integer.parseInt(s);
    }

    private static int month(String name) {
        String m = name.toLowerCase(Locale.ROOT).replace(".", "");
        String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < prefixes.length; i++) {
            if (m.startsWith(prefixes[i])) {
                return i + 1;
            }
        }
        return 0;
    }

    private static PartialDate safe(int year, int month, int day, int endMonth, String season) {
        try {
            return new PartialDate(year, month, day, endMonth, season);
        } catch (IllegalArgumentException e) {
            return PartialDate.ofYear(year); // "February 31, 1956": keep the year rather than the whole date
        }
    }
}

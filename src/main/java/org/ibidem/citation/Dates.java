package org.ibidem.citation;

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
final class Dates {

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
    private static final Pattern HAS_YEAR = Pattern.compile("(?<![\\d.])(1[0-9]{3}|20[0-9]{2})(?![\\d])");

    private Dates() {
    }

    /** The date the whole text states, or null. */
    static PartialDate parse(String text) {
        String s = text.strip();
        if (s.length() > 40 || !hasDigits(s, 4)) {
            return null; // every form has a four-digit year
        }
        Matcher m = MONTH_DAY_YEAR.matcher(s);
        if (m.matches()) {
            return safe(year(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)), 0, null);
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.matches()) {
            return safe(year(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)), 0, null);
        }
        m = MONTH_SPAN_YEAR.matcher(s);
        if (m.matches()) {
            int end = m.group(2) == null ? 0 : month(m.group(2));
            return safe(year(m.group(3)), month(m.group(1)), 0, end, null);
        }
        m = SEASON_YEAR.matcher(s);
        if (m.matches()) {
            String season = m.group(1);
            return safe(year(m.group(2)), 0, 0, 0,
                    Character.toUpperCase(season.charAt(0)) + season.substring(1).toLowerCase(Locale.ROOT));
        }
        m = ISO.matcher(s);
        if (m.matches()) {
            return safe(year(m.group(1)), Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), 0, null);
        }
        m = YEAR_ONLY.matcher(s);
        if (m.matches()) {
            return PartialDate.ofYear(year(m.group(1)));
        }
        return null;
    }

    /** Whether the text is a month and day without a year ("December 29"), the first half of a split date. */
    static boolean isMonthDay(String text) {
        return hasDigits(text, 1) && MONTH_DAY.matcher(text.strip()).matches();
    }

    /** Whether the text is a plausible year on its own. */
    static boolean isYear(String text) {
        return hasDigits(text, 4) && YEAR_ONLY.matcher(text.strip()).matches();
    }

    /** The last plausible year mentioned anywhere in the text, or 0. */
    static int lastYearIn(String text) {
        if (!hasDigits(text, 4)) {
            return 0;
        }
        Matcher m = HAS_YEAR.matcher(text);
        int year = 0;
        while (m.find()) {
            year = Integer.parseInt(m.group(1));
        }
        return year;
    }

    /**
     * Whether the text has a run of at least {@code n} digits: a cheap test before the patterns, which most fields
     * of a note (names, titles, places) fail.
     */
    static boolean hasDigits(String text, int n) {
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

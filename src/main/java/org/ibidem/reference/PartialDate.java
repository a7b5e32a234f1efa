package org.ibidem.reference;

import org.jspecify.annotations.Nullable;

/**
 * A date as citations give it: a year, optionally a month and a day, or a season ("Spring 2003"), or a span of
 * months ("July/October 1969", kept as {@code month} and {@code endMonth}).
 *
 * <p>A span whose last month comes before its first ("December/January 1969", a magazine's double issue) runs
 * into the next year: the year written is the year of the first month, so the span is December 1969 to January
 * 1970 ({@link #endYear()}). Every output that writes the end of a span (CSL-JSON, the bibliographies, BibLaTeX,
 * RIS) asks this record, so they all read the note the same way.
 *
 * <pre>{@code
 * PartialDate.of(1956, 12, 29).toIso();   // "1956-12-29"
 * PartialDate.ofYear(2016).toIso();        // "2016"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param year     the year (may be negative for BCE), required
 * @param month    1–12, or 0 when unknown
 * @param day      1–31, or 0 when unknown
 * @param endMonth last month of a span such as "July/October", or 0
 * @param season   "Spring", "Summer", "Fall"/"Autumn", "Winter", or null
 */
public record PartialDate(int year, int month, int day, int endMonth, @Nullable String season) {

    /** Validates the ranges of month and day. */
    public PartialDate {
        if (month < 0 || month > 12 || endMonth < 0 || endMonth > 12) {
            throw new IllegalArgumentException("Month out of range: " + month + "/" + endMonth);
        }
        if (day < 0 || day > 31 || (day > 0 && month == 0)) {
            throw new IllegalArgumentException("Day out of range or without a month: " + day);
        }
        season = season == null || season.isBlank() ? null : season.strip();
    }

    /** A year alone. */
    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0, 0, null);
    }

    /** A year, month and day; pass 0 for an unknown month or day. */
    public static PartialDate of(int year, int month, int day) {
        return new PartialDate(year, month, day, 0, null);
    }

    /** Whether this is a span of two different months ("July/October", "December/January"). */
    public boolean isMonthSpan() {
        return month > 0 && endMonth > 0 && endMonth != month;
    }

    /**
     * The year the date ends in: the next year for a month span that runs backwards ("December/January 1969"
     * ends in January 1970), else {@link #year()}.
     */
    public int endYear() {
        return isMonthSpan() && endMonth < month ? year + 1 : year;
    }

    /**
     * ISO 8601 with a span written as an interval, as biblatex and EDTF read it: "1969-07/1969-10",
     * "1969-12/1970-01"; a date that is not a span is {@link #toIso()}.
     */
    public String toIsoInterval() {
        if (!isMonthSpan()) {
            return toIso();
        }
        return String.format("%04d-%02d/%04d-%02d", year, month, endYear(), endMonth);
    }

    /**
     * The number CSL and EDTF give the season: 1 spring, 2 summer, 3 autumn (or fall), 4 winter; 0 when there is
     * no season or it is not one of these names.
     */
    public int seasonNumber() {
        if (season == null) {
            return 0;
        }
        return switch (season.toLowerCase(java.util.Locale.ROOT)) {
            case "spring" -> 1;
            case "summer" -> 2;
            case "fall", "autumn" -> 3;
            case "winter" -> 4;
            default -> 0;
        };
    }

    /** ISO 8601 as far as it is known: "1956", "1956-12", "1956-12-29"; a month span gives its first month. */
    public String toIso() {
        StringBuilder out = new StringBuilder(String.format("%04d", year));
        if (month > 0) {
            out.append(String.format("-%02d", month));
            if (day > 0) {
                out.append(String.format("-%02d", day));
            }
        }
        return out.toString();
    }
}

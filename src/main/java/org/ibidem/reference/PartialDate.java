package org.ibidem.reference;

import org.jspecify.annotations.Nullable;

/**
 * A date as citations give it: a year, optionally a month and a day, or a season ("Spring 2003"), or a span of
 * months ("July/October 1969", kept as {@code month} and {@code endMonth}).
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

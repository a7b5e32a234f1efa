package org.ibidem.resolution;

import java.util.Locale;
import java.util.regex.Pattern;
import org.ibidem.citation.Names;

/** Whether two volume numbers name the same volume: "5", "V" and "4–6" all hold volume 5. Stateless. */
final class Volumes {

    private static final Pattern ARABIC = Pattern.compile("\\d{1,6}");
    private static final Pattern ROMAN = Pattern.compile("[ivxlcdm]{1,12}");

    private Volumes() {
    }

    static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return Names.fold(a).equals(Names.fold(b)) || romanOrArabic(a) == romanOrArabic(b) && romanOrArabic(a) > 0
                || within(a, b) || within(b, a);
    }

    /** "2" within "1–3": a work given in full as several volumes holds each of them. */
    private static boolean within(String one, String range) {
        int dash = range.indexOf('–') >= 0 ? range.indexOf('–') : range.indexOf('-');
        if (dash <= 0) {
            return false;
        }
        int v = romanOrArabic(one);
        int from = romanOrArabic(range.substring(0, dash));
        int to = romanOrArabic(range.substring(dash + 1));
        return v > 0 && from > 0 && to >= from && v >= from && v <= to;
    }

    private static int romanOrArabic(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        if (ARABIC.matcher(t).matches()) {
            return Integer.parseInt(t);
        }
        if (!ROMAN.matcher(t).matches()) {
            return -1;
        }
        int total = 0;
        int prev = 0;
        for (int i = t.length() - 1; i >= 0; i--) {
            int v = switch (t.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                case 'l' -> 50;
                case 'c' -> 100;
                case 'd' -> 500;
                default -> 1000;
            };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }
}

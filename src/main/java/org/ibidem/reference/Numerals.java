package org.ibidem.reference;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The value of a volume, part or book number written in arabic or roman numerals: "5", "V" and "v" are 5.
 * Public only so that the resolver and the exports share it; not meant for library users.
 *
 * <p>Stateless and thread-safe.
 */
public final class Numerals {

    private static final Pattern ARABIC = Pattern.compile("\\d{1,6}");
    private static final Pattern ROMAN = Pattern.compile("[ivxlcdm]{1,12}");

    private Numerals() {
    }

    /** The number "12", "XII" or "xii" stands for, or -1 when the text is neither arabic nor roman numerals. */
    public static int value(String numerals) {
        String t = numerals.strip().toLowerCase(Locale.ROOT);
        if (ARABIC.matcher(t).matches()) {
            return Integer.parseInt(t);
        }
        if (!ROMAN.matcher(t).matches()) {
            return -1;
        }
        int total = 0;
        int largestSoFar = 0;
        for (int i = t.length() - 1; i >= 0; i--) { // right to left: a smaller numeral before a larger subtracts
            int v = switch (t.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                case 'l' -> 50;
                case 'c' -> 100;
                case 'd' -> 500;
                default -> 1000;
            };
            total += v < largestSoFar ? -v : v;
            largestSoFar = Math.max(largestSoFar, v);
        }
        return total;
    }
}

package org.ibidem.style;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back the zero citeproc-java drops from a page range in a style that writes ranges {@code minimal-two} (MLA:
 * the last two digits of the second number, "601–08"): citeproc-java prints "601–8", reading the kept digits as a
 * number. citeproc-js, and MLA 9 (numbers in a range: only the last two digits of the second number when more are
 * not needed), write "601–08".
 *
 * <pre>{@code
 * MinimalTwoPages.repair("…, 1998, pp. 601–8.", Map.of("page", "601-608"));   // "…, 1998, pp. 601–08."
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class MinimalTwoPages {

    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*[-–]\\s*(\\d+)");

    private MinimalTwoPages() {
    }

    /**
     * The entry with each range of the item's page variable as {@code minimal-two} writes it.
     *
     * @param entry one entry rendered in a minimal-two style
     * @param item  the CSL-JSON item it was rendered from
     */
    static String repair(String entry, Map<String, Object> item) {
        if (!(item.get("page") instanceof String page)) {
            return entry;
        }
        String out = entry;
        Matcher m = RANGE.matcher(page);
        while (m.find()) {
            String first = m.group(1);
            String last = m.group(2);
            if (last.length() < first.length()) {
                // Written abbreviated ("601-8"): citeproc-js expands it before formatting it again.
                last = first.substring(0, first.length() - last.length()) + last;
            }
            if (first.length() != last.length() || first.length() < 3 || last.compareTo(first) <= 0) {
                continue;
            }
            int same = 0;
            while (same < first.length() - 2 && first.charAt(same) == last.charAt(same)) {
                same++;
            }
            String kept = last.substring(same);
            String dropped = kept.replaceFirst("^0+(?=\\d)", "");
            if (!dropped.equals(kept)) {
                out = out.replaceAll(Pattern.quote(first + "–" + dropped) + "(?!\\d)", first + "–" + kept);
            }
        }
        return out;
    }
}

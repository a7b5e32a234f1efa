package org.ibidem.diagnostic.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page numbers in a locator or a page range, as integer ranges: "79-80, 85-86" → [79,80], [85,86]; Chicago's
 * abbreviated ranges are expanded ("474-5" → [474,475], "1420-38" → [1420,1438]). Roman numerals and anything
 * else are left out, so checks that use these ranges stay silent on what they cannot read.
 *
 * <p>Stateless and thread-safe.
 */
final class Pages {

    private static final Pattern RANGE = Pattern.compile("(?<![\\w.:])(\\d{1,6})(?:\\s*[-–—]+\\s*(\\d{1,6}))?(?![\\w:])");

    private Pages() {
    }

    static List<int[]> ranges(String text) {
        List<int[]> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = RANGE.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = a;
            if (m.group(2) != null) {
                String bs = m.group(2);
                b = Integer.parseInt(bs);
                if (b < a && bs.length() < m.group(1).length()) {
                    String full = m.group(1);
                    b = Integer.parseInt(full.substring(0, full.length() - bs.length()) + bs);
                }
            }
            if (b >= a) {
                out.add(new int[] {a, b});
            }
        }
        return out;
    }

    /** Whether no page the locator names comes before {@code first}; true when it cannot be read. */
    static boolean noneBefore(String locator, int first) {
        for (int[] p : ranges(locator)) {
            if (p[0] < first) {
                return false;
            }
        }
        return true;
    }

    /** Whether every page the locator names lies inside the range; true when either cannot be read. */
    static boolean within(String locator, String range) {
        List<int[]> work = ranges(range);
        if (work.size() != 1) {
            return true;
        }
        int[] w = work.get(0);
        for (int[] p : ranges(locator)) {
            if (p[0] < w[0] || p[1] > w[1]) {
                return false;
            }
        }
        return true;
    }
}

package org.ibidem.citation.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shared grammar: a range of page numbers ("189–225", "pp. 565–69", Chicago's abbreviated "474-5"). */
final class PageRanges {

    private PageRanges() {
    }

    private static final Pattern PAGE_RANGE = Pattern.compile("^(?:pp?\\.\\s*)?(\\d{1,6})(?:\\s*[-–—]+\\s*(\\d{1,6}))?$");

    /** The range of "pp. 565–69" or "107–18" without its "pp.", or null when the text is not one range of pages. */
    static String pageRange(String t) {
        if (t.isEmpty() || !(Character.isDigit(t.charAt(0)) || t.charAt(0) == 'p')) {
            return null;
        }
        Matcher m = PAGE_RANGE.matcher(t);
        return m.matches() && m.group(2) != null ? t.substring(m.start(1)) : null;
    }

    /** "189–225" → {189, 225}; "201" → {201, 201}; "474-5" → {474, 475}; null when not numeric. */
    static int[] range(String text) {
        Matcher m = PAGE_RANGE.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        int a = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return new int[] {a, a};
        }
        String bs = m.group(2);
        int b = Integer.parseInt(bs);
        if (b < a && bs.length() < m.group(1).length()) {
            // Chicago's abbreviated ranges: 474-5 is 474-475, 1420-38 is 1420-1438.
            String full = m.group(1);
            b = Integer.parseInt(full.substring(0, full.length() - bs.length()) + bs);
        }
        return new int[] {a, b};
    }
}

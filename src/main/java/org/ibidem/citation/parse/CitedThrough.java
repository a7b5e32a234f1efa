package org.ibidem.citation.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A source named in parentheses as the work another writer is read in, "(apud Euseb. l. iv. c. 6)": the passage
 * of a lost writer is found in that work, so the parenthesis cites it, whatever the prose around it says. "Apud"
 * (Latin "in the works of"), abbreviated "ap.", is how learned notes say it.
 *
 * <p>Stateless and thread-safe.
 */
final class CitedThrough {

    private CitedThrough() {
    }

    /** The spans, in {@code text}, of what follows "apud" or "ap." at the opening of a parenthesis. */
    static List<int[]> spans(String text) {
        if (text.indexOf("(apud ") < 0 && text.indexOf("(ap. ") < 0) {
            return List.of();
        }
        List<int[]> out = new ArrayList<>(1);
        for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
            if (!text.startsWith("apud ", open + 1) && !text.startsWith("ap. ", open + 1)) {
                continue;
            }
            int close = text.indexOf(')', open);
            int nested = text.indexOf('(', open + 1);
            if (close < 0 || nested >= 0 && nested < close) {
                continue;
            }
            int end = close;
            while (end > open && (text.charAt(end - 1) == ',' || Character.isWhitespace(text.charAt(end - 1)))) {
                end--;
            }
            if (end > open + 1) {
                out.add(new int[] {open + 1, end});
            }
        }
        return out;
    }
}

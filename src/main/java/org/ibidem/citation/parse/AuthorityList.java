package org.ibidem.citation.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Authorities listed at the end of a sentence of prose, each after "by": "The doctrine is stated by Orosius,
 * Hist. l. vii. c. 3, by Zosimus, l. ii. c. 29, and by Socrates, Eccles. i. 2." Each item is an author and his
 * work or place; there are two or more, and the list closes the sentence. Finds the items; the parser reads each
 * and keeps the list only if every item reads as a citation.
 *
 * <p>Stateless and thread-safe.
 */
final class AuthorityList {

    private AuthorityList() {
    }

    private static final Pattern NEXT_ITEM = Pattern.compile(",\\s+(?:and\\s+)?by\\s+(?=\\p{Lu})");

    /** The spans of the listed items in {@code raw} (at least two), or an empty list. */
    static List<int[]> items(String raw) {
        if (raw.length() > 2000) {
            return List.of();
        }
        for (int at = raw.indexOf(" by "); at >= 0; at = raw.indexOf(" by ", at + 1)) {
            int start = at + 4;
            if (start >= raw.length() || !Character.isUpperCase(raw.charAt(start))) {
                continue;
            }
            List<int[]> items = new ArrayList<>();
            Matcher m = NEXT_ITEM.matcher(raw).region(start, raw.length());
            int from = start;
            while (m.find()) {
                items.add(new int[] {from, m.start()});
                from = m.end();
            }
            if (items.isEmpty()) {
                return List.of(); // one "by" and no list: prose
            }
            int end = raw.length();
            while (end > from && (raw.charAt(end - 1) == '.' || Character.isWhitespace(raw.charAt(end - 1)))) {
                end--;
            }
            items.add(new int[] {from, end});
            return items;
        }
        return List.of();
    }
}

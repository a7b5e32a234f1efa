package org.ibidem.citation.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** Shared grammar: where a match's named groups matched, for rules that read several names or titles at once. */
final class MatchSpans {

    private MatchSpans() {
    }

    /** The [start, end) of each of the named groups that took part in the match, in the order named. */
    static List<int[]> of(Matcher m, String... groups) {
        List<int[]> out = new ArrayList<>(groups.length);
        for (String g : groups) {
            if (m.group(g) != null) {
                out.add(new int[] {m.start(g), m.end(g)});
            }
        }
        return out;
    }
}

package org.ibidem.citation.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works a note of prose sends the reader to: "The letters will be found in the Hartley Papers", "Summaries will
 * be found in Lowther's Life of Quin, and in Sandys's Annals." Each title after "found in" (and "and in") is a
 * short form of its own. The parser asks only of a note that has cited nothing before the sentence, where the
 * sentence is the note's reference and not a remark on where a work just cited was printed.
 *
 * <p>Stateless and thread-safe.
 */
final class FoundInWorks {

    private FoundInWorks() {
    }

    private static final String WORD = "\\p{Lu}[\\p{L}-]+(?:['’]s)?";
    private static final String TITLE = WORD + "(?:\\s+(?:" + WORD + "|of|on|the|de|[IVXL]{1,5}))*";
    private static final Pattern FOUND_IN = Pattern.compile("\\b(?:be|is|are)\\s+found\\s+in\\s+(?:the\\s+)?(?<a>"
            + TITLE + ")(?:,?\\s+and\\s+in\\s+(?:the\\s+)?(?<b>" + TITLE + "))?\\.?$");

    /** Where the titles the sentence sends the reader to are, as [start, end) pairs; empty when it names none. */
    static List<int[]> titles(String raw) {
        if (raw.length() > 300 || raw.indexOf(" found in ") < 0) {
            return List.of();
        }
        Matcher m = FOUND_IN.matcher(raw);
        if (!m.find()) {
            return List.of();
        }
        return MatchSpans.of(m, "a", "b");
    }
}

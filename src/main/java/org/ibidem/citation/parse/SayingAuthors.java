package org.ibidem.citation.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Authors named in the prose of a note as the sources of what it reports: "Hartley and Lowther say that the
 * fleet sailed at night", "Quin mentions this rumour". A historian cites a writer already in play by his name
 * alone; each name is a short form of its own. Only a sentence that opens with the name(s) and a verb of saying
 * counts, and only where the sentence cites nothing else.
 *
 * <p>Stateless and thread-safe.
 */
final class SayingAuthors {

    private SayingAuthors() {
    }

    private static final String NAME = "\\p{Lu}\\p{Ll}[\\p{L}'’-]+";
    private static final Pattern SAYING = Pattern.compile("^(?<a>" + NAME + ")(?:\\s+and\\s+(?<b>" + NAME + "))?\\s+"
            + "(?:say|says|mention|mentions|relate|relates|state|states|assert|asserts|affirm|affirms|tell us|"
            + "tells us|inform us|informs us|report|reports|add|adds|confirm|confirms)\\b");

    // Words that open a sentence as a name would, and are none.
    private static final WordSet NOT_NAMES = new WordSet(Set.of("he", "she", "it", "they", "this", "that", "these",
            "those", "one", "some", "many", "most", "all", "both", "each", "there", "who", "what", "which", "the",
            "we", "you", "others", "several", "few", "everyone", "nobody", "somebody", "someone", "historians",
            "writers", "authors", "critics", "scholars", "contemporaries", "witnesses", "accounts", "sources",
            "tradition", "rumour", "rumor", "report", "reports", "letters", "papers", "documents", "such", "other",
            "his", "her", "their", "our", "my", "its", "another", "neither", "either", "none", "any"));

    /** Where the names of the authors the sentence reports are, as [start, end) pairs; empty when it names none. */
    static List<int[]> names(String raw) {
        if (raw.length() < 8 || !Character.isUpperCase(raw.charAt(0))) {
            return List.of();
        }
        Matcher m = SAYING.matcher(raw);
        if (!m.lookingAt()) {
            return List.of();
        }
        List<int[]> out = new ArrayList<>();
        for (String g : new String[] {"a", "b"}) {
            if (m.group(g) == null) {
                continue;
            }
            if (NOT_NAMES.contains(raw, m.start(g), m.end(g))) {
                return List.of();
            }
            out.add(new int[] {m.start(g), m.end(g)});
        }
        return out;
    }
}

package org.ibidem.citation.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works sent to by their authors' names in a sentence of prose: "See the catalogues of Quintus and Marcellus.",
 * "Consult the letters of Hartley." An older writer refers the reader to a kind of writing (catalogues, letters,
 * annals…) of one or two named authors, without title or page; each author is a short form of his own. Only a
 * sentence that opens with "See" or "Consult", names a kind of writing from {@link #WRITINGS} and ends after
 * the names counts, so "See the effect of Rome on …" is left to prose.
 *
 * <p>Stateless and thread-safe.
 */
final class WorksOfAuthors {

    private WorksOfAuthors() {
    }

    private static final String NAME = "\\p{Lu}\\p{Ll}[\\p{L}'’-]+";

    // Kinds of writing a reader is sent to by their author alone, singular and plural.
    private static final String WRITINGS = "(?:works?|writings?|letters?|epistles?|catalogues?|catalogs?|annals|"
            + "histor(?:y|ies)|chronicles?|treatises?|dissertations?|memoirs?|commentar(?:y|ies)|lives|"
            + "collections?|remarks|observations)";

    private static final Pattern SENT_TO = Pattern.compile("^(?:See|Consult)\\s+the\\s+(?:\\p{Ll}+\\s+){0,2}?"
            + WRITINGS + "\\s+of\\s+(?<a>" + NAME + ")(?:\\s+and\\s+(?<b>" + NAME + "))?\\s*\\.(?:\\s|$)");

    /** Where the authors' names are, as [start, end) pairs; empty when the sentence is not so written. */
    static List<int[]> names(String raw) {
        if (raw.length() < 12 || !(raw.startsWith("See ") || raw.startsWith("Consult "))) {
            return List.of();
        }
        Matcher m = SENT_TO.matcher(raw);
        if (!m.lookingAt()) {
            return List.of();
        }
        return MatchSpans.of(m, "a", "b");
    }
}

package org.ibidem.citation.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document named by its title, then the collection that prints it under its compiler's name: "Letter from Rome,
 * Lamb's Church History, part viii. book i. art. 1." The reader finds the document in the collection at that
 * place, so the note cites the collection; the document's name only says which piece is meant.
 *
 * <p>Stateless and thread-safe.
 */
final class DocumentInCollection {

    private DocumentInCollection() {
    }

    // The document: a few words in title case (small words allowed), no digits; then the compiler's possessive and
    // a capitalised title word.
    private static final Pattern DOCUMENT_THEN_COLLECTION = Pattern.compile(
            "\\p{Lu}\\p{Ll}+(?:\\s+(?:\\p{Lu}\\p{Ll}+|of|from|to|the|on|in|at|by|and)){1,7},\\s+"
                    + "(?=\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3}['’]s\\s+\\p{Lu}\\p{Ll})");

    /** Where the collection starts in {@code raw}, when it opens with a document so named; else -1. */
    static int start(String raw) {
        if (raw.length() > 200 || raw.indexOf("'s ") < 0 && raw.indexOf("’s ") < 0) {
            return -1;
        }
        Matcher m = DOCUMENT_THEN_COLLECTION.matcher(raw);
        return m.lookingAt() ? m.end() : -1;
    }
}

package org.ibidem.citation;

import java.util.List;
import java.util.Objects;
import org.ibidem.document.Note;

/**
 * A note and the citations found in it, in order. A note of pure commentary has none.
 *
 * <p>Immutable and thread-safe.
 *
 * @param note      the note
 * @param citations its citations, possibly empty
 */
public record ParsedNote(Note note, List<Citation> citations) {

    /** Validates and copies. */
    public ParsedNote {
        Objects.requireNonNull(note, "note");
        citations = List.copyOf(Objects.requireNonNull(citations, "citations"));
    }
}

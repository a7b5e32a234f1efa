package org.ibidem.resolution;

import java.util.List;
import java.util.Objects;
import org.ibidem.document.Note;
import org.jspecify.annotations.NullMarked;

/**
 * A note with its citations resolved.
 *
 * <p>Immutable and thread-safe.
 *
 * @param note      the note
 * @param citations its resolved citations, in order; empty for commentary
 */
@NullMarked
public record ResolvedNote(Note note, List<ResolvedCitation> citations) {

    /** Validates and copies. */
    public ResolvedNote {
        Objects.requireNonNull(note, "note");
        citations = List.copyOf(Objects.requireNonNull(citations, "citations"));
    }
}

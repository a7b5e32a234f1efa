package org.ibidem.resolution;

import java.util.List;
import java.util.Objects;
import org.ibidem.reference.Reference;

/**
 * The result of resolving a document's notes: every note with its resolved citations, and the distinct works
 * they cite, each once, with a unique id, in order of first citation.
 *
 * <p>Immutable and thread-safe.
 *
 * @param notes   the notes, in order
 * @param sources the distinct works, in order of first full citation
 */
public record Resolution(List<ResolvedNote> notes, List<Reference> sources) {

    /** Validates and copies. */
    public Resolution {
        notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
        sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
    }

    /** The source with the given id, or null. */
    public Reference source(String id) {
        for (Reference r : sources) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        return null;
    }
}

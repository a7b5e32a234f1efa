package org.ibidem.resolution;

import java.util.List;
import java.util.Objects;
import org.ibidem.reference.Reference;
import org.jspecify.annotations.NullMarked;

/**
 * The result of resolving the documents of one project (a book's chapters) together: each document's notes,
 * resolved, with source ids that are the project's, and the works of the whole project, each once.
 *
 * <pre>{@code
 * ProjectResolution p = new ProjectResolver().resolve(List.of("ch1.md", "ch2.md"), List.of(parsed1, parsed2));
 * p.documents().get(1).notes();   // chapter 2's notes; a short form of a work given in full in chapter 1
 *                                 // points at that work's id
 * p.sources();                    // every work once, in order of first citation over the chapters
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param documents each document's resolution, in the order given; its sources are the project's works it cites
 * @param sources   the project's distinct works, in order of first citation, each with an id unique in the project
 */
@NullMarked
public record ProjectResolution(List<Resolution> documents, List<Reference> sources) {

    /** Validates and copies. */
    public ProjectResolution {
        documents = List.copyOf(Objects.requireNonNull(documents, "documents"));
        sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
    }
}

package org.ibidem.resolution;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ibidem.reference.Reference;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The result of resolving a document's notes: every note with its resolved citations, and the distinct works
 * they cite, each once, with a unique id, in order of first citation.
 *
 * <pre>{@code
 * Resolution r = new Resolver().resolve(parsedNotes);
 * r.source("shen2016").title();   // "Reviewing and Reconsidering the History of Sino-Soviet Relations"
 * }</pre>
 *
 * <p>Immutable and thread-safe. (A class rather than a record so that it can keep an index of its sources by id:
 * the checks look sources up once per citation.)
 */
@NullMarked
public final class Resolution {

    private final List<ResolvedNote> notes;
    private final List<Reference> sources;
    private final Map<String, Reference> byId;

    /**
     * A resolution.
     *
     * @param notes   the notes, in order
     * @param sources the distinct works, in order of first full citation, each with a unique id
     */
    public Resolution(List<ResolvedNote> notes, List<Reference> sources) {
        this.notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
        this.sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
        Map<String, Reference> index = new HashMap<>();
        for (Reference r : this.sources) {
            if (r.id() != null) {
                index.putIfAbsent(r.id(), r);
            }
        }
        // Not Map.copyOf: its table probes linearly from the string's hash, and ids that differ only in a letter
        // suffix ("hale1990a" … "hale1990fqw", thousands of one author's works of one year) have hashes that
        // crowd together, so its lookups ran through long clusters: 32,000 such ids took 0.4 s to copy and as
        // long to look up, once each (issue 17). A HashMap spreads them; nothing else holds this one.
        this.byId = Collections.unmodifiableMap(index);
    }

    /** The notes, in order. */
    public List<ResolvedNote> notes() {
        return notes;
    }

    /** The distinct works, in order of first full citation. */
    public List<Reference> sources() {
        return sources;
    }

    /** The source with the given id, or null. */
    public @Nullable Reference source(@Nullable String id) {
        return id == null ? null : byId.get(id);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Resolution r && notes.equals(r.notes) && sources.equals(r.sources);
    }

    @Override
    public int hashCode() {
        return Objects.hash(notes, sources);
    }

    @Override
    public String toString() {
        return "Resolution[notes=" + notes.size() + ", sources=" + sources.size() + "]";
    }
}

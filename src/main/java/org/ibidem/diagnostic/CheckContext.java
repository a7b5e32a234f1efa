package org.ibidem.diagnostic;

import java.util.List;
import java.util.Objects;
import org.ibidem.document.Document;
import org.ibidem.document.Note;
import org.ibidem.document.SourcePosition;
import org.ibidem.document.TextSpan;
import org.ibidem.reference.Reference;
import org.ibidem.resolution.Resolution;
import org.ibidem.resolution.ResolvedNote;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link ChainRule} checks: the document as extracted and its notes as resolved.
 *
 * <p>Immutable and thread-safe.
 *
 * @param document   the document
 * @param resolution its resolved notes and sources
 * @param chicagoEdition the edition of the Chicago Manual of Style the check advises for (17 or 18), or 0 for
 *                   none; the one setting of {@link CheckOptions} a rule reads. The context carries the setting,
 *                   not the options, because the options carry the caller's rules: a rule that could reach the
 *                   rules list would make rules and options depend on each other.
 */
@NullMarked
public record CheckContext(Document document, Resolution resolution, int chicagoEdition) {

    /** Validates. */
    public CheckContext {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(resolution, "resolution");
        if (chicagoEdition != 0 && chicagoEdition != 17 && chicagoEdition != 18) {
            throw new IllegalArgumentException("Chicago edition must be 17 or 18, not " + chicagoEdition);
        }
    }

    /** A context that advises for no particular Chicago edition. */
    public CheckContext(Document document, Resolution resolution) {
        this(document, resolution, 0);
    }

    /** The resolved notes, in order. */
    public List<ResolvedNote> notes() {
        return resolution.notes();
    }

    /** The resolved note with the given index (from 1), or null. */
    public @Nullable ResolvedNote note(int index) {
        List<ResolvedNote> notes = resolution.notes();
        return index >= 1 && index <= notes.size() ? notes.get(index - 1) : null;
    }

    /** The source with the given id, or null. */
    public @Nullable Reference source(@Nullable String id) {
        return id == null ? null : resolution.source(id);
    }

    /** The file position of an offset into a note's text. */
    public SourcePosition position(Note note, int textOffset) {
        return document.positionIn(note, textOffset);
    }

    /** The file position where a span of a note's text ends. */
    public @Nullable SourcePosition end(Note note, @Nullable TextSpan span) {
        return span == null ? null : document.positionIn(note, Math.max(span.start(), span.end() - 1));
    }
}

package org.ibidem.rewrite;

import java.util.Map;
import org.ibidem.reference.Reference;
import org.ibidem.style.NoteStyle;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The cites one rewrite has rendered, shared by all its passes: a rewrite renders the document, reads its text
 * back and renders that again, several times, and most cites come back as they were. Each pass gets the cites of
 * its own text ({@link NoteStyle.Cites#revised}), so a cite renders once per work, locator, position and form.
 *
 * <pre>{@code
 * Renders renders = new Renders();
 * NoteStyle.Cites cites = renders.cites(style, firstNotes);   // a pass's cites
 * }</pre>
 *
 * <p>Not thread-safe: one per rewrite.
 */
@NullMarked
final class Renders {

    private NoteStyle.@Nullable Cites last;

    /** The cites of one pass's text, reusing what the earlier passes rendered. */
    NoteStyle.Cites cites(NoteStyle style, Map<Reference, Integer> firstNotes) {
        NoteStyle.Cites cites = last == null ? style.cites(firstNotes) : last.revised(firstNotes);
        last = cites;
        return cites;
    }
}

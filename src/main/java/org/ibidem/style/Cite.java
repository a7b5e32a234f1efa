package org.ibidem.style;

import java.util.Objects;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Reference;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * One work cited in a note, at a place, in a position: what {@link CitationFormatter} renders.
 *
 * <pre>{@code
 * Cite first = new Cite(shen, Locator.page("141"), CitePosition.FIRST);
 * Cite again = new Cite(shen, Locator.page("11-22"), CitePosition.SUBSEQUENT);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param work     the work cited
 * @param locator  the place cited in it, or null
 * @param position where the cite stands among the cites of the same work
 */
@NullMarked
public record Cite(Reference work, @Nullable Locator locator, CitePosition position) {

    /** Requires the work and position. */
    public Cite {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(position, "position");
    }
}

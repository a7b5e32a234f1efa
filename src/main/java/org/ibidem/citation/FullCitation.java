package org.ibidem.citation;

import java.util.Objects;
import java.util.Set;
import org.ibidem.document.TextSpan;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Reference;
import org.jspecify.annotations.Nullable;

/**
 * A work given in full: "Zhihua Shen, <i>Reviewing and Reconsidering …</i> (Beijing: Social Sciences Academic
 * Press, 2016), 141."
 *
 * <pre>{@code
 * FullCitation c = (FullCitation) new NoteParser().parse(text).get(0);
 * c.reference().publisher();   // "Social Sciences Academic Press"
 * c.locator().value();         // "141"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param reference the work, with no id yet (ids are given when sources are collected)
 * @param locator   the place cited, or null
 * @param text      the citation's text
 * @param span      where it stands in the note
 * @param prefix    signal or commentary before it, or null
 * @param suffix    commentary after it, or null
 * @param flags     house-style observations
 */
public record FullCitation(Reference reference, @Nullable Locator locator, String text, TextSpan span,
                           @Nullable String prefix, @Nullable String suffix, Set<StyleFlag> flags) implements Citation {

    /** Validates and copies. */
    public FullCitation {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        flags = Set.copyOf(Objects.requireNonNull(flags, "flags"));
    }

    @Override
    public CitationKind kind() {
        return CitationKind.FULL;
    }
}

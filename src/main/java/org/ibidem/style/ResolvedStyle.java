package org.ibidem.style;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a style name led: the style's id, where it was found and, for a dependent style, the parent whose
 * layout is used.
 *
 * <pre>{@code
 * ResolvedStyle s = new StyleResolver().resolve("chicago");
 * s.id();       // "chicago-notes-bibliography"
 * s.origin();   // Origin.BUNDLED, unless styles/chicago-notes-bibliography.csl exists
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param requested the name as given ("chicago", "apa", "styles/house.csl"); for XML text, "(XML)"
 * @param id        the style id: the bundled id, the file name without ".csl", or for XML text the last part of
 *                  its {@code <info><id>} ("house" for {@code http://example.org/styles/house}), else "custom"
 * @param origin    where the style was found
 * @param file      the style file, or null for a bundled style or XML text
 * @param parentId  for a dependent style, the id of the independent parent that supplies its layout; else null
 */
public record ResolvedStyle(String requested, String id, Origin origin, Path file, String parentId) {

    /** Where a style was found, in the order {@link StyleResolver} looks. */
    public enum Origin {
        /** A {@code <id>.csl} file in the project's styles directory. */
        STYLES_DIRECTORY,
        /** The CSL styles repository bundled with Ibidem (org.citationstyles:styles). */
        BUNDLED,
        /** A {@code .csl} file named by its path. */
        FILE,
        /** The style's XML itself, given as text or read from a stream ({@link StyleResolver#readXml}). */
        TEXT
    }

    /** Requires the name, id and origin, and a file unless the style is bundled. */
    public ResolvedStyle {
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        if ((file == null) != (origin == Origin.BUNDLED || origin == Origin.TEXT)) {
            throw new IllegalArgumentException("A file is given exactly when the style comes from one: " + origin);
        }
    }

    /** Whether this style only links to a parent and borrows its layout. */
    public boolean isDependent() {
        return parentId != null;
    }
}

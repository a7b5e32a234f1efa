package org.ibidem.style;

import de.undercouch.citeproc.CSL;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What styles there are: Ibidem's short aliases and the ids of the bundled CSL styles.
 *
 * <pre>{@code
 * Styles.aliases();                        // {chicago=chicago-notes-bibliography, apa=apa, mla=...}
 * Styles.isBundled("chicago-notes-bibliography");   // true
 * Styles.isAvailable("styles/house.csl");  // true if that file is a usable CSL style
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Styles {

    /**
     * The 18th-edition (2025) Chicago full-note style. The ids changed with that edition: the old
     * {@code chicago-fullnote-bibliography} is gone, and the 17th edition survives as
     * {@code chicago-notes-bibliography-17th-edition}.
     */
    static final String CHICAGO = "chicago-notes-bibliography";

    private static final Map<String, String> ALIASES;

    static {
        Map<String, String> aliases = new LinkedHashMap<>();
        aliases.put("chicago", CHICAGO);
        aliases.put("apa", "apa");
        aliases.put("mla", "modern-language-association");
        ALIASES = Collections.unmodifiableMap(aliases);
    }

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private Styles() {
    }

    /** The aliases and the style ids they stand for, in a stable order (chicago, apa, mla). */
    public static Map<String, String> aliases() {
        return ALIASES;
    }

    /**
     * Whether a style with this id is in the bundled CSL repository, as an independent or a dependent style.
     *
     * @param id a style id such as "apa"; aliases are not ids
     */
    public static boolean isBundled(String id) {
        Objects.requireNonNull(id, "id");
        // Only plain ids reach the classpath lookup, so "../x" or "de/undercouch/..." cannot match other resources.
        return ID.matcher(id).matches() && (CSL.supportsStyle(id) || CSL.supportsStyle("dependent/" + id));
    }

    /**
     * Whether the name resolves to a usable style with a {@link StyleResolver} for {@code ./styles}.
     *
     * @param name an alias, a style id or a path to a .csl file
     */
    public static boolean isAvailable(String name) {
        return isAvailable(name, new StyleResolver());
    }

    /** Whether the name resolves to a usable style with the given resolver. */
    public static boolean isAvailable(String name, StyleResolver resolver) {
        try {
            resolver.resolve(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The ids of all bundled styles, independent and dependent, sorted. Reads the whole styles jar: call it to
     * list styles, not to check one ({@link #isBundled} does that cheaply).
     *
     * @throws UncheckedIOException if the styles jar cannot be read
     */
    public static SortedSet<String> bundledIds() {
        try {
            SortedSet<String> ids = new TreeSet<>();
            for (String name : CSL.getSupportedStyles()) {
                ids.add(name.startsWith("dependent/") ? name.substring("dependent/".length()) : name);
            }
            return Collections.unmodifiableSortedSet(ids);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the bundled CSL styles", e);
        }
    }
}

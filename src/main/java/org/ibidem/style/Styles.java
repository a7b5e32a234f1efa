package org.ibidem.style;

import de.undercouch.citeproc.CSL;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What styles there are: Ibidem's short aliases and the ids of the bundled CSL styles. Whether a name or a
 * text is a usable style is {@link StyleResolver}'s to say ({@code isAvailable}, {@code readXml}), which reads
 * this catalogue; the catalogue knows nothing of the resolver.
 *
 * <pre>{@code
 * Styles.aliases();                        // {chicago=chicago-notes-bibliography, apa=apa, mla=...}
 * Styles.isBundled("chicago-notes-bibliography");   // true
 * Styles.search("oscola");                 // oscola, oscola-no-ibid, ... with their titles
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

    /**
     * Ids the CSL styles repository renamed, which older guides (and Ibidem's own issue list) still use. Kept
     * short on purpose: only names people type, each checked against the bundled styles by a test.
     */
    private static final Map<String, String> RENAMED = Map.of(
            // NLM's "Citing Medicine" is Vancouver; the repository now names it by its citation order.
            "vancouver", "nlm-citation-sequence",
            // MHRA 4th edition, notes and bibliography ("Modern Humanities Research Association (notes)").
            "modern-humanities-research-association", "mhra-notes");

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private Styles() {
    }

    /** The aliases and the style ids they stand for, in a stable order (chicago, apa, mla). */
    public static Map<String, String> aliases() {
        return ALIASES;
    }

    /**
     * Former ids of bundled styles and the ids they go by now ({@code vancouver} is {@code nlm-citation-sequence},
     * {@code modern-humanities-research-association} is {@code mhra-notes}). A style resolver takes a former id when no
     * style has it any more; {@link #isBundled} does not.
     */
    public static Map<String, String> renamed() {
        return RENAMED;
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
     * Every bundled style, independent and dependent, with its titles, sorted by id. The first call reads the
     * head of each of the ~10,800 style files (about a second); later calls reuse what it read.
     *
     * @throws UncheckedIOException if the styles jar cannot be read
     */
    public static List<BundledStyle> bundled() {
        return BundledStyles.all();
    }

    /**
     * The bundled styles whose id, title or short title contains the word, ignoring case (see
     * {@link BundledStyle#matches}), sorted by id; every bundled style for a blank word.
     *
     * <pre>{@code
     * Styles.search("vancouver");       // vancouver, sage-vancouver, elsevier-vancouver, ...
     * Styles.search("Cite Them Right"); // harvard-cite-them-right, harvard-cite-them-right-10th-edition, ...
     * }</pre>
     *
     * @throws UncheckedIOException if the styles jar cannot be read
     */
    public static List<BundledStyle> search(String word) {
        Objects.requireNonNull(word, "word");
        return bundled().stream().filter(s -> s.matches(word)).toList();
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

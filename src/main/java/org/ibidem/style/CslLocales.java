package org.ibidem.style;

import de.undercouch.citeproc.CSL;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The CSL locales bundled with Ibidem ({@code org.citationstyles:locales}): the languages a bibliography can be
 * formatted in, whatever the style's own default.
 *
 * <pre>{@code
 * CslLocales.bundled();            // [af-ZA, ar, bal-PK, ..., de-AT, de-CH, de-DE, ..., zh-TW]
 * CslLocales.require("de-de");     // "de-DE"
 * CslLocales.require("klingon");   // IllegalArgumentException: Unknown locale 'klingon'. Bundled locales: ...
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
@NullMarked
public final class CslLocales {

    private CslLocales() {
    }

    /**
     * The tags of the bundled locales ({@code de-DE}, {@code en-GB}, {@code fr-FR}…), sorted.
     *
     * @throws UncheckedIOException if the locales jar cannot be read
     */
    public static SortedSet<String> bundled() {
        SortedSet<String> tags = bundled;
        if (tags == null) {
            // Read once (it walks the locales jar); racing threads read the same set, and a failed read surfaces
            // as the UncheckedIOException it is and is tried again next time.
            try {
                tags = Collections.unmodifiableSortedSet(new TreeSet<>(CSL.getSupportedLocales()));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list the bundled CSL locales", e);
            }
            bundled = tags;
        }
        return tags;
    }

    /** The tags, once read. */
    private static volatile @Nullable SortedSet<String> bundled;

    /**
     * The bundled locale a tag names, spelled as the locale file is ({@code de-de} gives {@code de-DE}).
     *
     * @param tag a locale tag such as "de-DE"; case and {@code _} for {@code -} do not matter
     * @return the tag of the bundled locale
     * @throws IllegalArgumentException if no bundled locale has that tag; the message lists those there are
     */
    public static String require(String tag) {
        Objects.requireNonNull(tag, "tag");
        String wanted = tag.strip().replace('_', '-');
        for (String known : bundled()) {
            if (known.equalsIgnoreCase(wanted)) {
                return known;
            }
        }
        String language = wanted.contains("-") ? wanted.substring(0, wanted.indexOf('-')) : wanted;
        StringBuilder near = new StringBuilder();
        for (String known : bundled()) {
            if (!language.isEmpty() && known.toLowerCase(Locale.ROOT).startsWith(language.toLowerCase(Locale.ROOT) + "-")) {
                near.append(near.length() == 0 ? "" : ", ").append(known);
            }
        }
        throw new IllegalArgumentException("Unknown locale '" + tag + "'. "
                + (near.length() > 0 ? "Did you mean " + near + "? " : "")
                + "Bundled locales: " + String.join(", ", bundled()) + ".");
    }
}

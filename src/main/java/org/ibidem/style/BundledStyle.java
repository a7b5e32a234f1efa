package org.ibidem.style;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * One style of the bundled CSL repository ({@code org.citationstyles:styles}): its id and the titles its
 * {@code <info>} gives.
 *
 * <pre>{@code
 * for (BundledStyle s : Styles.search("harvard")) {
 *     System.out.println(s.id() + "\t" + s.title());   // harvard-cite-them-right, then a tab and its title
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id         the style id, which {@code --style} and {@link StyleResolver} take ("ieee")
 * @param title      the style's title ("IEEE Reference Guide version 11.29.2023"); the id when the style has none
 * @param shortTitle the style's short title, if it has one ("Modern Humanities Research Association (notes)")
 * @param dependent  whether the style only links to an independent parent whose layout it borrows
 */
@NullMarked
public record BundledStyle(String id, String title, @Nullable String shortTitle, boolean dependent) {

    /** Requires the id and title. */
    public BundledStyle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }

    /**
     * Whether the word occurs in the id, the title or the short title, ignoring case. A word of several parts
     * ("modern-humanities-research-association", "Cite Them Right") also matches when only the separators
     * differ: letters and digits are compared, the rest counts as one space.
     *
     * @param word what to look for; blank matches every style
     */
    public boolean matches(String word) {
        String wanted = Objects.requireNonNull(word, "word").strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return true;
        }
        if (contains(id, wanted) || contains(title, wanted) || (shortTitle != null && contains(shortTitle, wanted))) {
            return true;
        }
        String loose = words(wanted);
        return !loose.isBlank() && (words(id).contains(loose) || words(title).contains(loose)
                || (shortTitle != null && words(shortTitle).contains(loose)));
    }

    private static boolean contains(String text, String lowerCaseWord) {
        return text.toLowerCase(Locale.ROOT).contains(lowerCaseWord);
    }

    /** The text in lower case with every run of other characters than letters and digits as one space. */
    private static String words(String text) {
        return " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
    }
}

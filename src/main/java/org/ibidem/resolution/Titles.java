package org.ibidem.resolution;

/**
 * Title comparison for the checks, the way the resolver matches short titles (see {@code TitleMatch}).
 *
 * <pre>{@code
 * Titles.spelledDifferently("The Sino-Soviet Split", "The Sino-Sovet Split");   // true
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Titles {

    private Titles() {
    }

    /** Whether two titles are the same title spelled differently (a typo), not the same nor two titles. */
    public static boolean spelledDifferently(String a, String b) {
        return TitleMatch.compare(a, b) == TitleMatch.Level.APPROXIMATE;
    }
}

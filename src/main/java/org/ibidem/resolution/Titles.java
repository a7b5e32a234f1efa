package org.ibidem.resolution;

/**
 * Title comparison for the checks, the way the resolver matches short titles (see {@code TitleMatch}).
 *
 * <pre>{@code
 * Titles.spelledDifferently("The Sino-Soviet Split", "The Sino-Sovet Split");   // true
 *
 * Titles.Prepared first = Titles.prepare("The Sino-Soviet Split");            // folded once,
 * Titles.spelledDifferently(first, Titles.prepare("The Sino-Sovet Split"));   // compared many times
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

    /**
     * A title folded once (case, accents, punctuation, a leading article) for many comparisons: a check that
     * compares each new title with an author's earlier ones folded both titles at every comparison.
     */
    public static Prepared prepare(String title) {
        return new Prepared(title == null ? null : TitleMatch.Folded.of(title));
    }

    /** {@link #spelledDifferently(String, String)} on prepared titles. */
    public static boolean spelledDifferently(Prepared a, Prepared b) {
        if (a.folded == null || b.folded == null) {
            return false;
        }
        return TitleMatch.compareExact(a.folded, b.folded) == TitleMatch.Level.NONE
                && TitleMatch.compareApproximate(a.folded, b.folded) == TitleMatch.Level.APPROXIMATE;
    }

    /** A title ready for {@link #spelledDifferently(Prepared, Prepared)}. Immutable. */
    public static final class Prepared {
        private final TitleMatch.Folded folded;

        private Prepared(TitleMatch.Folded folded) {
            this.folded = folded;
        }
    }
}

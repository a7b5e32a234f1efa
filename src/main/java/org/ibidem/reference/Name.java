package org.ibidem.reference;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A personal or corporate name, in the parts CSL knows.
 *
 * <p>A personal name has a {@code family} part and usually a {@code given} part; particles such as "de" or
 * "van der" sit in {@code particle} and suffixes such as "Jr." in {@code suffix}. A corporate name ("Editorial
 * Departments of Renmin Ribao and Hongqi") is kept whole in {@code literal} and never split.
 *
 * <pre>{@code
 * Name shen = Name.of("Shen", "Zhihua");
 * Name board = Name.literal("People's Press Editorial");
 * shen.displayName();   // "Zhihua Shen"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param family   family name, or null for a literal name
 * @param given    given names or initials, or null
 * @param particle non-dropping particle ("de", "van der"), or null
 * @param suffix   suffix ("Jr.", "III"), or null
 * @param literal  a name that must not be split (corporate authors), or null for a personal name
 */
public record Name(@Nullable String family, @Nullable String given, @Nullable String particle,
        @Nullable String suffix, @Nullable String literal) {

    /** Validates that the name is either personal (with a family part) or literal, and never empty. */
    public Name {
        family = blankToNull(family);
        given = blankToNull(given);
        particle = blankToNull(particle);
        suffix = blankToNull(suffix);
        literal = blankToNull(literal);
        if (literal == null && family == null) {
            throw new IllegalArgumentException("A name needs a family part or a literal");
        }
        if (literal != null && family != null) {
            throw new IllegalArgumentException("A name is either literal or personal, not both: " + literal);
        }
    }

    /** A personal name from its family and given parts. */
    public static Name of(String family, @Nullable String given) {
        return new Name(family, given, null, null, null);
    }

    /** A name kept whole, such as a corporate author. */
    public static Name literal(String literal) {
        return new Name(null, null, null, null, Objects.requireNonNull(literal, "literal"));
    }

    /**
     * The names a note left out with "et al.": the last name of a list, as BibTeX writes "and others" (and pandoc
     * reads a last literal name "others"). {@link CslJson} writes it apart from the names, in the item's
     * {@code custom} object.
     */
    public static Name others() {
        return OTHERS;
    }

    private static final Name OTHERS = new Name(null, null, null, null, "others");

    /** Whether this stands for the names left out with "et al." ({@link #others()}). */
    public boolean isOthers() {
        return "others".equals(literal);
    }

    /** Whether this is a literal (corporate or unsplittable) name. */
    public boolean isLiteral() {
        return literal != null;
    }

    /** The name as it reads in running text: "Zhihua Shen", "Ludwig van Beethoven", "Martin Luther King Jr.". */
    public String displayName() {
        if (literal != null) {
            return literal;
        }
        StringBuilder out = new StringBuilder();
        append(out, given);
        append(out, particle);
        append(out, family);
        if (suffix != null) {
            out.append(out.length() > 0 ? " " : "").append(suffix);
        }
        return out.toString();
    }

    /** The family name with its particle ("van der Berg"), or the literal; what a short form repeats. */
    public String surname() {
        if (literal != null) {
            return literal;
        }
        return particle == null ? family : particle + " " + family;
    }

    private static void append(StringBuilder out, @Nullable String part) {
        if (part != null) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(part);
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip(); // one pass: a blank text strips to nothing
        return t.isEmpty() ? null : t;
    }
}

package org.ibidem.citation;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which personal names in notes are written family name first. Notes write names given name first ("Zhihua
 * Shen"), but romanized Chinese, Japanese and Korean names are often written in their own order ("Chen Jian",
 * family name Chen). The parser reads a name given name first unless told otherwise (for the whole document, or
 * for a list of names as written), except a Chinese, Korean or Vietnamese name whose shape leaves little doubt
 * ("Chen Jian", "Kim Il-sung": see {@code EastAsianNames}); a list of names as written turns that guess off for
 * them ("Jung Chang" is the Western order of a writer's name).
 *
 * <pre>{@code
 * NameOrder order = NameOrder.familyFirst(Set.of("Chen Jian", "Wu Lengxi"));
 * order.isFamilyFirst("Chen Jian");   // true
 * order.isFamilyFirst("Zhihua Shen"); // false
 * NameOrder.givenFirst(Set.of("Ma Jun")).isGivenFirst("Ma Jun"); // true: never read family name first
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param allFamilyFirst every personal name is family name first
 * @param names          names, as written in the notes, that are family name first (compared folded: case,
 *                       accents and punctuation do not matter)
 * @param givenFirstNames names, as written, that are given name first even where their shape suggests
 *                       otherwise (compared folded)
 */
public record NameOrder(boolean allFamilyFirst, Set<String> names, Set<String> givenFirstNames) {

    /** Every name given name first, as Chicago notes write them. */
    public static final NameOrder GIVEN_FIRST = new NameOrder(false, Set.of(), Set.of());

    /** Every name family name first. */
    public static final NameOrder FAMILY_FIRST = new NameOrder(true, Set.of(), Set.of());

    /** Folds and copies the names. */
    public NameOrder {
        names = folded(Objects.requireNonNull(names, "names"));
        givenFirstNames = folded(Objects.requireNonNull(givenFirstNames, "givenFirstNames"));
    }

    /** Every name in the given order, or the listed ones family name first; none forced given name first. */
    public NameOrder(boolean allFamilyFirst, Set<String> names) {
        this(allFamilyFirst, names, Set.of());
    }

    private static Set<String> folded(Set<String> names) {
        Set<String> folded = new HashSet<>();
        for (String n : names) {
            folded.add(Folding.fold(n));
        }
        return Set.copyOf(folded);
    }

    /** Given name first, except the listed names. */
    public static NameOrder familyFirst(Set<String> names) {
        return new NameOrder(false, names);
    }

    /** Given name first, the listed names too, whatever their shape. */
    public static NameOrder givenFirst(Set<String> names) {
        return new NameOrder(false, Set.of(), names);
    }

    /** Whether the name, as written, is family name first. */
    public boolean isFamilyFirst(String written) {
        return allFamilyFirst || (!names.isEmpty() && names.contains(Folding.fold(written)));
    }

    /** Whether the name, as written, is listed as given name first: no guess from its shape may reorder it. */
    public boolean isGivenFirst(String written) {
        return !givenFirstNames.isEmpty() && givenFirstNames.contains(Folding.fold(written));
    }
}

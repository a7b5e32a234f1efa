package org.ibidem.citation;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which personal names in notes are written family name first. Notes write names given name first ("Zhihua
 * Shen"), but romanized Chinese, Japanese and Korean names are often written in their own order ("Chen Jian",
 * family name Chen), and nothing in the letters tells the two apart. So the parser reads every name given name
 * first unless told otherwise: for the whole document, or for a list of names as written.
 *
 * <pre>{@code
 * NameOrder order = NameOrder.familyFirst(Set.of("Chen Jian", "Wu Lengxi"));
 * order.isFamilyFirst("Chen Jian");   // true
 * order.isFamilyFirst("Zhihua Shen"); // false
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param allFamilyFirst every personal name is family name first
 * @param names          names, as written in the notes, that are family name first (compared folded: case,
 *                       accents and punctuation do not matter)
 */
public record NameOrder(boolean allFamilyFirst, Set<String> names) {

    /** Every name given name first, as Chicago notes write them. */
    public static final NameOrder GIVEN_FIRST = new NameOrder(false, Set.of());

    /** Every name family name first. */
    public static final NameOrder FAMILY_FIRST = new NameOrder(true, Set.of());

    /** Folds and copies the names. */
    public NameOrder {
        Set<String> folded = new HashSet<>();
        for (String n : Objects.requireNonNull(names, "names")) {
            folded.add(Names.fold(n));
        }
        names = Set.copyOf(folded);
    }

    /** Given name first, except the listed names. */
    public static NameOrder familyFirst(Set<String> names) {
        return new NameOrder(false, names);
    }

    /** Whether the name, as written, is family name first. */
    public boolean isFamilyFirst(String written) {
        return allFamilyFirst || (!names.isEmpty() && names.contains(Names.fold(written)));
    }
}

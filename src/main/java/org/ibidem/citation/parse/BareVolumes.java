package org.ibidem.citation.parse;

import java.util.Set;
import java.util.regex.Pattern;
import org.ibidem.reference.Locator;

/**
 * A multi-volume work's volume written as a bare Roman numeral between the author and the place: "Burnet, i,
 * 606", "Hale, II, 141", "Hale, I, books 1-3", "Hale, ii, chap. 4". Older notes write it so in lower case or in
 * capitals; before a page or a division of the work it is the volume, never a title.
 *
 * <p>Stateless and thread-safe.
 */
final class BareVolumes {

    private BareVolumes() {
    }

    // Capitals without L, C, D and M: "Smith, L, 12" and "Jones, C, 4" are more likely initials than volumes.
    private static final Pattern NUMERAL = Pattern.compile("[ivxl]{1,6}\\.?|[IVX]{1,6}");
    private static final Set<String> LABELS = Set.of("page", "book", "chapter", "part", "section");

    /** Whether {@code field}, just before a locator so labelled, is the volume of the work cited. */
    static boolean isVolumeBefore(Field field, Locator locator) {
        return locator != null && LABELS.contains(locator.label()) && field.isPlain()
                && PatternChecks.matches(NUMERAL, field.text());
    }
}

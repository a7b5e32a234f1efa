package org.ibidem.citation.parse;

import java.util.regex.Pattern;
import org.ibidem.reference.Locator;

/**
 * The leaves of a manuscript or an early printed book, as the notes of historians cite them: folios with their
 * side ("fol. 28r-29v", "fols. 87r-v", "ff. 12v-13r"), and the signatures of a book printed before page numbers
 * were usual ("sig. A.3v", "sigs. B2r-C1v").
 *
 * <p>A folio range names the side at both ends, or leaves the second folio to be understood ("87r-v": the recto
 * and verso of folio 87). Kept as written, labelled "folio" (CSL has no term for a signature, a folio of a
 * gathering). Stateless and thread-safe.
 */
final class LeafLocators {

    private static final String LEAF = "\\d{1,4}[rv]?";
    private static final String LEAF_RANGE = LEAF + "(?:\\s*[-\u2013]+\\s*(?:\\d{1,4}[rv]?|[rv]))?";
    private static final Pattern FOLIOS = Pattern.compile(
            "^(?:fols?|ff?|folios?)\\.?\\s*" + LEAF_RANGE + "(?:\\s*(?:,|and|&)\\s*" + LEAF_RANGE + ")*$",
            Pattern.CASE_INSENSITIVE);
    // A signature: a gathering's letter (doubled or tripled after the alphabet runs out), the leaf in it, the side.
    private static final String SIGNATURE = "[A-Z]{1,3}\\.?\\s?\\d{0,2}[rv]?";
    private static final Pattern SIGNATURES = Pattern.compile(
            "^[Ss]igs?\\.?\\s*" + SIGNATURE + "(?:\\s*[-\u2013]+\\s*" + SIGNATURE + ")?$");

    private LeafLocators() {
    }

    /** The folio or signature the whole text states, or null. */
    static Locator parse(String s) {
        if (s.length() < 5) {
            return null;
        }
        char first = s.charAt(0);
        if (first != 'f' && first != 'F' && first != 's' && first != 'S') {
            return null;
        }
        if (first == 'f' || first == 'F') {
            return endsWithSide(s) && PatternChecks.matches(FOLIOS, s) ? new Locator("folio", s) : null;
        }
        return PatternChecks.matches(SIGNATURES, s) ? new Locator("folio", s) : null;
    }

    /** Whether a side ("r", "v") or a digit closes the text: a cheap test before the pattern. */
    private static boolean endsWithSide(String s) {
        char last = s.charAt(s.length() - 1);
        return last == 'r' || last == 'v' || (last >= '0' && last <= '9');
    }
}

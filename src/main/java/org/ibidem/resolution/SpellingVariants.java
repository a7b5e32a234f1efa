package org.ibidem.resolution;

import org.ibidem.citation.Names;
import org.ibidem.reference.Name;
import org.ibidem.reference.Reference;

/**
 * Names spelt two ways in one document, as older printing and older writers do ("Clark" and "Clarke",
 * "Higgins" and "Higgons"): a short form whose author is spelt one letter apart from the author of a work with
 * the same title means that work. Asked only once the title has matched, so two writers whose names are alike
 * are still told apart by their titles.
 *
 * <p>Stateless and thread-safe.
 */
final class SpellingVariants {

    private SpellingVariants() {
    }

    /** The shortest family name compared: shorter names one letter apart are different names ("Hay", "Ray"). */
    private static final int MIN_LENGTH = 4;

    /** Whether an author of {@code r} has the family name of {@code written}, spelt one letter apart. */
    static boolean spelledAlike(Name written, Reference r) {
        if (written.isLiteral() || written.family() == null) {
            return false;
        }
        String a = Names.fold(written.family());
        for (Name n : r.creators()) {
            if (!n.isLiteral() && n.family() != null && oneApart(a, Names.fold(n.family()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the name is one word of letters ("Manifesto—I" is a numbered title read as a name, no name). */
    private static boolean isWord(String s) {
        return s.chars().allMatch(Character::isLetter);
    }

    /** Whether two names of the same first letter differ by one letter added, dropped or changed. */
    static boolean oneApart(String a, String b) {
        if (a.length() < MIN_LENGTH || b.length() < MIN_LENGTH || a.equals(b) || a.charAt(0) != b.charAt(0)
                || Math.abs(a.length() - b.length()) > 1 || !isWord(a) || !isWord(b)) {
            return false;
        }
        String longer = a.length() >= b.length() ? a : b;
        String shorter = longer == a ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        // Past the first difference the rest agrees: after the changed letter, or after the added one.
        return longer.length() == shorter.length() ? longer.substring(i + 1).equals(shorter.substring(i + 1))
                : longer.substring(i + 1).equals(shorter.substring(i));
    }
}

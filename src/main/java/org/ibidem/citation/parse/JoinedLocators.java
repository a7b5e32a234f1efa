package org.ibidem.citation.parse;

import java.util.function.Function;
import org.ibidem.reference.Locator;

/**
 * A page and a further place on it or beside it, cited together: "p. 492 note" (the unnumbered footnote on page
 * 492, as older notes write it), "p. 472 and appendix 7", "p. 31 and n. 4" (a page and a division of another
 * kind, which a list of pages cannot hold).
 *
 * <p>Labelled by the first place, its value kept as written less "p."/"pp.". Stateless and thread-safe.
 */
final class JoinedLocators {

    private static final String AND = " and ";

    private JoinedLocators() {
    }

    /**
     * The page and the further place the whole text states, or null; {@code part} reads each part (the caller's
     * whole locator grammar, passed in so that this class stays below it).
     */
    static Locator parse(String s, Function<String, Locator> part) {
        if (s.length() < 7) {
            return null;
        }
        if (endsWithWord(s, " note") || endsWithWord(s, ", note")) {
            // "p. 492 note": the note on that page.
            int cut = s.length() - (endsWithWord(s, ", note") ? 6 : 5);
            Locator page = part.apply(s.substring(0, cut));
            return isPage(page) && !page.isList() ? Locator.page(page.value() + s.substring(cut)) : null;
        }
        int and = s.lastIndexOf(AND);
        if (and <= 0) {
            return null;
        }
        Locator head = part.apply(s.substring(0, and));
        if (!isPage(head)) {
            return null;
        }
        Locator tail = part.apply(s.substring(and + AND.length()));
        // Two of a kind are a list, which the locator patterns read; only a place of another kind joins here.
        return tail != null && !tail.label().equals("page") ? Locator.page(head.value() + s.substring(and)) : null;
    }

    private static boolean isPage(Locator l) {
        return l != null && l.label().equals("page");
    }

    private static boolean endsWithWord(String s, String word) {
        return s.regionMatches(true, s.length() - word.length(), word, 0, word.length());
    }
}

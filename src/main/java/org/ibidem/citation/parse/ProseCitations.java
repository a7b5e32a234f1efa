package org.ibidem.citation.parse;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.citation.Names;

/**
 * Where a citation stands inside a note's prose, as older notes put it: the sentence that closes a quotation
 * ("… hostile odium. Tacit. Hist. v. 4."), or a name in a sentence with its reference in parentheses after it
 * ("Dr. Hartley (Annals, l. ii. c. 7) has discussed …"). Finds the text to read; the parser reads it.
 *
 * <p>Stateless and thread-safe.
 */
final class ProseCitations {

    private ProseCitations() {
    }

    /** A closing sentence of prose is read as a citation when it is this short (in words). */
    private static final int CLOSING_CITATION_WORDS = 12;

    /**
     * Where the closing sentence of a segment of prose opens, if it may be a citation: after a period that ends a
     * word in lower case (not after an abbreviated name or title, "Dr.", "Hist."), at a capital, with at most
     * {@link #CLOSING_CITATION_WORDS} words after it. The earliest such sentence, or 0.
     */
    static int closingCitationStart(String raw) {
        int words = 0;
        int found = 0;
        for (int i = raw.length() - 1; i > 1 && words <= CLOSING_CITATION_WORDS; i--) {
            char c = raw.charAt(i);
            if (!Character.isWhitespace(c)) {
                continue;
            }
            words++;
            if (raw.charAt(i - 1) == '.' && i + 1 < raw.length() && Character.isUpperCase(raw.charAt(i + 1))
                    && words <= CLOSING_CITATION_WORDS && endsLowerCaseWord(raw, i - 1)) {
                found = i + 1;
            }
        }
        return found;
    }

    // Abbreviations in lower case after which a period ends no sentence ("trans. John Smith").
    private static final WordSet ABBREVIATIONS = new WordSet(Set.of("ed", "eds", "trans", "vol", "vols",
            "pp", "cf", "ch", "chap", "cit", "loc", "op", "viz", "sc", "etc", "comp", "repr", "esp", "ibid", "al"));

    /**
     * Whether the word before the period at {@code period} is of two or more letters, all in lower case, and no
     * abbreviation.
     */
    private static boolean endsLowerCaseWord(String raw, int period) {
        int j = period - 1;
        while (j >= 0 && Character.isLetter(raw.charAt(j))) {
            if (!Character.isLowerCase(raw.charAt(j))) {
                return false;
            }
            j--;
        }
        return period - 1 - j >= 2 && !ABBREVIATIONS.contains(raw, j + 1, period);
    }

    // A name of one or two capitalised words, then a reference in parentheses (bounded, no nesting).
    private static final Pattern NAME_THEN_REFERENCE = Pattern.compile(
            "(?<![\\p{L}])(\\p{Lu}[\\p{L}’'-]{1,30}(?: \\p{Lu}[\\p{L}’'-]{1,30})?) \\(([^()]{1,100})\\)");

    /** A name and its reference, rewritten as a short form ("Hartley, Annals, l. ii. c. 7"), from {@code start}. */
    record Named(int start, String text) {
    }

    /**
     * The first "Name (reference)" of the segment whose name looks like a person's, rewritten as "Name, reference"
     * in the same positions (the parenthesis becomes a comma, so spans stay true); null when there is none. The
     * parser reads it as a short form and keeps it only if it says where (a locator).
     */
    static Named namedWithReference(String raw) {
        Matcher m = NAME_THEN_REFERENCE.matcher(raw);
        while (m.find()) {
            // A name in capitals is a periodical in the Bluebook's small capitals ("NEW YORKER (Jan. 14, 2019)"),
            // and a date or year alone in the parentheses is when the work appeared, not where it is cited.
            // "(New York: Liveright, 1993)" is the facts of a work named before the name, not a reference.
            if (!hasLowerCase(m.group(1)) || !Names.looksLikeNames(m.group(1)) || Dates.parse(m.group(2)) != null
                    || Dates.isDayOfWriting(m.group(2)) || m.group(2).contains(": ")) {
                continue;
            }
            StringBuilder out = new StringBuilder(raw.substring(m.start(1), m.end(2)));
            int paren = m.end(1) + 1 - m.start(1);
            out.setCharAt(paren - 1, ',');
            out.setCharAt(paren, ' ');
            return new Named(m.start(1), out.toString());
        }
        return null;
    }

    private static boolean hasLowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}

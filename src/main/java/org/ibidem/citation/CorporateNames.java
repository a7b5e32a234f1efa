package org.ibidem.citation;

import java.util.Set;
import java.util.regex.Pattern;
import org.ibidem.citation.parse.PatternChecks;
import org.ibidem.citation.parse.WordSet;

/**
 * Corporate names: what makes a name a body's rather than a person's ("Editorial Departments of …", "Wilson
 * Center"), the bodies named from the top down ("U.S. Congress, Senate"), and the period of a sentence that a
 * corporate name closes. {@link Names} asks it; it holds no state.
 *
 * <p>Stateless and thread-safe.
 */
final class CorporateNames {

    private CorporateNames() {
    }

    // Words that make a name a body's, not a person's ("Editorial Departments of …", "Wilson Center"). Looked up
    // word by word: an alternation of sixty words, matched case-insensitively at every word, was a sixth of the
    // parser's time.
    private static final Set<String> CORPORATE_WORDS = Set.of("press", "editorial", "editors", "department",
            "departments", "committee", "office", "ministry", "council", "association", "society", "university",
            "institute", "institution", "center", "centre", "agency", "bureau", "commission", "party", "board",
            "government", "organization", "organisation", "foundation", "company", "corporation", "inc", "ltd",
            "group", "staff", "news", "service", "library", "museum", "archive", "archives", "congress",
            "parliament", "senate", "house", "court", "school", "college", "club", "union", "league", "bank",
            "trust", "fund", "network", "team", "project", "consortium", "nations", "general", "federal",
            "national", "international", "unesco", "openai", "panel", "forum", "authority", "administration",
            "assembly", "alliance", "federation", "secretariat", "directorate", "programme", "laboratory",
            "intergovernmental", "online", "proceedings", "database", "initiative");
    private static final WordSet CORPORATE = new WordSet(CORPORATE_WORDS);

    // The bodies inside a government or an international organisation, named after it with a comma:
    // "U.S. Congress, Senate, Committee on Foreign Relations"; "United Nations, General Assembly".
    private static final Pattern BODY = Pattern.compile(
            "^(?:senate|house|house of (?:representatives|commons|lords)|general assembly|security council|cabinet|"
                    + "parliament|congress|politburo|presidium|central committee|foreign office|state department|"
                    + "war department|navy department|treasury|executive office|secretariat|white house)$",
            Pattern.CASE_INSENSITIVE);
    // A government or organisation that such bodies belong to.
    private static final Pattern GOVERNMENT = Pattern.compile(
            "^(?:u\\.\\s?s\\.|united states|united kingdom|great britain|united nations|european union|"
                    + "european communities|soviet union|ussr|[A-Z][a-z]+ (?:state|county|city))\\b.*",
            Pattern.CASE_INSENSITIVE);

    /**
     * Whether {@code next}, after the corporate name {@code previous}, is a part of the same body: "Senate" after
     * "U.S. Congress", "Committee on Foreign Relations" after "Senate".
     */
    static boolean continuesCorporate(String previous, String next) {
        String p = previous.strip();
        String n = next.strip();
        boolean parent = isCorporate(p) || PatternChecks.matches(BODY, p) || PatternChecks.matches(GOVERNMENT, p);
        return parent && (PatternChecks.matches(BODY, n) || isCorporate(n));
    }

    static boolean isCorporate(String text) {
        if (text.indexOf(':') >= 0) {
            return false; // the quickest of the tests, and a title's colon fails most titles asked
        }
        String t = text.strip();
        int words = countWords(t);
        if (words < 2 || words > 10 || !WordStarts.startsUpper(t)) {
            return false;
        }
        return hasCorporateWord(text);
    }

    /** The number of whitespace-separated words, as {@code WHITESPACE.split(text).length} counts them. */
    private static int countWords(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = PatternChecks.isSpace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** Whether a word of the text (letters, digits and '_', as a regular expression's \\b sees words) is one. */
    private static boolean hasCorporateWord(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isWordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && isWordChar(text.charAt(i))) {
                i++;
            }
            if (i - start >= 2 && CORPORATE.contains(text, start, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /**
     * A corporate name without the period of the sentence it closed: "Oxford University Press." in a
     * bibliography-style note is "Oxford University Press". An abbreviation keeps its period ("Acme Ltd.",
     * "Smith Bros.", "U.S.").
     */
    static String withoutClosingPeriod(String name) {
        int n = name.length();
        if (n < 2 || name.charAt(n - 1) != '.') {
            return name;
        }
        int space = name.lastIndexOf(' ');
        String last = name.substring(space + 1, n - 1);
        boolean word = last.length() >= 5 && last.chars().allMatch(Character::isLetter);
        return word ? name.substring(0, n - 1) : name;
    }
}

package org.ibidem.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.reference.Name;
import org.ibidem.citation.parse.Field;
import org.ibidem.citation.parse.FieldTokenizer;
import org.ibidem.citation.parse.PatternChecks;
import org.ibidem.citation.parse.WordSet;
import org.jspecify.annotations.Nullable;

/**
 * Reads personal and corporate names as notes write them.
 *
 * <p>A note gives names in reading order ("Zhihua Shen", "Ludwig van Beethoven", "Martin Luther King Jr."); a
 * bibliography inverts the first ("Shen, Zhihua"). Romanized Chinese, Japanese and Korean names written family
 * name first ("Chen Jian") cannot be told from given-first names by their letters, so they are read given-first
 * unless the caller says the document writes family names first; the parser never reorders on a guess.
 * Names with a corporate word ("Press", "Department", "Committee"…) or more than five words are kept whole as
 * literal names.
 *
 * <p>Stateless and thread-safe.
 */
public final class Names {

    // Ranks and forms of address written before a name, capitalised as they are written.
    // Not "General", "Secretary" or "Governor": "General Assembly", "Secretary of State" are bodies and offices.
    private static final Set<String> RANKS = Set.of("Colonel", "Col.", "Lieutenant-Colonel", "Lt.-Col.", "Gen.",
            "Major", "Maj.", "Captain", "Capt.", "Lieutenant", "Lt.", "Admiral", "Adm.", "Commander", "Cmdr.",
            "Sergeant", "Sgt.", "Sir", "Dame", "Dr.", "Mr.", "Mrs.", "Ms.", "Rev.", "Reverend", "Prof.", "Professor",
            "President", "Senator", "Sen.", "Gov.", "Ambassador", "Field-Marshal");
    private static final Set<String> PARTICLES = Set.of("de", "da", "di", "del", "della", "des", "du", "la", "le",
            "van", "von", "der", "den", "ter", "ten", "y", "e", "dos", "das", "al", "el", "bin", "ibn", "zu", "st.", "wa");
    private static final Set<String> SUFFIXES = Set.of("jr.", "jr", "sr.", "sr", "ii", "iii", "iv", "v", "2nd", "3rd");
    // "Earl of Clarendon", "3rd Marquess of Salisbury", "Bishop of Rochester". Always with "of": "Lord Jim" and
    // "Lady Chatterley's Lover" are titles.
    private static final Pattern PEERAGE = Pattern.compile(
            "(?i:(?:\\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\\s+)?"
                    + "(?i:earl|duke|duchess|marquess|marquis|marchioness|viscount|viscountess|baron|baroness|"
                    + "countess|count|bishop|archbishop|lord|lady)\\s+of\\s+(\\p{Lu}[\\p{L}'’-]+"
                    + "(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}'’-]+){0,2})");
    private static final WordSet PARTICLE_OR_SUFFIX = new WordSet(union(PARTICLES, SUFFIXES));
    private static final WordSet SUFFIX = new WordSet(SUFFIXES);
    private static final WordSet PARTICLE = new WordSet(PARTICLES);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SAINT = Pattern.compile("(?i)st\\.?|saint|ste\\.?");
    // What splitJoined reads by hand (HandWrittenPatternsTest checks the two against each other).
    static final Pattern JOINER = Pattern.compile("\\s+(?:and|&)\\s+|\\s*&\\s*");
    private static final Pattern ET_AL = Pattern.compile("\\s*,?\\s*\\bet\\.?\\s+al\\.?\\s*$", Pattern.CASE_INSENSITIVE);

    private Names() {
    }

    /** Whether the text ends in "et al." (or the common slip "et. al."). */
    public static boolean hasEtAl(String text) {
        return endsWithAl(text) && PatternChecks.find(ET_AL, text); // a pattern anchored at the end, tried late
    }

    /** The text without a trailing "et al.". */
    public static String withoutEtAl(String text) {
        if (!endsWithAl(text)) {
            return text; // the common case, without running the pattern from every position
        }
        return ET_AL.matcher(text).replaceFirst("");
    }

    /**
     * Whether the text ends in "al", in any case, before any periods, white space and line terminators: what
     * {@link #ET_AL} needs at its end ("al", an optional period, white space, and the end of the input or a
     * final line terminator). A necessary test only; the pattern decides.
     */
    private static boolean endsWithAl(String text) {
        int end = text.length();
        while (end > 0) {
            char c = text.charAt(end - 1);
            if (c == '.' || PatternChecks.isSpace(c) || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                end--;
            } else {
                break;
            }
        }
        return end >= 2 && (text.charAt(end - 1) == 'l' || text.charAt(end - 1) == 'L')
                && (text.charAt(end - 2) == 'a' || text.charAt(end - 2) == 'A');
    }

    /**
     * Whether a comma-separated field can be a list of names: capitalized words, initials, particles, suffixes,
     * joined by "and" or "&", perhaps ending in "et al."; or a corporate name.
     */
    public static boolean looksLikeNames(String field) {
        String text = withoutEtAl(field.strip());
        if (text.startsWith("and ")) {
            text = text.substring(4);
        }
        if (text.isEmpty() || text.length() > 120) {
            return false;
        }
        // Either test says yes; the persons first, since most fields asked are names, and a title fails them at
        // its first lower-case word.
        return allLookLikePersons(text) || isCorporate(text);
    }

    /**
     * Whether every piece of {@link #splitJoined} looks like a person's name, each piece tried as it is cut: a
     * title fails at its first piece, and the rest of it is not cut. A piece left empty between two joiners
     * fails, unless only empty pieces follow it (the split drops those).
     */
    static boolean allLookLikePersons(String text) {
        if (text.indexOf('&') < 0 && !text.contains("and")) {
            return looksLikePerson(text);
        }
        boolean emptyBefore = false;
        int from = 0;
        int n = text.length();
        for (int p = 0; p < n; p++) {
            int end = joinerEnd(text, p);
            if (end > p) {
                if (p == from) {
                    emptyBefore = true;
                } else if (emptyBefore || !looksLikePerson(text.substring(from, p))) {
                    return false;
                }
                from = end;
                p = end - 1;
            }
        }
        if (from == n) {
            return true; // the trailing empty pieces are dropped; every other piece passed
        }
        return !emptyBefore && looksLikePerson(text.substring(from));
    }

    /**
     * {@code JOINER.split(text)}, by hand: this runs on most fields of every note, titles included. Pieces
     * between the leftmost matches, a leading empty piece kept and trailing ones dropped, the text alone when
     * nothing matches, as {@link Pattern#split} gives them.
     */
    public static String[] splitJoined(String text) {
        if (text.indexOf('&') < 0 && !text.contains("and")) {
            return new String[] {text}; // most fields: one name, or a title
        }
        List<String> pieces = null;
        int from = 0;
        int n = text.length();
        for (int p = 0; p < n; p++) {
            int end = joinerEnd(text, p);
            if (end > p) {
                if (pieces == null) {
                    pieces = new ArrayList<>(4);
                }
                pieces.add(text.substring(from, p));
                from = end;
                p = end - 1;
            }
        }
        if (pieces == null) {
            return new String[] {text};
        }
        pieces.add(text.substring(from));
        int size = pieces.size();
        while (size > 0 && pieces.get(size - 1).isEmpty()) {
            size--;
        }
        return pieces.subList(0, size).toArray(new String[0]);
    }

    /**
     * Where a match of {@link #JOINER} that starts at {@code p} ends, or -1. Its white space runs cannot give
     * back a character (the next one must be "a", "&amp;" or white space), so each is read to its end.
     */
    private static int joinerEnd(String text, int p) {
        int n = text.length();
        int i = p;
        while (i < n && PatternChecks.isSpace(text.charAt(i))) {
            i++;
        }
        // \s+(?:and|&)\s+
        if (i > p) {
            int k = text.startsWith("and", i) ? i + 3 : i < n && text.charAt(i) == '&' ? i + 1 : -1;
            if (k > 0) {
                int e = k;
                while (e < n && PatternChecks.isSpace(text.charAt(e))) {
                    e++;
                }
                if (e > k) {
                    return e;
                }
            }
        }
        // \s*&\s*
        if (i < n && text.charAt(i) == '&') {
            int e = i + 1;
            while (e < n && PatternChecks.isSpace(text.charAt(e))) {
                e++;
            }
            return e;
        }
        return -1;
    }

    /**
     * Whether {@code next}, after the corporate name {@code previous}, is a part of the same body: "Senate" after
     * "U.S. Congress", "Committee on Foreign Relations" after "Senate".
     */
    public static boolean continuesCorporate(String previous, String next) {
        return CorporateNames.continuesCorporate(previous, next);
    }

    /** Whether the text is a body's name, not a person's: a corporate word ("Press", "Committee"), 2–10 words. */
    public static boolean isCorporate(String text) {
        return CorporateNames.isCorporate(text);
    }

    /** The whitespace-separated words of the stripped text, as {@code WHITESPACE.split} gives them. */
    private static String[] words(String text) {
        return wordList(text).toArray(new String[0]);
    }

    /** {@link #words} as a list that may be changed. */
    private static List<String> wordList(String text) {
        String t = text.strip();
        List<String> words = new ArrayList<>(4);
        int i = 0;
        while (i < t.length()) {
            int start = i;
            while (i < t.length() && !PatternChecks.isSpace(t.charAt(i))) {
                i++;
            }
            words.add(t.substring(start, i));
            while (i < t.length() && PatternChecks.isSpace(t.charAt(i))) {
                i++;
            }
        }
        if (words.isEmpty()) {
            words.add("");
        }
        return words;
    }

    /**
     * Whether a word of a name is a particle ("de", "van", "y"). A one-letter particle counts only in lower case:
     * "Blair E Williams" has the initial E (written without its period), "Ortega y Gasset" the particle y.
     */
    private static boolean isParticle(String word) {
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        return PARTICLE.contains(word, 0, word.length());
    }

    static boolean looksLikePerson(String person) {
        // The words of words(person), read in place: this runs on most fields of every note.
        String t = person.strip();
        if (t.isEmpty()) {
            return false;
        }
        int n = t.length();
        int nameWords = 0;
        int i = 0;
        while (i < n) {
            int start = i;
            while (i < n && !PatternChecks.isSpace(t.charAt(i))) {
                i++;
            }
            if (!isParticleOrSuffix(t, start, i)) {
                if (!WordStarts.startsUpper(t, start, i) || hasDigit(t, start, i) || t.charAt(i - 1) == ':') {
                    return false;
                }
                nameWords++;
            }
            while (i < n && PatternChecks.isSpace(t.charAt(i))) {
                i++;
            }
        }
        return nameWords >= 1 && nameWords <= 4;
    }

    /** Whether the word {@code t[start, end)}, lower-cased, is a particle or a suffix. */
    private static boolean isParticleOrSuffix(String t, int start, int end) {
        return PARTICLE_OR_SUFFIX.contains(t, start, end);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static boolean hasDigit(String t, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isDigit(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Splits a field of names joined by "and"/"&" ("Jarausch and Hardy") into names, read given name first.
     *
     * @param familyFirst read each personal name family name first ("Chen Jian" → family "Chen")
     */
    public static List<Name> parseList(String field, boolean familyFirst) {
        return parseList(field, familyFirst ? NameOrder.FAMILY_FIRST : NameOrder.GIVEN_FIRST);
    }

    /** Splits a field of names joined by "and"/"&" into names, each read in the given order. */
    public static List<Name> parseList(String field, NameOrder order) {
        String text = withoutEtAl(field.strip());
        if (text.regionMatches(true, 0, "and ", 0, 4)) {
            text = text.substring(4);
        }
        List<Name> names = new ArrayList<>();
        if (isCorporate(text)) {
            names.add(Name.literal(CorporateNames.withoutClosingPeriod(text)));
            return names;
        }
        List<String> written = new ArrayList<>();
        String[] persons = splitJoined(text);
        for (String person : persons) {
            if (!person.isBlank()) {
                String w = person.strip();
                written.add(w);
                // A single person that is the whole text is not corporate (asked above): read as a person at once.
                names.add(persons.length == 1 && w.equals(text)
                        ? personalName(w, order.isFamilyFirst(w), !order.isGivenFirst(w))
                        : parsePerson(w, order.isFamilyFirst(w), !order.isGivenFirst(w)));
            }
        }
        if (names.size() == 2 && !order.isFamilyFirst(written.get(0)) && sharesTheFamilyName(names, written.get(0))) {
            // "Will and Ariel Durant", "trans. John and Anne Tedeschi": one family name for both (CMOS 14.76).
            Name second = names.get(1);
            names.set(0, new Name(second.family(), written.get(0), second.particle(), null, null));
        }
        return names;
    }

    /**
     * Whether the first of two names is a given name alone that takes the second's family name: one capitalised
     * word or initial ("Will", "J.") before a full personal name ("Ariel Durant"). Two surnames ("Jarausch and
     * Hardy") and two full names are not.
     */
    private static boolean sharesTheFamilyName(List<Name> names, String first) {
        Name a = names.get(0);
        Name b = names.get(1);
        return !a.isLiteral() && !b.isLiteral() && a.given() == null && a.particle() == null && a.suffix() == null
                && b.given() != null && first.indexOf(' ') < 0 && WordStarts.startsUpper(first) && first.length() <= 15
                && !first.chars().anyMatch(Character::isDigit);
    }

    /**
     * Whether a parsed name has the shape {@link #parsePerson} reads family name first without being told ("Chen
     * Jian", "Kim Il-sung"): the resolver also files such a name's works under the given name, in case the shape
     * misled ("Wei Hansen" written given name first).
     */
    public static boolean readFamilyFirstByShape(Name n) {
        if (n.isLiteral() || n.given() == null || n.particle() != null) {
            return false;
        }
        List<String> words = new ArrayList<>();
        words.add(n.family());
        words.addAll(List.of(n.given().split(" ")));
        return EastAsianNames.familyNameFirst(words);
    }

    /**
     * One personal name in reading order; a corporate name comes back literal. A Chinese, Korean or Vietnamese
     * name whose shape leaves little doubt ("Chen Jian") is read family name first ({@code EastAsianNames}).
     */
    public static Name parsePerson(String text, boolean familyFirst) {
        return parsePerson(text, familyFirst, true);
    }

    /**
     * One personal name in reading order.
     *
     * @param familyFirst        the name is family name first
     * @param recognizeOwnOrder  read an East Asian name in its own order when its shape says so
     */
    public static Name parsePerson(String text, boolean familyFirst, boolean recognizeOwnOrder) {
        String s = text.strip();
        if (isCorporate(s)) {
            return Name.literal(CorporateNames.withoutClosingPeriod(s));
        }
        return personalName(s, familyFirst, recognizeOwnOrder);
    }

    /** {@link #parsePerson} of a stripped text known not to be corporate. */
    private static Name personalName(String s, boolean familyFirst, boolean recognizeOwnOrder) {
        List<String> words = wordList(s);
        int lastWord = words.size() - 1;
        String lastText = words.get(lastWord);
        if (lastText.length() > 2 && lastText.endsWith(".") && !isSuffix(lastText, 0, lastText.length())
                && lastText.indexOf('.') == lastText.length() - 1) {
            // "Robert A. Margo." in a bibliography-style note: the period ends the sentence, not the name.
            words.set(lastWord, lastText.substring(0, lastText.length() - 1));
        }
        String suffix = null;
        if (words.size() > 1 && isSuffix(words.get(words.size() - 1), 0, words.get(words.size() - 1).length())) {
            suffix = words.remove(words.size() - 1);
            int last = words.size() - 1;
            words.set(last, FieldTokenizer.stripTrailing(words.get(last), ","));
        }
        while (words.size() > 1 && RANKS.contains(words.get(0)) && Character.isUpperCase(words.get(1).charAt(0))) {
            // "Colonel R. Sandeman", "Sir Edward Grey", "President Kennedy": a rank or title of address is no part
            // of the name a bibliography sorts by.
            words.remove(0);
        }
        if (words.size() == 1) {
            return new Name(words.get(0), null, null, suffix, null);
        }
        if (words.size() > 6) {
            return Name.literal(s);
        }
        if (familyFirst) {
            return new Name(words.get(0), String.join(" ", words.subList(1, words.size())), null, suffix, null);
        }
        if (recognizeOwnOrder && EastAsianNames.familyNameFirst(words)) {
            // "Chen Jian", "Kim Il-sung": written in their own order, family name first.
            return new Name(words.get(0), String.join(" ", words.subList(1, words.size())), null, suffix, null);
        }
        // "St. John", "Saint-Simon": a saint's name is a family name of two words.
        if (words.size() > 2 && isSaint(words.get(words.size() - 2))) {
            String family = words.get(words.size() - 2) + " " + words.get(words.size() - 1);
            return new Name(family, String.join(" ", words.subList(0, words.size() - 2)), null, suffix, null);
        }
        if (words.size() == 2 && isSaint(words.get(0))) {
            return new Name(words.get(0) + " " + words.get(1), null, null, suffix, null);
        }
        // "Van Evrie", "De Bow": a capitalized particle opening a two-word name belongs to the family name.
        if (words.size() == 2 && isParticle(words.get(0))
                && Character.isUpperCase(words.get(0).charAt(0))) {
            return new Name(words.get(0) + " " + words.get(1), null, null, suffix, null);
        }
        // The family name is the last word, with any particles just before it.
        int familyStart = words.size() - 1;
        while (familyStart > 1 && isParticle(words.get(familyStart - 1))) {
            familyStart--;
        }
        String particle = familyStart < words.size() - 1
                ? String.join(" ", words.subList(familyStart, words.size() - 1)) : null;
        String given = familyStart == 1 ? words.get(0) : String.join(" ", words.subList(0, familyStart));
        return new Name(words.get(words.size() - 1), given, particle, suffix, null);
    }

    /** Whether a word is "St.", "Saint" or "Ste."; each opens with an "s", in either case. */
    static boolean isSaint(String word) {
        return !word.isEmpty() && (word.charAt(0) == 's' || word.charAt(0) == 'S')
                && PatternChecks.matches(SAINT, word);
    }

    /** Whether the word {@code t[start, end)}, lower-cased, is a suffix ("Jr.", "III"). */
    private static boolean isSuffix(String t, int start, int end) {
        return SUFFIX.contains(t, start, end);
    }

    /** An inverted name: "Lengxi" and "Wu" from "Lengxi, Wu"; "van der Berg" and "Jan". */
    public static Name inverted(String familyPart, String givenPart) {
        String family = familyPart.strip();
        String particle = null;
        String[] words = WHITESPACE.split(family);
        int k = 0;
        while (k < words.length - 1 && isParticle(words[k])) {
            k++;
        }
        if (k > 0) {
            particle = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
            family = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
        }
        String given = givenPart.strip();
        int space = given.lastIndexOf(' ');
        String lastGiven = given.substring(space + 1);
        if (lastGiven.length() > 2 && lastGiven.endsWith(".") && lastGiven.indexOf('.') == lastGiven.length() - 1) {
            given = given.substring(0, given.length() - 1); // "Underwood, Ted." — the sentence's period
        }
        return new Name(family, given, particle, null, null);
    }

    /** Whether a field is a single surname-like word (the first half of an inverted name). */
    public static boolean isSingleWordName(String field) {
        String[] words = words(field);
        int k = 0;
        while (k < words.length - 1 && isParticle(words[k])) {
            k++;
        }
        return words.length - k == 1 && WordStarts.startsUpper(words[words.length - 1])
                && words[words.length - 1].chars().noneMatch(Character::isDigit)
                && !words[words.length - 1].endsWith(".");
    }

    /** Whether a field can be given names: one to three capitalized words or initials ("Jeremy", "J. R."). */
    public static boolean isGivenNames(String field) {
        String[] words = words(field);
        if (words.length > 3) {
            return false;
        }
        for (String w : words) {
            if (!WordStarts.startsUpper(w) || w.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return !isCorporate(field);
    }

    /**
     * Whether a field is a title of nobility or office after a name: "Edward Hyde, Earl of Clarendon", "John
     * Fisher, Bishop of Rochester". Kept with the name as its suffix.
     */
    public static boolean isPeerage(String field) {
        String t = field.strip();
        return t.length() <= 60 && t.contains(" of ") && PatternChecks.matches(PEERAGE, t);
    }

    /**
     * The place a peer is known by, which short notes use for the author ("Clarendon, <i>History of the
     * Rebellion</i>" for Edward Hyde, Earl of Clarendon): the last peerage in the name's suffix, or null.
     */
    public static @Nullable String peerageSeat(Name name) {
        if (name.suffix() == null) {
            return null;
        }
        String last = name.suffix().substring(name.suffix().lastIndexOf(',') + 1).strip();
        Matcher m = PEERAGE.matcher(last);
        return m.matches() ? m.group(1) : null;
    }

    /** Whether a field is a name suffix standing alone after a comma ("Jr."). */
    public static boolean isSuffix(String field) {
        String t = field.strip();
        return SUFFIX.contains(t, 0, t.length());
    }

    /**
     * A name folded for comparison: lower case, accents removed, punctuation dropped. "Lüthi" and "Luthi" fold
     * alike.
     */
    public static String fold(@Nullable String s) {
        return Folding.fold(s);
    }
}

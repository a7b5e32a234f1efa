package org.ibidem.citation.parse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.reference.Locator;

/**
 * Reads the place a citation points at: "141", "321-322", "79-80, 85-86", "p. 65", "pp. 212, 274", "i. 474-5",
 * "No. 123", "n. 7", "5:322" (volume 5, page 322).
 *
 * <p>Stateless and thread-safe.
 */
public final class Locators {

    private static final String VALUE = "(?:\\d+[a-z]?|[ivxlcdm]+|[IVXLCDM]+)"
            + "(?:\\s*[-–—]+\\s*(?:\\d+|[ivxlcdm]+|[IVXLCDM]+))?"
            + "(?:\\s*,?\\s*(?:n|nn)\\.?\\s*\\d+(?:[-–]\\d+)?)?(?:\\s*ff?\\.?)?(?:\\s*et\\s+seqq?\\.?)?(?:\\s*passim)?";
    // An item may carry its volume: "i. 474-5", "5:322", "iii. 271".
    private static final String ITEM = "(?:(?:[ivxlcdm]+|\\d{1,3})(?:\\.\\s+|:\\s*))?" + VALUE;
    private static final String LIST = ITEM + "(?:\\s*(?:,|and|&|,\\s*and)\\s*" + ITEM + ")*";
    private static final Pattern LABELLED = Pattern.compile(
            "^(p|pp|pg|page|pages|no|nos|number|n|nn|note|notes|ch|chap|chaps|chapter|chapters|sec|sect|section|§|§§|"
                    + "para|par|fol|fols|folio|col|cols|l|ll|line|lines|doc|document|art|article|act|sc|scene|bk|book|"
                    + "books|v|vv|verse|fig|table|app|appendix|theorem|prop|proposition)(?:\\.\\s*|\\s+|(?![a-z]))("
                    + LIST + ")$",
            Pattern.CASE_INSENSITIVE);
    // "act i. sc. 2", "vol. ii. p. 51", "bk. 3, ch. 4", "No. 112, p. 400": a larger division, then a smaller one,
    // and perhaps a third ("book ii. chap. 1, sect. 3", Mill's divisions of his Political Economy). A chapter may
    // hold numbered sections or propositions ("Chap. II., §4", "Chap. V, Prop. II").
    private static final Pattern COMPOUND = Pattern.compile(
            "^(?:act|book|bk|part|pt|vol|lib|no|ch|chap|chapter)\\.?\\s*" + VALUE + "\\.?,?\\s+(sc|scene|ch|chap|"
                    + "chapter|cap|p|pp|l|ll|line|sec|sect|section|§|§§|prop|proposition)\\.?\\s*" + LIST + "(?:\\.?,?\\s+(sec|sect|section|§|p|pp|par|para|l|ll)"
                    + "\\.?\\s*" + LIST + ")?$", Pattern.CASE_INSENSITIVE);
    // "l. iv. c. 6", "lib. ii. cap. 3", "tom. ii. p. 511": the Latin divisions of older notes — book (liber) or
    // volume (tomus), then chapter (caput) or page. Kept as written; labelled by the smaller division.
    private static final Pattern LATIN_DIVISIONS = Pattern.compile(
            "^(?:l|lib|tom|t)\\.?\\s*(?:[ivxlcdm]+|\\d{1,4})\\.?,?\\s+(c|cap|p|pp)\\.?\\s*" + LIST + "$",
            Pattern.CASE_INSENSITIVE);
    // "Kindle loc. 345", "locs. 120-24": an e-book's location, which Chicago discourages (a chapter or section
    // travels between devices) but readers write. CSL has no such label: it is a section, its value as written.
    private static final Pattern EBOOK_LOCATION = Pattern.compile(
            "^(?:kindle\\s+)?(?:locs?|locations?)\\.?\\s*" + LIST + "$", Pattern.CASE_INSENSITIVE);
    // Numbered paragraphs of a judgment in square brackets, as OSCOLA writes them: "[41]", "[144]-[157]".
    private static final Pattern BRACKETED_PARAGRAPHS = Pattern.compile(
            "^\\[\\d{1,4}\\](?:\\s*[-\u2013]\\s*\\[\\d{1,4}\\])?(?:,\\s*\\[\\d{1,4}\\](?:\\s*[-\u2013]\\s*\\[\\d{1,4}\\])?)*$");
    private static final Pattern BARE = Pattern.compile("^(" + LIST + ")$");
    private static final Pattern PART = Pattern.compile("(?i)(?:exhibit|enclosure|inclosure|annex)\\s+[\\w.]{1,8}");
    // A part of the document at the place cited: "p. 42, Exhibit 17", "No. 105 (Enclosure 3)", "No. 70 (I)".
    private static final Pattern SUBDIVISION = Pattern.compile(
            "^(.{1,40}?)(,?\\s+(?:exhibit|enclosure|inclosure|annex)\\s+[\\w.]{1,8}"
                    + "|\\s+\\((?:(?:exhibit|enclosure|inclosure|annex)\\s+)?\\w{1,6}\\))$", Pattern.CASE_INSENSITIVE);
    private static final Pattern VOLUME_PAGE = Pattern.compile("^(\\d+|[ivxlcdm]+):\\s*(" + LIST + ")$",
            Pattern.CASE_INSENSITIVE);
    // "vol. ii. p. 51", "vol. 3, pp. 12-14": a volume before the locator inside it.
    private static final Pattern VOLUME_THEN_LOCATOR = Pattern.compile(
            "^(?:vols?|volume)\\.?\\s*(\\d{1,4}|[ivxlcdm]{1,8}|[IVXLCDM]{1,8})\\.?,?\\s+(\\S.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ROMAN_VOLUME_PAGE = Pattern.compile("^([ivxlcdm]+)\\.\\s+(" + LIST + ")$");

    // Every word of more than one letter that the patterns above accept, other than roman numerals.
    private static final Set<String> LOCATOR_WORDS = Set.of("pp", "pg", "page", "pages", "no", "nos", "number",
            "nn", "note", "notes", "ch", "chap", "chapter", "sec", "sect", "section", "para", "par", "fol", "fols",
            "folio", "col", "cols", "ll", "line", "lines", "doc", "document", "art", "article", "act", "sc",
            "scene", "bk", "book", "books", "vv", "verse", "fig", "table", "app", "appendix", "part", "pt", "vol", "lib",
            "chaps", "chapters", "theorem", "prop", "proposition",
            "cap", "ff", "et", "seq", "seqq", "passim", "and", "loc", "locs", "location", "locations", "kindle", "tom");

    private static final WordSet LOCATOR_WORD_SET = new WordSet(LOCATOR_WORDS);

    private Locators() {
    }

    /** Whether the text is a locator as a whole. */
    public static boolean isLocator(String text) {
        return parse(text) != null;
    }

    /**
     * The locator the whole text states, or null. Bare numbers and roman numerals are pages. The value is the
     * locator as written, less "p." or "pp." ("No. 12", "chap. 3", "l. iv. c. 6", but "45" for "p. 45").
     */
    public static Locator parse(String text) {
        // A word joiner around a dash ("273\u2060–\u20605", as careful e-book typesetting writes ranges) only
        // keeps the line from breaking there.
        String s = FieldTokenizer.stripTrailing(
                text.indexOf('\u2060') >= 0 ? text.replace("\u2060", "").strip() : text.strip(), ".");
        if (s.indexOf("--") > 0) {
            s = s.replace("--", "\u2013"); // "ii. 14--19": a typewriter's (and a plain-text e-book's) en dash
        }
        int emphasis = emphasisLength(s);
        if (emphasis > 0) {
            s = s.substring(emphasis); // "esp. 325–27": the pages the writer singles out are the place cited
        }
        if (s.isEmpty() || s.length() > 80) {
            return null;
        }
        if (mayHaveSubdivision(s)) {
            Matcher sub = SUBDIVISION.matcher(s);
            Locator head = sub.matches() ? parse(sub.group(1)) : null;
            if (head != null) {
                // "p. 42, Exhibit 17", "No. 105 (Enclosure 3)": a part of the document at that place, kept with it.
                return new Locator(head.label(), head.value() + sub.group(2));
            }
        }
        Locator leaf = LeafLocators.parse(s);
        if (leaf != null) {
            return leaf; // "fol. 28r-29v", "sig. A.3v": the leaves of a manuscript or an early book
        }
        Locator provision = ProvisionLocators.parse(s);
        if (provision != null) {
            return provision; // "s 4", "sch 2 para 3": the provisions of an Act, as OSCOLA writes them
        }
        if (!onlyLocatorWords(s)) {
            return UnnumberedDivisions.parse(s); // "introduction", "preface": a part named, not numbered
        }
        Matcher m;
        // The labelled and compound forms open with a word (or "§"); a locator that opens with a digit is bare or
        // a volume and page, and one of digits only ("141", the usual pinpoint) is a bare page.
        char first = s.charAt(0);
        boolean digitFirst = first >= '0' && first <= '9';
        if (digitFirst && isDigits(s)) {
            return Locator.page(s);
        }
        if (first == '[' && BRACKETED_PARAGRAPHS.matcher(s).matches()) {
            return new Locator("paragraph", s); // OSCOLA's "[144]-[157]": paragraphs, kept as written
        }
        if (!digitFirst) {
            m = LABELLED.matcher(s);
            if (m.matches()) {
                // Only the page's label goes without saying ("p. 45" is 45); any other stays as written ("No. 17",
                // "fol. 12v"), as the compound forms below do, so what a reader sees is what the locator says.
                String label = label(m.group(1));
                return new Locator(label, label.equals("page") ? m.group(2) : s);
            }
            if ((first == 'k' || first == 'K' || first == 'l' || first == 'L')
                    && PatternChecks.matches(EBOOK_LOCATION, s)) {
                return new Locator("section", s);
            }
            if (first == 'l' || first == 'L' || first == 't' || first == 'T') {
                m = LATIN_DIVISIONS.matcher(s);
                if (m.matches()) {
                    String smaller = m.group(1).toLowerCase(Locale.ROOT);
                    return new Locator(smaller.startsWith("c") ? "chapter" : "page", s);
                }
            }
            m = COMPOUND.matcher(s);
            if (m.matches()) {
                // Labelled by its smallest division: "book iv, chap. 2, p. 45" points at a page.
                return new Locator(label(m.group(m.group(2) != null ? 2 : 1)), s);
            }
        }
        // A range of pages ("44–46"), the commonest locator after a single page: what BARE reads, without it.
        if (digitFirst && isDigitRange(s) || PatternChecks.matches(BARE, s) && !looksLikeWord(s)) {
            return Locator.page(s);
        }
        m = VOLUME_PAGE.matcher(s);
        if (m.matches()) {
            return Locator.page(s);
        }
        m = ROMAN_VOLUME_PAGE.matcher(s);
        if (!digitFirst && m.matches()) {
            return Locator.page(s); // Tylor's "i. 474-5": volume i, pages 474-5, kept as written
        }
        Locator joined = JoinedLocators.parse(s, Locators::parse); // "p. 492 note", "p. 472 and appendix 7"
        return joined != null ? joined : UnnumberedDivisions.parse(s); // "passim"
    }

    /**
     * A cheap test before {@link #SUBDIVISION}: white space (before its word or its parenthesis), and a closing
     * parenthesis or one of its words. Most locators ("45", "12–14") have no white space.
     */
    private static boolean mayHaveSubdivision(String s) {
        // The shortest text a word matches in is nine characters long ("x annex 1").
        return hasSpace(s) && (s.charAt(s.length() - 1) == ')' || s.length() >= 9
                && (FieldTokenizer.containsIgnoreCase(s, "xhibit")
                || FieldTokenizer.containsIgnoreCase(s, "nclosure") || FieldTokenizer.containsIgnoreCase(s, "annex")));
    }

    /** Whether the text is digits, dashes and digits alone ({@code \d+[-–—]+\d+}), a shape {@link #BARE} reads. */
    static boolean isDigitRange(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        int dashes = i;
        while (i < n && (s.charAt(i) == '-' || s.charAt(i) == '\u2013' || s.charAt(i) == '\u2014')) {
            i++;
        }
        int digits = i;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return dashes > 0 && digits > dashes && i > digits && i == n;
    }

    private static boolean hasSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (PatternChecks.isSpace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text opens by singling pages out: "esp. 325–27", "especially 12". */
    static boolean isEmphasized(String text) {
        return emphasisLength(text.strip()) > 0;
    }

    /** The length of an opening "esp. " or "especially ", or 0. */
    private static int emphasisLength(String s) {
        if (s.length() < 6 || (s.charAt(0) != 'e' && s.charAt(0) != 'E')) {
            return 0;
        }
        if (s.regionMatches(true, 0, "esp. ", 0, 5)) {
            return 5;
        }
        return s.regionMatches(true, 0, "especially ", 0, 11) ? 11 : 0;
    }

    /**
     * Whether every word of the text could be part of a locator: a single letter, a roman numeral, or one of the
     * words the patterns know ("p", "chapter", "and", "et seq"…). A cheap test that titles and names fail before
     * five patterns are tried on them.
     */
    private static boolean onlyLocatorWords(String s) {
        int i = 0;
        while (i < s.length()) {
            if (!Character.isLetter(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < s.length() && Character.isLetter(s.charAt(i))) {
                i++;
            }
            if (i - start > 1 && !LOCATOR_WORD_SET.contains(s, start, i) && !isRoman(s, start, i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code s[start, end)}, lower-cased, is made of the letters of roman numerals. */
    private static boolean isRoman(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            // Only ASCII letters lower-case to these (a non-ASCII letter may, like the Kelvin sign, give a "k").
            if ("ivxlcdmIVXLCDM".indexOf(c) < 0) {
                return c >= 0x80 && isRoman(s.substring(start, end).toLowerCase(Locale.ROOT));
            }
        }
        return true;
    }

    private static boolean isRoman(String lowerWord) {
        for (int i = 0; i < lowerWord.length(); i++) {
            if ("ivxlcdm".indexOf(lowerWord.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * "and 105", "& 105": the last item of a locator list cut off by the comma before its "and" ("pp. 31, 32,
     * and 105"), or a part of the document at the place before it ("Exhibit 17"); a locator only when it follows
     * one.
     */
    public static boolean isContinuation(String text) {
        String t = text.strip();
        if (t.length() > 8 && "eEiIaA".indexOf(t.charAt(0)) >= 0 && PatternChecks.matches(PART, t)) {
            return true; // "p. 42, Exhibit 17": a part of the document on that page
        }
        int skip = t.regionMatches(true, 0, "and ", 0, 4) ? 4 : t.startsWith("& ") ? 2 : -1;
        return skip > 0 && isLocator(t.substring(skip));
    }

    /** A locator that opens with the volume it is in, split in two: the volume, and the locator inside it. */
    record InVolume(String volume, Locator locator) {
    }

    /** "vol. ii. p. 51" → volume "ii", page 51; null when the locator does not open with a volume. */
    public static InVolume splitVolume(Locator locator) {
        if (locator == null || locator.value().length() < 5
                || Character.toLowerCase(locator.value().charAt(0)) != 'v') {
            return null;
        }
        Matcher m = VOLUME_THEN_LOCATOR.matcher(locator.value());
        if (!m.matches()) {
            return null;
        }
        Locator inner = parse(m.group(2));
        return inner == null ? null : new InVolume(m.group(1), inner);
    }

    /** The volume of a "5:322" or "i. 474" locator, or null. */
    public static String volumeOf(Locator locator) {
        if (locator == null) {
            return null;
        }
        Matcher m = VOLUME_PAGE.matcher(locator.value());
        return m.matches() ? m.group(1) : null;
    }

    // Roman numerals that are also common words or initials ("I", "mix", "civil") are not locators alone.
    private static boolean looksLikeWord(String s) {
        return s.equals("I") || s.equals("i") || s.equalsIgnoreCase("mix") || s.equalsIgnoreCase("civil")
                || s.equalsIgnoreCase("did") || s.equalsIgnoreCase("mild") || s.equalsIgnoreCase("lid");
    }

    private static String label(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        switch (w) {
            case "no": case "nos": case "number": case "doc": case "document":
                return "number";
            case "n": case "nn": case "note": case "notes":
                return "note";
            case "ch": case "chap": case "chaps": case "chapter": case "chapters":
                return "chapter";
            case "sec": case "sect": case "section": case "§": case "§§": case "art": case "article":
            case "theorem": case "prop": case "proposition":
                return "section";
            case "para": case "par":
                return "paragraph";
            case "fol": case "fols": case "folio":
                return "folio";
            case "col": case "cols":
                return "column";
            case "l": case "ll": case "line": case "lines":
                return "line";
            case "act":
                return "act";
            case "sc": case "scene":
                return "scene";
            case "bk": case "book": case "books":
                return "book";
            case "v": case "vv": case "verse":
                return "verse";
            case "fig":
                return "figure";
            case "table":
                return "table";
            case "app": case "appendix":
                return "appendix";
            default:
                return "page";
        }
    }
}

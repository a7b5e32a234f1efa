package org.ibidem.citation.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;

/**
 * Shared grammar: publication facts ("New York: Liveright, 2015", "3rd ed., Boston: Beacon, 2001; repr., 2010"),
 * editions, a thesis's university and year.
 */
final class PublicationFacts {

    private PublicationFacts() {
    }

    private static final Pattern YEAR_LETTER = Pattern.compile("[a-z]$");
    // One word of an edition statement: "4th", "3d", "Second", "rev.", "exp.", "enl.", "English".
    private static final String EDITION_WORD = "(?:\\d+(?:st|nd|rd|th|d)\\.?|first|second|third|fourth|fifth|sixth|"
            + "seventh|eighth|ninth|tenth|rev\\.|revised|new|abridged|exp\\.|expanded|enl\\.|enlarged|updated|"
            + "corr\\.|corrected|augm\\.|augmented|American|English|British|paperback|student|critical|"
            + "illustrated|facsimile|definitive|complete|annotated|centennial|anniversary|variorum)";
    // "2nd ed.", "4th rev. ed.", "rev. and exp. ed.", "2nd ed. rev.", "new ed.", "3d ed.", "Second edition". The
    // words repeat a bounded number of times and never match a space, so the pattern cannot backtrack far.
    static final Pattern EDITION = Pattern.compile(
            "^(" + EDITION_WORD + "(?:,?\\s+(?:and\\s+)?" + EDITION_WORD + "){0,4})\\s+(?:ed\\.?|edn\\.?|edition)"
                    + "(?:,?\\s+(rev\\.|revised|and\\s+enl\\.|enl\\.))?$",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NO_PLACE = Set.of("n.p.", "n. p.", "n.p", "s.l.", "s.l");
    private static final Pattern REPRINT = Pattern.compile(";\\s*(?:repr\\.|reprint|reprinted)\\s*,?\\s*",
            Pattern.CASE_INSENSITIVE);
    static final KeywordPattern PUBLISHER_WORD = KeywordPattern.startingAtKeys(
            "\\b(press|presses|books|publishing|publishers?|publications|verlag|editions|university|pr|co\\.|company|house|"
                    + "library|archive|institute|gutenberg|hathitrust)\\b",
            "pr", "books", "publish", "publica", "verlag", "editions", "university", "co", "house", "library", "archive",
            "institute", "gutenberg", "hathitrust");
    // The year that ends publication facts; a multivolume work published over several years gives the span
    // ("Albin Michel, 1939–40"), and is dated by its first year.
    private static final Pattern YEAR_AT_END = Pattern.compile(
            "(?:^|[,\\s])\\[?((?:1[0-9]{3}|20[0-9]{2})[a-z]?|n\\.\\s?d\\.|forthcoming)"
            + "(?:\\s*[\u2013\u2014-]\\s*(?:1[0-9]{3}|20[0-9]{2}|[0-9]{2}))?\\]?$", Pattern.CASE_INSENSITIVE);
    // An earlier year left before the last one, "(Madrid, 1875, 1876)": a work printed over two years.
    private static final Pattern EARLIER_YEAR = Pattern.compile("(?:^|,\\s*)(1[0-9]{3}|20[0-9]{2})$");
    private static final Pattern LEADING_EDITION = Pattern.compile(
            "^(" + EDITION_WORD + "(?:,?\\s+(?:and\\s+)?" + EDITION_WORD + "){0,4})\\s+(?:ed\\.?|edn\\.?|edition),\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ORDINAL_ALONE = Pattern.compile("^(\\d+)(?:st|nd|rd|th|d)\\.?$", Pattern.CASE_INSENSITIVE);
    private static final List<String> ORDINAL_WORDS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth");

    static void thesisFacts(String facts, Reference.Builder ref) {
        List<String> parts = splitTopLevelCommas(facts);
        if (!parts.isEmpty()) {
            PartialDate d = Dates.parse(parts.get(parts.size() - 1));
            if (d != null) {
                ref.issued(d);
                parts = parts.subList(0, parts.size() - 1);
            }
        }
        if (!parts.isEmpty()) {
            ref.genre(parts.get(0));
        }
        if (parts.size() > 1) {
            ref.publisher(String.join(", ", parts.subList(1, parts.size())));
        }
    }

    /**
     * The facts of the edition consulted when the first publication comes before it without "repr." (as CMOS
     * 14.114 gives reprints): "(1942; Burbank, CA: Warner Home Video, 2003)" for a film, "(New York: Charles L.
     * Webster, 1885; Project Gutenberg, 2006)" for a book read online. The first part must end in a year and the
     * last in a later one; its year becomes the original date. Any other text is returned as it was
     * ("(Washington, DC: X; Stanford, CA: Y, 1999)" names two publishers of one edition).
     */
    private static String laterEdition(String facts, Reference.Builder ref) {
        int semicolon = facts.indexOf(';');
        String first = facts.substring(0, semicolon).strip();
        String later = facts.substring(semicolon + 1).strip();
        if (later.indexOf(';') >= 0 || !FieldText.hasLetter(later)) {
            return facts;
        }
        Matcher firstYear = YEAR_AT_END.matcher(first);
        Matcher laterYear = YEAR_AT_END.matcher(later);
        if (!firstYear.find() || !laterYear.find() || firstYear.group(1).length() != 4
                || laterYear.group(1).length() != 4
                || Integer.parseInt(firstYear.group(1)) >= Integer.parseInt(laterYear.group(1))) {
            return facts;
        }
        ref.originalDate(PartialDate.ofYear(Integer.parseInt(firstYear.group(1))));
        return later;
    }

    /**
     * {@link #YEAR_AT_END} found in the text, as {@code find} from its first character finds it, or null. A match
     * runs to the end (or to a final line terminator) and holds, after its first character, only ASCII letters and
     * digits, white space, brackets, periods and dashes; so none starts before the last other character, and the
     * search starts there rather than at every position of the facts (the region's bounds do not anchor "^").
     */
    static Matcher yearAtEnd(String s) {
        int from = s.length() - 1;
        while (from >= 0 && mayFollowYearStart(s.charAt(from))) {
            from--;
        }
        Matcher m = YEAR_AT_END.matcher(s).region(Math.max(from, 0), s.length()).useAnchoringBounds(false);
        return m.find() ? m : null;
    }

    private static boolean mayFollowYearStart(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '[' || c == ']'
                || c == '.' || c == '-' || c == '\u2013' || c == '\u2014' || c == ' ' || c == '\t' || c == '\n'
                || c == '\u000B' || c == '\f' || c == '\r'
                // the line terminators before which "$" also matches
                || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * Reads "(Place: Publisher, Year)", "(Publisher, Year)", "(Year)", "(1848; repr., New York: X, 2000)",
     * "(Washington, DC: X; Stanford, CA: Y, 1999)", "(2nd ed., New York: X, 2010)".
     */
    static void publicationFacts(String facts, Reference.Builder ref) {
        String s = withoutStrayEnd(facts.strip());
        Matcher reprint = s.indexOf(';') >= 0 ? REPRINT.matcher(s) : null;
        if (reprint != null && reprint.find()) {
            int original = Dates.lastYearIn(s.substring(0, reprint.start()));
            if (original > 0) {
                ref.originalDate(PartialDate.ofYear(original));
            }
            String before = s.substring(0, reprint.start());
            s = s.substring(reprint.end());
            Matcher originalYear = YEAR_AT_END.matcher(before);
            if (!FieldText.hasLetter(s) && originalYear.find()) {
                // "(Princeton, NJ: Princeton University Press, 2002; repr. 2013)": reprinted by the same publisher.
                s = FieldTokenizer.stripTrailing(before.substring(0, originalYear.start()).strip(), ",") + ", " + s;
            }
        } else if (s.indexOf(';') > 0) {
            s = laterEdition(s, ref);
        }
        Matcher forthcoming = s.endsWith("ing") || s.endsWith("ress") ? FieldText.FORTHCOMING.matcher(s) : null;
        if (forthcoming != null && forthcoming.find()) {
            // "(Chicago: University of Chicago Press, forthcoming)": no date yet (CMOS 14.72).
            ref.note(forthcoming.group().toLowerCase(Locale.ROOT));
            s = FieldTokenizer.stripTrailing(s.substring(0, forthcoming.start()).strip(), ",;");
        }
        Matcher ed = leadingEdition(s);
        if (ed != null) {
            ref.edition(edition(ed.group(1), null));
            s = s.substring(ed.end());
        }
        Matcher year = yearAtEnd(s);
        // OSCOLA writes the publisher and year without a comma between them: "(OUP 1980)", "(Allen Lane 2010)".
        boolean yearWithoutComma = false;
        if (year != null) {
            String y = year.group(1);
            yearWithoutComma = !s.substring(0, year.start()).strip().endsWith(",");
            String before = s.substring(0, year.start()).strip();
            before = FieldTokenizer.stripTrailing(before, ",");
            // "March 3, 2001" before the year belongs to the date.
            PartialDate date = null;
            int lastComma = before.lastIndexOf(',');
            String candidate = lastComma >= 0 ? before.substring(lastComma + 1).strip() : before;
            if (Dates.isMonthDay(candidate)) {
                date = Dates.parse(candidate + ", " + y);
                before = lastComma >= 0 ? before.substring(0, lastComma).strip() : "";
            } else if (!candidate.isEmpty() && !candidate.contains(":")) {
                // "Place: Publisher" is no month: the cheap tests first.
                PartialDate d = Dates.parse(candidate + " " + y);
                if (d != null && (d.month() > 0 || d.season() != null)) {
                    date = d;
                    before = lastComma >= 0 ? before.substring(0, lastComma).strip() : "";
                }
            }
            Matcher earlier = date == null && !before.isEmpty() && Character.isDigit(before.charAt(before.length() - 1))
                    ? EARLIER_YEAR.matcher(before) : null;
            if (earlier != null && earlier.find() && Character.isDigit(y.charAt(0))
                    && Integer.parseInt(earlier.group(1)) <= Integer.parseInt(y.substring(0, 4))) {
                // "(Madrid, 1875, 1876)": printed over two years, dated by the first (as a span is).
                date = PartialDate.ofYear(Integer.parseInt(earlier.group(1)));
                before = FieldTokenizer.stripTrailing(before.substring(0, earlier.start()).strip(), ",");
            }
            if (date == null && Character.isDigit(y.charAt(0))) {
                date = PartialDate.ofYear(Integer.parseInt(YEAR_LETTER.matcher(y).replaceAll("")));
            }
            ref.issued(date);
            s = before;
        }
        if (s.isEmpty()) {
            return;
        }
        // Two publishers: "Washington, DC: X; Stanford, CA: Y" — keep both, in order.
        List<String> places = new ArrayList<>();
        List<String> publishers = new ArrayList<>();
        for (String part : s.split(";")) {
            String p = part.strip();
            if (isNoPlace(p)) {
                continue; // "(n.p., n.d.)": no place and no publisher, said outright; not a place named "n.p."
            }
            int colon = p.indexOf(':');
            if (colon >= 0) {
                places.add(p.substring(0, colon).strip());
                String publisher = FieldTokenizer.stripTrailing(p.substring(colon + 1).strip(), ",");
                if (!isNoPlace(publisher)) {
                    publishers.add(publisher); // "(London: n.p., 1820)": no publisher, said outright
                }
            } else if (Places.isPlace(p)) {
                places.add(p); // "(Princeton, NJ, 2008)": a place and no publisher
            } else if (PUBLISHER_WORD.find(p) || p.contains(",")) {
                List<String> bits = splitTopLevelCommas(p);
                if (bits.size() > 1 && placeBeforePublisher(bits)) {
                    // "(Philadelphia, X University Press, 2006)": the place first, a comma for the colon.
                    places.add(bits.get(0));
                    publishers.add(String.join(", ", bits.subList(1, bits.size())));
                    continue;
                }
                publishers.add(bits.get(0));
                if (bits.size() > 1) {
                    places.add(String.join(", ", bits.subList(1, bits.size())));
                }
            } else if (yearWithoutComma && !s.contains(";") && FieldText.hasLetter(p)) {
                publishers.add(p); // "(OUP 1980)": the publisher alone, as OSCOLA has it
            } else if (!p.isEmpty()) {
                places.add(p);
            }
        }
        ref.publisherPlace(places.isEmpty() ? null : String.join("; ", places));
        ref.publisher(publishers.isEmpty() ? null : String.join("; ", publishers));
    }

    /**
     * {@link #LEADING_EDITION} at the start of the facts ("2nd ed., New York: …"), or null. Every match says "ed"
     * ("ed.", "edn", "edition"), in ASCII letters of either case; most facts do not, and are not searched.
     */
    static Matcher leadingEdition(String facts) {
        if (!FieldTokenizer.containsIgnoreCase(facts, "ed")) {
            return null;
        }
        Matcher m = LEADING_EDITION.matcher(facts);
        return m.lookingAt() ? m : null;
    }

    /** "n.p.", "s.l.": no place said outright. Lower-casing never shortens a text, so a longer one is none. */
    private static boolean isNoPlace(String text) {
        return text.length() <= 5 && NO_PLACE.contains(text.toLowerCase(Locale.ROOT));
    }

    /**
     * The facts without a stray period or comma closing them: "(Barcelona, 1879.)", "(London 1623,)". A period
     * after letters stays ("n.d.", "Co.").
     */
    private static String withoutStrayEnd(String s) {
        int end = s.length();
        if (end > 1 && (s.charAt(end - 1) == ',' || s.charAt(end - 1) == '.' && Character.isDigit(s.charAt(end - 2)))) {
            return s.substring(0, end - 1).strip();
        }
        return s;
    }

    /**
     * Whether the first of comma-separated facts is the place and the rest the publisher: the first is a place of
     * publication, or a name of capitalised words without a publisher's word while a later part has one
     * ("Louvain, Presses Universitaires"; not "Faculty of Law, University of Cambridge").
     */
    private static boolean placeBeforePublisher(List<String> bits) {
        String first = bits.get(0);
        if (PUBLISHER_WORD.find(first)) {
            return false;
        }
        String rest = String.join(", ", bits.subList(1, bits.size()));
        if (Places.isPlace(rest)) {
            return false; // "Sheffield, England": one place, said by the caller
        }
        return Places.isPlace(first) || PUBLISHER_WORD.find(rest) && everyWordCapitalized(first);
    }

    /** "Louvain La Neuve" may be a place; "Faculty of Law" is a body, and its university comes after it. */
    private static boolean everyWordCapitalized(String text) {
        for (String w : FieldText.WHITESPACE.split(text.strip())) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * An edition as CSL keeps it: "2nd" and "Second" are "2" (styles add the ordinal); anything longer ("4th
     * rev.", "rev. and exp.") stays as written, with a revision written after "ed." ("2nd ed. rev.") appended.
     */
    static String edition(String words, String after) {
        String w = words.strip();
        Matcher ordinal = ORDINAL_ALONE.matcher(w);
        if (ordinal.matches()) {
            w = ordinal.group(1);
        } else {
            int k = ORDINAL_WORDS.indexOf(w.toLowerCase(Locale.ROOT));
            if (k >= 0) {
                w = Integer.toString(k + 1);
            }
        }
        return after == null ? w : w + " " + after.strip();
    }

    static List<String> splitTopLevelCommas(String s) {
        List<String> parts = new ArrayList<>();
        for (String p : s.split(",")) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        return parts;
    }
}

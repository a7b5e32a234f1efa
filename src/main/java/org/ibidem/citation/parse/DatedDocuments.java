package org.ibidem.citation.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A despatch, a letter or a newspaper cited by the day it was written or printed, as older notes name it: "See
 * the Court Gazette of May 3, 1689", "Hartley's despatch of Feb. 9-19, 1685", "Lowther's Letters of March 2,/12,
 * 1688". The day is the locator of a short form of the series ("Court Gazette, May 3, 1689"; "Hartley, Feb. 9-19,
 * 1685": a correspondence is cited by its writer, as the notes around it do), not the facts of a new work.
 *
 * <p>Gives the segment rewritten in that shape, character for character in the same places (the words that go
 * become spaces), for the parser to read; the citation keeps the text as written.
 *
 * <p>Stateless and thread-safe.
 */
final class DatedDocuments {

    private DatedDocuments() {
    }

    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\\.?";
    private static final String DAY = MONTH + "\\s+\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?";
    // One day, perhaps in both calendars ("Jan. 22,/Feb. 1"), perhaps with its year ("1684-5"), perhaps two days.
    private static final String DATE = DAY + "(?:,?/\\s*(?:" + DAY + "|" + MONTH + "))?(?:[,.]?\\s+\\d{4}(?:-\\d{1,2})?)?"
            + "(?:\\s+and\\s+" + DAY + "(?:[,.]?\\s+\\d{4}(?:-\\d{1,2})?)?)?|the same day";
    private static final String WORD = "\\p{Lu}[\\p{L}-]+";
    private static final Pattern DATED = Pattern.compile("^(?:(?:See(?: also)?|Cf\\.|Compare)\\s+)?(?<the>the\\s+)?"
            + "(?:(?<owner>" + WORD + "(?:\\s+" + WORD + ")?)(?<genre>['’]s\\s+(?:[Dd]espatch(?:es)?|[Dd]ispatch(?:es)?"
            + "|[Ll]etters?))|(?<title>" + WORD + "(?:['’]s)?(?:\\s+(?:" + WORD + "|of|de|du|la|le)){0,5}))"
            + "(?<of>\\s+of\\s+)(?<date>" + DATE + ")\\.?$");

    // "The changes are announced in the Court Gazette, May 9, 1689.": a sentence that ends on a newspaper's day.
    private static final Pattern PRINTED_IN = Pattern.compile("\\b(?:in|by)\\s+the\\s+(?<title>" + WORD
            + "(?:\\s+(?:" + WORD + "|de|du|la|le)){0,4})(?<of>,\\s+|\\s+of\\s+)(?<date>" + DATE + ")\\.?$");

    // "The chief authority is Hartley's despatch of Feb. 9-19, 1685.": a sentence that ends on a despatch's day.
    private static final Pattern DESPATCH_AT_END = Pattern.compile("\\s(?:is|in|see|See)\\s+(?<owner>" + WORD
            + ")(?<genre>['’]s\\s+(?:despatch|dispatch|letter))(?<of>\\s+of\\s+)(?<date>" + DATE + ")\\.?$");

    /**
     * The segment rewritten as a short form with the day as its locator, the same length as {@code raw}, or null
     * when it names no document by its day.
     */
    static String asShortForm(String raw) {
        if (raw.length() > 160 || !mayNameADay(raw)) {
            return null;
        }
        Matcher m = mayBeDated(raw) ? DATED.matcher(raw) : null;
        if (m == null || !m.matches() || m.group("title") != null && m.group("title").endsWith(" of")) {
            return raw.indexOf(" the ") >= 0 || raw.indexOf("s despatch") >= 0 ? closingDocument(raw) : null;
        }
        StringBuilder b = new StringBuilder(raw);
        if (m.group("the") != null) {
            blank(b, m.start("the"), m.end("the"));
        }
        if (m.group("genre") != null) {
            // "Hartley's despatch of": the writer, then the day.
            blank(b, m.start("genre"), m.end("of"));
            b.setCharAt(m.start("genre"), ',');
        } else {
            blank(b, m.start("of"), m.end("of"));
            b.setCharAt(m.start("of"), ',');
        }
        return b.toString();
    }

    /**
     * What {@link #DATED} needs before it is run: " of ", and no comma or opening quotation mark before the first
     * one (what comes before its "of" is a signal, words and a possessive; a segment that opens with a quoted
     * title, or names its author and a comma, is none).
     */
    private static boolean mayBeDated(String raw) {
        int of = raw.indexOf(" of ");
        if (of < 0) {
            return false;
        }
        int comma = raw.indexOf(',');
        int quote = raw.indexOf('“');
        return (comma < 0 || comma > of) && (quote < 0 || quote > of);
    }

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    /**
     * Whether the segment holds what every shape read here needs, a month's name or "the same day": most segments
     * hold neither, and this costs less than one of the patterns.
     */
    private static boolean mayNameADay(String raw) {
        for (String month : MONTHS) {
            if (raw.contains(month)) {
                return true;
            }
        }
        return raw.contains("the same day");
    }

    /**
     * The sentence that ends on a newspaper's day or a despatch of a day, rewritten as its short form, or null:
     * the prose before it says what the document shows.
     */
    private static String closingDocument(String raw) {
        if (raw.indexOf(';') >= 0) {
            return null;
        }
        Matcher m = inOrByThe(raw) ? PRINTED_IN.matcher(raw) : null;
        if (m != null && m.find() && PeriodicalTitles.isPeriodicalTitle(m.group("title"))) {
            StringBuilder b = new StringBuilder(raw);
            blank(b, 0, m.start("title"));
            blank(b, m.start("of"), m.end("of"));
            b.setCharAt(m.start("of"), ',');
            return b.toString();
        }
        m = raw.contains("despatch") || raw.contains("dispatch") || raw.contains("letter")
                ? DESPATCH_AT_END.matcher(raw) : null;
        if (m != null && m.find()) {
            StringBuilder b = new StringBuilder(raw);
            blank(b, 0, m.start("owner"));
            blank(b, m.start("genre"), m.end("of"));
            b.setCharAt(m.start("genre"), ',');
            return b.toString();
        }
        return null;
    }

    /**
     * Whether "in" or "by", white space, "the" and white space stand somewhere in the text, as {@link #PRINTED_IN}
     * needs: a cheap test before a search that the pattern would start at every character.
     */
    private static boolean inOrByThe(String raw) {
        for (int p = raw.indexOf("the"); p >= 0; p = raw.indexOf("the", p + 1)) {
            int j = p - 1;
            while (j >= 0 && PatternChecks.isSpace(raw.charAt(j))) {
                j--;
            }
            if (j < p - 1 && j >= 1 && p + 3 < raw.length() && PatternChecks.isSpace(raw.charAt(p + 3))
                    && (raw.startsWith("in", j - 1) || raw.startsWith("by", j - 1))) {
                return true;
            }
        }
        return false;
    }

    private static void blank(StringBuilder b, int start, int end) {
        for (int i = start; i < end; i++) {
            b.setCharAt(i, ' ');
        }
    }
}

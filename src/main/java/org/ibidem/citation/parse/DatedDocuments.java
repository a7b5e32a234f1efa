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
            + "(?:\\s+and\\s+" + DAY + "(?:[,.]?\\s+\\d{4}(?:-\\d{1,2})?)?)?";
    private static final String WORD = "\\p{Lu}[\\p{L}-]+";
    private static final Pattern DATED = Pattern.compile("^(?:(?:See(?: also)?|Cf\\.|Compare)\\s+)?(?<the>the\\s+)?"
            + "(?:(?<owner>" + WORD + "(?:\\s+" + WORD + ")?)(?<genre>['’]s\\s+(?:[Dd]espatch(?:es)?|[Dd]ispatch(?:es)?"
            + "|[Ll]etters?))|(?<title>" + WORD + "(?:['’]s)?(?:\\s+(?:" + WORD + "|of|de|du|la|le)){0,5}))"
            + "(?<of>\\s+of\\s+)(?<date>" + DATE + ")\\.?$");

    /**
     * The segment rewritten as a short form with the day as its locator, the same length as {@code raw}, or null
     * when it names no document by its day.
     */
    static String asShortForm(String raw) {
        if (raw.length() > 160 || raw.indexOf(" of ") < 0) {
            return null;
        }
        Matcher m = DATED.matcher(raw);
        if (!m.matches() || m.group("title") != null && m.group("title").endsWith(" of")) {
            return null;
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

    private static void blank(StringBuilder b, int start, int end) {
        for (int i = start; i < end; i++) {
            b.setCharAt(i, ' ');
        }
    }
}

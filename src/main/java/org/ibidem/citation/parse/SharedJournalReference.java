package org.ibidem.citation.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two articles that share one journal reference: "Ida Fenn, “A Note on Docks,” and Carl Dunn, “A Reply to Fenn,”
 * <i>Port Review</i> 3, no. 1 (1997): 1–8, 9–12". An article and the reply printed with it are cited together;
 * both are in that issue, and where two page ranges follow, the first is the first article's, the second the
 * second's.
 */
final class SharedJournalReference {

    private SharedJournalReference() {
    }

    // First: an author and a quoted title closed by a comma; then "and", a second author, a quoted title and the
    // journal's reference, which opens with a capital and gives a number.
    private static final Pattern TWO_ARTICLES = Pattern.compile(
            "^(?<first>[^\"“”]{2,160}?,\\s*[\"“][^\"“”]{2,300}?,[\"”])\\s+and\\s+"
                    + "(?<second>\\p{Lu}[^\"“”]{1,120}?,\\s*[\"“][^\"“”]{2,300}?,[\"”])\\s+(?<journal>\\p{Lu}[^\"“”]*\\d.*)$");
    // The journal's reference ending in two page ranges, one for each article.
    private static final Pattern TWO_RANGES = Pattern.compile(
            "^(?<facts>.*?):\\s*(?<a>\\d+[–-]+\\d+),\\s*(?<b>\\d+[–-]+\\d+)\\.?$");

    /** The two citations' texts, each with the shared reference, or null if the segment is not so written. */
    static Pair split(String raw) {
        if (raw.indexOf(" and ") < 0 || !hasQuoteMarks(raw, 4)) { // two quoted titles, or not this shape
            return null;
        }
        Matcher m = TWO_ARTICLES.matcher(raw);
        if (!m.matches()) {
            return null;
        }
        String journal = m.group("journal");
        String firstJournal = journal;
        String secondJournal = journal;
        Matcher r = TWO_RANGES.matcher(journal);
        if (r.matches()) {
            firstJournal = r.group("facts") + ": " + r.group("a");
            secondJournal = r.group("facts") + ": " + r.group("b");
        }
        return new Pair(m.group("first"), m.group("first") + " " + firstJournal, m.start("second"),
                m.group("second") + " " + secondJournal);
    }

    /** Whether the text has at least {@code wanted} double quotation marks, straight or curly, in all. */
    private static boolean hasQuoteMarks(String raw, int wanted) {
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if ((c == '"' || c == '“' || c == '”') && ++n == wanted) {
                return true;
            }
        }
        return false;
    }

    /**
     * The texts to read: the first article as written (its title) and with the shared reference, where the second
     * starts in the segment, and the second with its reference.
     */
    record Pair(String firstWritten, String first, int secondStart, String second) {
    }
}

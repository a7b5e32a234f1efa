package org.ibidem.citation.parse;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * References to the Bible by book, chapter and verse ("Gen. 3:16", "1 Cor. 13:4–7 (NRSV)").
 *
 * <p>Chicago cites scripture in the notes only, by the book's name (usually abbreviated), the chapter and the
 * verse joined by a colon, and names the version at the first reference; the same form serves every later
 * reference, and no bibliography entry is needed (CMOS 14.238–14.241, abbreviations at 10.48–10.51). So such a
 * note is not a short form of anything: it stands on its own. A book is recognised only by its name from the
 * list below (full names and both of Chicago's abbreviation styles, with or without periods), and only with a
 * chapter and a verse, so that "Smith 3:16" stays what it was.
 *
 * <p>Stateless and thread-safe.
 */
final class Scripture {

    /**
     * The patterns and the list of books, made the first time a note passes {@link #read}'s cheap test: a document
     * without chapter and verse never builds them.
     */
    private static final class Tables {
        // Groups: the book's number ("1", "II"), the book's name, chapter and verses, the parenthesis after them.
        private static final Pattern REFERENCE = Pattern.compile(
                "^((?:[1-3]|I{1,3})\\s*)?([A-Z][A-Za-z]*\\.?(?:\\s+(?:of\\s+(?:the\\s+)?)?[A-Z][A-Za-z]*\\.?)*)\\s+"
                + "(\\d{1,3}:\\d{1,3}(?:\\s*[\u2013-]\\s*\\d{1,3}(?::\\d{1,3})?)?"
                + "(?:,\\s*\\d{1,3}(?:\\s*[\u2013-]\\s*\\d{1,3})?)*)"
                + "(?:,?\\s*\\(([^()]{2,60})\\))?$");
        // A parenthesis that names a version: "(King James Version)", "(Douay-Rheims Bible)", "(NRSV)".
        private static final Pattern VERSION = Pattern.compile(
                "(?i).*\\b(?:version|bible|translation|vulgate|septuagint)\\b.*|[A-Z]{2,6}");

        private static final Set<String> BOOKS;

        static {
            String[] books = {
                // Hebrew Bible / Old Testament: the name, then Chicago's traditional and shorter abbreviations.
                "genesis|gen|gn", "exodus|exod|ex", "leviticus|lev|lv", "numbers|num|nm", "deuteronomy|deut|dt",
                "joshua|josh|jo", "judges|judg|jgs", "ruth|ru", "samuel|sam|sm", "kings|kgs", "chronicles|chron|chr",
                "ezra|ezr", "nehemiah|neh", "esther|est", "job|jb", "psalms|psalm|ps|pss", "proverbs|prov|prv",
                "ecclesiastes|eccles|eccl|qoheleth", "song of solomon|song of sol|song of songs|sg", "isaiah|isa|is",
                "jeremiah|jer", "lamentations|lam", "ezekiel|ezek|ez", "daniel|dan|dn", "hosea|hos", "joel|jl", "amos|am",
                "obadiah|obad|ob", "jonah|jon", "micah|mic|mi", "nahum|nah|na", "habakkuk|hab|hb", "zephaniah|zeph|zep",
                "haggai|hag|hg", "zechariah|zech|zec", "malachi|mal",
                // New Testament.
                "matthew|matt|mt", "mark|mk", "luke|lk", "john|jn", "acts|acts of the apostles", "romans|rom",
                "corinthians|cor", "galatians|gal", "ephesians|eph", "philippians|phil", "colossians|col",
                "thessalonians|thess|thes", "timothy|tim|tm", "titus|ti", "philemon|philem|phlm", "hebrews|heb",
                "james|jas", "peter|pet|pt", "jude", "revelation|rev|apocalypse",
                // Books of the Apocrypha most often cited.
                "tobit|tob", "judith|jdt", "wisdom|wis", "sirach|sir|ecclesiasticus|ecclus", "baruch|bar",
                "maccabees|macc",
            };
            Set<String> all = new HashSet<>();
            for (String names : books) {
                all.addAll(List.of(names.split("\\|")));
            }
            BOOKS = Set.copyOf(all);
        }

        private Tables() {
        }
    }

    private Scripture() {
    }

    /** A reference read from a note. */
    record Read(String locator, String version) {
    }

    /**
     * Whether a colon stands between two ASCII digits, as {@code \d{1,3}:\d{1,3}} in the reference pattern
     * needs: most notes have a colon only after a place or a closing parenthesis ("(New York: Norton", "(1974):
     * 404"), and the pattern is not run on them.
     */
    private static boolean hasChapterAndVerse(String text) {
        for (int k = text.indexOf(':'); k >= 0; k = text.indexOf(':', k + 1)) {
            if (k > 0 && k + 1 < text.length() && isDigit(text.charAt(k - 1)) && isDigit(text.charAt(k + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The reference the whole text makes: its locator as written ("1 Cor. 13:4–7") and the version named in
     * parentheses after it, or null; null when the text is not a reference to a book of the Bible.
     */
    static Read read(String text) {
        if (text.length() > 120 || !hasChapterAndVerse(text)) {
            return null;
        }
        Matcher m = Tables.REFERENCE.matcher(text);
        if (!m.matches() || !Tables.BOOKS.contains(key(m.group(2)))) {
            return null;
        }
        String version = m.group(4);
        if (version != null && !PatternChecks.matches(Tables.VERSION, version.strip())) {
            return null; // another remark in parentheses: not for this rule to guess
        }
        int end = m.end(3);
        return new Read(text.substring(0, end).strip(), version == null ? null : version.strip());
    }

    private static String key(String bookName) {
        return bookName.replace(".", "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}

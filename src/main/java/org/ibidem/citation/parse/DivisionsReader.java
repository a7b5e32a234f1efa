package org.ibidem.citation.parse;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.citation.Citation;
import org.ibidem.citation.NameOrder;
import org.ibidem.citation.Names;
import org.ibidem.citation.ShortCitation;
import org.ibidem.document.TextSpan;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Name;

/**
 * Reads an authority cited by its own divisions, as learned notes of the seventeenth to nineteenth centuries cite
 * ancient and patristic writers and the church historians: an author (often abbreviated), perhaps an abbreviated
 * title, and the book and chapter: "Orosius, Hist. l. v. c. 3", "Plin. Epist. x. 97", "Justin, Apol. c. 12",
 * "Cave, Hist. Lit. p. 40". "l." (liber) is the book, "c." (caput) the chapter; a lower-case Roman numeral and a
 * number after an abbreviated title are book and chapter too ("Liv. xxi. 4"). The locator is kept as written.
 *
 * <p>A source read through another ("Papias, ap. Euseb. l. iii. c. 39", "(apud Euseb. l. iv. c. 6)") is a
 * citation of the work it is read in: "apud" (abbreviated "ap.") says where the reader can find the passage.
 *
 * <p>Only a head of a few capitalised words (and the small words of Latin and French titles) is read, so prose
 * that happens to end in "c. 5" is left to the readers after it. Stateless and thread-safe.
 */
final class DivisionsReader implements CitationReader {

    private final NameOrder familyNameFirst;

    DivisionsReader(NameOrder familyNameFirst) {
        this.familyNameFirst = familyNameFirst;
    }

    // A division: "l. iv", "c. 5", "lib. 2", "p. 477", a bare Roman numeral or number, a range "14--19".
    private static final String LABEL = "(?:lib|l|cap|c|p|pp)\\. ?";
    private static final String UNIT = "(?:" + LABEL + ")?(?:[ivxlc]{1,7}|\\d{1,4}(?: ?(?:--?|\u2013) ?\\d{1,4})?)";
    // The divisions after the head, then perhaps "&c." (and what follows), then the end or a new sentence.
    private static final Pattern DIVISIONS = Pattern.compile("(?:, ?| )(" + UNIT + "(?:(?:\\. ?|, |\\., )" + UNIT
            + ")*)(?:\\.?,? ?&c\\.?)?(?=\\.?$|\\. (?=[\\p{Lu}*]))");
    private static final Pattern BOOK_OR_CHAPTER = Pattern.compile("(?:^|[ .])(?:lib|l|cap|c)\\. ?[\\dixvlc]");
    private static final Pattern PAGE = Pattern.compile("(?:^|[ .])pp?\\. ?\\d");
    private static final Pattern ROMAN_THEN_NUMBER = Pattern.compile("^[ivxlc]{1,7}\\. ?\\d.*");
    private static final Pattern APUD = Pattern.compile("^(.*?),? ?\\b(?:apud|ap\\.) (.+)$");
    // "apud" or "ap." anywhere in a head, perhaps with nothing after it.
    private static final Pattern APUD_IN_HEAD = Pattern.compile("^.*,? ?\\b(?:apud|ap\\.) .*$");
    // Small words of Latin, French and English titles that may stand in lower case in the head.
    private static final WordSet SMALL_WORDS = new WordSet(Set.of("de", "du", "des", "di", "da", "ad", "in", "of", "the",
            "sur", "la", "le", "les", "et", "and", "contra", "adv.", "advers.", "apud", "ap."));
    // Words of titles that learned notes abbreviate ("Hist. Eccles.", "Annal.", "Epist."): a head opening with one
    // names a work, not its author. The common Latin and English title words of such references.
    private static final WordSet TITLE_WORDS = new WordSet(Set.of("hist", "histor", "eccles", "ecclesiast", "annal", "ann",
            "apol", "apolog", "epist", "ep", "institut", "inst", "dissert", "dissertat", "comment", "vit", "orat",
            "chron", "antiq", "op", "opp", "mem", "memoires"));
    private static final int MAX_HEAD_WORDS = 7;

    @Override
    public boolean readsFields() {
        return false;
    }

    /** A body of no great length, with no title set in italics (that is a modern note's title). */
    @Override
    public boolean accepts(Segment s) {
        return s.body().length() < 600 && s.italics().isEmpty() && mayHaveDivisions(s.body());
    }

    /**
     * What every match of {@link #DIVISIONS} that this reader accepts needs, tested without a pattern: a period
     * and a space after "l", "lib", "c", "cap", "p" or "pp", or between a Roman numeral and a digit ("xv. 44").
     * Most notes have none, and the pattern is not run on them.
     */
    private static boolean mayHaveDivisions(String b) {
        for (int i = b.indexOf(". "); i > 0; i = b.indexOf(". ", i + 1)) {
            int w = i;
            while (w > 0 && Character.isLetter(b.charAt(w - 1))) {
                w--;
            }
            int len = i - w;
            if (len == 0 || len > 7 || w > 0 && b.charAt(w - 1) != ' ' && b.charAt(w - 1) != '.'
                    && b.charAt(w - 1) != ',') {
                continue;
            }
            String word = b.substring(w, i);
            if (word.equals("l") || word.equals("c") || word.equals("lib") || word.equals("cap") || word.equals("p")
                    || word.equals("pp")) {
                return true;
            }
            boolean roman = true;
            for (int k = w; k < i; k++) {
                roman &= "ivxlc".indexOf(b.charAt(k)) >= 0;
            }
            if (roman && i + 2 < b.length() && Character.isDigit(b.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Citation read(Segment s) {
        String body = oneLine(s.body());
        Matcher m = DIVISIONS.matcher(body);
        while (m.find()) {
            String head = body.substring(0, m.start());
            Citation c = read(s, body, head, m);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private Citation read(Segment s, String body, String head, Matcher m) {
        String divisions = m.group(1).replace("  ", " ");
        String cited = head;
        String through = null;
        Matcher apud = APUD.matcher(head);
        if (apud.matches()) {
            // "Papias, ap. Euseb.": the writer quoted, and the work he is read in.
            through = head.substring(0, apud.start(2)).strip();
            cited = apud.group(2);
        }
        if (!plausibleHead(cited)) {
            return null;
        }
        int comma = cited.indexOf(", ");
        String title = comma > 0 ? cited.substring(comma + 2).strip() : null;
        boolean bookOrChapter = BOOK_OR_CHAPTER.matcher(divisions).find();
        boolean abbreviatedTitle = comma < 0 ? endsAbbreviated(cited) && cited.indexOf(' ') > 0
                : title != null && hasAbbreviatedWord(title);
        boolean accepted = bookOrChapter
                // "Liv. xxi. 4", "Lactantius, Institut. Divin. ii. 14": book and chapter after an abbreviated title.
                || abbreviatedTitle && ROMAN_THEN_NUMBER.matcher(divisions).matches()
                // "Cave, Hist. Lit. p. 40", "Hist. Eccles. p. 12": a page of a work named by its abbreviated title.
                || (comma > 0 && abbreviatedTitle || comma < 0 && isTitleWord(cited.split(" ")[0]))
                        && PAGE.matcher(divisions).lookingAt() && isPagesOnly(divisions);
        if (!accepted) {
            return null;
        }
        String author;
        if (comma > 0) {
            author = cited.substring(0, comma).strip();
        } else {
            String[] words = cited.split(" ");
            int k = 0;
            if (isAbbreviation(words[0]) && !isTitleWord(words[0])) {
                k = 1; // "Euseb. Hist. Eccles.": the abbreviated author first
            } else {
                while (k < words.length && !isAbbreviation(words[k]) && Character.isUpperCase(words[k].charAt(0))) {
                    k++; // "Clemens Alexandrin Stromat.": the author's words, then the title's
                }
            }
            author = String.join(" ", List.of(words).subList(0, k));
            title = k < words.length ? String.join(" ", List.of(words).subList(k, words.length)) : null;
        }
        if (!author.isEmpty() && isTitleWord(author.split(" ")[0])) {
            title = cited; // "Hist. Eccles. l. iv. c. 15": a title alone
            author = "";
        }
        // "Grimm's Teut. Myth. ii. 653": the author's possessive before the title.
        author = FieldText.stripPossessive(author);
        List<Name> authors = author.isEmpty() ? List.of() : Names.parseList(author, familyNameFirst);
        if (!author.isEmpty() && authors.isEmpty()) {
            return null;
        }
        if (title != null && title.isBlank()) {
            title = null;
        }
        Locator locator = locatorOf(divisions);
        ShortCitation.Form form = authors.isEmpty() ? ShortCitation.Form.TITLE_ONLY
                : title == null ? ShortCitation.Form.AUTHOR_ONLY : ShortCitation.Form.AUTHOR_TITLE;
        if (form == ShortCitation.Form.TITLE_ONLY && title == null) {
            return null;
        }
        TextSpan titleSpan = null;
        if (title != null) {
            int at = body.indexOf(title, head.length() - cited.length());
            titleSpan = new TextSpan(s.offset() + at, s.offset() + at + title.length());
        }
        int restAt = m.end() + 2;
        String suffix = restAt < body.length() ? s.written().substring(restAt).strip() : null;
        String prefix = through == null ? s.prefix() : s.prefix() == null ? through : s.prefix() + " " + through;
        return new ShortCitation(form, authors, title, null, locator, titleSpan, s.raw(), s.span(), prefix,
                suffix == null || suffix.isEmpty() ? null : suffix, s.flags());
    }

    /** The divisions as a locator: a page as a page ("p. 477" is page 477), the rest as written. */
    static Locator locatorOf(String divisions) {
        String d = divisions.strip();
        if (d.startsWith("c.") || d.startsWith("cap.")) {
            return new Locator("chapter", d); // "c. 4": caput, the chapter (never circa, here)
        }
        Locator parsed = Locators.parse(d);
        if (parsed != null && !parsed.label().equals("line")) {
            return parsed;
        }
        // "l. lxix": liber, the book (never a line, in these notes).
        return new Locator(d.startsWith("l.") || d.startsWith("lib.") ? "book" : "section", d);
    }

    /** A head of at most a few words, each capitalised or a small word of a title, with no digits. */
    private static boolean plausibleHead(String head) {
        if (head.isEmpty() || head.length() > 80 || !Character.isUpperCase(head.charAt(0))) {
            return false;
        }
        String[] words = head.split(" ");
        if (words.length > MAX_HEAD_WORDS) {
            return false;
        }
        for (String w : words) {
            String bare = w.endsWith(",") ? w.substring(0, w.length() - 1) : w;
            if (bare.isEmpty() || !FieldText.hasLetter(bare)) {
                return false;
            }
            for (int i = 0; i < bare.length(); i++) {
                char c = bare.charAt(i);
                if (!Character.isLetter(c) && c != '.' && c != '\'' && c != '’' && c != '-') {
                    return false;
                }
            }
            if (!Character.isUpperCase(bare.charAt(0)) && !SMALL_WORDS.contains(bare, 0, bare.length())) {
                return false;
            }
        }
        return head.indexOf(", ") == head.lastIndexOf(", ") || PatternChecks.matches(APUD_IN_HEAD, head);
    }

    private static boolean isPagesOnly(String divisions) {
        return !BOOK_OR_CHAPTER.matcher(divisions).find();
    }

    /** "Hist.", "Stromat.": a word of three or more letters cut short with a period. */
    private static boolean isAbbreviation(String word) {
        int letters = word.length() - 1;
        return word.endsWith(".") && letters >= 3 && word.chars().limit(letters).allMatch(Character::isLetter);
    }

    private static boolean isTitleWord(String word) {
        String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return TITLE_WORDS.contains(bare, 0, bare.length());
    }

    private static boolean endsAbbreviated(String head) {
        return isAbbreviation(head.substring(head.lastIndexOf(' ') + 1));
    }

    private static boolean hasAbbreviatedWord(String title) {
        for (String w : title.split(" ")) {
            if (isAbbreviation(w)) {
                return true;
            }
        }
        return false;
    }

    /** Line breaks and tabs as spaces, one for one, so that positions stay true. */
    private static String oneLine(String body) {
        StringBuilder b = null;
        for (int i = 0; i < body.length(); i++) {
            if (Character.isWhitespace(body.charAt(i)) && body.charAt(i) != ' ') {
                if (b == null) {
                    b = new StringBuilder(body);
                }
                b.setCharAt(i, ' ');
            }
        }
        return b == null ? body : b.toString();
    }
}

package org.ibidem.citation.parse;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.citation.FullCitation;
import org.ibidem.citation.NameOrder;
import org.ibidem.citation.Names;
import org.ibidem.citation.StyleFlag;
import org.ibidem.document.TextSpan;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;

/**
 * Newspaper, magazine and web articles as law reviews cite them (Bluebook rules 16 and 18): the author, the title
 * with no quotation marks, the periodical or site in large and small capitals (written in capitals in plain text),
 * the date in parentheses, perhaps with the time of posting, then the URL and an archived copy in brackets. Read
 * as a book, the periodical ran into the title and the time became a place and a publisher.
 *
 * <pre>{@code
 * Jane Roe, Some News Story, N.Y. TIMES (July 31, 2018), https://… [https://perma.cc/…].
 *     → article-newspaper "Some News Story", container "N.Y. Times", 2018-07-31, URL
 * Roe Doe, A Post, BUS. INSIDER (Sept. 11, 2019, 12:02 AM), https://….   → the time is dropped
 * A Page, THOMSON REUTERS, https://… (last visited Sept. 12, 2019).      → a web page, accessed on that day
 * Jane Roe, Rights Online, in THE OFFENSIVE WEB 31 (Tom Doe & Ann Poe eds., 2010).   → a chapter ({@link #chapter})
 * }</pre>
 *
 * <p>The periodical in capitals is what tells this shape; the date or the "last visited" date must parse.
 * Stateless and thread-safe.
 */
final class BluebookPress {

    // The tail after the periodical: "(Date[, time])", then ", URL", "[archived URL]", "(last visited Date)", each
    // optional but one of the dates. Groups: date, URL, last visited.
    private static final Pattern TAIL = Pattern.compile(
            "^(?:\\s*\\(([A-Z][a-z]{2,8}\\.?\\s\\d{1,2},\\s\\d{4})(?:,\\s\\d{1,2}:\\d{2}\\s?[AP]\\.?M\\.?)?\\))?"
            + "(?:,?\\s+(https?://\\S+))?(?:\\s+\\[https?://[^\\]\\s]+\\])?"
            + "(?:\\s+\\(last visited ([A-Z][a-z]{2,8}\\.?\\s\\d{1,2},\\s\\d{4})\\))?"
            + "(?:\\s+\\(on file with [^()]{1,80}\\))?$");
    // A page after the periodical's name: "CYBERSECURITY L. REP. 1".
    private static final Pattern PAGE_AFTER = Pattern.compile("^(.*\\D)\\s(\\d{1,5})$");

    // A chapter as law reviews cite it (Bluebook 15.5): the book in capitals after "in", its first page, the
    // pinpoint, and the editors and year in parentheses: "Jane Roe, Rights Online, in THE OFFENSIVE WEB 31, 35
    // (Tom Doe & Ann Poe eds., 2010)". Groups: authors, title, book, first page, pinpoint, editors, year.
    private static final Pattern CHAPTER = Pattern.compile(
            "^(\\p{Lu}[^,]{0,100}?),\\s+(\\S.{1,300}?),\\s+in\\s+(\\p{Lu}[^\\p{Ll}()]{2,200}?)\\s+(\\d{1,5})"
            + "(?:,\\s*(\\d[\\d\\s,\u2013-]{0,20}?))?\\s*\\(([^()]{2,150}?)\\s+eds?\\.,\\s*(\\d{4})\\)$");

    private BluebookPress() {
    }

    /** A chapter in an edited book, its title in capitals, or null. */
    static FullCitation chapter(String raw, TextSpan span, String prefix, String body, boolean cutOff,
                                NameOrder order) {
        if (!body.contains(", in ") || !(body.contains(" eds.,") || body.contains(" ed.,"))) {
            return null;
        }
        Matcher m = CHAPTER.matcher(body);
        if (!m.matches() || !Names.looksLikeNames(m.group(1))) {
            return null;
        }
        Reference.Builder ref = Reference.builder(ItemType.CHAPTER).authors(Names.parseList(m.group(1), order))
                .title(m.group(2).replace("*", "").strip()).containerTitle(SmallCapitals.titleCase(m.group(3).strip()))
                .page(m.group(4)).editors(Names.parseList(m.group(6).strip(), order))
                .issued(PartialDate.ofYear(Integer.parseInt(m.group(7))));
        Locator at = m.group(5) == null ? null : Locator.page(m.group(5).strip());
        return new FullCitation(ref.build(), at, raw, span, prefix, null,
                cutOff ? EnumSet.of(StyleFlag.CUT_OFF) : EnumSet.noneOf(StyleFlag.class));
    }

    /** The article, or null when the text is not of this shape (decided by cheap tests first). */
    static FullCitation read(String raw, TextSpan span, String prefix, String body, boolean cutOff,
                             NameOrder order) {
        if (body.length() > 600 || !(body.contains("http") || body.contains(", 20") || body.contains(", 19"))) {
            return null;
        }
        // The periodical is the last field before the tail: find the tail's opening, then the comma before it.
        int tail = tailStart(body);
        if (tail < 0) {
            return null;
        }
        String head = body.substring(0, tail).strip();
        // The periodical follows the last comma, which may stand inside a quoted headline's closing quotation mark
        // ("…, ‘Just Try to Keep Calm,’ WASH. POST").
        int comma = head.lastIndexOf(", ");
        int quoted = Math.max(head.lastIndexOf(",\u2019 "), head.lastIndexOf(",\u201d "));
        if (Math.max(comma, quoted + 1) < 1) {
            return null; // no field before the periodical (and a head of one character had no room for one)
        }
        String container = head.substring(Math.max(comma + 2, quoted + 3)).strip();
        // The periodical in capitals first: a book's "(New York: Norton, 1999)" has a tail's opening too, and the
        // tail's pattern costs more than this test.
        if (!inCapitals(container)) {
            return null;
        }
        Matcher t = TAIL.matcher(body.substring(tail));
        if (!t.matches() || t.group(1) == null && t.group(3) == null) {
            return null;
        }
        if (quoted > comma) {
            head = head.substring(0, quoted) + head.charAt(quoted + 1) + ", " + container;
            comma = quoted + 1;
        }
        String page = null;
        Matcher p = PAGE_AFTER.matcher(container);
        if (p.matches()) {
            container = p.group(1).strip();
            page = p.group(2);
        }
        String work = head.substring(0, comma);
        String commentary = null;
        for (int i = Parentheticals.nextSentence(work, 0); i > 0; i = Parentheticals.nextSentence(work, i)) {
            int named = work.indexOf(", ", i);
            if (named > i && isNames(work.substring(i, named))) {
                // "He said there are no cars.’ ” D.T. Roe, The Bleak …": the writer's sentences, then the article.
                commentary = work.substring(0, i).strip();
                work = work.substring(i);
                break;
            }
        }
        List<String> parts = new ArrayList<>(List.of(work.split(", ", -1)));
        List<Name> authors = new ArrayList<>();
        // The authors: the first part if it is a name ("Jane Roe", "Jane Roe & Tom Doe"), or the parts up to one
        // that joins the last name with "&" ("A, B, C & D"), all names; a title may have commas and look like one.
        int last = 0;
        for (int k = 0; k < parts.size() - 1 && isNames(parts.get(k)); k++) {
            if (parts.get(k).contains(" & ") || parts.get(k).contains(" and ")) {
                last = k;
                break;
            }
        }
        if (isNames(parts.get(0)) && parts.size() > 1) {
            for (int k = 0; k <= last; k++) {
                authors.addAll(Names.parseList(parts.remove(0), order));
            }
        }
        String title = stripQuotes(String.join(", ", parts).replace("*", "").strip());
        if (title.isEmpty()) {
            return null;
        }
        String shown = keepInitialisms(container, SmallCapitals.titleCase(container));
        ItemType type = Containers.knownPeriodical(shown);
        Reference.Builder ref = Reference.builder(type == null ? ItemType.WEBPAGE : type).authors(authors)
                .title(title).containerTitle(shown);
        if (page != null) {
            ref.page(page);
        }
        if (t.group(1) != null) {
            ref.issued(Dates.parse(t.group(1)));
        }
        if (t.group(2) != null) {
            ref.url(t.group(2));
        }
        if (t.group(3) != null) {
            PartialDate visited = Dates.parse(t.group(3));
            ref.accessed(visited);
        }
        String before = commentary == null ? prefix : prefix == null ? commentary : prefix + " " + commentary;
        return new FullCitation(ref.build(), null, raw, span, before, null,
                cutOff ? EnumSet.of(StyleFlag.CUT_OFF) : EnumSet.noneOf(StyleFlag.class));
    }

    /**
     * Where the tail begins: the " (" of the date, or the ", http" of the URL when no date comes before it; -1 when
     * there is neither.
     */
    private static int tailStart(String body) {
        int url = body.indexOf(", http");
        int searchEnd = url < 0 ? body.length() : url;
        int date = body.lastIndexOf(" (", searchEnd);
        if (date > 0 && date + 2 < body.length() && Character.isUpperCase(body.charAt(date + 2))) {
            return date;
        }
        return url;
    }

    /** Whether the text's letters are all capitals, two at least: "N.Y. TIMES", "POLITICO MAG.", "CNET". */
    private static boolean inCapitals(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 2 && text.length() <= 60;
    }

    /**
     * The title-cased name with the initialisms of the capitals kept: a word of capitals without a vowel ("NBC",
     * "CNN") is letters read one by one, so "NBC NEWS" is "NBC News", not "Nbc News".
     */
    private static String keepInitialisms(String capitals, String titled) {
        String[] from = capitals.split(" ", -1);
        String[] to = titled.split(" ", -1);
        if (from.length != to.length) {
            return titled;
        }
        for (int i = 0; i < from.length; i++) {
            if (from[i].length() > 1 && from[i].chars().allMatch(Character::isUpperCase)
                    && from[i].chars().noneMatch(c -> "AEIOUY".indexOf(c) >= 0)) {
                to[i] = from[i];
            }
        }
        return String.join(" ", to);
    }

    private static boolean isNames(String part) {
        String p = part.strip();
        return !p.isEmpty() && p.length() <= 80 && p.indexOf(':') < 0 && p.indexOf('?') < 0
                && Character.isUpperCase(p.charAt(0)) && Names.looksLikeNames(p);
    }

    /** "‘Just Try to Keep Calm,’" → "Just Try to Keep Calm": a headline quoted within the title keeps its words. */
    private static String stripQuotes(String title) {
        String t = title.endsWith(",\u2019") ? title.substring(0, title.length() - 2) + "\u2019" : title;
        if (t.length() > 2 && (t.charAt(0) == '\u2018' || t.charAt(0) == '\'')
                && (t.endsWith("\u2019") || t.endsWith("'") || t.endsWith(",\u2019"))) {
            t = t.substring(1, t.length() - 1);
        }
        return t.endsWith(",") ? t.substring(0, t.length() - 1) : t;
    }
}

package org.ibidem.citation.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.citation.Citation;
import org.ibidem.citation.FullCitation;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Reference;

/**
 * "Ibid." in the place of a container: "“Cities of the Sea,” <i>Port History</i> 6, no. 3 (1996), especially Lee
 * Park, “Women on the Quays,” <i>ibid.</i>, 301". An author and a quoted title before it make a new article, and
 * "ibid." stands for the periodical issue the note has just cited, not for a work to repeat.
 */
final class IbidAsContainer {

    private IbidAsContainer() {
    }

    // Perhaps a signal, then an author's name, a quoted title closed by a comma, "ibid." and perhaps a page.
    private static final Pattern AUTHOR_TITLE_IBID = Pattern.compile(
            "^(?<author>\\p{Lu}[^\"“”,]{1,80}),\\s*(?<title>[\"“][^\"“”]{2,300}?,[\"”])\\s*\\*?ibid(?:em)?\\.?\\*?"
                    + "(?:,\\s*(?<page>\\d+(?:[–-]+\\d+)?))?\\.?$",
            Pattern.CASE_INSENSITIVE);

    /**
     * The text to read in place of the segment: the author and title, then the reference of the issue cited just
     * before and the page; or null when the segment is no such article.
     */
    static String rewritten(String raw, List<Citation> before) {
        if (before.isEmpty() || !(before.get(before.size() - 1) instanceof FullCitation f)) {
            return null;
        }
        Reference r = f.reference();
        if (r.type() != ItemType.ARTICLE_JOURNAL && r.type() != ItemType.ARTICLE_MAGAZINE
                || r.containerTitle() == null) {
            return null;
        }
        Matcher m = AUTHOR_TITLE_IBID.matcher(withoutSignal(raw));
        if (!m.matches()) {
            return null;
        }
        StringBuilder s = new StringBuilder(m.group("author")).append(", ").append(m.group("title")).append(' ')
                .append(r.containerTitle());
        if (r.volume() != null) {
            s.append(' ').append(r.volume());
            if (r.issue() != null) {
                s.append(", no. ").append(r.issue());
            }
        }
        if (r.issued() != null && r.issued().year() != 0) {
            s.append(" (").append(r.issued().year()).append(')');
        }
        if (m.group("page") != null) {
            s.append(": ").append(m.group("page"));
        }
        return s.toString();
    }

    /** Whether the segment may be such an article: it says "ibid" after a quotation mark (a cheap test). */
    static boolean mayBe(String raw) {
        int k = raw.indexOf("ibid");
        if (k < 0) {
            k = raw.indexOf("Ibid");
        }
        if (k < 3) {
            return false;
        }
        String before = raw.substring(0, k).stripTrailing();
        before = before.endsWith("*") ? before.substring(0, before.length() - 1).stripTrailing() : before;
        // The quoted title closes just before it: ',”' / ',"' (American; MHRA's "‘Title’, ibid." is MhraReader's).
        return before.endsWith(",”") || before.endsWith(",\"");
    }

    /** The signal the segment opened with ("especially"), or null. */
    static String signal(String raw) {
        Matcher signal = HeadReader.SIGNAL.matcher(raw.strip());
        return signal.lookingAt() ? signal.group(1) : null;
    }

    private static String withoutSignal(String raw) {
        String s = raw.strip();
        Matcher signal = HeadReader.SIGNAL.matcher(s);
        return signal.lookingAt() ? s.substring(signal.end()).strip() : s;
    }
}

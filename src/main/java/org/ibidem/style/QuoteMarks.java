package org.ibidem.style;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quotation marks written inside a field, treated as CSL processors treat them (CSL 1.0.2, "Quotes" in
 * Appendix VI "Rich text"; citeproc-js does so, citeproc-java 3.5 does not):
 * <ul>
 *   <li>Before rendering, {@link #smarten} makes a span in straight single quotes, {@code 'Title'}, a quotation
 *       (“Title”), as a straight double-quoted one already is; {@link EntryCleaner} then flips it to ‘Title’ where it
 *       sits inside another quotation. A curly ‘ that nothing closes is kept (citeproc-java makes it ’).</li>
 *   <li>After rendering, {@link #punctuationInside} moves a period or comma that follows a closing quotation mark
 *       inside it, as the locale's {@code punctuation-in-quote} asks (American usage, CMOS 6.9): citeproc-java does
 *       so for the quotes a style adds, not for those written in the field.</li>
 * </ul>
 *
 * <pre>{@code
 * QuoteMarks.smarten("'The Rule of Law' Revisited");     // "“The Rule of Law” Revisited"
 * QuoteMarks.punctuationInside("‘Manifesto—I’. Ibid.");   // "‘Manifesto—I.’ Ibid."
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class QuoteMarks {

    /** The CSL-JSON variables whose text is rich text a style prints as written. */
    private static final List<String> TEXT_VARIABLES = List.of("title", "title-short", "container-title",
            "container-title-short", "collection-title", "event-title", "original-title", "volume-title", "part-title");

    /** 'quoted': opening quote at a word start, closing quote at a word end, no line break between. */
    private static final Pattern STRAIGHT_SINGLE =
            Pattern.compile("(?<![\\p{L}\\p{N}])'(?=[^\\s'])([^'\\n]*?[^\\s'])'(?![\\p{L}\\p{N}])");

    /**
     * Stands in for a ‘ that no ’ closes while citeproc-java renders the field, as it makes such a quote an
     * apostrophe; {@link #restoreLoneOpening} puts it back. A private-use character: no text contains it.
     */
    static final char LONE_OPENING = '\uE018';

    private QuoteMarks() {
    }

    /** Makes the straight-quoted spans in the item's text variables quotations, in place. */
    static void smarten(Map<String, Object> item) {
        for (String variable : TEXT_VARIABLES) {
            if (item.get(variable) instanceof String s && (s.indexOf('\'') >= 0 || s.indexOf('‘') >= 0)) {
                item.put(variable, smarten(s));
            }
        }
    }

    /** The text with each 'span' made “span”, and each ‘ that no ’ follows held by a stand-in. */
    static String smarten(String text) {
        String out = STRAIGHT_SINGLE.matcher(text).replaceAll(m -> Matcher.quoteReplacement("“" + m.group(1) + "”"));
        int open = out.lastIndexOf('‘');
        if (open >= 0 && !closedAfter(out, open)) {
            out = out.substring(0, open) + LONE_OPENING + out.substring(open + 1);
        }
        return out;
    }

    /** Whether a ’ after the index closes a quotation: one that no letter follows ("I’ve" is an apostrophe). */
    private static boolean closedAfter(String text, int open) {
        for (int i = text.indexOf('’', open); i >= 0; i = text.indexOf('’', i + 1)) {
            if (i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** The entry with the stand-in of a lone ‘ made ‘ again ({@code &lsquo;} in HTML). */
    static String restoreLoneOpening(String entry, OutputFormat format) {
        if (entry.indexOf(LONE_OPENING) < 0) {
            return entry;
        }
        return entry.replace(String.valueOf(LONE_OPENING), format == OutputFormat.HTML ? "&lsquo;" : "‘");
    }

    /**
     * The entry with a period or comma after a closing quotation mark moved inside it. A ’ counts as closing only
     * when a ‘ is open and no letter follows it (else it is an apostrophe: "Victor’s", "Jones’ book").
     */
    static String punctuationInside(String entry) {
        if (entry.indexOf('”') < 0 && entry.indexOf('’') < 0) {
            return entry;
        }
        StringBuilder out = new StringBuilder(entry.length());
        Deque<Character> open = new ArrayDeque<>();
        int n = entry.length();
        for (int i = 0; i < n; i++) {
            char c = entry.charAt(i);
            boolean closing = false;
            if (c == '“' || c == '‘') {
                open.push(c);
            } else if (c == '”') {
                closing = true;
                if (!open.isEmpty() && open.peek() == '“') {
                    open.pop();
                }
            } else if (c == '’' && !open.isEmpty() && open.peek() == '‘'
                    && (i + 1 == n || !Character.isLetterOrDigit(entry.charAt(i + 1)))) {
                closing = true;
                open.pop();
            }
            // Closing tags (HTML italics) may stand between the quotation mark and the punctuation.
            int j = i + 1;
            while (closing && entry.startsWith("</", j) && entry.indexOf('>', j) > 0) {
                j = entry.indexOf('>', j) + 1;
            }
            // Move the punctuation, unless the quotation already ends with a mark of its own ("Why?”.").
            if (closing && j < n && (entry.charAt(j) == '.' || entry.charAt(j) == ',')
                    && !(j + 1 < n && entry.charAt(j + 1) == '.')) {
                char before = out.length() > 0 ? out.charAt(out.length() - 1) : ' ';
                if (".,!?".indexOf(before) < 0) {
                    out.append(entry.charAt(j));
                }
                out.append(entry, i, j);
                i = j;
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }
}

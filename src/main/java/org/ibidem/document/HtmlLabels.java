package org.ibidem.document;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The labels of one HTML page's notes and markers: the shape a marker's or backlink's text must have to be a label
 * ("3", "[3]", "*"), the labels a note's text may open with (Gutenberg's {@code [Footnote 3:}, {@code 3.},
 * {@code [3]}), and which label a note gets.
 *
 * <pre>{@code
 * HtmlLabels labels = new HtmlLabels();                       // one per page
 * String shown = HtmlLabels.shownLabel("[12]");              // "12"
 * HtmlLabels.Labelled l = labels.label(li, text, null, null, 1);
 * l.label();   // the number the list shows for li
 * }</pre>
 *
 * <p>Not thread-safe: it numbers each list of the page once, when one of its items is first asked for.
 */
final class HtmlLabels {
    private static final Pattern LABEL_SHAPE = Pattern.compile("\\p{N}{1,9}|[\\p{L}\\p{N}]{1,6}|[*†‡§¶]{1,3}");
    private static final Pattern BRACKETS = Pattern.compile("^[\\[(]\\s*(.*?)\\s*[\\])]$");
    private static final Pattern GUTENBERG = Pattern.compile(
            "^\\[\\s*Footnote\\s+([0-9]{1,4}|[A-Za-z])\\s*[:;.]?\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_LABEL = Pattern.compile("^\\[?([0-9]{1,4})\\]?[.:)]?\\s+");
    /** What a backlink removed from inside parentheses leaves: {@code 208 (return)} becomes {@code 208 ()}. */
    private static final Pattern EMPTIED_PARENTHESES = Pattern.compile("\\s*\\(\\s*\\)\\s*");

    /**
     * The numbers a browser shows for list items: the list's {@code start}, an item's {@code value}. Each list is
     * numbered once, when one of its items is first asked for (counting the items before each one anew made a
     * list of 100,000 notes quadratic).
     */
    private final Map<Element, Map<Element, Integer>> ordinalsByList = new IdentityHashMap<>();

    /** A note's label and its text without the label. */
    record Labelled(String label, NoteTextBuilder text) {
    }

    /** Whether a link's or superscript's text is set in brackets or parentheses ("[3]", "(3)"). */
    static boolean bracketed(String shown) {
        return BRACKETS.matcher(shown).matches();
    }

    /** The label a marker or backlink shows, brackets removed ("[3]" gives "3"), or null when it is no label. */
    static String shownLabel(String shown) {
        Matcher m = BRACKETS.matcher(shown);
        String label = m.matches() ? m.group(1) : shown;
        return LABEL_SHAPE.matcher(label).matches() ? label : null;
    }

    /** Whether a text opens as a Project Gutenberg note does, with {@code [Footnote 3:}. */
    static boolean opensWithGutenbergLabel(String text) {
        return GUTENBERG.matcher(text).lookingAt();
    }

    /** Whether a text opens with a note's number ({@code 1.}, {@code [1]}, {@code 1)}). */
    static boolean opensWithLabel(String text) {
        return LEADING_LABEL.matcher(text).lookingAt();
    }

    /**
     * The label is the number a reader sees: Gutenberg's {@code [Footnote n:}, else the text of the marker that
     * links to the note, else the number its list shows, else a number opening its text, else a backlink's
     * label ({@code [1]} in Word), else its place. A label opening the text is cut off whichever label wins, with
     * the empty parentheses a removed backlink leaves ({@code 208 (return)}) and square brackets around the
     * whole rest (Gutenberg's {@code [ … ]}).
     *
     * @param el            the note's element
     * @param b             the note's text as read
     * @param backlinkLabel the label of the note's first backlink, or null
     * @param markerLabel   the label of the first marker linking to the note, or null
     * @param index         the note's place among the page's notes, from 1
     */
    Labelled label(Element el, NoteTextBuilder b, String backlinkLabel, String markerLabel, int index) {
        String t = b.text();
        Matcher g = GUTENBERG.matcher(t);
        if (g.lookingAt()) {
            int end = t.endsWith("]") ? t.length() - 1 : t.length();
            return new Labelled(g.group(1), b.slice(g.end(), end));
        }
        int from = 0;
        Matcher leading = LEADING_LABEL.matcher(t);
        String leadingLabel = null;
        if (leading.lookingAt()) {
            leadingLabel = leading.group(1);
            from = leading.end();
        }
        Matcher emptied = EMPTIED_PARENTHESES.matcher(t).region(from, t.length());
        if (emptied.lookingAt()) {
            from = emptied.end();
        }
        int to = t.length();
        if (from < to && t.charAt(from) == '[' && t.charAt(to - 1) == ']' && closingBracket(t, from) == to - 1) {
            from++;
            to--;
        }
        NoteTextBuilder rest = b.slice(from, to);
        if (markerLabel != null) {
            return new Labelled(markerLabel, rest);
        }
        Element parent = el.parent();
        if (el.tagName().equals("li") && parent != null && parent.tagName().equals("ol")) {
            return new Labelled(Integer.toString(ordinal(el, parent)), rest);
        }
        if (leadingLabel != null) {
            return new Labelled(leadingLabel, rest);
        }
        return new Labelled(backlinkLabel != null ? backlinkLabel : Integer.toString(index), rest);
    }

    /** Where the {@code [} at {@code open} closes, or -1. */
    private static int closingBracket(String t, int open) {
        int depth = 0;
        for (int i = open; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The number a browser shows for the list item {@code li} of the ordered list {@code ol}. */
    private int ordinal(Element li, Element ol) {
        return ordinalsByList.computeIfAbsent(ol, HtmlLabels::number).get(li);
    }

    private static Map<Element, Integer> number(Element ol) {
        Map<Element, Integer> numbers = new IdentityHashMap<>();
        int n = parseIntOr(ol.attr("start"), 1) - 1;
        for (Element sibling : ol.children()) {
            if (sibling.tagName().equals("li")) {
                n = sibling.hasAttr("value") ? parseIntOr(sibling.attr("value"), n + 1) : n + 1;
                numbers.put(sibling, n);
            }
        }
        return numbers;
    }

    private static int parseIntOr(String s, int fallback) {
        String t = s.strip();
        if (t.isEmpty() || t.length() > PlainTextExtractor.MAX_DIGITS || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return fallback;
        }
        return Integer.parseInt(t);
    }
}

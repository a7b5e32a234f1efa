package org.ibidem.rewrite;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.document.Note;
import org.jspecify.annotations.Nullable;

/**
 * A rewrite into an HTML document: where a citation stands in the source of its note element, and what a
 * rendered cite looks like there. The document is never re-serialized: the cite is spliced into the original
 * text at the source positions the extractor recorded. Italics become the element the note (or else the
 * document) uses, {@code <i>}, {@code <em>} or {@code <cite>}; {@code & < >} in the text are escaped.
 *
 * <p>Immutable and thread-safe.
 */
final class HtmlMarkup {

    private static final Pattern TAG = CiteprocHtml.TAG;
    private static final Pattern ITALIC = Pattern.compile("<(i|em|cite)[\\s>]", Pattern.CASE_INSENSITIVE);
    /** The elements a citation's span may hold or be cut from: inline formatting only. */
    private static final Set<String> INLINE = Set.of("i", "em", "cite", "b", "strong", "span", "small", "u");

    /** The italic element the document uses most: "i" where it uses none. */
    private final String italic;

    private HtmlMarkup(String italic) {
        this.italic = italic;
    }

    /** The conventions of a document's source. */
    static HtmlMarkup of(String source) {
        int i = 0;
        int em = 0;
        Matcher m = ITALIC.matcher(source);
        while (m.find()) {
            if (m.group(1).equalsIgnoreCase("em")) {
                em++;
            } else if (m.group(1).equalsIgnoreCase("i")) {
                i++;
            }
        }
        return new HtmlMarkup(em > i ? "em" : "i");
    }

    /**
     * A cite rendered by citeproc-java as HTML, as this document writes it: italics as the element the original
     * span used, else the document's; bold as {@code <b>}; other tags dropped; the text with {@code & < >}
     * escaped and every other character as itself.
     */
    String htmlOf(String html, String original) {
        Matcher used = ITALIC.matcher(original);
        String element = used.find() ? used.group(1).toLowerCase(Locale.ROOT) : italic;
        StringBuilder out = new StringBuilder();
        Deque<String> opened = new ArrayDeque<>();
        CiteprocHtml.walk(html, new CiteprocHtml.Writer() {
            @Override
            public void text(String text) {
                out.append(escape(text));
            }

            @Override
            public void open(Set<CiteprocHtml.Emphasis> emphasis) {
                String tag = emphasis.contains(CiteprocHtml.Emphasis.ITALIC) ? element
                        : emphasis.contains(CiteprocHtml.Emphasis.BOLD) ? "b" : "";
                opened.push(tag);
                if (!tag.isEmpty()) {
                    out.append('<').append(tag).append('>');
                }
            }

            @Override
            public void close() {
                String tag = opened.pop();
                if (!tag.isEmpty()) {
                    out.append("</").append(tag).append('>');
                }
            }
        });
        return out.toString().strip().replace("<" + element + "></" + element + ">", "");
    }

    /** The characters HTML text must escape. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * The file span {@code [start, end)} of a core, or null if it cannot be found exactly. An inline element the
     * span opens or closes inside ({@code <i>Title</i>} at either end) is taken in whole; the span may hold only
     * inline formatting elements (no link, break or comment), balanced, and must read, tags dropped and entities
     * decoded, as the note's text does.
     */
    static int @Nullable [] inFile(Note note, Spans.Core core, String file) {
        int fs = note.textMap().toSource(core.start());
        int fe = note.textMap().toSource(core.end());
        if (fs < 0 || fe < fs || fe > file.length()) {
            return null;
        }
        // Opened inside an element: take its start tag in; closed inside one: take its end tag in.
        for (int guard = 0; guard < 8; guard++) {
            Balance b = balance(file, fs, fe);
            if (b == null || b.unopened() == 0 && b.unclosed() == 0) {
                break;
            }
            if (b.unopened() > 0) {
                int open = fs > 0 && file.charAt(fs - 1) == '>' ? file.lastIndexOf('<', fs - 1) : -1;
                if (open < 0 || !isStartTag(file.substring(open, fs))) {
                    return null;
                }
                fs = open;
            } else {
                int close = file.indexOf('>', fe);
                if (fe >= file.length() || file.charAt(fe) != '<' || close < 0
                        || file.charAt(fe + 1) != '/') {
                    return null;
                }
                fe = close + 1;
            }
        }
        Balance b = balance(file, fs, fe);
        if (b == null || b.unopened() != 0 || b.unclosed() != 0) {
            return null;
        }
        String written = note.text().substring(core.start(), core.end());
        String there = CiteprocHtml.decode(TAG.matcher(file.substring(fs, fe)).replaceAll(""));
        return Spans.normalized(written, Markup.PLAIN).equals(Spans.normalized(there, Markup.PLAIN))
                ? new int[] {fs, fe} : null;
    }

    /** How the tags of a span pair up: end tags with no start tag in it, start tags with no end tag in it. */
    private record Balance(int unopened, int unclosed) {
    }

    /** The balance of the tags in {@code [from, to)}; null if it holds a tag that is not inline formatting. */
    private static @Nullable Balance balance(String s, int from, int to) {
        String span = s.substring(from, to);
        if (span.contains("<!--") || span.indexOf('<') >= 0 && !TAG.matcher(span).find()) {
            return null;
        }
        Deque<String> open = new ArrayDeque<>();
        int unopened = 0;
        Matcher m = TAG.matcher(span);
        while (m.find()) {
            String name = m.group(2).toLowerCase(Locale.ROOT);
            if (!INLINE.contains(name)) {
                return null;
            }
            if (m.group(1).isEmpty()) {
                open.push(name);
            } else if (!open.isEmpty() && open.peek().equals(name)) {
                open.pop();
            } else if (open.isEmpty()) {
                unopened++;
            } else {
                return null; // crossed elements
            }
        }
        return new Balance(unopened, open.size());
    }

    private static boolean isStartTag(String s) {
        Matcher m = TAG.matcher(s);
        return m.matches() && m.group(1).isEmpty() && INLINE.contains(m.group(2).toLowerCase(Locale.ROOT));
    }
}

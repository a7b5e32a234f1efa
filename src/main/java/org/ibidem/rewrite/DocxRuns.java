package org.ibidem.rewrite;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.ibidem.document.DocxEditor;
import org.ibidem.document.TextSpan;

/**
 * A cite rendered by citeproc-java as HTML, for a .docx: its plain text, the spans of it in italics, and the
 * roman and italic pieces a replacement becomes. A .docx's text is laid out plain, so a rewritten cite carries
 * its italics beside its text ({@link Change#italics()}) and they become run properties when it is written.
 *
 * <p>Stateless and thread-safe.
 */
final class DocxRuns {

    private DocxRuns() {
    }

    /** The cite's text and its italic spans, as rendered (before it is fitted into its note). */
    record Rendered(String text, List<TextSpan> italics) {
    }

    /**
     * The text of a cite rendered as HTML, with its italic spans: an element in italics makes its text italic, one
     * set upright ({@code font-style: normal}) inside it makes its text roman again.
     */
    static Rendered of(String html) {
        StringBuilder text = new StringBuilder();
        List<TextSpan> italics = new ArrayList<>();
        Deque<Boolean> italic = new ArrayDeque<>();
        italic.push(false);
        int[] open = {-1};
        CiteprocHtml.walk(html, new CiteprocHtml.Writer() {
            @Override
            public void text(String s) {
                if (s.isEmpty()) {
                    return;
                }
                if (italic.peek() && open[0] < 0) {
                    open[0] = text.length();
                } else if (!italic.peek() && open[0] >= 0) {
                    italics.add(new TextSpan(open[0], text.length()));
                    open[0] = -1;
                }
                text.append(s);
            }

            @Override
            public void open(Set<CiteprocHtml.Emphasis> emphasis) {
                boolean now = emphasis.contains(CiteprocHtml.Emphasis.ITALIC) || italic.peek()
                        && !emphasis.contains(CiteprocHtml.Emphasis.UPRIGHT);
                italic.push(now);
            }

            @Override
            public void close() {
                italic.pop();
            }
        });
        if (open[0] >= 0 && text.length() > open[0]) {
            italics.add(new TextSpan(open[0], text.length()));
        }
        return new Rendered(text.toString(), List.copyOf(italics));
    }

    /**
     * The italic spans of a rendered cite carried over to the replacement it was fitted into (capitalised, a
     * period taken off or put on, spaces stripped): the text both share at their start and end keeps its
     * italics, the characters the fitting changed are roman.
     */
    static List<TextSpan> carried(Rendered rendered, String replacement) {
        String was = rendered.text();
        int shared = Math.min(was.length(), replacement.length());
        int prefix = 0;
        while (prefix < shared && was.charAt(prefix) == replacement.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < shared - prefix
                && was.charAt(was.length() - 1 - suffix) == replacement.charAt(replacement.length() - 1 - suffix)) {
            suffix++;
        }
        // A capital put on the first letter is the same letter: its italics stay.
        if (prefix == 0 && !was.isEmpty() && !replacement.isEmpty()
                && Character.toUpperCase(was.charAt(0)) == replacement.charAt(0)) {
            prefix = 1;
            suffix = Math.min(suffix, shared - 1);
        }
        List<TextSpan> out = new ArrayList<>();
        for (TextSpan s : rendered.italics()) {
            int start = map(s.start(), was.length(), replacement.length(), prefix, suffix);
            int end = map(s.end(), was.length(), replacement.length(), prefix, suffix);
            if (end > start) {
                out.add(new TextSpan(start, end));
            }
        }
        return out;
    }

    private static int map(int at, int was, int is, int prefix, int suffix) {
        if (at <= prefix) {
            return at;
        }
        if (at >= was - suffix) {
            return at + is - was;
        }
        return prefix;
    }

    /** The replacement of a change as roman and italic pieces, in order, none empty. */
    static List<DocxEditor.Piece> pieces(Change change) {
        String text = change.replacement();
        List<DocxEditor.Piece> out = new ArrayList<>();
        int at = 0;
        for (TextSpan s : change.italics()) {
            if (s.start() > at) {
                out.add(new DocxEditor.Piece(text.substring(at, s.start()), false));
            }
            if (s.end() > Math.max(at, s.start())) {
                out.add(new DocxEditor.Piece(text.substring(Math.max(at, s.start()), s.end()), true));
            }
            at = Math.max(at, s.end());
        }
        if (at < text.length()) {
            out.add(new DocxEditor.Piece(text.substring(at), false));
        }
        return out;
    }
}

package org.ibidem.rewrite;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks a cite as citeproc-java renders it in HTML, for the writers that set it in a document's own markup
 * (Markdown, HTML, LaTeX): its text with entities decoded, and each element's emphasis, whether written as an
 * element ({@code <i>}, {@code <em>}, {@code <b>}) or as citeproc-java's {@code <span style="…">}.
 *
 * <p>Stateless and thread-safe.
 */
final class CiteprocHtml {

    /** An opening or closing tag: its slash, name and attributes. */
    static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z]+)([^>]*)>");

    private CiteprocHtml() {
    }

    /** What an element does to its text; an element may do several things at once. */
    enum Emphasis { ITALIC, UPRIGHT, BOLD, SMALL_CAPS }

    /** Receives the walk: text, and elements opened and closed (balanced: every open is closed once). */
    interface Writer {
        /** Text, entities decoded. */
        void text(String text);

        /** An element opens, with what it does to its text (perhaps nothing). */
        void open(Set<Emphasis> emphasis);

        /** The element opened last closes. */
        void close();
    }

    /** Walks the cite; elements left open at its end are closed, a stray closing tag and {@code <br/>} ignored. */
    static void walk(String html, Writer writer) {
        Matcher m = TAG.matcher(html);
        int at = 0;
        int open = 0;
        while (m.find()) {
            writer.text(decode(html.substring(at, m.start())));
            at = m.end();
            if (m.group(1).isEmpty()) {
                if (!m.group(3).endsWith("/")) {
                    writer.open(emphasis(m.group(2).toLowerCase(Locale.ROOT),
                            m.group(3).toLowerCase(Locale.ROOT).replace(" ", "")));
                    open++;
                }
            } else if (open > 0) {
                writer.close();
                open--;
            }
        }
        writer.text(decode(html.substring(at)));
        for (; open > 0; open--) {
            writer.close();
        }
    }

    private static Set<Emphasis> emphasis(String name, String attributes) {
        Set<Emphasis> e = EnumSet.noneOf(Emphasis.class);
        if (name.equals("i") || name.equals("em") || attributes.contains("font-style:italic")) {
            e.add(Emphasis.ITALIC);
        }
        if (attributes.contains("font-style:normal")) {
            e.add(Emphasis.UPRIGHT);
        }
        if (name.equals("b") || name.equals("strong") || attributes.contains("font-weight:bold")) {
            e.add(Emphasis.BOLD);
        }
        if (attributes.contains("font-variant:small-caps")) {
            e.add(Emphasis.SMALL_CAPS);
        }
        return e;
    }

    /** The text of HTML character references, named (citeproc-java writes {@code &ndash;}) or numeric. */
    static String decode(String s) {
        return s.indexOf('&') < 0 ? s : org.jsoup.parser.Parser.unescapeEntities(s, false);
    }
}

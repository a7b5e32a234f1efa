package org.ibidem.rewrite;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The markup of the document a rewrite writes into: what a rendered cite looks like there. */
enum Markup {
    /** Plain text: no emphasis. */
    PLAIN,
    /** Markdown: italics as {@code *…*}, bold as {@code **…**}. */
    MARKDOWN,
    /** LaTeX: italics as {@code \\emph{…}} or {@code \\textit{…}}, specials escaped ({@link LatexMarkup}). */
    LATEX,
    /** HTML: italics as {@code <i>} or {@code <em>}, {@code & < >} escaped ({@link HtmlMarkup}). */
    HTML;

    /** The markup of a document format that a rewrite writes into. */
    static Markup of(org.ibidem.document.InputFormat format) {
        return switch (format) {
            case MARKDOWN -> MARKDOWN;
            case LATEX -> LATEX;
            case HTML -> HTML;
            default -> PLAIN;
        };
    }

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z]+)([^>]*)>");

    /**
     * A cite rendered as HTML, in Markdown: italics ({@code <i>}, {@code <em>}, citeproc-java's
     * {@code <span style="font-style: italic">}) as {@code *…*}, bold as {@code **…**}, other tags dropped,
     * entities decoded. Spaces just inside an emphasis go outside its marks, where Markdown needs them.
     */
    static String markdownOf(String html) {
        StringBuilder out = new StringBuilder();
        java.util.ArrayDeque<String> marks = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Integer> opened = new java.util.ArrayDeque<>();
        Matcher m = TAG.matcher(html);
        int at = 0;
        while (m.find()) {
            out.append(decode(html.substring(at, m.start())));
            at = m.end();
            String name = m.group(2).toLowerCase(java.util.Locale.ROOT);
            String attributes = m.group(3).toLowerCase(java.util.Locale.ROOT).replace(" ", "");
            if (m.group(1).isEmpty()) {
                if (m.group(3).endsWith("/")) {
                    continue; // <br/> and the like
                }
                String mark = name.equals("i") || name.equals("em") || attributes.contains("font-style:italic") ? "*"
                        : name.equals("b") || name.equals("strong") || attributes.contains("font-weight:bold") ? "**"
                        : "";
                marks.push(mark);
                opened.push(out.length());
                out.append(mark);
            } else if (!marks.isEmpty()) {
                close(out, marks.pop(), opened.pop());
            }
        }
        out.append(decode(html.substring(at)));
        while (!marks.isEmpty()) {
            close(out, marks.pop(), opened.pop());
        }
        return out.toString().strip();
    }

    /** Closes an emphasis opened at {@code start}: dropped if empty, its spaces moved outside its marks. */
    private static void close(StringBuilder out, String mark, int start) {
        if (mark.isEmpty()) {
            return;
        }
        int from = start + mark.length();
        if (out.substring(from).isBlank()) {
            out.delete(start, from);
            return;
        }
        int lead = from;
        while (Character.isWhitespace(out.charAt(lead))) {
            lead++;
        }
        String leading = out.substring(from, lead);
        out.delete(from, lead).insert(start, leading);
        int end = out.length();
        while (Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        out.insert(end, mark);
    }

    /** The text of HTML character references, named (citeproc-java writes {@code &ndash;}) or numeric. */
    static String decode(String s) {
        return s.indexOf('&') < 0 ? s : org.jsoup.parser.Parser.unescapeEntities(s, false);
    }
}

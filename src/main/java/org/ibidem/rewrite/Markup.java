package org.ibidem.rewrite;


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

    /**
     * A cite rendered as HTML, in Markdown: italics ({@code <i>}, {@code <em>}, citeproc-java's
     * {@code <span style="font-style: italic">}) as {@code *…*}, bold as {@code **…**}, other tags dropped,
     * entities decoded. Spaces just inside an emphasis go outside its marks, where Markdown needs them.
     */
    static String markdownOf(String html) {
        StringBuilder out = new StringBuilder();
        java.util.ArrayDeque<String> marks = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Integer> opened = new java.util.ArrayDeque<>();
        CiteprocHtml.walk(html, new CiteprocHtml.Writer() {
            @Override
            public void text(String text) {
                out.append(text);
            }

            @Override
            public void open(java.util.Set<CiteprocHtml.Emphasis> emphasis) {
                String mark = emphasis.contains(CiteprocHtml.Emphasis.ITALIC) ? "*"
                        : emphasis.contains(CiteprocHtml.Emphasis.BOLD) ? "**" : "";
                marks.push(mark);
                opened.push(out.length());
                out.append(mark);
            }

            @Override
            public void close() {
                Markup.close(out, marks.pop(), opened.pop());
            }
        });
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
}

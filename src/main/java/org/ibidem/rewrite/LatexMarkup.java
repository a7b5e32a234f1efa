package org.ibidem.rewrite;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.document.Note;
import org.jspecify.annotations.Nullable;

/**
 * A rewrite into a LaTeX document: where a citation stands in the {@code \footnote{…}} it was read from, and what
 * a rendered cite looks like there. Italics become the command the note (or else the document) uses,
 * {@code \emph{…}} or {@code \textit{…}}; LaTeX's special characters in the text are escaped; dashes and quotation
 * marks are written as the document writes them ({@code --}, {@code ``…''}, or as Unicode characters).
 *
 * <p>Immutable and thread-safe.
 */
final class LatexMarkup {

    private static final Pattern ITALIC = Pattern.compile("\\\\(emph|textit)\\s*\\{");

    /** The italic command the document uses most, without its backslash: "emph" where it uses none. */
    private final String italic;
    /** Whether the document writes dashes as {@code --} and {@code ---} (TeX's ligatures). */
    private final boolean dashLigatures;
    /** Whether the document writes quotation marks as {@code ``…''} (TeX's ligatures). */
    private final boolean quoteLigatures;

    private LatexMarkup(String italic, boolean dashLigatures, boolean quoteLigatures) {
        this.italic = italic;
        this.dashLigatures = dashLigatures;
        this.quoteLigatures = quoteLigatures;
    }

    /** The conventions of a document's source. */
    static LatexMarkup of(String source) {
        int emph = count(source, "\\emph");
        int textit = count(source, "\\textit");
        boolean dashes = source.contains("--") || source.indexOf('\u2013') < 0 && source.indexOf('\u2014') < 0;
        boolean quotes = source.contains("``") || source.indexOf('\u201C') < 0;
        return new LatexMarkup(textit > emph ? "textit" : "emph", dashes, quotes);
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int at = s.indexOf(what); at >= 0; at = s.indexOf(what, at + what.length())) {
            n++;
        }
        return n;
    }

    /**
     * A cite rendered as HTML, in LaTeX: italics as the command the original span used ({@code \emph} or
     * {@code \textit}), else the document's; bold as {@code \textbf}, small capitals as {@code \textsc}; other
     * tags dropped, entities decoded, the text's special characters escaped. Quotation marks and dashes stay
     * Unicode here ({@link #finish} writes them as the document does, once the note's punctuation is placed).
     */
    String latexOf(String html, String original) {
        Matcher used = ITALIC.matcher(original);
        String italicCommand = "\\" + (used.find() ? used.group(1) : italic) + "{";
        // Upright inside italics: \emph toggles by itself, \textit needs \textup.
        String upright = italicCommand.equals("\\emph{") ? "\\emph{" : "\\textup{";
        StringBuilder out = new StringBuilder();
        Deque<Boolean> opened = new ArrayDeque<>();
        CiteprocHtml.walk(html, new CiteprocHtml.Writer() {
            @Override
            public void text(String text) {
                out.append(escape(text));
            }

            @Override
            public void open(Set<CiteprocHtml.Emphasis> emphasis) {
                String command = emphasis.contains(CiteprocHtml.Emphasis.ITALIC) ? italicCommand
                        : emphasis.contains(CiteprocHtml.Emphasis.UPRIGHT) ? upright
                        : emphasis.contains(CiteprocHtml.Emphasis.BOLD) ? "\\textbf{"
                        : emphasis.contains(CiteprocHtml.Emphasis.SMALL_CAPS) ? "\\textsc{" : null;
                opened.push(command != null);
                if (command != null) {
                    out.append(command);
                }
            }

            @Override
            public void close() {
                if (opened.pop()) {
                    out.append('}');
                }
            }
        });
        return out.toString().strip().replace("\\emph{}", "").replace("\\textit{}", "");
    }

    /** LaTeX's special characters in text, escaped; a no-break space as {@code ~}. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&', '%', '$', '#', '_', '{', '}' -> out.append('\\').append(ch);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                case '\\' -> out.append("\\textbackslash{}");
                case '\u00A0' -> out.append('~');
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    /** The fitted replacement with its dashes and quotation marks written as the document writes them. */
    String finish(String replacement) {
        String r = replacement;
        if (dashLigatures) {
            r = r.replace("\u2014", "---").replace("\u2013", "--");
        }
        if (quoteLigatures) {
            r = r.replace("\u201C", "``").replace("\u201D", "''").replace("\u2018", "`").replace("\u2019", "'");
        }
        return r;
    }

    /**
     * The file span {@code [start, end)} of a core, or null if it cannot be found exactly. A command whose
     * argument the span opens or closes inside ({@code \emph{Title}} at either end) is taken in whole; the span
     * must have balanced braces, no comment, and read, commands dropped, as the note's text does.
     */
    static int @Nullable [] inFile(Note note, Spans.Core core, String file) {
        int fs = note.textMap().toSource(core.start());
        int fe = note.textMap().toSource(core.end());
        if (fs < 0 || fe < fs || fe > file.length()) {
            return null;
        }
        // Opened inside a command's argument: take the command before it in ("\emph{" + "SPQR}, 12").
        while (unclosed(file, fs, fe) < 0) {
            int open = fs - 1;
            if (open < 0 || file.charAt(open) != '{') {
                return null;
            }
            int name = open;
            while (name > 0 && Character.isLetter(file.charAt(name - 1))) {
                name--;
            }
            if (name == open || name == 0 || file.charAt(name - 1) != '\\') {
                return null;
            }
            fs = name - 1;
        }
        // Closed inside one: take the closing braces after it in.
        while (fe < file.length() && file.charAt(fe) == '}' && unclosed(file, fs, fe) > 0) {
            fe++;
        }
        if (unclosed(file, fs, fe) != 0 || comment(file, fs, fe)) {
            return null;
        }
        String written = note.text().substring(core.start(), core.end());
        String there = typeset(file.substring(fs, fe));
        return Spans.normalized(plain(written), Markup.PLAIN).equals(Spans.normalized(plain(there), Markup.PLAIN))
                ? new int[] {fs, fe} : null;
    }

    /**
     * Braces opened less braces closed in {@code [from, to)}, escaped ones aside; negative as soon as more close
     * than opened (the span starts inside an argument).
     */
    static int unclosed(String s, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (ch == '\\') {
                i++;
            } else if (ch == '{') {
                depth++;
            } else if (ch == '}' && --depth < 0) {
                return -1;
            }
        }
        return depth;
    }

    /** Whether an unescaped {@code %} (a comment to the end of the line) stands in {@code [from, to)}. */
    private static boolean comment(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (ch == '\\') {
                i++;
            } else if (ch == '%') {
                return true;
            }
        }
        return false;
    }

    private static final Pattern COMMAND = Pattern.compile("\\\\[a-zA-Z]+\\*?\\s*");

    /** Roughly what a span of LaTeX source typesets: commands and braces dropped, escapes and ligatures read. */
    private static String typeset(String source) {
        String s = COMMAND.matcher(source).replaceAll("");
        s = s.replaceAll("\\\\(.)", "$1").replace("{", "").replace("}", "").replace('~', ' ');
        return s.replace("---", "\u2014").replace("--", "\u2013").replace("``", "\u201C").replace("''", "\u201D")
                .replace('`', '\u2018');
    }

    /** Apostrophes and single quotation marks alike: TeX reads {@code '} as either. */
    private static String plain(String s) {
        return s.replace('\u2019', '\'');
    }
}

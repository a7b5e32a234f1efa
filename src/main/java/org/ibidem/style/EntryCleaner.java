package org.ibidem.style;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs, in citeproc-java's rendered entries, the artefacts a reader would notice and citeproc-js (the CSL
 * reference processor) does not produce. Each step changes only character sequences that proper bibliographic
 * text does not contain, so it leaves a correct entry untouched:
 * <ol>
 *   <li>HTML italics and bold come as {@code <span style="font-style: italic">}; they become {@code <i>} and
 *       {@code <b>}, the markup most consumers (and Markdown converters) expect.</li>
 *   <li>A names element whose first variable is missing still emits its delimiter: "In Container, , translated
 *       by", "Title (; J. Doe, Trans.)", "“Title.” . Translated by". The empty slot is removed; a real ellipsis
 *       (". . .") is left alone.</li>
 *   <li>Quotation marks inside a quoted title are not flipped to single ones: “Secret Speech, “On the Cult…,”
 *       Delivered…” becomes “Secret Speech, ‘On the Cult…,’ Delivered…”. Only balanced English curly quotes are
 *       touched.</li>
 *   <li>A period or comma after a quotation mark written in a field goes inside it where the locale says so
 *       ({@link QuoteMarks#punctuationInside}).</li>
 *   <li>APA only: inside a {@code cs:substitute} citeproc-java uses the enclosing label's long form, giving
 *       "(Editor)" where APA prints "(Ed.)".</li>
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
final class EntryCleaner {

    private static final Pattern STYLE_SPAN = Pattern.compile("<span style=\"([^\"]*)\">|</span>");

    /** What may stand between a full stop and a stray second one: closing quotes and closing tags. */
    private static final String CLOSERS = "(?:[”’\"]|&rdquo;|&rsquo;|&quot;|</[a-z]+>)*";

    /** "word. ." or "word.” ." but not the ". . ." of an ellipsis. */
    private static final Pattern DOUBLE_STOP =
            Pattern.compile("(?<=[^\\s.])([.!?]" + CLOSERS + ")\\s+\\.(?!\\s?\\.)");

    private static final Pattern DOUBLE_COMMA = Pattern.compile(",(?:\\s*,)+");
    private static final Pattern EMPTY_AFTER_OPEN = Pattern.compile("([(\\[])\\s*[;,]\\s*");
    private static final Pattern EMPTY_BEFORE_CLOSE = Pattern.compile("\\s*[;,]\\s*([)\\]])");
    private static final Pattern APA_EDITOR = Pattern.compile(" \\((Editor|Editors)\\)");

    private EntryCleaner() {
    }

    /**
     * The entry, repaired.
     *
     * @param entry  one entry as citeproc-java rendered it
     * @param format the markup it is in
     * @param style  the style that rendered it, for the style-specific step
     * @param punctuationInQuote whether the locale puts a period or comma inside a closing quotation mark
     */
    static String clean(String entry, OutputFormat format, ResolvedStyle style, boolean punctuationInQuote) {
        String out = QuoteMarks.restoreLoneOpening(entry.strip(), format);
        if (format == OutputFormat.HTML) {
            out = simpleTags(out);
        }
        out = withoutEmptySlots(out);
        out = flipInnerQuotes(out, format);
        if (punctuationInQuote) {
            out = format == OutputFormat.HTML ? html(QuoteMarks.punctuationInside(unescapeQuotes(out)))
                    : QuoteMarks.punctuationInside(out);
        }
        if (isApa(style)) {
            out = APA_EDITOR.matcher(out).replaceAll(m -> m.group(1).equals("Editor") ? " (Ed.)" : " (Eds.)");
        }
        return out;
    }

    /**
     * Step 2 alone: the delimiters of an empty slot removed ("Title, , trans." → "Title, trans."). Note styles
     * rendered one cite at a time ({@link NoteStyle}) need this and none of the other steps, whose work the
     * rewriter does itself as it places the cite in the note.
     */
    static String withoutEmptySlots(String entry) {
        String out = DOUBLE_COMMA.matcher(entry).replaceAll(",");
        out = EMPTY_AFTER_OPEN.matcher(out).replaceAll("$1");
        out = EMPTY_BEFORE_CLOSE.matcher(out).replaceAll("$1");
        return DOUBLE_STOP.matcher(out).replaceAll("$1");
    }

    /** HtmlFormat's quotation-mark entities as the marks themselves. */
    static String unescapeQuotes(String html) {
        return html.replace("&ldquo;", "“").replace("&rdquo;", "”").replace("&lsquo;", "‘").replace("&rsquo;", "’");
    }

    /** HtmlFormat writes quotation marks as entities: back to them, once moved. */
    private static String html(String text) {
        return text.replace("“", "&ldquo;").replace("”", "&rdquo;").replace("‘", "&lsquo;").replace("’", "&rsquo;");
    }

    private static boolean isApa(ResolvedStyle style) {
        return isApaId(style.id()) || (style.parentId() != null && isApaId(style.parentId()));
    }

    private static boolean isApaId(String id) {
        return id.equals("apa") || id.startsWith("apa-");
    }

    /**
     * Turns italic and bold spans into {@code <i>} and {@code <b>}. Spans nest (a title inside an italic title is
     * set roman with {@code font-style: normal}), so each {@code </span>} closes the tag its own opening became.
     */
    static String simpleTags(String html) {
        Matcher m = STYLE_SPAN.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        Deque<String> closers = new ArrayDeque<>();
        int last = 0;
        while (m.find()) {
            out.append(html, last, m.start());
            last = m.end();
            if (m.group(1) == null) {
                // A </span> with nothing open was not ours to rewrite.
                out.append(closers.isEmpty() ? m.group() : closers.pop());
                continue;
            }
            String css = m.group(1).strip();
            if (css.equals("font-style: italic") || css.equals("font-style:italic")) {
                out.append("<i>");
                closers.push("</i>");
            } else if (css.equals("font-weight: bold") || css.equals("font-weight:bold")) {
                out.append("<b>");
                closers.push("</b>");
            } else {
                out.append(m.group());
                closers.push("</span>");
            }
        }
        out.append(html, last, html.length());
        return out.toString();
    }

    /**
     * Alternates double and single quotation marks by depth: outer “…”, inner ‘…’, innermost “…” again. Leaves
     * the entry as it is when its double quotes do not pair up (an inch mark, a stray quote) or when it uses
     * another language's marks („…“, «…»), where “ and ” may mean something else.
     */
    static String flipInnerQuotes(String entry, OutputFormat format) {
        if (FOREIGN_QUOTES.matcher(entry).find()) {
            return entry;
        }
        // HtmlFormat escapes quotation marks to entities, but the characters themselves are accepted too.
        boolean html = format == OutputFormat.HTML;
        Matcher m = DOUBLE_QUOTE.matcher(entry);
        int depth = 0;
        int maxDepth = 0;
        while (m.find()) {
            depth += isOpening(m.group()) ? 1 : -1;
            if (depth < 0) {
                return entry;
            }
            maxDepth = Math.max(maxDepth, depth);
        }
        if (depth != 0 || maxDepth < 2) {
            return entry;
        }
        StringBuilder out = new StringBuilder(entry.length());
        m.reset();
        while (m.find()) {
            boolean opening = isOpening(m.group());
            if (opening) {
                depth++;
            }
            String replacement = m.group();
            if (depth % 2 == 0) {
                replacement = opening ? (html ? "&lsquo;" : "‘") : (html ? "&rsquo;" : "’");
            }
            if (!opening) {
                depth--;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final Pattern DOUBLE_QUOTE = Pattern.compile("“|”|&ldquo;|&rdquo;");
    private static final Pattern FOREIGN_QUOTES = Pattern.compile("[„«»]|&bdquo;|&laquo;|&raquo;");

    private static boolean isOpening(String quote) {
        return quote.equals("“") || quote.equals("&ldquo;");
    }
}

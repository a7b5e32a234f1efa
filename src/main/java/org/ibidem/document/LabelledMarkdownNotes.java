package org.ibidem.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * The notes of a Markdown file written without footnote syntax, as pages converted from HTML or Word and many
 * Jekyll sites write them: each note a line that opens with its label, the body's markers raw HTML.
 *
 * <ul>
 *   <li>A line that opens with a label in raw HTML, a superscript {@code <sup>12</sup>. text} or an anchor
 *       {@code <a id="12" href="#ref12">[12]</a> text}, starts a note, wherever it stands (law reviews
 *       republished as web pages set each page's notes between {@code ***} rules after its text).</li>
 *   <li>Under a "Notes", "Footnotes" or "Endnotes" heading, up to the next heading of its level, a line that
 *       opens with {@code [12]} starts a note, and the items of an ordered list are notes numbered as the list
 *       renders them.</li>
 *   <li>A note runs on over the lines after its label up to the next label; kramdown's attribute lines
 *       ({@code {: .small}}) are markup, not text.</li>
 *   <li>Markers are the superscripts ({@code <sup>12</sup>}) and in-page links labelled with a number
 *       ({@code <a href="#12">12</a>}) of the other lines, and {@code [12]} when the notes are so labelled.</li>
 * </ul>
 * A note's label and number are the number a reader sees before it. Used only when a file has no footnote of
 * Markdown's own syntax, so a page that has both is read as it renders.
 *
 * <p>Stateless; one call per document.
 */
final class LabelledMarkdownNotes {

    /**
     * A label opening a line in raw HTML: superscripts and anchors around a number, maybe in brackets. The tags
     * around it are bounded ({@code {1,8}}): a repeated group recurses in {@link java.util.regex}, and a line of
     * thousands of tags would overflow the stack.
     */
    private static final Pattern HTML_OPENER = Pattern.compile(
            "\\s{0,3}((?:<(?:sup|a)\\b[^>]*>\\s*){1,8})\\[?([0-9]{1,4})\\]?\\s*(?:</(?:sup|a)\\s*>\\s*){1,8}"
                    + "(?:[.:)]\\s*)?(?=\\S)", Pattern.CASE_INSENSITIVE);
    /** A label opening a line under a notes heading: {@code [12]}. */
    private static final Pattern PLAIN_OPENER = Pattern.compile("\\s{0,3}\\[([0-9]{1,4})\\][.:]?\\s+(?=\\S)");
    /** What a reader sees of a label at the start of the note's text, cut off it. */
    private static final Pattern SHOWN_LABEL = Pattern.compile("^\\s*\\[?[0-9]{1,4}\\]?\\s*[.:)]?\\s*");
    private static final Pattern SUPERSCRIPT_MARKER = Pattern.compile(
            "<sup\\b[^>]*>\\s*(?:<a\\b[^>]*>\\s*)?\\[?([0-9]{1,4})\\]?\\s*(?:</a\\s*>\\s*)?</sup\\s*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK_MARKER = Pattern.compile(
            "<a\\b[^>]*href\\s*=\\s*[\"']#[^\"']*[\"'][^>]*>\\s*\\[?([0-9]{1,4})\\]?\\s*</a\\s*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BRACKET_MARKER = Pattern.compile("\\[([0-9]{1,4})\\]");
    private static final Pattern KRAMDOWN_ATTRIBUTES = Pattern.compile("\\s*\\{:[^}\\n]*\\}\\s*");
    static final Pattern NOTES_HEADING = Pattern.compile("(?i)\\s*(?:end|foot)?\\s*notes?\\s*:?\\s*");

    private final String source;
    private final LineIndex lines;
    private final BiConsumer<Node, NoteTextBuilder> inline;
    private final ToIntFunction<Node> start;
    private final List<Pending> pending = new ArrayList<>();
    private final List<int[]> bodyLines = new ArrayList<>();
    private boolean plainLabels;

    private LabelledMarkdownNotes(String source, LineIndex lines, BiConsumer<Node, NoteTextBuilder> inline,
                                  ToIntFunction<Node> start) {
        this.source = source;
        this.lines = lines;
        this.inline = inline;
        this.start = start;
    }

    /** The notes and markers found, both empty when no line opens with a label. */
    record Found(List<Note> notes, List<Marker> markers) {
    }

    /**
     * Reads the labelled notes of a parsed file.
     *
     * @param inline appends one inline node's text to a note, as the footnote reader does
     * @param start  a node's offset in the file
     */
    static Found find(Node root, String source, LineIndex lines, BiConsumer<Node, NoteTextBuilder> inline,
                      ToIntFunction<Node> start) {
        LabelledMarkdownNotes reader = new LabelledMarkdownNotes(source, lines, inline, start);
        reader.blocks(root);
        if (reader.pending.isEmpty()) {
            return new Found(List.of(), List.of());
        }
        List<Note> notes = new ArrayList<>();
        for (Pending p : reader.pending) {
            NoteTextBuilder b = new NoteTextBuilder();
            for (Node n : p.nodes) {
                inline.accept(n, b);
            }
            String text = b.text();
            Matcher shown = SHOWN_LABEL.matcher(text);
            NoteTextBuilder cut = p.labelShown && shown.lookingAt() ? b.slice(shown.end(), text.length()) : b;
            notes.add(cut.toNote(notes.size() + 1, PlainTextExtractor.parseNumber(p.label), p.label,
                    lines.position(p.position), null));
        }
        return new Found(notes, reader.markers());
    }

    /** A note found: its label, where it starts, and the inline nodes of its lines. */
    private record Pending(String label, int position, boolean labelShown, List<Node> nodes) {
    }

    /** Walks the blocks in order, knowing whether they stand under a notes heading. */
    private void blocks(Node root) {
        int[] notesLevel = {0};
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (notesLevel[0] > 0 && heading.getLevel() <= notesLevel[0]) {
                    notesLevel[0] = 0;
                }
                StringBuilder shown = new StringBuilder();
                for (Node n = heading.getFirstChild(); n != null; n = n.getNext()) {
                    if (n instanceof Text) {
                        shown.append(MarkdownMask.unmask(((Text) n).getLiteral()));
                    }
                }
                if (notesLevel[0] == 0 && NOTES_HEADING.matcher(shown).matches()) {
                    notesLevel[0] = heading.getLevel();
                }
                bodyLines.add(span(heading.getFirstChild(), heading.getLastChild()));
            }

            @Override
            public void visit(Paragraph paragraph) {
                int number = listNumber(paragraph, notesLevel[0] > 0);
                paragraph(paragraph, notesLevel[0] > 0, number);
            }
        });
    }

    /** The number an ordered list renders for the item this paragraph opens, or 0. */
    private static int listNumber(Paragraph paragraph, boolean underNotesHeading) {
        if (!underNotesHeading || !(paragraph.getParent() instanceof ListItem item)
                || item.getFirstChild() != paragraph || !(item.getParent() instanceof OrderedList list)) {
            return 0;
        }
        Integer marked = list.getMarkerStartNumber();
        int number = marked == null ? 1 : marked;
        for (Node n = list.getFirstChild(); n != null && n != item; n = n.getNext()) {
            number++;
        }
        return number;
    }

    /** Splits a paragraph into lines and gives each line that opens with a label, and those after it, a note. */
    private void paragraph(Paragraph paragraph, boolean underNotesHeading, int listNumber) {
        List<Node> line = new ArrayList<>();
        Pending current = null;
        if (listNumber > 0) {
            Node item = paragraph.getParent();
            current = new Pending(Integer.toString(listNumber), start.applyAsInt(item), false, new ArrayList<>());
            pending.add(current);
            for (Node n = item.getFirstChild(); n != null; n = n.getNext()) {
                current.nodes.add(n); // the whole item: its paragraphs are the note's
            }
            return;
        }
        for (Node n = paragraph.getFirstChild(); ; n = n.getNext()) {
            boolean lineEnds = n == null || n instanceof SoftLineBreak || n instanceof HardLineBreak;
            if (!lineEnds) {
                line.add(n);
                continue;
            }
            if (!line.isEmpty()) {
                current = line(line, current, underNotesHeading);
                if (n != null && current != null) {
                    current.nodes.add(n);
                }
            }
            line = new ArrayList<>();
            if (n == null) {
                return;
            }
        }
    }

    /** Takes one line of a paragraph; returns the note it belongs to, or null for a body line. */
    private Pending line(List<Node> line, Pending current, boolean underNotesHeading) {
        int from = start.applyAsInt(line.get(0));
        int[] span = span(line.get(0), line.get(line.size() - 1));
        String raw = source.substring(span[0], span[1]);
        if (KRAMDOWN_ATTRIBUTES.matcher(raw).matches()) {
            return current; // {: .class} applies to the block: markup, not text
        }
        Matcher html = HTML_OPENER.matcher(raw);
        Matcher plain = PLAIN_OPENER.matcher(raw);
        String label = null;
        if (html.lookingAt() && (html.group(1).toLowerCase(java.util.Locale.ROOT).contains("<sup")
                || html.group(1).matches("(?is).*\\b(id|name)\\s*=.*"))) {
            label = html.group(2);
        } else if (underNotesHeading && plain.lookingAt()) {
            label = plain.group(1);
            plainLabels = true;
        }
        if (label != null) {
            Pending note = new Pending(label, from, true, new ArrayList<>(line));
            pending.add(note);
            return note;
        }
        if (current != null) {
            current.nodes.addAll(line);
            return current;
        }
        bodyLines.add(span);
        return null;
    }

    /** The offsets in the file from the start of {@code first} to the end of {@code last}. */
    private int[] span(Node first, Node last) {
        if (first == null) {
            return new int[] {0, 0};
        }
        int from = start.applyAsInt(first);
        int to = from;
        for (SourceSpan s : last.getSourceSpans()) {
            to = Math.max(to, s.getInputIndex() + s.getLength());
        }
        if (last.getSourceSpans().isEmpty()) {
            to = Math.max(to, start.applyAsInt(last));
        }
        return new int[] {from, Math.min(Math.max(from, to), source.length())};
    }

    /** The markers of the body lines, in file order. */
    private List<Marker> markers() {
        List<Marker> markers = new ArrayList<>();
        for (int[] span : bodyLines) {
            if (span[1] <= span[0]) {
                continue;
            }
            String raw = source.substring(span[0], span[1]);
            List<Pattern> shapes = plainLabels ? List.of(SUPERSCRIPT_MARKER, LINK_MARKER, BRACKET_MARKER)
                    : List.of(SUPERSCRIPT_MARKER, LINK_MARKER);
            List<int[]> found = new ArrayList<>();
            for (Pattern shape : shapes) {
                Matcher m = shape.matcher(raw);
                while (m.find()) {
                    if (!inside(found, m.start())) {
                        found.add(new int[] {m.start(), m.end()});
                        String label = m.group(1);
                        markers.add(new Marker(label, PlainTextExtractor.parseNumber(label),
                                lines.position(span[0] + m.start()), null));
                    }
                }
            }
        }
        markers.sort(java.util.Comparator.comparingInt(m -> m.position().offset()));
        return markers;
    }

    private static boolean inside(List<int[]> ranges, int at) {
        for (int[] r : ranges) {
            if (at >= r[0] && at < r[1]) {
                return true;
            }
        }
        return false;
    }
}

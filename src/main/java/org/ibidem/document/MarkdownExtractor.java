package org.ibidem.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.footnotes.InlineFootnote;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads notes from Markdown: footnote references {@code [^1]} or {@code [^label]} with their definitions
 * {@code [^1]: …}, and inline notes {@code ^[…]}, as commonmark-java's footnotes extension parses them (the
 * syntax of GitHub, pandoc, kramdown and Jekyll sites).
 *
 * <ul>
 *   <li>A note's {@link Note#number()} is the number it renders as: footnotes are numbered in the order of their
 *       first reference; a definition nothing refers to does not render and gets number 0.
 *       {@link Note#label()} is the label as written ("smith" for {@code [^smith]}); an inline note's label is
 *       its number.</li>
 *   <li>Notes are listed in rendering order (by number), unreferenced definitions last.</li>
 *   <li>Emphasis ({@code *Title*}, {@code _Title_}, or inline {@code <i>}/{@code <em>}/{@code <cite>}) is
 *       removed from the text and recorded in {@link Note#emphasis()}; links keep their text and lose their
 *       target, as a reader sees them.</li>
 *   <li>A reference whose label has no definition stays literal text in Markdown; it is still reported as a
 *       {@link Marker}, so the chain checks can say the note is missing.</li>
 *   <li>YAML front matter, Liquid tags ({@code {% … %}}, {@code {{ … }}}, and the bodies of
 *       {@code highlight}/{@code comment} blocks), code blocks, code spans and raw HTML blocks never yield notes
 *       or markers.</li>
 * </ul>
 * A file with no footnote in this syntax is read for notes written as labelled lines instead
 * ({@code <sup>12</sup>. text}, {@code <a id="12">[12]</a> text}, {@code [12] text} under a "Notes" heading), see
 * {@link LabelledMarkdownNotes}.
 * A definition's position is its {@code [^label]:}; an inline note's is the {@code [} after its {@code ^},
 * which is its marker. All positions and text maps point into the original text: the parser's source spans are
 * used, and front matter and Liquid are blanked in place rather than removed ({@link MarkdownMask}), so no offset
 * shifts.
 *
 * <pre>{@code
 * Document doc = new MarkdownExtractor().extract("essay.md",
 *         "Text.[^1]\n\n[^1]: Mary Beard, *SPQR* (New York: Liveright, 2015), 12.\n");
 * doc.notes().get(0).text();       // "Mary Beard, SPQR (New York: Liveright, 2015), 12."
 * doc.notes().get(0).emphasis();   // [TextSpan[start=12, end=16]]
 * }</pre>
 *
 * <p>Stateless and thread-safe (commonmark-java's parser is thread-safe). Never throws on content.
 */
public final class MarkdownExtractor implements NoteExtractor {

    /** Creates an extractor; it keeps no state between documents. */
    public MarkdownExtractor() {
        // nothing to set up
    }

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(FootnotesExtension.builder().inlineFootnotes(true).build()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private static final Pattern UNDEFINED_REFERENCE = Pattern.compile("\\[\\^([^\\]\\s\\[^]{1,40})\\]");
    private static final Pattern EMPHASIS_OPEN = Pattern.compile("(?i)<(em|i|cite)(\\s[^>]*)?>");
    private static final Pattern EMPHASIS_CLOSE = Pattern.compile("(?i)</(em|i|cite)\\s*>");

    @Override
    public InputFormat format() {
        return InputFormat.MARKDOWN;
    }

    @Override
    public Document extract(String name, String text) {
        LineIndex lines = new LineIndex(text);
        Node root = PARSER.parse(MarkdownMask.mask(text));
        Walk walk = new Walk(text, lines);
        walk.body(root);
        if (walk.pending.isEmpty()) {
            LabelledMarkdownNotes.Found labelled = LabelledMarkdownNotes.find(root, text, lines, walk::inline,
                    walk::start);
            if (!labelled.notes().isEmpty()) {
                List<Marker> markers = new ArrayList<>(walk.markers);
                markers.addAll(labelled.markers());
                markers.sort(Comparator.comparingInt(m -> m.position().offset()));
                return new Document(name, format(), text, labelled.notes(), markers, List.of(), lines);
            }
        }

        List<Note> notes = new ArrayList<>();
        walk.pending.sort(Comparator.comparingInt((PendingNote p) -> p.number == 0 ? Integer.MAX_VALUE : p.number)
                .thenComparingInt(p -> p.position));
        for (PendingNote p : walk.pending) {
            notes.add(p.text.toNote(notes.size() + 1, p.number, p.label, lines.position(p.position), null));
        }
        walk.markers.sort(Comparator.comparingInt(m -> m.position().offset()));
        return new Document(name, format(), text, notes, walk.markers, List.of(), lines);
    }

    /** A note found while walking, numbered once all references are seen. */
    private static final class PendingNote {
        final String label;
        final int number;
        final int position;
        final NoteTextBuilder text;

        PendingNote(String label, int number, int position, NoteTextBuilder text) {
            this.label = label;
            this.number = number;
            this.position = position;
            this.text = text;
        }
    }

    /** One pass over the parsed tree. */
    private static final class Walk {
        private final String source;
        private final LineIndex lines;
        private final Map<String, Integer> numbers = new HashMap<>();
        private final List<FootnoteDefinition> definitions = new ArrayList<>();
        private final List<Marker> markers = new ArrayList<>();
        private final List<PendingNote> pending = new ArrayList<>();
        private int nextNumber = 1;

        Walk(String source, LineIndex lines) {
            this.source = source;
            this.lines = lines;
        }

        /** The body: references and inline notes in reading order, which fixes the numbers. */
        void body(Node root) {
            bodyChildren(root);
            for (FootnoteDefinition d : definitions) {
                NoteTextBuilder b = new NoteTextBuilder();
                note(d, b);
                String label = MarkdownMask.unmask(d.getLabel());
                Integer number = numbers.get(key(label));
                pending.add(new PendingNote(label, number == null ? 0 : number, start(d), b));
            }
        }

        private void bodyChildren(Node parent) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof FootnoteDefinition) {
                    definitions.add((FootnoteDefinition) n);
                } else if (n instanceof FootnoteReference) {
                    String label = MarkdownMask.unmask(((FootnoteReference) n).getLabel());
                    int number = numbers.computeIfAbsent(key(label), k -> nextNumber++);
                    markers.add(new Marker(label, number, lines.position(start(n)), null));
                } else if (n instanceof InlineFootnote) {
                    int number = nextNumber++;
                    String label = Integer.toString(number);
                    int at = start(n);
                    markers.add(new Marker(label, number, lines.position(at), null));
                    NoteTextBuilder b = new NoteTextBuilder();
                    note(n, b);
                    // The note starts at its "[", just after the marker "^", so a marker always precedes its note.
                    pending.add(new PendingNote(label, number, Math.min(at + 1, source.length()), b));
                } else if (n instanceof Text) {
                    undefinedReferences((Text) n);
                } else if (!isCode(n)) {
                    bodyChildren(n);
                }
            }
        }

        /** {@code [^x]} left as text because nothing defines {@code x}: a marker without a note. */
        private void undefinedReferences(Text t) {
            String literal = MarkdownMask.unmask(t.getLiteral());
            if (literal.indexOf("[^") < 0) {
                return;
            }
            Matcher m = UNDEFINED_REFERENCE.matcher(literal);
            int[] offsets = null;
            while (m.find()) {
                if (offsets == null) {
                    offsets = align(t, literal);
                }
                String label = m.group(1);
                markers.add(new Marker(label, PlainTextExtractor.parseNumber(label),
                        lines.position(offsets[m.start()]), null));
            }
        }

        /** Appends the text of a note's content. */
        private void note(Node parent, NoteTextBuilder b) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                inline(n, b);
            }
        }

        /** Appends the text of one node of a note's content. */
        void inline(Node n, NoteTextBuilder b) {
            if (n instanceof Text) {
                appendAligned(b, n, MarkdownMask.unmask(((Text) n).getLiteral()));
            } else if (n instanceof Code) {
                appendAligned(b, n, MarkdownMask.unmask(((Code) n).getLiteral()));
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                b.space();
            } else if (n instanceof Emphasis) {
                b.beginEmphasis();
                note(n, b);
                b.endEmphasis();
            } else if (n instanceof HtmlInline) {
                String html = ((HtmlInline) n).getLiteral();
                if (EMPHASIS_OPEN.matcher(html).matches()) {
                    b.beginEmphasis();
                } else if (EMPHASIS_CLOSE.matcher(html).matches()) {
                    b.endEmphasis();
                } else if (html.regionMatches(true, 0, "<br", 0, 3)) {
                    b.space();
                }
            } else if (n instanceof Image || n instanceof FootnoteReference || n instanceof InlineFootnote
                    || isCode(n)) {
                return; // not part of the note's running text
            } else {
                note(n, b);
                if (n instanceof Block) {
                    b.space(); // between paragraphs, list items and other blocks
                }
            }
        }

        private void appendAligned(NoteTextBuilder b, Node n, String literal) {
            int[] offsets = align(n, literal);
            for (int k = 0; k < literal.length(); k++) {
                b.append(literal.charAt(k), offsets[k]);
            }
        }

        /** File offsets of a node's literal, from its source spans. */
        private int[] align(Node n, String literal) {
            StringBuilder raw = new StringBuilder();
            List<SourceSpan> spans = n.getSourceSpans();
            int total = 0;
            for (SourceSpan s : spans) {
                total += s.getLength();
            }
            int[] rawOffsets = new int[total];
            for (SourceSpan s : spans) {
                int from = Math.min(s.getInputIndex(), source.length());
                int to = Math.min(from + s.getLength(), source.length());
                for (int k = from; k < to; k++) {
                    rawOffsets[raw.length()] = k;
                    raw.append(source.charAt(k));
                }
            }
            return SourceAlignment.align(literal, raw, rawOffsets, start(n));
        }

        int start(Node n) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (spans.isEmpty()) {
                Node parent = n.getParent();
                return parent == null ? 0 : start(parent);
            }
            return Math.min(spans.get(0).getInputIndex(), source.length());
        }

        private static boolean isCode(Node n) {
            return n instanceof Code || n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock
                    || n instanceof HtmlBlock || n instanceof HtmlInline;
        }

        /** Labels match as commonmark matches them: case-insensitively, white space folded. */
        private static String key(String label) {
            return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }
    }

}

package org.ibidem.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * A definition's position is its {@code [^label]:}; an inline note's is the {@code [} after its {@code ^},
 * which is its marker. All positions and text maps point into the original text: the parser's source spans are
 * used, and masked front matter and Liquid are blanked in place rather than removed, so no offset shifts.
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

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(FootnotesExtension.builder().inlineFootnotes(true).build()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private static final Pattern UNDEFINED_REFERENCE = Pattern.compile("\\[\\^([^\\]\\s\\[^]{1,40})\\]");
    private static final Pattern EMPHASIS_OPEN = Pattern.compile("(?i)<(em|i|cite)(\\s[^>]*)?>");
    private static final Pattern EMPHASIS_CLOSE = Pattern.compile("(?i)</(em|i|cite)\\s*>");
    private static final Pattern LIQUID_BLOCK = Pattern.compile("^-?\\s*(highlight|comment)\\b");
    /**
     * Stands in for a {@code <} that cannot open anything (see {@link #mask}): punctuation, as {@code <} is, so
     * that emphasis next to it opens and closes as it would next to {@code <}.
     */
    static final char INERT_LT = '\u2E2E';
    /** Liquid tags are short; an opener without a close this near is text, not a tag. */
    private static final int LIQUID_MAX = 4000;

    @Override
    public InputFormat format() {
        return InputFormat.MARKDOWN;
    }

    @Override
    public Document extract(String name, String text) {
        LineIndex lines = new LineIndex(text);
        Node root = PARSER.parse(mask(text));
        Walk walk = new Walk(text, lines);
        walk.body(root);

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
                String label = unmask(d.getLabel());
                Integer number = numbers.get(key(label));
                pending.add(new PendingNote(label, number == null ? 0 : number, start(d), b));
            }
        }

        private void bodyChildren(Node parent) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof FootnoteDefinition) {
                    definitions.add((FootnoteDefinition) n);
                } else if (n instanceof FootnoteReference) {
                    String label = unmask(((FootnoteReference) n).getLabel());
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
            String literal = unmask(t.getLiteral());
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
                if (n instanceof Text) {
                    appendAligned(b, n, unmask(((Text) n).getLiteral()));
                } else if (n instanceof Code) {
                    appendAligned(b, n, unmask(((Code) n).getLiteral()));
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
                    continue; // not part of the note's running text
                } else {
                    note(n, b);
                    if (n instanceof Block) {
                        b.space(); // between paragraphs, list items and other blocks
                    }
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

        private int start(Node n) {
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

    /**
     * The text with YAML front matter and Liquid tags blanked to spaces, and each {@code <} that cannot open
     * inline HTML, an autolink or a link destination replaced by {@link #INERT_LT}. Line breaks stay, so every
     * offset and line number of the result is that of the original.
     */
    static String mask(String text) {
        char[] out = maskInertAngles(text);
        int frontMatterEnd = frontMatterEnd(text);
        if (frontMatterEnd > 0) {
            if (out == null) {
                out = text.toCharArray();
            }
            blank(out, 0, frontMatterEnd);
        }
        int percentClose = -2; // -2: not searched yet; -1: none in the rest of the text
        int braceClose = -2;
        Set<String> unclosedBlocks = new HashSet<>();
        int i = text.indexOf('{');
        while (i >= 0 && i + 1 < text.length()) {
            char next = text.charAt(i + 1);
            int end = -1;
            if (next == '%') {
                if (percentClose != -1 && percentClose < i + 2) {
                    percentClose = text.indexOf("%}", i + 2);
                }
                if (percentClose >= 0 && percentClose - i <= LIQUID_MAX) {
                    end = percentClose + 2;
                    Matcher block = LIQUID_BLOCK.matcher(text.substring(i + 2, percentClose));
                    if (block.find() && !unclosedBlocks.contains(block.group(1))) {
                        Matcher close = Pattern.compile("\\{%-?\\s*end" + block.group(1) + "\\s*-?%}")
                                .matcher(text);
                        if (close.find(end)) {
                            end = close.end();
                        } else {
                            unclosedBlocks.add(block.group(1)); // none later either: do not search again
                        }
                    }
                }
            } else if (next == '{') {
                if (braceClose != -1 && braceClose < i + 2) {
                    braceClose = text.indexOf("}}", i + 2);
                }
                if (braceClose >= 0 && braceClose - i <= LIQUID_MAX) {
                    end = braceClose + 2;
                }
            }
            if (end > 0) {
                if (out == null) {
                    out = text.toCharArray();
                }
                blank(out, i, end);
                i = text.indexOf('{', end);
            } else {
                i = text.indexOf('{', i + 1);
            }
        }
        return out == null ? text : new String(out);
    }

    /**
     * Replaces each {@code <} that commonmark could not read as the start of anything by {@link #INERT_LT};
     * returns null when there is none.
     *
     * <p>Why: commonmark-java 0.28's autolink and inline HTML parsers scan from every {@code <} to the next
     * {@code >} of the paragraph (or its end) and throw the scan away when it fails (commonmark-java issue #447,
     * fixed after 0.28; the footnotes extension is not published for the fixed releases). A paragraph of many
     * {@code <} is then quadratic: 100 KB of them took 34 s. A {@code <} is left alone, so the parse is exactly
     * commonmark's, when it could start something: when it is escaped or opens a line (an HTML block), when a
     * {@code >} follows on its line before any other {@code <} (an autolink, a tag, a {@code <destination>}), or
     * when it is followed by a letter, {@code /}, {@code !} or {@code ?} and a {@code >} follows before another
     * {@code <} (a tag spread over lines) or a quote comes first (an attribute value may hold a {@code <}), or
     * when it is followed by {@code !} or {@code ?} (comments may hold a {@code <}). What remains inert cannot open
     * an autolink (no {@code <}, space or line break inside one) nor a tag (a name starts with a letter, and only
     * a quoted value may hold a {@code <}). The walk turns the stand-in back into {@code <}, so no note loses one.
     */
    private static char[] maskInertAngles(String text) {
        int n = text.length();
        if (text.indexOf('<') < 0 || text.indexOf(INERT_LT) >= 0) {
            return null; // nothing to mask, or the stand-in is in the text already: leave the parse as it is
        }
        char[] out = null;
        int nextGt = -1;
        int nextLt = -1;
        int nextQuote = -1;
        int nextLineBreak = -1;
        for (int i = n - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '>') {
                nextGt = i;
            } else if (c == '"' || c == '\'') {
                nextQuote = i;
            } else if (c == '\n' || c == '\r') {
                nextLineBreak = i;
            } else if (c == '<') {
                if (isInertAngle(text, i, nextGt, nextLt, nextQuote, nextLineBreak)) {
                    if (out == null) {
                        out = text.toCharArray();
                    }
                    out[i] = INERT_LT;
                }
                nextLt = i;
            }
        }
        return out;
    }

    private static boolean isInertAngle(String text, int i, int nextGt, int nextLt, int nextQuote,
                                        int nextLineBreak) {
        if (i > 0 && text.charAt(i - 1) == '\\' || opensLine(text, i)) {
            return false;
        }
        if (nextGt < 0) {
            return true; // nothing can close it
        }
        boolean gtBeforeLt = nextLt < 0 || nextGt < nextLt;
        if (gtBeforeLt && (nextLineBreak < 0 || nextGt < nextLineBreak)) {
            return false; // <…> on one line: an autolink, a tag or a link destination
        }
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        if (after == '!' || after == '?') {
            return false; // a comment, declaration or processing instruction may hold a '<' or span lines
        }
        boolean tagStart = after == '/' || after < 128 && Character.isLetter(after);
        if (!tagStart) {
            return true;
        }
        // A tag spread over lines, unless another '<' comes before its '>' outside quotes.
        return !gtBeforeLt && (nextQuote < 0 || nextQuote > nextLt);
    }

    /** Whether only white space and container markers (block quotes, list bullets) come before i on its line. */
    private static boolean opensLine(String text, int i) {
        for (int k = i - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (" \t>-*+.)0123456789".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The original of a literal read from {@link #mask}ed text. */
    static String unmask(String literal) {
        return literal.indexOf(INERT_LT) < 0 ? literal : literal.replace(INERT_LT, '<');
    }

    /** The end of a YAML front matter block ({@code ---} … {@code ---} or {@code ...}) at the start, or 0. */
    private static int frontMatterEnd(String text) {
        if (!text.startsWith("---")) {
            return 0;
        }
        int lineEnd = lineEnd(text, 0);
        if (!text.substring(3, lineEnd).isBlank()) {
            return 0;
        }
        int start = nextLine(text, lineEnd);
        while (start < text.length()) {
            int end = lineEnd(text, start);
            String line = text.substring(start, end).strip();
            if (line.equals("---") || line.equals("...")) {
                return end;
            }
            start = nextLine(text, end);
        }
        return 0; // never closed: a thematic break, not front matter
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int nextLine(String text, int lineEnd) {
        if (lineEnd < text.length() && text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length()
                && text.charAt(lineEnd + 1) == '\n') {
            return lineEnd + 2;
        }
        return lineEnd + 1;
    }

    private static void blank(char[] chars, int from, int to) {
        for (int k = from; k < to && k < chars.length; k++) {
            if (chars[k] != '\n' && chars[k] != '\r') {
                chars[k] = ' ';
            }
        }
    }
}

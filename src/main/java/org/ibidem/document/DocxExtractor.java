package org.ibidem.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocument1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.EndnotesDocument;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FootnotesDocument;

/**
 * Reads footnotes and endnotes from a Word .docx file through Apache POI.
 *
 * <p>A .docx has no lines, so this extractor lays its text out as lines itself, and every position it reports
 * is in that text ({@link Document#text()}): <b>line = paragraph number (1-based) and column = character offset
 * in the paragraph + 1</b>. The body's paragraphs come first, in reading order (the paragraphs of table cells
 * where the table stands); then one line per paragraph of each footnote, then of each endnote, in the order
 * they are numbered. A reference mark stands in the text as its label, so a marker's column is where Word shows
 * the superscript number.
 *
 * <ul>
 *   <li>Notes are numbered in the order of their first reference, as Word numbers them; labels follow the
 *       document's number format for each kind (by default 1, 2, 3 for footnotes and i, ii, iii for endnotes;
 *       {@code chicago} gives *, †, ‡, §), and {@link Note#number()} is 0 for labels that are not digits.
 *       A note nothing refers to gets its Word id as its label.</li>
 *   <li>When a document has both kinds, the endnotes and their markers carry the {@link Note#chapter()}
 *       "Endnotes", so the two sequences are told apart.</li>
 *   <li>Italic runs (direct italics or the "Emphasis" character style) become {@link Note#emphasis()} spans;
 *       consecutive italic runs, which Word splits text into freely, make one span.</li>
 *   <li>Deleted text of tracked changes, field codes (a Zotero or EndNote field's instruction text), drawings
 *       and text boxes are left out; a field's displayed result is kept. Block-level content controls are not
 *       read.</li>
 * </ul>
 * A file whose notes cannot be read (not a zip, no Word document in it, damaged, XML with a DOCTYPE, a zip
 * bomb) is refused with an {@link UnreadableDocumentException} of code {@code unreadable-docx}: a document of
 * no notes would pass for one that has none.
 *
 * <pre>{@code
 * Document doc = new DocxExtractor().extract("thesis.docx", Files.readAllBytes(Path.of("thesis.docx")));
 * Note first = doc.notes().get(0);
 * first.position();             // 58:1, the first footnote's paragraph, after 57 body paragraphs
 * doc.markers().get(0).position(); // 3:112, paragraph 3, character 112
 * }</pre>
 *
 * <p>Only the parts that hold text are read ({@link DocxPackage}): the main document, footnotes, endnotes and
 * settings, each parsed with XMLBeans (Apache POI's schema types, with its safe XML options) and walked with
 * one cursor. Embedded media are never read, however large; and POI's own reading of the notes, quadratic in
 * notes, is not used.
 *
 * <p>Stateless and thread-safe: each call reads its own parts.
 */
public final class DocxExtractor implements NoteExtractor {

    /** Creates an extractor; it keeps no state between documents. */
    public DocxExtractor() {
        // nothing to set up
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final QName ID = new QName(W, "id");
    private static final QName CHAR = new QName(W, "char");
    private static final QName TYPE = new QName(W, "type");

    @Override
    public InputFormat format() {
        return InputFormat.DOCX;
    }

    /**
     * Reads a .docx whose bytes were carried as a string of ISO-8859-1 characters, one per byte (what
     * {@code new String(bytes, ISO_8859_1)} gives). A .docx is a zip archive, not text: prefer
     * {@link #extract(String, byte[])}.
     */
    @Override
    public Document extract(String name, String text) {
        return extract(name, text.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Override
    public Document extract(String name, byte[] bytes) {
        return read(name, DocxPackage.read(name, bytes));
    }

    /**
     * Reads a .docx file in place, opening only the parts that hold text and notes: an embedded video or image,
     * however large, is never read.
     *
     * @throws UnreadableDocumentException (code {@code unreadable-docx}) when its notes cannot be read
     */
    Document extract(String name, Path file) {
        return read(name, DocxPackage.read(name, file));
    }

    private Document read(String name, DocxPackage.Parts parts) {
        return read(name, parts, null);
    }

    /**
     * Reads the parts, telling {@code trace} (when given) every notes part parsed and every element walked, with
     * the span of the document's text it laid out: what {@link DocxEditor} needs to find a character's source.
     */
    static Document read(String name, DocxPackage.Parts parts, @Nullable Trace trace) {
        try {
            CTDocument1 main;
            try (InputStream in = new ByteArrayInputStream(parts.document())) {
                main = DocumentDocument.Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS).getDocument();
            }
            return new Reader(name, main, parts, trace).read();
        } catch (IOException | XmlException | RuntimeException e) {
            // Content never throws here: XML that XMLBeans refuses (a DOCTYPE, a foreign document) is refused.
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw DocxPackage.refused(name, "its XML is not accepted (" + DocxPackage.firstLine(reason) + ")", e);
        }
    }

    /** Watches a reading: the notes parts as parsed, and each element walked with the text it laid out. */
    interface Trace {
        /** A notes part (footnotes or endnotes), parsed, before its notes are walked. */
        void part(boolean endnotes, XmlObject root);

        /**
         * An element of a paragraph walked, the cursor on it; {@code [start, end)} is the text it laid out
         * itself (its children, when walked, come after it).
         */
        void element(XmlCursor at, int start, int end);
    }

    /** The two kinds of note a .docx has. */
    private enum Kind {
        FOOTNOTE("footnotePr", "decimal", "footnote"),
        ENDNOTE("endnotePr", "lowerRoman", "endnote");

        final String propertiesElement;
        final String defaultFormat;
        final String element;

        Kind(String propertiesElement, String defaultFormat, String element) {
            this.propertiesElement = propertiesElement;
            this.defaultFormat = defaultFormat;
            this.element = element;
        }
    }

    /** One reading of one document. */
    private static final class Reader {
        private final String name;
        private final CTDocument1 doc;
        private final DocxPackage.Parts parts;
        private final StringBuilder text = new StringBuilder();
        private final Map<Kind, Map<BigInteger, Integer>> numbers = new HashMap<>();
        private final Map<Kind, String> formats = new HashMap<>();
        private final List<Integer> markerOffsets = new ArrayList<>();
        private final List<String> markerLabels = new ArrayList<>();
        private final List<Kind> markerKinds = new ArrayList<>();
        private final @Nullable Trace trace;

        Reader(String name, CTDocument1 doc, DocxPackage.Parts parts, @Nullable Trace trace) {
            this.name = name;
            this.doc = doc;
            this.parts = parts;
            this.trace = trace;
            for (Kind k : Kind.values()) {
                numbers.put(k, new HashMap<>());
                formats.put(k, numberFormat(k));
            }
        }

        Document read() throws IOException, XmlException {
            List<XmlObject> body = new ArrayList<>();
            if (doc.getBody() != null) {
                blockParagraphs(doc.getBody(), body);
            }
            boolean first = true;
            for (XmlObject p : body) {
                if (!first) {
                    text.append('\n');
                }
                first = false;
                walk(p, new Line(null));
            }
            List<PendingNote> pending = new ArrayList<>();
            for (Kind kind : Kind.values()) {
                notes(kind, noteElements(kind), pending);
            }

            boolean bothKinds = pending.stream().map(p -> p.kind).distinct().count() > 1;
            String all = text.toString();
            LineIndex lines = new LineIndex(all);
            List<Marker> markers = new ArrayList<>();
            for (int k = 0; k < markerOffsets.size(); k++) {
                String label = markerLabels.get(k);
                markers.add(new Marker(label, PlainTextExtractor.parseNumber(label),
                        lines.position(markerOffsets.get(k)), chapter(markerKinds.get(k), bothKinds)));
            }
            List<Note> notes = new ArrayList<>();
            for (PendingNote p : pending) {
                notes.add(p.text.toNote(notes.size() + 1, PlainTextExtractor.parseNumber(p.label), p.label,
                        lines.position(p.position), chapter(p.kind, bothKinds)));
            }
            return new Document(name, InputFormat.DOCX, all, notes, markers, List.of(), lines);
        }

        private static String chapter(Kind kind, boolean bothKinds) {
            return bothKinds && kind == Kind.ENDNOTE ? "Endnotes" : null;
        }

        /**
         * The {@code w:footnote} or {@code w:endnote} elements of a kind, in file order, leaving out the separator
         * lines Word keeps as notes: one cursor walk over the part's XML.
         */
        private List<NoteElement> noteElements(Kind kind) throws IOException, XmlException {
            byte[] part = kind == Kind.FOOTNOTE ? parts.footnotes() : parts.endnotes();
            if (part == null) {
                return List.of();
            }
            XmlObject root;
            try (InputStream in = new ByteArrayInputStream(part)) {
                root = kind == Kind.FOOTNOTE ? FootnotesDocument.Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS)
                        : EndnotesDocument.Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
            }
            if (trace != null) {
                trace.part(kind == Kind.ENDNOTE, root);
            }
            List<NoteElement> out = new ArrayList<>();
            try (XmlCursor c = root.newCursor()) {
                if (!c.toFirstChild() || !c.toFirstChild()) { // the document's root element, then its first note
                    return out;
                }
                do {
                    QName element = c.getName();
                    if (element == null || !W.equals(element.getNamespaceURI())
                            || !kind.element.equals(element.getLocalPart())) {
                        continue;
                    }
                    String type = c.getAttributeText(TYPE);
                    if (type != null && !type.equals("normal")) {
                        continue;
                    }
                    BigInteger id;
                    try {
                        id = new BigInteger(String.valueOf(c.getAttributeText(ID)).strip());
                    } catch (NumberFormatException e) {
                        continue; // a note without a usable id: nothing can refer to it, and POI skips it too
                    }
                    out.add(new NoteElement(id, c.getObject()));
                } while (c.toNextSibling());
            }
            return out;
        }

        /** Appends the notes of one kind, in the order of their numbers, unreferenced ones last. */
        private void notes(Kind kind, List<NoteElement> all, List<PendingNote> out) {
            Map<BigInteger, Integer> byId = numbers.get(kind);
            List<NoteElement> ordered = new ArrayList<>(all);
            ordered.sort((a, b) -> Integer.compare(byId.getOrDefault(a.id, Integer.MAX_VALUE),
                    byId.getOrDefault(b.id, Integer.MAX_VALUE)));
            for (NoteElement note : ordered) {
                Integer number = byId.get(note.id);
                String label = number == null ? String.valueOf(note.id) : format(kind, number);
                NoteTextBuilder b = new NoteTextBuilder();
                Line line = new Line(b);
                line.label = label;
                List<XmlObject> paragraphs = new ArrayList<>();
                blockParagraphs(note.element, paragraphs);
                int start = text.length() + 1;
                for (XmlObject p : paragraphs) {
                    text.append('\n');
                    b.space();
                    walk(p, line);
                }
                if (paragraphs.isEmpty()) {
                    text.append('\n');
                }
                out.add(new PendingNote(kind, label, line.notePosition >= 0 ? line.notePosition : start, b));
            }
        }

        /**
         * The paragraphs of a note in reading order, as POI's body elements give them: its own paragraphs, and
         * those of its tables' cells (tables nest); block-level content controls are not read.
         */
        private static void blockParagraphs(XmlObject container, List<XmlObject> out) {
            try (XmlCursor c = container.newCursor()) {
                if (!c.toFirstChild()) {
                    return;
                }
                do {
                    QName element = c.getName();
                    if (element == null || !W.equals(element.getNamespaceURI())) {
                        continue;
                    }
                    switch (element.getLocalPart()) {
                        case "p":
                            out.add(c.getObject());
                            break;
                        case "tbl":
                            tableParagraphs(c.getObject(), out);
                            break;
                        default:
                            break;
                    }
                } while (c.toNextSibling());
            }
        }

        private static void tableParagraphs(XmlObject table, List<XmlObject> out) {
            try (XmlCursor rows = table.newCursor()) {
                if (!rows.toFirstChild()) {
                    return;
                }
                do {
                    if (isW(rows.getName(), "tr")) {
                        try (XmlCursor cells = rows.getObject().newCursor()) {
                            if (!cells.toFirstChild()) {
                                continue;
                            }
                            do {
                                if (isW(cells.getName(), "tc")) {
                                    blockParagraphs(cells.getObject(), out);
                                }
                            } while (cells.toNextSibling());
                        }
                    }
                } while (rows.toNextSibling());
            }
        }

        private static boolean isW(QName name, String local) {
            return name != null && W.equals(name.getNamespaceURI()) && local.equals(name.getLocalPart());
        }

        /** Where one paragraph's characters go: the document text, and a note's text when it belongs to one. */
        private final class Line {
            final NoteTextBuilder note;
            String label;
            int notePosition = -1;
            boolean runItalic;
            boolean emphasisOpen;

            Line(NoteTextBuilder note) {
                this.note = note;
            }

            void character(char c) {
                int offset = text.length();
                text.append(c);
                if (note == null) {
                    return;
                }
                boolean space = PlainTextExtractor.isSpace(c);
                // Italics open and close only on visible characters, so runs split at spaces stay one span.
                if (!space && emphasisOpen && !runItalic) {
                    note.endEmphasis();
                    emphasisOpen = false;
                } else if (!space && !emphasisOpen && runItalic) {
                    note.beginEmphasis();
                    emphasisOpen = true;
                }
                note.append(c, offset);
            }

            void reference(Kind kind, String id) {
                BigInteger key;
                try {
                    key = new BigInteger(id == null ? "" : id.strip());
                } catch (NumberFormatException e) {
                    return; // a reference without a usable id points at nothing
                }
                Map<BigInteger, Integer> byId = numbers.get(kind);
                Integer number = byId.get(key);
                if (number == null) {
                    number = byId.size() + 1;
                    byId.put(key, number);
                }
                String label = format(kind, number);
                markerOffsets.add(text.length());
                markerLabels.add(label);
                markerKinds.add(kind);
                text.append(label);
            }

            void ownMark() {
                if (note == null || label == null) {
                    return;
                }
                if (notePosition < 0) {
                    notePosition = text.length();
                }
                text.append(label); // shown in the file's text, not part of the note's
            }
        }

        /** Walks a paragraph's XML in document order without recursion. */
        private void walk(XmlObject paragraph, Line line) {
            try (XmlCursor c = paragraph.newCursor()) {
                if (!c.toFirstChild()) {
                    return;
                }
                int depth = 1;
                while (true) {
                    int before = text.length();
                    boolean down = visit(c, line);
                    if (trace != null) {
                        trace.element(c, before, text.length());
                    }
                    if (down && c.toFirstChild()) {
                        depth++;
                        continue;
                    }
                    while (!c.toNextSibling()) {
                        if (depth == 1 || !c.toParent()) {
                            return;
                        }
                        depth--;
                    }
                }
            }
        }

        /** Handles one element; returns whether its children are to be visited. */
        private boolean visit(XmlCursor c, Line line) {
            QName qname = c.getName();
            String local = qname == null ? "" : qname.getLocalPart();
            switch (local) {
                case "r":
                    line.runItalic = italic(c.getObject());
                    return true;
                case "t": {
                    String t = c.getTextValue();
                    for (int k = 0; k < t.length(); k++) {
                        line.character(t.charAt(k));
                    }
                    return false;
                }
                case "tab":
                case "ptab":
                case "br":
                case "cr":
                    line.character(' ');
                    return false;
                case "noBreakHyphen":
                    line.character('-');
                    return false;
                case "sym": {
                    String code = c.getAttributeText(CHAR);
                    if (code != null && code.matches("[0-9A-Fa-f]{1,4}")) {
                        line.character((char) Integer.parseInt(code, 16));
                    }
                    return false;
                }
                case "footnoteReference":
                    line.reference(Kind.FOOTNOTE, c.getAttributeText(ID));
                    return false;
                case "endnoteReference":
                    line.reference(Kind.ENDNOTE, c.getAttributeText(ID));
                    return false;
                case "footnoteRef":
                case "endnoteRef":
                    line.ownMark();
                    return false;
                case "del":
                case "moveFrom":
                case "delText":
                case "instrText":
                case "rPr":
                case "pPr":
                case "fldData":
                case "drawing":
                case "pict":
                case "object":
                case "softHyphen":
                    return false;
                default:
                    return true; // hyperlinks, insertions, smart tags, inline content controls, simple fields
            }
        }

        private String format(Kind kind, int number) {
            switch (formats.get(kind)) {
                case "lowerRoman":
                    return roman(number).toLowerCase(java.util.Locale.ROOT);
                case "upperRoman":
                    return roman(number);
                case "lowerLetter":
                    return letters(number, 'a');
                case "upperLetter":
                    return letters(number, 'A');
                case "chicago":
                    return String.valueOf("*†‡§".charAt((number - 1) % 4)).repeat((number - 1) / 4 + 1);
                default:
                    return Integer.toString(number);
            }
        }

        /** The number format of a kind: the body's section properties, else the settings, else Word's default. */
        private String numberFormat(Kind kind) {
            Pattern p = Pattern.compile("<(?:\\w+:)?" + kind.propertiesElement + "\\b[^>]*>.*?<(?:\\w+:)?numFmt\\b[^>]*?"
                    + "(?:\\w+:)?val=\"(\\w+)\"", Pattern.DOTALL);
            if (doc.getBody() != null && doc.getBody().getSectPr() != null) {
                Matcher m = p.matcher(doc.getBody().getSectPr().xmlText());
                if (m.find()) {
                    return m.group(1);
                }
            }
            if (parts.settings() != null) {
                Matcher m = p.matcher(new String(parts.settings(), StandardCharsets.UTF_8));
                if (m.find()) {
                    return m.group(1);
                }
            }
            return kind.defaultFormat;
        }
    }

    /** Whether a run is italic: direct italics, or the "Emphasis" character style. */
    static boolean italic(XmlObject run) {
        if (!(run instanceof CTR)) {
            return false;
        }
        CTRPr pr = ((CTR) run).getRPr();
        if (pr == null) {
            return false;
        }
        if (pr.sizeOfIArray() > 0) {
            return POIXMLUnits.parseOnOff(pr.getIArray(0));
        }
        return pr.sizeOfRStyleArray() > 0 && "Emphasis".equalsIgnoreCase(pr.getRStyleArray(0).getVal());
    }

    private static String roman(int number) {
        if (number <= 0 || number >= 4000) {
            return Integer.toString(number);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] numerals = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int rest = number;
        for (int k = 0; k < values.length; k++) {
            while (rest >= values[k]) {
                out.append(numerals[k]);
                rest -= values[k];
            }
        }
        return out.toString();
    }

    /** Word's letter numbering: a…z, then aa…zz. */
    private static String letters(int number, char first) {
        int n = Math.max(1, number);
        return String.valueOf((char) (first + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
    }

    /** A note's element in the footnotes or endnotes part, with its Word id. */
    private static final class NoteElement {
        final BigInteger id;
        final XmlObject element;

        NoteElement(BigInteger id, XmlObject element) {
            this.id = id;
            this.element = element;
        }
    }

    /** A note read before positions can be computed. */
    private static final class PendingNote {
        final Kind kind;
        final String label;
        final int position;
        final NoteTextBuilder text;

        PendingNote(Kind kind, String label, int position, NoteTextBuilder text) {
            this.kind = kind;
            this.label = label;
            this.position = position;
            this.text = text;
        }
    }
}

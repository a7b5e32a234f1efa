package org.ibidem.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * A .docx opened to replace spans of its notes' text, as {@link DocxExtractor} lays the text out: what a rewrite
 * of the notes writes with. Public only so that the {@code rewrite} package can use it; not meant for library
 * users.
 *
 * <p>A span can be replaced only where it is plain text of the notes: the characters of {@code w:t} elements of
 * ordinary runs (run properties and text, nothing else) that stand side by side in one paragraph or hyperlink,
 * outside any field, content control or tracked change, with at most spelling marks between them. Field codes,
 * tracked-change deletions, reference marks, tabs, symbols and everything outside the span are never touched.
 * The replacement comes as roman and italic pieces; each becomes a run whose properties are those of a run the
 * span had (an italic run's for italic pieces, a roman run's for roman ones; italics added or taken off where
 * the span had no run of that kind). Leading or trailing spaces get {@code xml:space="preserve"}.
 *
 * <pre>{@code
 * DocxEditor e = DocxEditor.open("thesis.docx", bytes);
 * int at = e.document().text().indexOf("Ibid., 12");
 * if (e.editable(at, at + 9)) {
 *     e.replace(at, at + 9, List.of(new DocxEditor.Piece("Beard, ", false), new DocxEditor.Piece("SPQR", true),
 *             new DocxEditor.Piece(", 12", false)));
 * }
 * byte[] rewritten = e.toBytes();   // every other zip entry as it was
 * }</pre>
 *
 * <p>Spans are replaced from the last to the first (offsets are those of the text as opened). The archive is
 * read under the guards of the reader (zip bombs, parts over 1 GB, DOCTYPEs), and written back entry by entry,
 * in the same order under the same names, each byte for byte but the footnotes and endnotes parts, which are
 * saved again by XMLBeans.
 *
 * <p>Not thread-safe; one per rewrite.
 */
@NullMarked
public final class DocxEditor {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final QName RUN = new QName(W, "r");
    private static final QName FIELD_CHAR_TYPE = new QName(W, "fldCharType");
    private static final QName XML_SPACE = new QName("http://www.w3.org/XML/1998/namespace", "space");

    /**
     * A piece of a replacement: its text and whether it is set in italics.
     *
     * @param text   the characters
     * @param italic whether they are italic
     */
    public record Piece(String text, boolean italic) {
        /** Validates. */
        public Piece {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Characters of the notes' text, laid out by one element: a {@code w:t} (with its run) or something else. */
    private record Source(int start, int end, @Nullable XmlObject text, @Nullable XmlObject run, boolean inField,
                          boolean endnotes) {
    }

    private final String name;
    private final byte[] bytes;
    private final DocxPackage.Parts parts;
    private final Document document;
    private final Map<Boolean, XmlObject> roots;
    private final List<Source> sources;
    private final java.util.Set<Boolean> changed = new java.util.HashSet<>();
    private int lastStart = Integer.MAX_VALUE;

    private DocxEditor(String name, byte[] bytes, DocxPackage.Parts parts, Document document,
                       Map<Boolean, XmlObject> roots, List<Source> sources) {
        this.name = name;
        this.bytes = bytes;
        this.parts = parts;
        this.document = document;
        this.roots = roots;
        this.sources = sources;
    }

    /**
     * Opens a .docx.
     *
     * @param name  the file name, for messages
     * @param bytes the .docx (kept, not copied: do not change them while the editor is in use)
     * @throws UnreadableDocumentException (code {@code unreadable-docx}) when its notes cannot be read
     */
    public static DocxEditor open(String name, byte[] bytes) {
        DocxPackage.Parts parts = DocxPackage.read(name, bytes);
        Recorder recorder = new Recorder();
        Document document = DocxExtractor.read(name, parts, recorder);
        return new DocxEditor(name, bytes, parts, document, recorder.roots, recorder.sources);
    }

    /** The document as {@link DocxExtractor} reads it: the offsets of the text are those spans are given in. */
    public Document document() {
        return document;
    }

    /** Whether {@code [start, end)} of the text is plain text of one note paragraph that can be replaced. */
    public boolean editable(int start, int end) {
        return span(start, end) != null;
    }

    /**
     * Replaces {@code [start, end)} of the text by the pieces.
     *
     * @throws IllegalArgumentException when the span is not {@link #editable}
     * @throws IllegalStateException    when the span does not come before the span replaced last
     */
    public void replace(int start, int end, List<Piece> pieces) {
        List<Source> span = span(start, end);
        if (span == null) {
            throw new IllegalArgumentException(name + ": [" + start + ", " + end + ") is not plain note text");
        }
        if (end > lastStart) {
            throw new IllegalStateException("Spans are replaced from the last to the first");
        }
        lastStart = start;
        Source first = span.get(0);
        Source last = span.get(span.size() - 1);
        XmlObject firstRun = Objects.requireNonNull(first.run());
        XmlObject lastRun = Objects.requireNonNull(last.run());
        String prefix = textOf(first).substring(0, start - first.start());
        String suffix = textOf(last).substring(end - last.start());

        CTRPr italic = null;
        CTR romanRun = null;
        for (Source s : span) {
            CTR run = (CTR) Objects.requireNonNull(s.run());
            if (DocxExtractor.italic(run) && italic == null) {
                italic = run.getRPr();
            } else if (!DocxExtractor.italic(run) && romanRun == null) {
                romanRun = run;
            }
        }
        CTRPr roman = romanRun == null ? null
                : romanRun.getRPr() == null ? CTRPr.Factory.newInstance() : romanRun.getRPr();
        CTRPr italicProperties = italic != null ? (CTRPr) italic.copy() : withItalics(roman, true);
        CTRPr romanProperties = roman != null ? (CTRPr) roman.copy() : withItalics(italic, false);

        // Roman text at either end of the replacement stays in the run it replaces when that run is the roman
        // one whose properties it takes: no run is split for nothing.
        List<Piece> middle = new ArrayList<>();
        for (Piece piece : pieces) {
            if (!piece.text().isEmpty()) {
                middle.add(piece);
            }
        }
        String head = "";
        String tail = "";
        if (!middle.isEmpty() && !middle.get(0).italic() && romanRun == firstRun) {
            head = middle.remove(0).text();
        }
        if (!middle.isEmpty() && !middle.get(middle.size() - 1).italic() && sameProperties(lastRun, roman)
                && firstRun != lastRun) {
            tail = middle.remove(middle.size() - 1).text();
        }
        String rest = suffix;
        if (firstRun == lastRun && middle.isEmpty()) {
            head = head + suffix;   // the whole replacement was roman: one run, as before
            rest = "";
        } else if (firstRun == lastRun && !middle.get(middle.size() - 1).italic() && romanRun == firstRun) {
            Piece closing = middle.remove(middle.size() - 1);
            middle.add(new Piece(closing.text() + suffix, false));
            rest = "";
        }
        XmlObject anchor = firstRun;
        for (Piece piece : middle) {
            anchor = insertRunAfter(anchor, piece.italic() ? italicProperties : romanProperties, piece.text());
        }
        if (firstRun == lastRun) {
            if (!rest.isEmpty()) {
                insertRunAfter(anchor, ((CTR) firstRun).getRPr(), rest);
            }
        } else {
            for (Source s : span.subList(1, span.size() - 1)) {
                remove(Objects.requireNonNull(s.run()));
            }
            setText(Objects.requireNonNull(last.text()), tail + suffix);
            if ((tail + suffix).isEmpty()) {
                remove(lastRun);
            }
        }
        setText(Objects.requireNonNull(first.text()), prefix + head);
        if ((prefix + head).isEmpty()) {
            remove(firstRun);
        }
        changed.add(first.endnotes());
    }

    /**
     * The .docx with the replacements made: the notes parts saved again, every other entry byte for byte, in
     * the same order under the same names. The bytes opened, when nothing was replaced.
     */
    public byte[] toBytes() {
        if (changed.isEmpty()) {
            return bytes.clone();
        }
        Map<String, byte[]> replaced = new HashMap<>();
        for (Boolean endnotes : changed) {
            String entry = endnotes ? parts.endnotesEntry() : parts.footnotesEntry();
            replaced.put(Objects.requireNonNull(entry), save(roots.get(endnotes)));
        }
        return DocxPackage.replacing(name, bytes, replaced);
    }

    private static byte[] save(XmlObject root) {
        XmlOptions options = new XmlOptions();
        options.setCharacterEncoding("UTF-8");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            root.save(out, options);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return out.toByteArray();
    }

    /** The sources that make up the span, if it can be replaced; null if not. */
    private @Nullable List<Source> span(int start, int end) {
        if (start < 0 || end <= start) {
            return null;
        }
        int lo = 0;
        int hi = sources.size();
        while (lo < hi) { // the first source that ends after start
            int mid = (lo + hi) >>> 1;
            if (sources.get(mid).end() <= start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Source> out = new ArrayList<>();
        int covered = start;
        for (int k = lo; k < sources.size() && sources.get(k).start() < end; k++) {
            Source s = sources.get(k);
            if (s.start() > covered || s.text() == null || s.inField() || !plainRun(Objects.requireNonNull(s.run()))) {
                return null; // a gap (another paragraph), a tab or symbol, a field's result, a run of other things
            }
            out.add(s);
            covered = s.end();
        }
        if (out.isEmpty() || covered < end) {
            return null;
        }
        XmlObject parent = parentOf(Objects.requireNonNull(out.get(0).run()));
        if (parent == null || !isW(parent, "p") && !isW(parent, "hyperlink")) {
            return null; // in a content control, a tracked insertion, a simple field, a smart tag…
        }
        for (int k = 1; k < out.size(); k++) {
            if (!nextToEachOther(Objects.requireNonNull(out.get(k - 1).run()), Objects.requireNonNull(out.get(k).run()))) {
                return null;
            }
        }
        return out;
    }

    /** Whether a run holds nothing but its properties, one text element and Word's page-break memo. */
    private static boolean plainRun(XmlObject run) {
        int texts = 0;
        try (XmlCursor c = run.newCursor()) {
            if (!c.toFirstChild()) {
                return false;
            }
            do {
                QName n = c.getName();
                String local = n == null || !W.equals(n.getNamespaceURI()) ? "" : n.getLocalPart();
                switch (local) {
                    case "t":
                        texts++;
                        break;
                    case "rPr":
                    case "lastRenderedPageBreak":
                        break;
                    default:
                        return false;
                }
            } while (c.toNextSibling());
        }
        return texts == 1;
    }

    /**
     * Whether the second run follows the first in the same parent with nothing between them but spelling marks
     * and empty plain runs (the same run counts: one run, one text element).
     */
    private static boolean nextToEachOther(XmlObject a, XmlObject b) {
        if (a == b) {
            return true;
        }
        try (XmlCursor c = a.newCursor(); XmlCursor target = b.newCursor()) {
            while (c.toNextSibling()) {
                if (c.isAtSamePositionAs(target)) {
                    return true;
                }
                QName n = c.getName();
                boolean allowed = n != null && W.equals(n.getNamespaceURI())
                        && (n.getLocalPart().equals("proofErr") || n.getLocalPart().equals("r")
                        && emptyRun(c.getObject()));
                if (!allowed) {
                    return false;
                }
            }
        }
        return false;
    }

    private static boolean emptyRun(XmlObject run) {
        try (XmlCursor c = run.newCursor()) {
            if (!c.toFirstChild()) {
                return true;
            }
            do {
                QName n = c.getName();
                if (n == null || !W.equals(n.getNamespaceURI()) || !n.getLocalPart().equals("rPr")) {
                    return false;
                }
            } while (c.toNextSibling());
        }
        return true;
    }

    private static @Nullable XmlObject parentOf(XmlObject element) {
        try (XmlCursor c = element.newCursor()) {
            return c.toParent() ? c.getObject() : null;
        }
    }

    private static boolean isW(XmlObject element, String local) {
        try (XmlCursor c = element.newCursor()) {
            QName n = c.getName();
            return n != null && W.equals(n.getNamespaceURI()) && local.equals(n.getLocalPart());
        }
    }

    private static String textOf(Source s) {
        try (XmlCursor c = Objects.requireNonNull(s.text()).newCursor()) {
            return c.getTextValue();
        }
    }

    /** Whether a run's properties are these (both none counts). */
    private static boolean sameProperties(XmlObject run, @Nullable CTRPr properties) {
        CTRPr own = ((CTR) run).getRPr();
        if (own == null || properties == null) {
            return (own == null || !hasContent(own)) && (properties == null || !hasContent(properties));
        }
        return own.xmlText().equals(properties.xmlText());
    }

    /** A copy of run properties with italics set or taken off (the "Emphasis" style too, when taking off). */
    private static CTRPr withItalics(@Nullable CTRPr properties, boolean italic) {
        CTRPr pr = properties == null ? CTRPr.Factory.newInstance() : (CTRPr) properties.copy();
        while (pr.sizeOfIArray() > 0) {
            pr.removeI(0);
        }
        if (italic) {
            pr.addNewI();
        } else {
            while (pr.sizeOfICsArray() > 0) {
                pr.removeICs(0);
            }
            if (pr.sizeOfRStyleArray() > 0 && "Emphasis".equalsIgnoreCase(pr.getRStyleArray(0).getVal())) {
                pr.removeRStyle(0);
            }
        }
        return pr;
    }

    /** Inserts a run of the given properties and text right after an element; returns it. */
    private static XmlObject insertRunAfter(XmlObject anchor, @Nullable CTRPr properties, String text) {
        CTR run;
        try (XmlCursor c = anchor.newCursor()) {
            c.toEndToken();
            c.toNextToken();
            c.beginElement(RUN);
            c.toParent();
            run = (CTR) c.getObject();
        }
        if (properties != null && !properties.isNil() && hasContent(properties)) {
            run.setRPr(properties);
        }
        XmlObject t = run.addNewT();
        setText(t, text);
        return run;
    }

    private static boolean hasContent(XmlObject element) {
        try (XmlCursor c = element.newCursor()) {
            return c.toFirstChild() || c.toFirstAttribute();
        }
    }

    /** Sets a text element's characters, preserving its spaces where it begins or ends with one. */
    private static void setText(XmlObject t, String text) {
        try (XmlCursor c = t.newCursor()) {
            c.setTextValue(text);
            if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                    || Character.isWhitespace(text.charAt(text.length() - 1)))) {
                c.setAttributeText(XML_SPACE, "preserve");
            }
        }
    }

    private static void remove(XmlObject element) {
        try (XmlCursor c = element.newCursor()) {
            c.removeXml();
        }
    }

    /** Records, while the extractor reads, where each character of the notes comes from. */
    private static final class Recorder implements DocxExtractor.Trace {
        final Map<Boolean, XmlObject> roots = new HashMap<>();
        final List<Source> sources = new ArrayList<>();
        private boolean inNotes;
        private boolean endnotes;
        private int fieldDepth;

        @Override
        public void part(boolean endnotes, XmlObject root) {
            roots.put(endnotes, root);
            this.inNotes = true;
            this.endnotes = endnotes;
            this.fieldDepth = 0;
        }

        @Override
        public void element(XmlCursor at, int start, int end) {
            if (!inNotes) {
                return; // the body: never rewritten
            }
            QName n = at.getName();
            boolean w = n != null && W.equals(n.getNamespaceURI());
            if (w && n.getLocalPart().equals("fldChar")) {
                String type = at.getAttributeText(FIELD_CHAR_TYPE);
                if ("begin".equals(type)) {
                    fieldDepth++;
                } else if ("end".equals(type)) {
                    fieldDepth = Math.max(0, fieldDepth - 1);
                }
                return;
            }
            if (end <= start) {
                return;
            }
            if (w && n.getLocalPart().equals("t")) {
                XmlObject text = at.getObject();
                XmlObject run = parentOf(text);
                boolean plain = run instanceof CTR && isW(run, "r");
                sources.add(new Source(start, end, plain ? text : null, plain ? run : null, fieldDepth > 0,
                        endnotes));
            } else {
                sources.add(new Source(start, end, null, null, fieldDepth > 0, endnotes));
            }
        }
    }
}

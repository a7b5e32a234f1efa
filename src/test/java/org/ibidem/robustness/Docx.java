package org.ibidem.robustness;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the smallest .docx packages Word and Apache POI accept: the main document, footnotes and endnotes, with
 * the content types and relationships that tie them together. The parts are plain XML strings, so tests can
 * mutate the XML itself as well as the text in it.
 */
final class Docx {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
            + ".wordprocessingml.document.main+xml\"/>"
            + "<Override PartName=\"/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
            + ".wordprocessingml.footnotes+xml\"/>"
            + "<Override PartName=\"/word/endnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
            + ".wordprocessingml.endnotes+xml\"/>"
            + "</Types>";
    private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            + "officeDocument\" Target=\"word/document.xml\"/></Relationships>";
    private static final String DOCUMENT_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            + "footnotes\" Target=\"footnotes.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            + "endnotes\" Target=\"endnotes.xml\"/></Relationships>";
    private static final String SEPARATORS = "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/>"
            + "</w:r></w:p></w:footnote><w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r>"
            + "<w:continuationSeparator/></w:r></w:p></w:footnote>";

    private Docx() {
    }

    /** The three XML parts a test may change before they are zipped. */
    record Parts(String document, String footnotes, String endnotes) {

        Parts map(java.util.function.UnaryOperator<String> f) {
            return new Parts(f.apply(document), f.apply(footnotes), f.apply(endnotes));
        }
    }

    /** A paragraph of the body: text runs, then a footnote reference with the given id. */
    static String bodyParagraph(String text, int footnoteId) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r>"
                + "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\""
                + footnoteId + "\"/></w:r></w:p>";
    }

    /** A paragraph of the body that refers to an endnote. */
    static String bodyParagraphWithEndnote(String text, int endnoteId) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r>"
                + "<w:r><w:endnoteReference w:id=\"" + endnoteId + "\"/></w:r></w:p>";
    }

    /** A run of text, in italics or not. */
    static String run(String text, boolean italic) {
        return "<w:r>" + (italic ? "<w:rPr><w:i/></w:rPr>" : "") + "<w:t xml:space=\"preserve\">" + escape(text)
                + "</w:t></w:r>";
    }

    /** A footnote ({@code element} "footnote") or endnote of one paragraph made of the given runs. */
    static String note(String element, int id, String runs) {
        String ref = element.equals("footnote") ? "footnoteRef" : "endnoteRef";
        return "<w:" + element + " w:id=\"" + id + "\"><w:p><w:r><w:" + ref + "/></w:r>" + runs + "</w:p></w:"
                + element + ">";
    }

    static Parts parts(List<String> bodyParagraphs, List<String> footnotes, List<String> endnotes) {
        String doc = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"" + W
                + "\"><w:body>" + String.join("", bodyParagraphs) + "</w:body></w:document>";
        String foot = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:footnotes xmlns:w=\"" + W
                + "\">" + SEPARATORS + String.join("", footnotes) + "</w:footnotes>";
        String end = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:endnotes xmlns:w=\"" + W
                + "\">" + SEPARATORS.replace("w:footnote", "w:endnote") + String.join("", endnotes) + "</w:endnotes>";
        return new Parts(doc, foot, end);
    }

    /** The package of these parts, as the bytes of a .docx file, compressed as Word does. */
    static byte[] zip(Parts parts) {
        return zip(parts, false);
    }

    /**
     * The package of these parts, as the bytes of a .docx file. Stored (not compressed) parts let a test put
     * megabytes of repeated text in a note: compressed, such a part trips Apache POI's zip-bomb guard, which
     * refuses a part that expands more than 100-fold.
     */
    static byte[] zip(Parts parts, boolean stored) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", CONTENT_TYPES);
        entries.put("_rels/.rels", RELS);
        entries.put("word/_rels/document.xml.rels", DOCUMENT_RELS);
        entries.put("word/document.xml", parts.document());
        entries.put("word/footnotes.xml", parts.footnotes());
        entries.put("word/endnotes.xml", parts.endnotes());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                byte[] data = e.getValue().getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(e.getKey());
                if (stored) {
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(data.length);
                    entry.setCompressedSize(data.length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(data);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Escapes text for an XML text node. Characters XML 1.0 cannot hold at all (NUL and most other controls, lone
     * surrogates) are dropped, as Word would never write them.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
                continue;
            }
            if (Character.isSurrogate(c) || c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE
                    || c == 0xFFFF) {
                continue;
            }
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

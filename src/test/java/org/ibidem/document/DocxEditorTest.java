package org.ibidem.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.ibidem.ZipEntries;
import org.junit.jupiter.api.Test;

/**
 * Replacing spans of the notes of a .docx written as Word writes it: the runs of plain note text change, and
 * nothing else does — fields, tracked changes, tabs, reference marks, the root's namespace declarations.
 */
class DocxEditorTest {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** The root of a footnotes part as Word 2016 writes it: namespaces that only mc:Ignorable names. */
    private static final String ROOT = "<w:footnotes xmlns:mc=\"http://schemas.openxmlformats.org/markup-"
            + "compatibility/2006\" xmlns:w=\"" + W + "\" xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/"
            + "wordml\" xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\" mc:Ignorable=\"w14 w15\">";

    private static String run(String text) {
        return "<w:r><w:rPr><w:sz w:val=\"20\"/></w:rPr><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    private static String note(int id, String paragraphContent) {
        return "<w:footnote w:id=\"" + id + "\"><w:p w14:paraId=\"1A2B3C4D\"><w:r><w:rPr><w:rStyle "
                + "w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r>" + paragraphContent + "</w:p></w:footnote>";
    }

    /** A .docx of one body paragraph referring to each note, and these footnotes. */
    private static byte[] docx(String... notes) {
        StringBuilder body = new StringBuilder();
        StringBuilder foot = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n")
                .append(ROOT).append("<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r>"
                        + "</w:p></w:footnote>");
        for (int k = 0; k < notes.length; k++) {
            body.append("<w:p><w:r><w:t>Text.</w:t></w:r><w:r><w:footnoteReference w:id=\"").append(k + 1)
                    .append("\"/></w:r></w:p>");
            foot.append(note(k + 1, notes[k]));
        }
        foot.append("</w:footnotes>");
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
                + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application"
                + "/xml\"/></Types>");
        parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                + "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>");
        parts.put("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W
                + "\"><w:body>" + body + "</w:body></w:document>");
        parts.put("word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns="
                + "\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type="
                + "\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" Target="
                + "\"footnotes.xml\"/></Relationships>");
        parts.put("word/footnotes.xml", foot.toString());
        parts.put("word/media/image1.png", "\u0089PNG not really");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static int[] span(DocxEditor e, String s) {
        int at = e.document().text().indexOf(s);
        assertThat(at).as(s).isNotNegative();
        return new int[] {at, at + s.length()};
    }

    private static String footnotes(byte[] docx) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().equals("word/footnotes.xml")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no footnotes part");
    }

    @Test
    void replacesTextAcrossRunsAndKeepsTheTextAroundIt() {
        DocxEditor e = DocxEditor.open("a.docx", docx(run(" See ") + run("Ibid.") + run(", 4; a remark.")));
        int[] s = span(e, "Ibid., 4");
        e.replace(s[0], s[1], List.of(new DocxEditor.Piece("Beard, ", false), new DocxEditor.Piece("SPQR", true),
                new DocxEditor.Piece(", 4", false)));
        Document after = new DocxExtractor().extract("a.docx", e.toBytes());
        assertThat(after.notes().get(0).text()).isEqualTo("See Beard, SPQR, 4; a remark.");
        Note n = after.notes().get(0);
        assertThat(n.emphasis()).extracting(t -> n.text().substring(t.start(), t.end())).containsExactly("SPQR");
        assertThat(footnotes(e.toBytes())).contains("<w:r><w:rPr><w:sz w:val=\"20\"/><w:i/></w:rPr><w:t>SPQR</w:t>")
                .contains("<w:t xml:space=\"preserve\">Beard, </w:t>")
                .contains("<w:t xml:space=\"preserve\">, 4; a remark.</w:t>");
    }

    @Test
    void splitsARunOnlyAroundItsItalics() {
        DocxEditor e = DocxEditor.open("a.docx", docx(run(" Ibid., 4.")));
        int[] s = span(e, "Ibid., 4");
        e.replace(s[0], s[1], List.of(new DocxEditor.Piece("Beard, ", false), new DocxEditor.Piece("SPQR", true),
                new DocxEditor.Piece(", 4", false)));
        String part = footnotes(e.toBytes());
        assertThat(part).contains("<w:t xml:space=\"preserve\"> Beard, </w:t></w:r><w:r><w:rPr><w:sz w:val=\"20\"/>"
                + "<w:i/></w:rPr><w:t>SPQR</w:t></w:r><w:r><w:rPr><w:sz w:val=\"20\"/></w:rPr><w:t>, 4.</w:t></w:r>");
    }

    @Test
    void replacesRomanTextInItsOwnRun() {
        DocxEditor e = DocxEditor.open("a.docx", docx(run(" Ibid., 4.")));
        int[] s = span(e, "Ibid., 4");
        e.replace(s[0], s[1], List.of(new DocxEditor.Piece("Beard, 4", false)));
        assertThat(footnotes(e.toBytes())).contains("<w:r><w:rPr><w:sz w:val=\"20\"/></w:rPr><w:t xml:space="
                + "\"preserve\"> Beard, 4.</w:t></w:r></w:p>");
    }

    @Test
    void keepsTheNamespacesTheRootDeclaresForMarkupCompatibility() {
        DocxEditor e = DocxEditor.open("a.docx", docx(run(" Ibid., 4.")));
        int[] s = span(e, "Ibid., 4");
        e.replace(s[0], s[1], List.of(new DocxEditor.Piece("Beard, 4", false)));
        String part = footnotes(e.toBytes());
        assertThat(part).contains("xmlns:w14=").contains("xmlns:w15=").contains("mc:Ignorable=\"w14 w15\"")
                .contains("w14:paraId=\"1A2B3C4D\"");
    }

    @Test
    void copiesEveryOtherEntryByteForByte() {
        byte[] before = docx(run(" Ibid., 4."));
        DocxEditor e = DocxEditor.open("a.docx", before);
        int[] s = span(e, "Ibid., 4");
        e.replace(s[0], s[1], List.of(new DocxEditor.Piece("Beard, 4", false)));
        Map<String, String> was = ZipEntries.of(before);
        Map<String, String> is = ZipEntries.of(e.toBytes());
        assertThat(is.keySet()).containsExactlyElementsOf(was.keySet());
        was.remove("word/footnotes.xml");
        is.remove("word/footnotes.xml");
        assertThat(is).isEqualTo(was);
    }

    @Test
    void givesBackTheBytesWhenNothingWasReplaced() {
        byte[] before = docx(run(" Ibid., 4."));
        assertThat(DocxEditor.open("a.docx", before).toBytes()).isEqualTo(before);
    }

    @Test
    void leavesAFieldResultAlone() {
        DocxEditor e = DocxEditor.open("a.docx", docx("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r>"
                + "<w:instrText> ADDIN ZOTERO_ITEM </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/>"
                + "</w:r>" + run("Ibid., 4.") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" + run(" Ibid., 5.")));
        int[] inField = span(e, "Ibid., 4");
        int[] after = span(e, "Ibid., 5");
        assertThat(e.editable(inField[0], inField[1])).isFalse();
        assertThat(e.editable(after[0], after[1])).isTrue();
    }

    @Test
    void leavesSpansWithTrackedChangesTabsOrContentControlsAlone() {
        DocxEditor e = DocxEditor.open("a.docx", docx(
                run(" Ibid.") + "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>, 3</w:delText></w:r></w:del>"
                        + run(", 4."),
                "<w:ins w:id=\"2\" w:author=\"A\">" + run(" Ibid., 5.") + "</w:ins>",
                "<w:r><w:t>Ibid.,</w:t><w:tab/><w:t>6.</w:t></w:r>",
                "<w:sdt><w:sdtContent>" + run("Ibid., 7.") + "</w:sdtContent></w:sdt>",
                "<w:hyperlink w:anchor=\"x\">" + run("Ibid., 8.") + "</w:hyperlink>"));
        for (String s : List.of("Ibid., 4", "Ibid., 5", "Ibid., 6", "Ibid., 7")) {
            int[] at = span(e, s.equals("Ibid., 6") ? "Ibid., 6" : s);
            assertThat(e.editable(at[0], at[1])).as(s).isFalse();
        }
        int[] link = span(e, "Ibid., 8");
        assertThat(e.editable(link[0], link[1])).isTrue();
    }

    @Test
    void neverReachesIntoTheNoteMark() {
        DocxEditor e = DocxEditor.open("a.docx", docx(run("Ibid., 4.")));
        int[] s = span(e, "1Ibid., 4");
        assertThat(e.editable(s[0], s[1])).isFalse();
        assertThat(e.editable(s[0] + 1, s[1])).isTrue();
    }

    @Test
    void refusesSpansOutOfOrder() {
        DocxEditor e = DocxEditor.open("a.docx", docx(run(" Ibid., 4; ibid., 5.")));
        int[] first = span(e, "Ibid., 4");
        int[] second = span(e, "ibid., 5");
        e.replace(first[0], first[1], List.of(new DocxEditor.Piece("X", false)));
        assertThatThrownBy(() -> e.replace(second[0], second[1], List.of()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesADoctypeInTheNotes() {
        byte[] evil = docx(run(" Ibid., 4."));
        String part = footnotes(evil);
        assertThatThrownBy(() -> DocxEditor.open("a.docx", replace(evil, part.replace("<w:footnotes",
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><w:footnotes"))))
                .isInstanceOf(UnreadableDocumentException.class);
    }

    private static byte[] replace(byte[] docx, String footnotes) {
        return DocxPackage.replacing("a.docx", docx, Map.of("word/footnotes.xml",
                footnotes.getBytes(StandardCharsets.UTF_8)));
    }
}

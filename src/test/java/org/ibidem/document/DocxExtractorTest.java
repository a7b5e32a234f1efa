package org.ibidem.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFEndnote;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .docx fixtures are built here with POI, so no binary file is committed. */
class DocxExtractorTest {

    /**
     * Paragraph 1: "The ferry ran until 1901.¹ It stopped in the war.²"
     * Paragraph 2: a one-cell table: "See the table.³"
     * Paragraph 3: "Later.ⁱ" with an endnote.
     * Footnote 1: " Ann Lee, " + italic "Ferries of the" + italic " North" + ", 7." — Word splits runs freely.
     * Footnote 2: "Ibid., 9." with a field code (Zotero's) that is not shown.
     * Footnote 3: two paragraphs.
     */
    static byte[] sample() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph body = doc.createParagraph();
            body.createRun().setText("The ferry ran until 1901.");
            XWPFFootnote first = doc.createFootnote();
            body.addFootnoteReference(first);
            body.createRun().setText(" It stopped in the war.");
            XWPFFootnote second = doc.createFootnote();
            body.addFootnoteReference(second);

            XWPFTable table = doc.createTable(1, 1);
            XWPFParagraph cell = table.getRow(0).getCell(0).getParagraphs().get(0);
            cell.createRun().setText("See the table.");
            XWPFFootnote third = doc.createFootnote();
            cell.addFootnoteReference(third);

            XWPFParagraph later = doc.createParagraph();
            later.createRun().setText("Later.");
            XWPFEndnote endnote = doc.createEndnote();
            later.addFootnoteReference(endnote);

            XWPFParagraph p1 = first.createParagraph();
            p1.createRun().setText(" Ann Lee, ");
            italic(p1, "Ferries of the");
            italic(p1, " North");
            p1.createRun().setText(", 7.");

            XWPFParagraph p2 = second.createParagraph();
            XWPFRun field = p2.createRun();
            field.getCTR().addNewInstrText().setStringValue(" ADDIN ZOTERO_ITEM CSL_CITATION {\"id\":1} ");
            p2.createRun().setText(" Ibid., 9.");

            third.createParagraph().createRun().setText(" First paragraph.");
            XWPFParagraph p3b = third.createParagraph();
            p3b.createRun().setText("Second paragraph.");

            endnote.createParagraph().createRun().setText(" An endnote.");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void italic(XWPFParagraph p, String text) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setItalic(true);
    }

    private final Document doc = new DocxExtractor().extract("sample.docx", sample());

    @Test
    void readsFootnotesThenEndnotesInTheOrderWordNumbersThem() {
        assertThat(doc.notes())
                .extracting(Note::index, Note::number, Note::label, Note::chapter)
                .containsExactly(
                        tuple(1, 1, "1", null),
                        tuple(2, 2, "2", null),
                        tuple(3, 3, "3", null),
                        tuple(4, 0, "i", "Endnotes"));
    }

    @Test
    void readsTheTextWithoutFieldCodesAndJoinsParagraphs() {
        assertThat(doc.notes()).extracting(Note::text).containsExactly(
                "Ann Lee, Ferries of the North, 7.",
                "Ibid., 9.",
                "First paragraph. Second paragraph.",
                "An endnote.");
    }

    @Test
    void mergesItalicRunsIntoOneEmphasisSpan() {
        assertThat(Fixtures.emphasized(doc.notes().get(0))).containsExactly("Ferries of the North");
    }

    @Test
    void countsLinesAsParagraphsAndColumnsAsCharactersInTheParagraph() {
        // Body paragraphs 1-3 (the table cell is paragraph 2), then one line per note paragraph.
        assertThat(doc.markers()).extracting(m -> m.label() + " " + m.position())
                .containsExactly("1 1:26", "2 1:50", "3 2:15", "i 3:7");
        assertThat(doc.notes()).extracting(n -> n.position().toString())
                .containsExactly("4:1", "5:1", "6:1", "8:1");
        assertThat(doc.text().lines().toList()).startsWith(
                "The ferry ran until 1901.1 It stopped in the war.2", "See the table.3", "Later.i");
    }

    @Test
    void mapsNoteTextIntoTheLaidOutText() {
        Note first = doc.notes().get(0);
        Fixtures.assertMapsBack(doc, first, "Ferries");
        assertThat(doc.positionIn(first, first.text().indexOf("Ann"))).hasToString("4:3");
        Note third = doc.notes().get(2);
        assertThat(doc.positionIn(third, third.text().indexOf("Second"))).hasToString("7:1");
    }

    @Test
    void readsTheCellsOfATableInsideANoteAfterItsParagraph() {
        byte[] bytes;
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph body = d.createParagraph();
            body.createRun().setText("Tolls rose.");
            XWPFFootnote note = d.createFootnote();
            body.addFootnoteReference(note);
            note.createParagraph().createRun().setText(" Toll table:");
            XWPFTable table = note.createTable(1, 2);
            table.getRow(0).getCell(0).getParagraphs().get(0).createRun().setText("1820");
            italic(table.getRow(0).getCell(1).getParagraphs().get(0), "Canal Ledger");
            d.write(out);
            bytes = out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        Document read = new DocxExtractor().extract("table.docx", bytes);

        assertThat(read.notes()).singleElement().satisfies(n -> {
            assertThat(n.text()).isEqualTo("Toll table: 1820 Canal Ledger");
            assertThat(n.emphasis()).extracting(e -> n.text().substring(e.start(), e.end()))
                    .containsExactly("Canal Ledger");
        });
    }

    @Test
    void refusesAFileItCannotOpenInsteadOfFindingNoNotes() {
        byte[] broken = "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> new DocxExtractor().extract("broken.docx", broken))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.code()).isEqualTo("unreadable-docx"))
                .hasMessageStartingWith("broken.docx: cannot read the notes of this Word .docx file: ");
    }

    @Test
    void readsBytesCarriedInAnIso88591String() {
        String carried = new String(sample(), StandardCharsets.ISO_8859_1);
        assertThat(new DocxExtractor().extract("sample.docx", carried).notes()).hasSize(4);
    }

    @Test
    void documentsReadsADocxFileByItsExtensionOrByItsContent(@TempDir Path dir) throws IOException {
        Path named = Files.write(dir.resolve("thesis.docx"), sample());
        Path unnamed = Files.write(dir.resolve("thesis.bin"), sample());
        assertThat(Documents.read(named).notes()).hasSize(4);
        assertThat(Documents.read(unnamed).format()).isEqualTo(InputFormat.DOCX);
    }
}

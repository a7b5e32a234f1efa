package org.ibidem.rewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.IbidemOptions;
import org.ibidem.ZipEntries;
import org.ibidem.document.Documents;
import org.ibidem.document.Note;
import org.ibidem.document.TextSpan;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Rewriting the footnotes of a Word .docx: the runs of the citations change, in the runs' own properties with
 * titles in italics; fields, the body and every other part of the package stay byte for byte; the result reads
 * back as the same works at the same places, and a second rewrite changes nothing.
 */
class DocxRewriteTest {

    private static final String STYLE = "chicago-notes-bibliography";
    private static final String RED = "C00000";

    /**
     * Footnotes in Chicago 17:
     * 1 Mary Beard, *SPQR: A History of Ancient Rome* (New York: Liveright, 2015), 12. — the title in two runs.
     * 2 Ibid., 14.
     * 3 Zhihua Shen, *Reviewing and Reconsidering …* (Beijing: …, 2016), 141.
     * 4 Beard, *SPQR*, 20.
     * 5 A Zotero field whose result reads "Ibid., 34." — a live citation, never touched.
     * 6 Ibid., 35.
     * 7 See ibid., 36; compare Shen, *Reviewing …*, 150. — commentary around a citation that changes.
     * Roman runs are 10 pt, italic runs 10 pt and red, so a test can tell whose properties a new run got.
     */
    static byte[] thesis() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Chapter One");
            XWPFParagraph body = doc.createParagraph();
            body.createRun().setText("Rome grew.");
            List<XWPFFootnote> notes = new ArrayList<>();
            for (int n = 0; n < 7; n++) {
                XWPFFootnote note = doc.createFootnote();
                notes.add(note);
                body.addFootnoteReference(note);
                body.createRun().setText(" And then." + (n == 6 ? "" : ""));
            }
            note(notes.get(0), "Mary Beard, ", "/SPQR: A History ", "/of Ancient Rome",
                    " (New York: Liveright, 2015), 12.");
            note(notes.get(1), "Ibid., 14.");
            note(notes.get(2), "Zhihua Shen, ", "/Reviewing and Reconsidering the History of Sino-Soviet Relations",
                    " (Beijing: Social Sciences Academic Press, 2016), 141.");
            note(notes.get(3), "Beard, ", "/SPQR", ", 20.");
            XWPFParagraph field = notes.get(4).createParagraph();
            field.createRun().setText(" ");
            field.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
            field.createRun().getCTR().addNewInstrText()
                    .setStringValue(" ADDIN ZOTERO_ITEM CSL_CITATION {\"citationID\":\"a1\"} ");
            field.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
            roman(field, "Ibid., 34.");
            field.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
            note(notes.get(5), "Ibid., 35.");
            note(notes.get(6), "See ibid., 36; compare Shen, ",
                    "/Reviewing and Reconsidering the History of Sino-Soviet Relations", ", 150.");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A footnote of one paragraph: a space, then runs; "/" opens an italic one. */
    private static void note(XWPFFootnote note, String... runs) {
        XWPFParagraph p = note.createParagraph();
        p.createRun().setText(" ");
        for (String r : runs) {
            if (r.startsWith("/")) {
                XWPFRun run = p.createRun();
                run.setText(r.substring(1));
                run.setItalic(true);
                run.setFontSize(10);
                run.setColor(RED);
            } else {
                roman(p, r);
            }
        }
    }

    private static void roman(XWPFParagraph p, String text) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontSize(10);
    }

    private static final byte[] THESIS = thesis();

    private static Analysis analyze(byte[] docx) {
        return Ibidem.analyze(Documents.parse("thesis.docx", docx), IbidemOptions.defaults());
    }

    private static Rewrite rewrite(byte[] docx) {
        return analyze(docx).rewrite(STYLE, IbidemOptions.defaults(), docx);
    }

    private static final Rewrite REWRITE = rewrite(THESIS);
    private static final byte[] REWRITTEN = REWRITE.bytesLike(THESIS);

    @Test
    void rewritesIbidAsShortFormsInTheNotesOfTheDocx() {
        List<String> notes = analyze(REWRITTEN).notes().stream().map(n -> n.note().text()).toList();
        assertThat(notes.get(1)).isEqualTo("Beard, SPQR, 14.");
        assertThat(notes.get(5)).isEqualTo("Beard, SPQR, 35.");
        assertThat(notes.get(6)).isEqualTo("See Beard, SPQR, 36; compare Shen, Reviewing and Reconsidering the "
                + "History of Sino-Soviet Relations, 150.");
        assertThat(REWRITE.text()).isEqualTo(analyze(REWRITTEN).document().text());
    }

    @Test
    void readsBackAsTheSameWorksAtTheSamePlaces() {
        assertThat(citedWorks(analyze(REWRITTEN))).isEqualTo(citedWorks(analyze(THESIS)));
        assertThat(analyze(REWRITTEN).notes()).hasSameSizeAs(analyze(THESIS).notes());
    }

    @Test
    void setsTitlesInItalics() {
        Analysis after = analyze(REWRITTEN);
        for (int n : new int[] {1, 5}) {
            assertThat(italicText(after.notes().get(n).note())).as("note %d", n + 1).containsExactly("SPQR");
        }
        assertThat(italicText(after.notes().get(6).note())).containsExactly("SPQR",
                "Reviewing and Reconsidering the History of Sino-Soviet Relations");
    }

    @Test
    void givesNewRunsThePropertiesOfTheRunsTheyReplace() throws IOException {
        String footnotes = ZipEntries.of(REWRITTEN).get("word/footnotes.xml");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(REWRITTEN))) {
            List<XWPFFootnote> notes = doc.getFootnotes();
            // Note 2 had no italic run: its title is a roman run's properties with italics added.
            List<XWPFRun> second = notes.get(notes.size() - 6).getParagraphs().get(0).getRuns();
            XWPFRun title = second.stream().filter(r -> "SPQR".equals(r.text())).findFirst().orElseThrow();
            assertThat(title.isItalic()).isTrue();
            assertThat(title.getColor()).isNull();
            assertThat(title.getFontSizeAsDouble()).isEqualTo(10.0);
            XWPFRun author = second.stream().filter(r -> r.text().startsWith("Beard")).findFirst().orElseThrow();
            assertThat(author.isItalic()).isFalse();
            assertThat(author.getFontSizeAsDouble()).isEqualTo(10.0);
            // Note 1 had its title in italic runs: the new title run has their properties.
            List<XWPFRun> first = notes.get(notes.size() - 7).getParagraphs().get(0).getRuns();
            assertThat(first).filteredOn(XWPFRun::isItalic).extracting(XWPFRun::text, XWPFRun::getColor)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("SPQR: A History of Ancient Rome", RED));
        }
        assertThat(footnotes).contains("ADDIN ZOTERO_ITEM");
    }

    @Test
    void leavesAFieldResultAsWritten() {
        assertThat(analyze(REWRITTEN).notes().get(4).note().text()).isEqualTo("Ibid., 34.");
        assertThat(REWRITE.left()).extracting(LeftCitation::text).contains("Ibid., 34.");
    }

    @Test
    void keepsEveryOtherEntryOfThePackageByteForByte() {
        Map<String, String> before = ZipEntries.of(THESIS);
        Map<String, String> after = ZipEntries.of(REWRITTEN);
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        before.remove("word/footnotes.xml");
        after.remove("word/footnotes.xml");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void keepsTheDeclarationsOfTheNotesPart() {
        String before = ZipEntries.of(THESIS).get("word/footnotes.xml");
        String after = ZipEntries.of(REWRITTEN).get("word/footnotes.xml");
        assertThat(after.substring(after.indexOf("<w:footnotes"), after.indexOf('>', after.indexOf("<w:footnotes"))))
                .isEqualTo(before.substring(before.indexOf("<w:footnotes"),
                        before.indexOf('>', before.indexOf("<w:footnotes"))));
    }

    @Test
    void rewritesEndnotesInTheirOwnPart() throws IOException {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph body = doc.createParagraph();
            body.createRun().setText("Rome grew.");
            org.apache.poi.xwpf.usermodel.XWPFEndnote first = doc.createEndnote();
            body.addFootnoteReference(first);
            org.apache.poi.xwpf.usermodel.XWPFEndnote second = doc.createEndnote();
            body.addFootnoteReference(second);
            XWPFParagraph p = first.createParagraph();
            roman(p, " Mary Beard, ");
            XWPFRun title = p.createRun();
            title.setText("SPQR");
            title.setItalic(true);
            roman(p, " (New York: Liveright, 2015), 12.");
            roman(second.createParagraph(), " Ibid., 14.");
            doc.write(out);
            docx = out.toByteArray();
        }
        byte[] rewritten = rewrite(docx).bytesLike(docx);
        assertThat(analyze(rewritten).notes().get(1).note().text()).isEqualTo("Beard, SPQR, 14.");
        assertThat(ZipEntries.of(rewritten).get("word/endnotes.xml")).contains("<w:t>SPQR</w:t>");
        assertThat(ZipEntries.of(rewritten).get("word/footnotes.xml")).isEqualTo(ZipEntries.of(docx).get("word/footnotes.xml"));
    }

    @Test
    void changesNothingTheSecondTime() {
        Rewrite twice = rewrite(REWRITTEN);
        assertThat(twice.changes()).isEmpty();
        assertThat(twice.bytesLike(REWRITTEN)).isEqualTo(REWRITTEN);
    }

    @Test
    void keepsSpacesAtTheEdgesOfRuns() {
        String footnotes = ZipEntries.of(REWRITTEN).get("word/footnotes.xml");
        assertThat(footnotes).doesNotContainPattern("<w:t>(\\s[^<]*|[^<]*\\s)</w:t>");
    }

    @Test
    void refusesToRewriteADocxWithoutItsBytes() {
        assertThatThrownBy(() -> analyze(THESIS).rewrite(STYLE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without its bytes");
    }

    @Test
    void refusesBytesOfAnotherDocument() {
        byte[] other = REWRITTEN;
        assertThatThrownBy(() -> analyze(THESIS).rewrite(STYLE, IbidemOptions.defaults(), other))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not the .docx");
    }

    /** Per note, the works cited (title) and their locators. */
    private static List<List<String>> citedWorks(Analysis a) {
        List<List<String>> out = new ArrayList<>();
        for (ResolvedNote n : a.notes()) {
            List<String> cites = new ArrayList<>();
            for (ResolvedCitation rc : n.citations()) {
                cites.add((rc.sourceId() == null ? "?" : a.resolution().source(rc.sourceId()).title()) + " @ "
                        + rc.locator());
            }
            out.add(cites);
        }
        return out;
    }

    private static List<String> italicText(Note note) {
        List<String> out = new ArrayList<>();
        for (TextSpan s : note.emphasis()) {
            out.add(note.text().substring(s.start(), s.end()));
        }
        return out;
    }
}

package org.ibidem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.ibidem.Ibidem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ibidem rewrite} on a Word .docx: written to a file or in place, shown as a diff, never to a terminal. */
class RewriteDocxCommandTest {

    /** Footnote 1: Mary Beard, *SPQR* (New York: Liveright, 2015), 12. Footnote 2: Ibid., 14. */
    private static Path thesis(Path dir) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph body = doc.createParagraph();
            body.createRun().setText("Rome grew.");
            XWPFFootnote first = doc.createFootnote();
            body.addFootnoteReference(first);
            body.createRun().setText(" It fell.");
            XWPFFootnote second = doc.createFootnote();
            body.addFootnoteReference(second);
            XWPFParagraph p1 = first.createParagraph();
            p1.createRun().setText(" Mary Beard, ");
            XWPFRun title = p1.createRun();
            title.setText("SPQR");
            title.setItalic(true);
            p1.createRun().setText(" (New York: Liveright, 2015), 12.");
            second.createParagraph().createRun().setText(" Ibid., 14.");
            doc.write(out);
            Path file = dir.resolve("thesis.docx");
            Files.write(file, out.toByteArray());
            return file;
        }
    }

    private static String secondNote(Path docx) {
        return Ibidem.analyze(docx).notes().get(1).note().text();
    }

    @Test
    void writesTheRewrittenDocxToAFile(@TempDir Path dir) throws IOException {
        Path file = thesis(dir);
        byte[] before = Files.readAllBytes(file);
        Path out = dir.resolve("thesis-chicago18.docx");
        IbidemCliTest.Run run = IbidemCliTest.run("rewrite", file.toString(), "--style",
                "chicago-notes-bibliography", "-o", out.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("ibidem: rewrote 2 citations in chicago-notes-bibliography");
        assertThat(secondNote(out)).isEqualTo("Beard, SPQR, 14.");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void rewritesTheDocxInPlace(@TempDir Path dir) throws IOException {
        Path file = thesis(dir);
        IbidemCliTest.Run run = IbidemCliTest.run("rewrite", file.toString(), "--style",
                "chicago-notes-bibliography", "--in-place");
        assertThat(run.exit()).isZero();
        assertThat(secondNote(file)).isEqualTo("Beard, SPQR, 14.");
    }

    @Test
    void showsTheChangesAsADiffOfTheTextAsLaidOut(@TempDir Path dir) throws IOException {
        IbidemCliTest.Run run = IbidemCliTest.run("rewrite", thesis(dir).toString(), "--style",
                "chicago-notes-bibliography", "--diff");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("--- ")
                .contains("thesis.docx (its text as Ibidem lays it out, a paragraph a line)\n")
                .contains("\n-2 Ibid., 14.\n").contains("\n+2 Beard, SPQR, 14.\n");
    }

    @Test
    void refusesToWriteADocxToStandardOutput(@TempDir Path dir) throws IOException {
        IbidemCliTest.Run run = IbidemCliTest.run("rewrite", thesis(dir).toString(), "--style",
                "chicago-notes-bibliography");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines().get(0)).contains("a .docx is binary").contains("-o OUT");
    }

    @Test
    void rewritesADocxPipedInToAFile(@TempDir Path dir) throws IOException {
        byte[] docx = Files.readAllBytes(thesis(dir));
        Path out = dir.resolve("out.docx");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int exit = IbidemCli.run(new String[] {"rewrite", "-", "--style", "chicago-notes-bibliography", "-o",
            out.toString()}, new ByteArrayInputStream(docx), new PrintWriter(stdout), new PrintWriter(stderr));
        assertThat(exit).as(stderr.toString()).isZero();
        assertThat(secondNote(out)).isEqualTo("Beard, SPQR, 14.");
    }
}

package org.ibidem.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.IbidemOptions;
import org.ibidem.ZipEntries;
import org.ibidem.document.Document;
import org.ibidem.document.Documents;
import org.ibidem.document.Note;
import org.ibidem.document.TextSpan;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The notes of every document {@link RewriteCorpusTest} rewrites, as the footnotes of a Word .docx (their italics
 * as italic runs), survive a rewrite: the same notes, every zip entry but the footnotes byte for byte, the text
 * as laid out changed only in the citations' spans, each rewritten citation read back from the new .docx as the
 * same work at the same place, and a second rewrite changes nothing.
 */
class DocxTwinRewriteTest {

    static Stream<Arguments> documents() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (Path dir : List.of(Path.of("examples"), Path.of("src/test/resources/corpus"),
                Path.of("src/test/resources/documents"), Path.of("..", "shared", "corpus"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.list(dir)) {
                for (Path f : s.sorted().toList()) {
                    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                    if ((n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".tex") || n.endsWith(".html")
                            || n.endsWith(".htm")) && !n.equals("readme.md") && !n.endsWith(".source.txt")) {
                        // One style: RewriteCorpusTest covers the others in the documents' own formats.
                        out.add(Arguments.of(f, "chicago-notes-bibliography"));
                    }
                }
            }
        }
        return out.stream();
    }

    /** A .docx whose footnotes are the document's notes: one body paragraph refers to them all. */
    static byte[] twin(Document document) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph body = doc.createParagraph();
            body.createRun().setText("The notes of " + document.name() + ".");
            for (Note note : document.notes()) {
                XWPFFootnote footnote = doc.createFootnote();
                body.addFootnoteReference(footnote);
                XWPFParagraph p = footnote.createParagraph();
                p.createRun().setText(" ");
                String text = note.text().replaceAll("\\s", " ");
                int at = 0;
                for (TextSpan s : note.emphasis()) {
                    run(p, text.substring(at, Math.max(at, s.start())), false);
                    run(p, text.substring(Math.max(at, s.start()), s.end()), true);
                    at = Math.max(at, s.end());
                }
                run(p, text.substring(at), false);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void run(XWPFParagraph p, String text, boolean italic) {
        if (!text.isEmpty()) {
            XWPFRun r = p.createRun();
            r.setText(text);
            r.setItalic(italic);
        }
    }

    private static Analysis analyze(byte[] docx) {
        return Ibidem.analyze(Documents.parse("twin.docx", docx), IbidemOptions.defaults());
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("documents")
    void survivesARewrite(Path file, String style) throws IOException {
        byte[] docx = twin(Ibidem.analyze(file).document());
        Analysis before = analyze(docx);
        Rewrite once = before.rewrite(style, IbidemOptions.defaults(), docx);
        byte[] rewritten = once.bytesLike(docx);
        Analysis after = analyze(rewritten);

        assertThat(after.document().text()).isEqualTo(once.text());
        assertThat(after.notes()).hasSameSizeAs(before.notes());
        Map<String, String> was = ZipEntries.of(docx);
        Map<String, String> is = ZipEntries.of(rewritten);
        assertThat(is.keySet()).containsExactlyElementsOf(was.keySet());
        was.remove("word/footnotes.xml");
        is.remove("word/footnotes.xml");
        assertThat(is).isEqualTo(was);

        // Nothing but the citation spans changed in the text as laid out.
        String original = before.document().text();
        StringBuilder rebuilt = new StringBuilder();
        int at = 0;
        for (Change c : once.changes()) {
            rebuilt.append(original, at, c.start()).append(c.replacement());
            at = c.end();
        }
        assertThat(rebuilt.append(original.substring(at)).toString()).isEqualTo(once.text());

        List<String> lost = new ArrayList<>();
        for (Change c : once.changes()) {
            ResolvedNote was1 = before.notes().get(c.note().index() - 1);
            ResolvedNote is1 = after.notes().get(c.note().index() - 1);
            for (ResolvedCitation rc : was1.citations()) {
                int start = was1.note().textMap().toSource(rc.citation().span().start());
                int end = was1.note().textMap().toSource(rc.citation().span().end());
                if (rc.sourceId() == null || c.start() < start || c.end() > end) {
                    continue;
                }
                boolean found = is1.citations().stream().anyMatch(x -> rc.sourceId().equals(x.sourceId()));
                if (!found) {
                    lost.add(c.note().displayName() + ": " + rc.sourceId() + " [" + c.replacement() + "]");
                }
            }
        }
        assertThat(lost).as("rewritten citations that no longer read as the same work").isEmpty();
        assertThat(after.rewrite(style, IbidemOptions.defaults(), rewritten).changes())
                .as("changes of a second rewrite").isEmpty();
    }
}

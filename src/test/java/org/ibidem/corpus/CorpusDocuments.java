package org.ibidem.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.ibidem.Ibidem;

/**
 * The documents of the accuracy corpus ({@code src/test/resources/corpus}): every file with a sidecar
 * {@code <doc>.expected.json}. A {@code .docx} is not stored; it is built here with Apache POI from its
 * {@code <doc>.source.txt}, so that the corpus stays reviewable text.
 */
final class CorpusDocuments {

    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3})\\]");
    private static final Pattern NOTE_LINE = Pattern.compile("^\\[(\\d{1,3})\\]\\s+(.*)$");
    private static final Pattern ITALIC = Pattern.compile("\\*([^*]+)\\*");

    private static List<DocumentResult> analysed;

    private CorpusDocuments() {
    }

    /** All corpus documents, analysed with the default options; computed once per test run. */
    static synchronized List<DocumentResult> analysed() {
        if (analysed == null) {
            List<DocumentResult> out = new ArrayList<>();
            for (Entry e : all()) {
                out.add(new DocumentResult(e, Ibidem.analyze(e.file())));
            }
            analysed = List.copyOf(out);
        }
        return analysed;
    }

    /** A corpus document: the file to analyse and what a reader expects of it. */
    record Entry(Path file, Expected.Document expected) {
        @Override
        public String toString() {
            return expected.name();
        }
    }

    /** All corpus documents, in file-name order. */
    static List<Entry> all() {
        Path dir = directory();
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> sidecars = files.filter(p -> p.getFileName().toString().endsWith(".expected.json"))
                    .sorted().collect(Collectors.toList());
            List<Entry> entries = new ArrayList<>();
            for (Path sidecar : sidecars) {
                Expected.Document expected = Expected.read(sidecar);
                Path file = dir.resolve(expected.name());
                if (expected.source() != null) {
                    file = buildDocx(dir.resolve(expected.source()), dir.resolveSibling("corpus-docx")
                            .resolve(expected.name()));
                }
                if (!Files.isRegularFile(file)) {
                    throw new IllegalStateException("No document " + file + " for " + sidecar);
                }
                entries.add(new Entry(file, expected));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path directory() {
        URL url = CorpusDocuments.class.getResource("/corpus");
        if (url == null) {
            throw new IllegalStateException("src/test/resources/corpus is not on the test class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Builds a Word document with real footnotes from a plain-text source: body paragraphs with {@code [n]}
     * markers, then one {@code [n] text} line per footnote; {@code *text*} is set in italics and lines starting
     * with {@code %} are left out.
     */
    static Path buildDocx(Path source, Path target) throws IOException {
        List<String> body = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
            if (line.startsWith("%") || line.isBlank()) {
                continue;
            }
            Matcher m = NOTE_LINE.matcher(line);
            if (m.matches()) {
                if (Integer.parseInt(m.group(1)) != notes.size() + 1) {
                    throw new IllegalStateException(source + ": footnotes must be numbered in order: " + line);
                }
                notes.add(m.group(2));
            } else {
                body.add(line);
            }
        }
        Files.createDirectories(target.getParent());
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(target)) {
            List<XWPFFootnote> footnotes = new ArrayList<>();
            for (String text : notes) {
                XWPFFootnote footnote = doc.createFootnote();
                XWPFParagraph p = footnote.createParagraph();
                p.createRun().setText(" ");
                addRuns(p, text);
                footnotes.add(footnote);
            }
            for (String paragraph : body) {
                XWPFParagraph p = doc.createParagraph();
                Matcher m = MARKER.matcher(paragraph);
                int from = 0;
                while (m.find()) {
                    addRuns(p, paragraph.substring(from, m.start()));
                    p.addFootnoteReference(footnotes.get(Integer.parseInt(m.group(1)) - 1));
                    from = m.end();
                }
                addRuns(p, paragraph.substring(from));
            }
            doc.write(out);
        }
        return target;
    }

    private static void addRuns(XWPFParagraph p, String text) {
        Matcher m = ITALIC.matcher(text);
        int from = 0;
        while (m.find()) {
            run(p, text.substring(from, m.start()), false);
            run(p, m.group(1), true);
            from = m.end();
        }
        run(p, text.substring(from), false);
    }

    private static void run(XWPFParagraph p, String text, boolean italic) {
        if (text.isEmpty()) {
            return;
        }
        XWPFRun r = p.createRun();
        r.setItalic(italic);
        r.setText(text);
    }
}

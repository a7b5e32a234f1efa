package org.ibidem.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.Reader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.SourceScope;
import org.ibidem.IbidemOptions;
import org.ibidem.citation.Citation;
import org.ibidem.cli.NotesJson;
import org.ibidem.diagnostic.CheckOptions;
import org.ibidem.diagnostic.Diagnostic;
import org.ibidem.document.Document;
import org.ibidem.document.DocumentProblem;
import org.ibidem.document.Documents;
import org.ibidem.document.InputFormat;
import org.ibidem.document.Marker;
import org.ibidem.document.Note;
import org.ibidem.document.SourcePosition;
import org.ibidem.document.TextSpan;
import org.ibidem.document.UnreadableDocumentException;
import org.ibidem.reference.Reference;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;
import org.ibidem.style.FormattedBibliography;
import org.ibidem.style.OutputFormat;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXParser;
import org.jbibtex.ParseException;

/**
 * Runs the whole pipeline (extract → parse → resolve → check → BibTeX, and the {@code notes --json} output) over
 * a document and asserts what must hold for any input whatever:
 * <ul>
 *   <li>nothing throws, except {@link UnreadableDocumentException} for bytes that are binary (a NUL byte) or a
 *       .docx that is not a zip, as {@link Documents} documents;</li>
 *   <li>every note found is kept: one resolved note per extracted note, in order, the same note, and each note's
 *       text in the JSON output; each citation's text is the part of its note that its span names;</li>
 *   <li>every non-null source id names a source, and source ids are unique;</li>
 *   <li>every position (diagnostics, notes, markers, problems) has line and column from 1 and lies inside the
 *       file, and a diagnostic's end does not come before its start;</li>
 *   <li>the BibTeX parses back with JBibTeX into one entry per source.</li>
 * </ul>
 */
final class PipelineChecks {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The option sets the fuzz tests cycle through. */
    static final List<IbidemOptions> OPTIONS = List.of(
            IbidemOptions.defaults(),
            IbidemOptions.defaults().withFamilyNameFirst(true),
            IbidemOptions.defaults().withCheck(CheckOptions.defaults().withChicagoEdition(18)));

    private PipelineChecks() {
    }

    /**
     * Analyses bytes as a file of that name would be, and checks the result.
     *
     * @return the analysis, or null when the bytes were rightly refused as unreadable
     */
    static Analysis analyzeBytes(String name, byte[] bytes, IbidemOptions options) {
        Document document;
        try {
            document = Documents.parse(name, bytes);
        } catch (UnreadableDocumentException e) {
            boolean docxRefused = e.code().equals(UnreadableDocumentException.UNREADABLE_DOCX) && readAsDocx(name, bytes);
            assertThat(docxRefused || mayBeRefused(name, bytes))
                    .as("only binary input or a .docx whose notes cannot be read may be refused, but got: %s",
                            e.getMessage())
                    .isTrue();
            assertThat(e.getMessage()).startsWith(name + ": ").doesNotContain("\n");
            return null;
        }
        Analysis analysis = Ibidem.analyze(document, options);
        check(analysis);
        return analysis;
    }

    /**
     * Analyses text through the facade and checks the result. Text is never refused, unless its name makes it a
     * .docx (its characters carrying the bytes of a zip archive) whose notes cannot be read.
     *
     * @return the analysis, or null when a .docx was rightly refused
     */
    static Analysis analyzeText(String name, String text, IbidemOptions options) {
        Analysis analysis;
        try {
            analysis = Ibidem.analyzeText(name, text, options);
        } catch (UnreadableDocumentException e) {
            assertThat(e.code()).as(e.getMessage()).isEqualTo(UnreadableDocumentException.UNREADABLE_DOCX);
            assertThat(InputFormat.forFileName(name).orElse(null)).as(e.getMessage()).isEqualTo(InputFormat.DOCX);
            return null;
        }
        check(analysis);
        return analysis;
    }

    /** The invariants of one analysis. */
    static void check(Analysis analysis) {
        Document doc = analysis.document();
        String text = doc.text();

        // Every note found is kept, in order.
        assertThat(analysis.notes()).hasSameSizeAs(doc.notes());
        for (int i = 0; i < doc.notes().size(); i++) {
            ResolvedNote rn = analysis.notes().get(i);
            Note note = doc.notes().get(i);
            assertThat(rn.note()).isSameAs(note);
            assertThat(note.index()).isEqualTo(i + 1);
            checkPosition(doc, note.position(), "note " + note.index());
            for (TextSpan e : note.emphasis()) {
                assertThat(e.end()).as("emphasis inside note %s", note.index()).isLessThanOrEqualTo(note.text().length());
            }
            for (int k = 0; k <= note.text().length(); k += Math.max(1, note.text().length() / 16)) {
                checkPosition(doc, doc.positionIn(note, k), "offset " + k + " of note " + note.index());
            }
            checkCitations(analysis, rn);
        }
        for (Marker m : doc.markers()) {
            checkPosition(doc, m.position(), "marker " + m.label());
        }
        for (DocumentProblem p : doc.problems()) {
            checkPosition(doc, p.position(), "problem " + p.code());
        }

        // Sources: unique ids, each id resolvable.
        Set<String> ids = new HashSet<>();
        for (Reference r : analysis.sources()) {
            assertThat(r.id()).as("source id").isNotBlank();
            assertThat(ids.add(r.id())).as("source id %s is unique", r.id()).isTrue();
        }

        for (Diagnostic d : analysis.diagnostics()) {
            checkPosition(doc, d.position(), "diagnostic " + d.code());
            if (d.end() != null) {
                checkPosition(doc, d.end(), "end of diagnostic " + d.code());
                assertThat(d.end().offset()).as("end of %s", d).isGreaterThanOrEqualTo(d.position().offset());
            }
            assertThat(d.noteIndex()).isBetween(0, doc.notes().size());
            assertThat(d.format(doc.name())).isNotBlank();
        }

        checkJson(analysis);
        checkBibtex(analysis);
        assertThat(text).isNotNull();
    }

    private static void checkCitations(Analysis analysis, ResolvedNote rn) {
        String noteText = rn.note().text();
        int previousEnd = 0;
        for (ResolvedCitation rc : rn.citations()) {
            Citation c = rc.citation();
            TextSpan span = c.span();
            assertThat(span.end()).as("span of %s in note %s", c, rn.note().index())
                    .isLessThanOrEqualTo(noteText.length());
            assertThat(span.start()).as("citations in order, apart").isGreaterThanOrEqualTo(previousEnd);
            previousEnd = span.end();
            assertThat(c.text()).as("text of a %s citation in note %s", c.kind(), rn.note().index())
                    .isEqualTo(noteText.substring(span.start(), span.end()));
            if (rc.sourceId() != null) {
                assertThat(analysis.resolution().source(rc.sourceId()))
                        .as("source %s of note %s", rc.sourceId(), rn.note().index()).isNotNull();
            }
            if (rc.antecedent() != null) {
                assertThat(rc.antecedent().index()).isBetween(1, analysis.notes().size());
                assertThat(analysis.notes().get(rc.antecedent().index() - 1).note()).isSameAs(rc.antecedent());
            }
            for (Note candidate : rc.candidates()) {
                assertThat(candidate.index()).isBetween(1, analysis.notes().size());
                assertThat(analysis.notes().get(candidate.index() - 1).note()).isSameAs(candidate);
            }
        }
    }

    /** Line and column from 1, the offset inside the text, and line:column consistent with the offset. */
    static void checkPosition(Document doc, SourcePosition p, String what) {
        assertThat(p).as(what).isNotNull();
        assertThat(p.line()).as("line of %s", what).isGreaterThanOrEqualTo(1).isLessThanOrEqualTo(doc.lines().lineCount());
        assertThat(p.column()).as("column of %s", what).isGreaterThanOrEqualTo(1);
        assertThat(p.offset()).as("offset of %s", what).isBetween(0, doc.text().length());
        assertThat(doc.positionAt(p.offset())).as("line:column of %s agree with its offset", what).isEqualTo(p);
    }

    /**
     * Checks the {@code notes --json} output in bounded memory: a thread writes it into a pipe that this one reads
     * token by token, one note at a time, since 100,000 notes make some 100 MB of JSON (as one String, and again
     * as a tree, it would not fit beside the analysis in the test JVM's heap). A pipe of chars, not a file of
     * bytes, so that text no charset can encode (a lone surrogate, which fuzzed notes have) reaches the parser as
     * it was written. The sources come after the notes, so the ids the citations name are gathered and checked
     * against them at the end.
     */
    private static void checkJson(Analysis analysis) {
        AtomicReference<Throwable> writeFailure = new AtomicReference<>();
        PipedReader in = new PipedReader(1 << 16);
        try {
            PipedWriter out = new PipedWriter(in);
            Thread writer = new Thread(() -> {
                try (out) {
                    NotesJson.write(analysis, out);
                } catch (IOException | RuntimeException e) {
                    writeFailure.set(e);
                }
            }, "notes-json-writer");
            writer.start();
            try {
                checkJsonStream(in, analysis);
            } finally {
                in.close(); // a writer still blocked on a full pipe fails at once instead of waiting
                writer.join();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while the notes --json output was written", e);
        }
        assertThat(writeFailure.get()).as("writing the notes --json output").isNull();
    }

    private static void checkJsonStream(Reader json, Analysis analysis) throws IOException {
        Set<String> cited = new HashSet<>();
        Set<String> ids = new HashSet<>();
        int noteCount = 0;
        try (JsonParser p = JSON.getFactory().createParser(json)) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                assertThat(p.nextToken()).as("value of %s", field).isEqualTo(JsonToken.START_ARRAY);
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    JsonNode item = JSON.readTree(p);
                    if (field.equals("notes")) {
                        assertThat(noteCount).as("notes in the JSON output").isLessThan(analysis.notes().size());
                        assertThat(item.get("text").asText()).as("text of note %s in the JSON output", noteCount + 1)
                                .isEqualTo(analysis.notes().get(noteCount).note().text());
                        item.get("citations").forEach(c -> {
                            if (!c.get("source").isNull()) {
                                cited.add(c.get("source").asText());
                            }
                        });
                        noteCount++;
                    } else if (field.equals("sources")) {
                        ids.add(item.get("id").asText());
                    }
                }
            }
            // Read to the end: nothing after the document, and the writer has closed its end of the pipe.
            assertThat(p.nextToken()).as("anything after the notes --json document").isNull();
        }
        assertThat(noteCount).as("notes in the JSON output").isEqualTo(analysis.notes().size());
        // Set.removeAll, not AssertJ's containsAll, which compares each id with every source (quadratic).
        cited.removeAll(ids);
        assertThat(cited).as("source ids named by citations but missing from the JSON output's sources").isEmpty();
    }

    private static void checkBibtex(Analysis analysis) {
        // Every source, unmatched short forms' works included, must export and parse back.
        String bibtex = analysis.bibtex(SourceScope.ALL);
        BibTeXDatabase db;
        try {
            db = new BibTeXParser().parse(new StringReader(bibtex));
        } catch (ParseException | RuntimeException e) {
            throw new AssertionError("the BibTeX of " + analysis.sources().size() + " sources does not parse back: "
                    + e + "\n" + bibtex, e);
        }
        assertThat(db.getEntries()).as("BibTeX entries").hasSize(analysis.sources().size());
    }

    /** Formats the sources as a bibliography; one entry per source, or the source is reported as omitted. */
    static void checkBibliography(Analysis analysis, String style, OutputFormat format) {
        FormattedBibliography bib = analysis.bibliography(style, format, SourceScope.ALL);
        assertThat(bib.entries().size() + bib.omitted().size())
                .as("%s bibliography of %s sources: entries + omitted", style, analysis.sources().size())
                .isEqualTo(analysis.sources().size());
        assertThat(analysis.sources()).as("%s: omitted works are sources", style).containsAll(bib.omitted());
    }

    /**
     * Whether {@link Documents#parse(String, byte[])} may refuse these bytes: a .docx by name that is not a zip,
     * or, for any other name, text with a NUL byte (unless, with no known extension, the bytes are a zip naming
     * Word's {@code word/} part and so are read as a .docx).
     */
    /** Whether bytes of that name are read as a .docx: by name, or as a zip holding {@code word/}. */
    static boolean readAsDocx(String name, byte[] bytes) {
        java.util.Optional<InputFormat> byName = InputFormat.forFileName(name);
        if (byName.isPresent()) {
            return byName.get() == InputFormat.DOCX;
        }
        boolean zip = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        return zip && new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains("word/");
    }

    static boolean mayBeRefused(String name, byte[] bytes) {
        boolean zip = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        java.util.Optional<InputFormat> byName = InputFormat.forFileName(name);
        if (byName.isPresent()) {
            return byName.get() == InputFormat.DOCX ? !zip : containsNul(bytes);
        }
        boolean looksLikeDocx = zip && new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains("word/");
        return !looksLikeDocx && containsNul(bytes);
    }

    static boolean containsNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }
}

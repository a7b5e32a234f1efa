package org.ibidem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ibidem.citation.NoteParser;
import org.ibidem.diagnostic.ChainValidator;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.Diagnostic;
import org.ibidem.document.Document;
import org.ibidem.document.Documents;
import org.ibidem.resolution.ProjectResolution;
import org.ibidem.resolution.ProjectResolver;
import org.ibidem.resolution.Resolution;
import org.ibidem.resolution.Resolver;

/**
 * The entry point: reads a document's notes, parses them, resolves every ibid and short form, and checks the
 * chains, in one call.
 *
 * <pre>{@code
 * Analysis a = Ibidem.analyze(Path.of("essay.txt"));
 * a.sources().size();                       // distinct works cited
 * a.diagnostics().forEach(d -> System.out.println(d.format("essay.txt")));
 * String bib = a.bibliography("chicago", OutputFormat.TEXT).text();
 * String bibtex = a.bibtex();
 *
 * Analysis b = Ibidem.analyzeText("Text.[1]\n\nNotes\n\n1. Mary Beard, SPQR (New York: Liveright, 2015), 12.\n");
 *
 * ProjectAnalysis book = Ibidem.analyzeProject(List.of(Path.of("ch1.md"), Path.of("ch2.md")));
 * String merged = book.bibliography("chicago", OutputFormat.TEXT).text();   // one list for both chapters
 * }</pre>
 *
 * <p>A book whose chapters are files of their own is one project ({@link #analyzeProject(List)}): its chapters
 * are resolved in order, the same work in several chapters is one source, and a chapter's short form may point at
 * a work given in full in an earlier chapter (see {@link ProjectAnalysis}).
 *
 * <p>A file is named by a {@link Path}; text in memory goes to {@link #analyzeText(String)}. A {@code String}
 * is never taken for a file name.
 *
 * <p>Each stage also stands alone: {@link Documents}, {@link NoteParser}, {@link Resolver},
 * {@link ChainValidator}. All methods are thread-safe; analysing many documents in parallel is fine.
 */
public final class Ibidem {

    private Ibidem() {
    }

    /**
     * Analyses a file with the default options.
     *
     * @throws org.ibidem.document.UnreadableDocumentException when the file cannot be read or is binary
     */
    public static Analysis analyze(Path file) {
        return analyze(file, IbidemOptions.defaults());
    }

    /**
     * Analyses a file.
     *
     * @throws org.ibidem.document.UnreadableDocumentException when the file cannot be read or is binary
     */
    public static Analysis analyze(Path file, IbidemOptions options) {
        Objects.requireNonNull(file, "file");
        return analyze(options.inputFormat() == null ? Documents.read(file)
                : Documents.read(file, options.inputFormat()), options);
    }

    /**
     * Analyses a document's text (not a file: for a file, {@link #analyze(Path)}), with the default options. Its
     * format is sniffed from the text, as for a file whose name says nothing.
     *
     * @throws NullPointerException when {@code text} is null
     */
    public static Analysis analyzeText(String text) {
        return analyzeText("<text>", text, IbidemOptions.defaults());
    }

    /**
     * Analyses a document's text; {@code name} is used in messages, and its extension (if any) picks the format
     * unless the options name one.
     *
     * @throws NullPointerException when an argument is null
     */
    public static Analysis analyzeText(String name, String text, IbidemOptions options) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(options, "options");
        return analyze(options.inputFormat() == null ? Documents.parse(name, text)
                : Documents.parse(name, text, options.inputFormat()), options);
    }

    /**
     * Analyses text, with the default options: the same as {@link #analyzeText(String)}.
     *
     * @deprecated the argument is the document's text, never a file name, which {@code analyze("essay.txt")}
     *             reads as if it were (it analyses the nine characters "essay.txt" and finds no note). Call
     *             {@link #analyzeText(String)} for text and {@link #analyze(Path)} for a file.
     */
    @Deprecated(since = "0.1.0")
    public static Analysis analyze(String text) {
        return analyzeText(text);
    }

    /** Analyses text; {@code name} is used in messages. The same as {@link #analyzeText(String, String, IbidemOptions)}. */
    public static Analysis analyze(String name, String text, IbidemOptions options) {
        return analyzeText(name, text, options);
    }

    /** Analyses a document already extracted. */
    public static Analysis analyze(Document document, IbidemOptions options) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(options, "options");
        Resolution resolution = Analysis.resolve(document, options);
        List<Diagnostic> diagnostics = new ChainValidator(options.check())
                .check(new CheckContext(document, resolution));
        return new Analysis(document, resolution, diagnostics);
    }

    /**
     * Analyses the files of one project — a book's chapters, in order — with the default options; see
     * {@link #analyzeProject(List, IbidemOptions)}.
     *
     * @throws org.ibidem.document.UnreadableDocumentException when a file cannot be read or is binary
     * @throws IllegalArgumentException                        when no file is given
     */
    public static ProjectAnalysis analyzeProject(List<Path> files) {
        return analyzeProject(files, IbidemOptions.defaults());
    }

    /**
     * Analyses the files of one project — a book's chapters, in the order of the list — as one: one source per
     * work over all chapters (one bibliography entry, one BibTeX key), and short forms resolved into earlier
     * chapters when their own has no full citation (reported as {@code short-form-previous-chapter}). Each
     * chapter's notes resolve first as they would alone: an ibid never reaches back into an earlier chapter.
     *
     * <pre>{@code
     * ProjectAnalysis book = Ibidem.analyzeProject(List.of(Path.of("ch1.md"), Path.of("ch2.md")), options);
     * book.chapters().get(1).notes();   // chapter 2's notes, with the project's source ids
     * book.bibtex();                    // one entry per work of the book
     * }</pre>
     *
     * @throws org.ibidem.document.UnreadableDocumentException when a file cannot be read or is binary
     * @throws IllegalArgumentException                        when no file is given
     */
    public static ProjectAnalysis analyzeProject(List<Path> files, IbidemOptions options) {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(options, "options");
        List<Document> documents = new ArrayList<>(files.size());
        for (Path file : files) {
            Objects.requireNonNull(file, "file");
            documents.add(options.inputFormat() == null ? Documents.read(file)
                    : Documents.read(file, options.inputFormat()));
        }
        return analyzeDocuments(documents, options);
    }

    /**
     * Analyses documents already extracted as the chapters of one project, in order; see
     * {@link #analyzeProject(List, IbidemOptions)}.
     *
     * @throws IllegalArgumentException when no document is given
     */
    public static ProjectAnalysis analyzeDocuments(List<Document> documents, IbidemOptions options) {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(options, "options");
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("A project needs at least one document");
        }
        NoteParser parser = new NoteParser(options.nameOrder());
        List<String> names = new ArrayList<>(documents.size());
        List<List<org.ibidem.citation.ParsedNote>> parsed = new ArrayList<>(documents.size());
        for (Document d : documents) {
            names.add(d.name());
            parsed.add(parser.parseAll(d));
        }
        ProjectResolution project = new ProjectResolver().resolve(names, parsed);
        ChainValidator validator = new ChainValidator(options.check());
        List<Analysis> chapters = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            Resolution resolution = project.documents().get(i);
            chapters.add(new Analysis(documents.get(i), resolution,
                    validator.check(new CheckContext(documents.get(i), resolution))));
        }
        return new ProjectAnalysis(chapters, project.sources());
    }
}

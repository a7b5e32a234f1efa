package org.ibidem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ibidem.bibtex.BibTeXExporter;
import org.ibidem.diagnostic.Diagnostic;
import org.ibidem.diagnostic.Severity;
import org.ibidem.export.ExportFormat;
import org.ibidem.export.Exporter;
import org.ibidem.reference.Reference;
import org.ibidem.resolution.ProjectResolver;
import org.ibidem.resolution.ResolvedNote;
import org.ibidem.style.FormattedBibliography;
import org.ibidem.style.OutputFormat;
import org.jspecify.annotations.Nullable;

/**
 * What {@link Ibidem#analyzeProject} finds in the documents of one project — a book's chapters, a thesis split
 * into files: one {@link Analysis} per document, in the order given, and the works of the whole project, each
 * once. The bibliography, the exports and the citation keys cover the whole project: a work cited in chapter 1
 * and in chapter 3 is one entry with one key.
 *
 * <pre>{@code
 * ProjectAnalysis book = Ibidem.analyzeProject(List.of(Path.of("ch1.md"), Path.of("ch2.md")));
 * String bib = book.bibliography("chicago", OutputFormat.TEXT).text();   // one list for the book
 * book.findings().forEach(f -> System.out.println(f.format()));          // ch2.md:9:4: warning[...]: ...
 * for (Analysis chapter : book.chapters()) {
 *     System.out.println(chapter.document().name() + ": " + chapter.notes().size() + " notes");
 * }
 * }</pre>
 *
 * <p>Each chapter's notes resolve as they would alone (an ibid never reaches into an earlier chapter); a short
 * form that finds no work in its own chapter then points at the one work given in full in an earlier chapter, if
 * there is one, and is reported as {@code short-form-previous-chapter}, a warning, since Chicago gives the full
 * citation again at a work's first mention in each chapter (CMOS 17 §14.30). See {@link ProjectResolver}. A
 * chapter's {@link Analysis} has the project's source ids; its own {@link Analysis#sources()} are the works that
 * chapter cites.
 *
 * <p>Immutable and thread-safe.
 *
 * @param chapters each document's analysis, in the order given
 * @param sources  the distinct works of the whole project, in order of first citation, ids unique in the project
 */
public record ProjectAnalysis(List<Analysis> chapters, List<Reference> sources) {

    /** Validates and copies. */
    public ProjectAnalysis {
        chapters = List.copyOf(Objects.requireNonNull(chapters, "chapters"));
        sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
    }

    /**
     * A finding with the document it is about: what a message needs to say "ch2.md:9:4: warning[…]: …".
     *
     * @param document   the document's name, as {@link org.ibidem.document.Document#name()} gives it
     * @param diagnostic the finding, its note and position in that document
     */
    public record Finding(String document, Diagnostic diagnostic) {

        /** Validates. */
        public Finding {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(diagnostic, "diagnostic");
        }

        /** The compiler-style line: {@code FILE:LINE:COL: severity[code]: message}. */
        public String format() {
            return diagnostic.format(document);
        }
    }

    /** Every note of every chapter, in order: chapter 1's, then chapter 2's… ({@link #chapters()} tells them apart). */
    public List<ResolvedNote> notes() {
        List<ResolvedNote> all = new ArrayList<>();
        for (Analysis chapter : chapters) {
            all.addAll(chapter.notes());
        }
        return all;
    }

    /** Every finding of every chapter, chapter by chapter, each in file order, with its document. */
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>();
        for (Analysis chapter : chapters) {
            for (Diagnostic d : chapter.diagnostics()) {
                all.add(new Finding(chapter.document().name(), d));
            }
        }
        return all;
    }

    /** The number of findings of a severity, over all chapters. */
    public long count(Severity severity) {
        return chapters.stream().mapToLong(c -> c.count(severity)).sum();
    }

    /** Whether any chapter has an error: a broken chain. */
    public boolean hasErrors() {
        return chapters.stream().anyMatch(Analysis::hasErrors);
    }

    /**
     * The works known only from a short form that matched no full citation in its chapter nor in an earlier one;
     * see {@link Analysis#unmatchedSources()}.
     */
    public List<Reference> unmatchedSources() {
        return Works.unmatched(notes(), sources);
    }

    /** The sources a bibliography or an export of this scope lists, in order of first citation. */
    public List<Reference> sources(SourceScope scope) {
        return Works.ofScope(notes(), sources, scope);
    }

    /**
     * The bibliography of the whole project in a CSL style, each work once; see
     * {@link Analysis#bibliography(String, OutputFormat)}.
     *
     * @throws IllegalArgumentException for an unknown style; the message lists the choices
     */
    public FormattedBibliography bibliography(String style, OutputFormat format) {
        return bibliography(style, format, SourceScope.GIVEN_IN_FULL, null);
    }

    /**
     * The bibliography of the project's sources of a scope, in a CSL style and a locale (null for the style's own);
     * see {@link Analysis#bibliography(String, OutputFormat, SourceScope, String)}.
     *
     * @throws IllegalArgumentException for an unknown style or locale; the message lists the choices
     */
    public FormattedBibliography bibliography(String style, OutputFormat format, SourceScope scope,
                                              @Nullable String locale) {
        return Works.bibliography(notes(), sources, style, format, scope, locale);
    }

    /** The project's sources as a BibTeX database, one entry each; unmatched works are left out. */
    public String bibtex() {
        return bibtex(SourceScope.GIVEN_IN_FULL);
    }

    /** The project's sources of a scope as a BibTeX database, one entry each. */
    public String bibtex(SourceScope scope) {
        return new BibTeXExporter().export(sources(scope));
    }

    /**
     * The project's sources of a scope in an export format (BibTeX, BibLaTeX, CSL-JSON, RIS); for warnings and
     * ASCII output use {@link Exporter} with {@link #sources(SourceScope)}.
     */
    public String export(ExportFormat format, SourceScope scope) {
        return Exporter.of(format).export(sources(scope));
    }

    /**
     * The citation key of each work the exports list by default, by source id: one key per work over the whole
     * project, as in {@link #export}.
     */
    public Map<String, String> citationKeys() {
        return Works.citationKeys(sources(SourceScope.GIVEN_IN_FULL));
    }
}

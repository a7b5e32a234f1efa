package org.ibidem;

import java.util.List;
import java.util.Objects;
import org.ibidem.bibtex.BibTeXExporter;
import org.ibidem.diagnostic.Diagnostic;
import org.ibidem.diagnostic.Severity;
import org.ibidem.document.Document;
import org.ibidem.reference.Reference;
import org.ibidem.resolution.Resolution;
import org.ibidem.resolution.ResolvedNote;
import org.ibidem.style.BibliographyFormatter;
import org.ibidem.style.FormattedBibliography;
import org.ibidem.style.OutputFormat;

/**
 * What {@link Ibidem#analyze} finds in a document: the notes with their resolved citations, the distinct works,
 * and the diagnostics; the bibliography and BibTeX are one call away.
 *
 * <pre>{@code
 * Analysis a = Ibidem.analyze(Path.of("essay.txt"));
 * for (ResolvedNote n : a.notes()) {
 *     System.out.println(n.note().number() + " " + n.citations());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param document    the document as extracted
 * @param resolution  the notes, resolved, and the sources
 * @param diagnostics what the checks found, in file order
 */
public record Analysis(Document document, Resolution resolution, List<Diagnostic> diagnostics) {

    /** Validates and copies. */
    public Analysis {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(resolution, "resolution");
        diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics"));
    }

    /** The notes with their resolved citations, in order. */
    public List<ResolvedNote> notes() {
        return resolution.notes();
    }

    /** The distinct works cited, each once, in order of first citation. */
    public List<Reference> sources() {
        return resolution.sources();
    }

    /** The number of diagnostics of a severity. */
    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    /** Whether any diagnostic is an error: a broken chain. */
    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /**
     * The bibliography of the sources in a CSL style.
     *
     * @param style  "chicago", "apa", "mla", a CSL style id, or a path to a .csl file; a file of that name in
     *               {@code ./styles} comes before the bundled styles
     * @param format text or HTML
     * @throws IllegalArgumentException for an unknown style; the message lists the choices
     */
    public FormattedBibliography bibliography(String style, OutputFormat format) {
        return SharedFormatter.INSTANCE.format(sources(), style, format);
    }

    /** The sources as a BibTeX database, one entry each, keyed by source id. */
    public String bibtex() {
        return new BibTeXExporter().export(sources());
    }

    /** One formatter for the process: it caches a citeproc-java processor per style, which is costly to build. */
    private static final class SharedFormatter {
        static final BibliographyFormatter INSTANCE = new BibliographyFormatter();
    }
}

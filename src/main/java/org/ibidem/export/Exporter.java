package org.ibidem.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.ibidem.bibtex.BibTeXExporter;
import org.ibidem.reference.Reference;
import org.jspecify.annotations.NullMarked;

/**
 * Writes references in one of the {@link ExportFormat}s: BibTeX, BibLaTeX, CSL-JSON or RIS.
 *
 * <pre>{@code
 * Analysis a = Ibidem.analyze(Path.of("essay.md"));
 * String ris = Exporter.of(ExportFormat.RIS).export(a.sources());
 * Exporter.of(ExportFormat.BIBTEX).ascii(true).onWarning(System.err::println)
 *         .export(a.sources(), Files.newBufferedWriter(Path.of("essay.bib")));
 * }</pre>
 *
 * <p>BibTeX and BibLaTeX are written by {@link BibTeXExporter}: keys from the reference ids, LaTeX escaped,
 * characters LaTeX cannot set dropped with a warning, and with {@link #ascii(boolean)} LaTeX escapes for every
 * accented letter. CSL-JSON is {@link CslJsonText}; RIS follows Zotero's type codes and tags. The mapping of each
 * field is the one table {@link org.ibidem.reference.CslField}.
 *
 * <p>Immutable and thread-safe; the warning listener is called on the exporting thread.
 */
@NullMarked
public final class Exporter {

    private final ExportFormat format;
    private final boolean ascii;
    private final Consumer<String> warnings;

    private Exporter(ExportFormat format, boolean ascii, Consumer<String> warnings) {
        this.format = Objects.requireNonNull(format, "format");
        this.ascii = ascii;
        this.warnings = Objects.requireNonNull(warnings, "warnings");
    }

    /** An exporter to the format, in UTF-8, ignoring warnings. */
    public static Exporter of(ExportFormat format) {
        return new Exporter(format, false, w -> { });
    }

    /** The format this exporter writes. */
    public ExportFormat format() {
        return format;
    }

    /**
     * This exporter writing LaTeX escapes instead of non-ASCII letters (BibTeX and BibLaTeX; CSL-JSON and RIS
     * are UTF-8 by definition and ignore it).
     */
    public Exporter ascii(boolean newAscii) {
        return new Exporter(format, newAscii, warnings);
    }

    /** This exporter telling the listener, one line each, what it could not write as given. */
    public Exporter onWarning(Consumer<String> listener) {
        return new Exporter(format, ascii, listener);
    }

    /** The references in this format; an empty list gives an empty text (for CSL-JSON, an empty array). */
    public String export(List<Reference> references) {
        StringWriter out = new StringWriter();
        try {
            export(references, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * Writes the references in this format to {@code out}, which is flushed, not closed.
     *
     * @throws IOException when writing fails
     */
    public void export(List<Reference> references, Writer out) throws IOException {
        List<Reference> refs = List.copyOf(Objects.requireNonNull(references, "references"));
        Objects.requireNonNull(out, "out");
        switch (format) {
            case BIBTEX, BIBLATEX -> new BibTeXExporter()
                    .dialect(format == ExportFormat.BIBLATEX ? BibTeXExporter.Dialect.BIBLATEX
                            : BibTeXExporter.Dialect.BIBTEX)
                    .ascii(ascii).onWarning(warnings).export(refs, out);
            case CSL_JSON -> CslJsonText.write(refs, out);
            case RIS -> RisWriter.write(refs, out);
            default -> throw new AssertionError(format);
        }
    }
}

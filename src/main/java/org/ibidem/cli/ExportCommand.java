package org.ibidem.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ibidem.export.CslJsonText;
import org.ibidem.export.ExportFormat;
import org.ibidem.export.Exporter;
import org.ibidem.reference.Reference;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ibidem export FILE --to bibtex|biblatex|csl-json|ris [-o OUT]}: the works cited, in an exchange format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the works the notes cite as BibTeX, BibLaTeX, CSL-JSON or RIS, one entry per work.")
final class ExportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The document to read, or CSL-JSON items (a .json file, or "
            + "--from csl-json); - reads standard input. Several FILEs are the chapters of one book, in order: one "
            + "export, each work once.", arity = "1..*")
    List<Path> files;

    /** The first FILE: the only one, for CSL-JSON input. */
    private Path file;

    /** Where {@code -} reads from. */
    final java.io.InputStream stdin;

    ExportCommand(java.io.InputStream stdin) {
        this.stdin = stdin;
    }

    @Option(names = "--to", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "bibtex, biblatex (for biber), csl-json (citeproc-js, Zotero, pandoc) or ris (Zotero, "
                    + "EndNote, Mendeley).")
    ExportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to this file instead of "
            + "standard output.")
    Path output;

    @Option(names = "--ascii", description = "BibTeX and BibLaTeX: write accented letters as LaTeX escapes "
            + "({\\'e}) for 8-bit bibtex instead of UTF-8.")
    boolean ascii;

    @Mixin
    InputOptions input;

    @Mixin
    UnmatchedWorks unmatched;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        java.io.PrintWriter err = spec.commandLine().getErr();
        file = files.get(0);
        List<Reference> left = null;
        List<Reference> sources;
        if (readsCslJson()) {
            if (files.size() > 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "CSL-JSON items are read from one "
                        + "FILE; several FILEs are the chapters of a book");
            }
            // Works from Zotero, pandoc or citation-js, not notes: converted as they are.
            sources = readCslJson();
        } else {
            CitedWorks works = CitedWorks.read(files, input, stdin, err);
            sources = works.sources(unmatched.scope());
            left = works.unmatchedSources();
        }
        Exporter exporter = Exporter.of(format).ascii(ascii)
                .onWarning(warning -> err.println("ibidem: warning: " + warning));
        return write(exporter, sources, output, left, unmatched, spec);
    }

    /**
     * Writes the exported works to standard output or to {@code output}, says how many went to a file, and names
     * the works left out as unmatched, {@code left} ({@code null}: the works were not read from notes). Shared
     * with {@link BibtexCommand}, which is {@code export --to bibtex} under its old name.
     */
    static int write(Exporter exporter, List<Reference> sources, Path output, List<Reference> left,
                     UnmatchedWorks unmatched, CommandLine.Model.CommandSpec spec) {
        java.io.PrintWriter err = spec.commandLine().getErr();
        if (output == null) {
            try {
                exporter.export(sources, spec.commandLine().getOut());
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a PrintWriter reports errors by checkError, not by throwing
            }
        } else {
            try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                exporter.export(sources, out);
            } catch (IOException e) {
                String reason = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                        : e.getMessage();
                throw new UncheckedIOException(output + ": cannot write (" + reason + ")", e);
            }
            err.println("ibidem: wrote " + sources.size() + " entries to " + output);
        }
        if (left != null) {
            unmatched.warn(left, err);
        }
        err.flush();
        return 0;
    }

    /** Whether FILE holds CSL-JSON items: {@code --from csl-json}, or a {@code .json} file without {@code --from}. */
    private boolean readsCslJson() {
        return input.from == null ? file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")
                : input.from.strip().equalsIgnoreCase("csl-json");
    }

    private List<Reference> readCslJson() {
        try (java.io.Reader in = Inputs.isStdin(file)
                ? new java.io.InputStreamReader(stdin, StandardCharsets.UTF_8)
                : Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CslJsonText.read(in);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Inputs.name(file) + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(Inputs.name(file) + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Reads {@code --to}, naming the formats when the name is unknown. */
    static final class FormatConverter implements CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            try {
                return ExportFormat.fromName(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}

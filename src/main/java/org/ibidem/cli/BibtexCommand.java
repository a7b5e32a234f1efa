package org.ibidem.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ibidem.export.ExportFormat;
import org.ibidem.export.Exporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ibidem bibtex FILE [-o OUT.bib]}: the works cited, as BibTeX. */
@Command(name = "bibtex", mixinStandardHelpOptions = true,
        description = "Export the works the notes cite as a BibTeX database, one entry per work.")
final class BibtexCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The document to read; - reads standard input. "
            + "Several FILEs are the chapters of one book, in order: one database, each work once.")
    List<Path> files;

    /** Where {@code -} reads from. */
    final java.io.InputStream stdin;

    BibtexCommand(java.io.InputStream stdin) {
        this.stdin = stdin;
    }

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.bib", description = "Write to this file instead of "
            + "standard output.")
    Path output;

    @Mixin
    InputOptions input;

    @Mixin
    UnmatchedWorks unmatched;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CitedWorks works = CitedWorks.read(files, input, stdin, spec.commandLine().getErr());
        // Characters LaTeX cannot set (emoji) are dropped from the entries; each is named on standard error.
        Exporter exporter = Exporter.of(ExportFormat.BIBTEX)
                .onWarning(warning -> spec.commandLine().getErr().println("ibidem: warning: " + warning));
        return ExportCommand.write(exporter, works.sources(unmatched.scope()), output, works.unmatchedSources(),
                unmatched, spec);
    }
}

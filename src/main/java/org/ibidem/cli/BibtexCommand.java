package org.ibidem.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ibidem.Analysis;
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

    @Parameters(paramLabel = "FILE", description = "The document to read; - reads standard input.")
    Path file;

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
        Analysis analysis = Inputs.analyze(file, input.toOptions(file), stdin);
        InputOptions.reportHowNotesWereFound(analysis, spec.commandLine().getErr());
        // Characters LaTeX cannot set (emoji) are dropped from the entries; each is named on standard error.
        Exporter exporter = Exporter.of(ExportFormat.BIBTEX)
                .onWarning(warning -> spec.commandLine().getErr().println("ibidem: warning: " + warning));
        return ExportCommand.write(exporter, analysis.sources(unmatched.scope()), output, analysis, unmatched, spec);
    }
}

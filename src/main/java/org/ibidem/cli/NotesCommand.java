package org.ibidem.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ibidem.Analysis;
import org.ibidem.citation.CitationKind;
import org.ibidem.document.Note;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ibidem notes FILE [--json]}: each note, its citations, what they resolve to, and their locators. */
@Command(name = "notes", mixinStandardHelpOptions = true,
        description = "List each note with the kind of each citation, the source it resolves to, the note it "
                + "leans on and its locator.")
final class NotesCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The document to read; - reads standard input.")
    Path file;

    /** Where {@code -} reads from. */
    final java.io.InputStream stdin;

    NotesCommand(java.io.InputStream stdin) {
        this.stdin = stdin;
    }

    @Option(names = "--json", description = "Print JSON: notes, sources (CSL-JSON) and diagnostics.")
    boolean json;

    @Mixin
    InputOptions input;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Analysis analysis = Inputs.analyze(file, input.toOptions(file), stdin);
        InputOptions.reportHowNotesWereFound(analysis, spec.commandLine().getErr());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            try {
                JsonOutput.writeNotes(analysis, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println();
            return 0;
        }
        out.println(String.format("%5s  %-8s %-28s %-8s %s", "note", "kind", "source", "from", "locator"));
        for (ResolvedNote rn : analysis.notes()) {
            Note n = rn.note();
            if (rn.citations().isEmpty()) {
                out.println(String.format("%5s  %-8s %s", n.displayName(), "-", "(commentary, no citation)"));
            }
            for (ResolvedCitation rc : rn.citations()) {
                String source = rc.sourceId() != null ? rc.sourceId()
                        : "? " + rc.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
                String from = rc.antecedent() != null && rc.kind() != CitationKind.FULL
                        ? "n. " + rc.antecedent().displayName() : "";
                String locator = rc.locator() == null ? ""
                        : rc.locator().label() + " " + rc.locator().value() + (rc.locatorInherited() ? " (same)" : "");
                out.println(String.format("%5s  %-8s %-28s %-8s %s", n.displayName(),
                        rc.kind().jsonName(), source, from, locator).stripTrailing());
            }
        }
        out.println(analysis.notes().size() + " notes, " + analysis.sources().size() + " sources");
        return 0;
    }
}

package org.ibidem.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.diagnostic.Diagnostic;
import org.ibidem.diagnostic.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ibidem check FILE}: the citation-chain linter. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the citation chains and print each problem as FILE:LINE:COL: severity[code]: "
                + "message. Exit 0 when there is no error, 1 when there is, 2 for a usage error or unreadable input.")
final class CheckCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The document to check.")
    Path file;

    @Option(names = "--json", description = "Print the diagnostics as JSON.")
    boolean json;

    @Mixin
    InputOptions input;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Analysis analysis = Ibidem.analyze(file, input.toOptions());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonOutput.diagnosticsDocument(file.toString(), analysis));
        } else {
            for (Diagnostic d : analysis.diagnostics()) {
                out.println(d.format(file.toString()));
            }
            out.println(summary(analysis));
        }
        return analysis.hasErrors() ? 1 : 0;
    }

    static String summary(Analysis analysis) {
        long errors = analysis.count(Severity.ERROR);
        long warnings = analysis.count(Severity.WARNING);
        long infos = analysis.count(Severity.INFO);
        String s = plural(errors, "error") + ", " + plural(warnings, "warning");
        if (infos > 0) {
            s += ", " + infos + " info";
        }
        return s + " in " + plural(analysis.notes().size(), "note");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}

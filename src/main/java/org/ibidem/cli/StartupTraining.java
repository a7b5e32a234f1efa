package org.ibidem.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

/**
 * The training run behind the {@code ./ibidem} launcher's start-up archive: runs the commands users run most on
 * one document, each once, output discarded, so that a JVM recording the classes it loads (an application
 * class-data-sharing archive, or on JDK 25 and later an ahead-of-time cache) records the classes of every command,
 * not only of the first one a user happens to run. Not part of the command line.
 *
 * <pre>{@code
 * java -XX:DumpLoadedClassList=target/ibidem.classlist -cp target/ibidem.jar org.ibidem.cli.StartupTraining examples/cold-war-reading.txt
 * java -Xshare:dump -XX:SharedClassListFile=target/ibidem.classlist -XX:SharedArchiveFile=target/ibidem.jsa -cp target/ibidem.jar
 * }</pre>
 */
public final class StartupTraining {

    private StartupTraining() {
    }

    /** Runs each command of {@link #commands} on the document given as the only argument; exits 2 without one. */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: StartupTraining DOCUMENT");
            System.exit(ExitCodes.USAGE);
        }
        IbidemCli.quietLogging();
        PrintWriter discard = new PrintWriter(Writer.nullWriter());
        for (List<String> command : commands(args[0])) {
            IbidemCli.run(command.toArray(String[]::new), discard, discard);
        }
    }

    /** What the training runs: checking, the JSON contract, the three bibliography styles, BibTeX. */
    static List<List<String>> commands(String document) {
        return List.of(
                List.of("check", document),
                List.of("check", "--format", "sarif", document),
                List.of("notes", "--json", document),
                List.of("notes", document),
                List.of("bibliography", "--style", "chicago", document),
                List.of("bibliography", "--style", "apa", document),
                List.of("bibliography", "--style", "mla", document),
                List.of("bibtex", document));
    }
}

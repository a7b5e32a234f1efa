package org.ibidem.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ibidem.document.UnreadableDocumentException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ibidem} command line: {@code notes}, {@code check}, {@code bibliography}, {@code bibtex},
 * {@code export}, {@code rewrite} and {@code styles}.
 *
 * <p>Exit codes: 0 success (for {@code check}: no error), 1 {@code check} found errors or {@code styles} found
 * no style, 2 usage error (an unknown style or locale among them), input
 * that cannot be read, or output that cannot be written (a full disk, a closed pipe). Every failure prints one
 * line on standard error, never a stack trace.
 *
 * <pre>{@code
 * ibidem check essay.txt
 * ibidem bibliography essay.txt --style chicago
 * }</pre>
 *
 * <p>This is the only code that touches {@code System.out}, {@code System.err} and {@code System.exit}.
 */
@Command(name = "ibidem", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Reads the citations in scholarly notes: finds them, resolves Ibid. and short forms, "
                + "checks the chains, exports BibTeX and formats bibliographies.")
public final class IbidemCli implements java.util.concurrent.Callable<Integer> {

    /** The subcommands, in the order the usage lists them. */
    private static final List<String> COMMANDS = List.of("notes", "check", "bibliography", "bibtex", "export",
            "styles", "rewrite");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        quietLogging();
        // Standard output is written past System.out, whose PrintStream swallows errors: a full disk or a closed
        // pipe stops the run with exit code 2 instead of going on to the end.
        System.exit(run(args, StandardOutput.over(new FileOutputStream(FileDescriptor.out)),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /**
     * Apache POI (for .docx) logs through Log4j, which prints a warning when no logging back end is present; the
     * command line has nothing to log, so it uses Log4j's simple context unless told otherwise.
     */
    static void quietLogging() {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    /** Runs the command line, writing to the given streams; returns the exit code. For tests and embedding. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, System.in, out, err);
    }

    /**
     * Runs the command line, reading standard input ({@code -} as a file) from {@code in}; returns the exit code.
     */
    public static int run(String[] args, java.io.InputStream in, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new IbidemCli());
        addSubcommands(cli, args.length == 0 ? null : args[0], in);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(IbidemCli::usageError);
        restoreDots(cli);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("ibidem: " + oneLine(ex));
            commandLine.getErr().flush();
            return ExitCodes.USAGE;
        });
        int code = cli.execute(args);
        boolean failed;
        try {
            out.flush();
            failed = out.checkError();
        } catch (StandardOutput.OutputFailedException e) {
            failed = true;
        }
        if (failed && code != ExitCodes.USAGE) {
            // A PrintWriter keeps its write errors to itself: asked here, so that lost output never exits 0.
            err.println("ibidem: cannot write the output (the disk is full or the output was closed)");
            code = ExitCodes.USAGE;
        }
        err.flush();
        return code;
    }

    /**
     * Adds the subcommands picocli needs for this run: only the one named first when it is a command, all of
     * them otherwise (for the usage, {@code help} and error messages). picocli reads each command's annotations
     * when it is added, and a cold run is short enough for that to show.
     */
    private static void addSubcommands(CommandLine cli, String first, java.io.InputStream in) {
        Object only = first == null ? null : command(first, in);
        if (only != null) {
            cli.addSubcommand(first, only);
            return;
        }
        for (String name : COMMANDS) {
            cli.addSubcommand(name, command(name, in));
        }
        cli.addSubcommand("help", new CommandLine.HelpCommand());
    }

    private static Object command(String name, java.io.InputStream in) {
        return switch (name) {
            case "notes" -> new NotesCommand(in);
            case "check" -> new CheckCommand(in);
            case "bibliography" -> new BibliographyCommand(in);
            case "bibtex" -> new BibtexCommand(in);
            case "export" -> new ExportCommand(in);
            case "styles" -> new StylesCommand();
            case "rewrite" -> new RewriteCommand(in);
            default -> null;
        };
    }

    private static String oneLine(Exception ex) {
        if (ex instanceof UnreadableDocumentException || ex instanceof IllegalArgumentException) {
            return String.valueOf(ex.getMessage()).replace('\n', ' ');
        }
        if (ex instanceof StandardOutput.OutputFailedException) {
            return ex.getMessage();
        }
        if (ex instanceof java.io.UncheckedIOException || ex instanceof java.io.IOException) {
            return "I/O error: " + ex.getMessage();
        }
        return "internal error (" + ex.getClass().getSimpleName() + "): " + ex.getMessage()
                + "; please report it with the input that caused it";
    }

    /** {@code ibidem} alone: the usage, on standard error since no command ran, and the usage exit code. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** Makes every help section of the command and its subcommands print {@link HelpText#DOT} as a dot. */
    private static void restoreDots(CommandLine cli) {
        Map<String, CommandLine.IHelpSectionRenderer> sections = new LinkedHashMap<>(cli.getHelpSectionMap());
        sections.replaceAll((key, renderer) -> help -> renderer.render(help).replace(HelpText.DOT, "."));
        cli.setHelpSectionMap(sections);
        for (CommandLine sub : cli.getSubcommands().values()) {
            restoreDots(sub);
        }
    }

    /** A usage error: its one-line message, the near misses picocli can name, and where to find help. */
    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine c = ex.getCommandLine();
        PrintWriter err = c.getErr();
        err.println("ibidem: " + String.valueOf(ex.getMessage()).replace('\n', ' ').replace(HelpText.DOT, "."));
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }
}

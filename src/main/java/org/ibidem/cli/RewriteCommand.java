package org.ibidem.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ibidem.Analysis;
import org.ibidem.document.InputFormat;
import org.ibidem.rewrite.Rewrite;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ibidem rewrite FILE --style mhra-notes}: the document again, each resolved citation re-rendered by a CSL
 * note style in the position Ibidem computes; everything else byte for byte.
 */
@Command(name = "rewrite", mixinStandardHelpOptions = true,
        description = "Rewrite the citations of the notes in a CSL note style (plain text, Markdown, LaTeX, "
                + "HTML and " + HelpText.DOT + "docx, written with -o or --in-place), or as citation keys (--to-keys: Markdown and LaTeX). Only the citations change; unparsed, "
                + "unresolved and ambiguous ones are left as written.")
final class RewriteCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The document to rewrite; - reads standard input.")
    Path file;

    /** Where {@code -} reads from. */
    final java.io.InputStream stdin;

    RewriteCommand(java.io.InputStream stdin) {
        this.stdin = stdin;
    }

    @Option(names = {"-s", "--style"}, paramLabel = "STYLE",
            description = "A CSL note style: chicago-notes-bibliography (Chicago 18), "
                    + "chicago-notes-bibliography-subsequent-ibid, chicago-notes-bibliography-17th-edition, "
                    + "mhra-notes, modern-humanities-research-association, any note style id, or a path to a "
                    + HelpText.DOT + "csl file.")
    String style;

    @Mixin
    KeyOptions keys;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write the document to OUT.")
    Path output;

    @Option(names = "--in-place", description = "Write the document over FILE.")
    boolean inPlace;

    @Option(names = "--diff", description = "Print a unified diff instead of the document.")
    boolean diff;

    @Mixin
    InputOptions input;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (inPlace && (output != null || Inputs.isStdin(file))) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--in-place writes over FILE: it goes with neither -o nor standard input");
        }
        if (diff && (inPlace || output != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--diff only shows the changes: it goes with neither -o nor --in-place");
        }
        if ((style != null) == keys.toKeys) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "rewrite needs either --style STYLE or --to-keys, not both");
        }
        keys.checkUsage(spec);
        org.ibidem.IbidemOptions options = input.toOptions(file);
        byte[] piped = Inputs.isStdin(file) ? piped() : null;
        Analysis analysis = Inputs.analyze(file, options, piped == null ? stdin : new ByteArrayInputStream(piped));
        // A .docx is rewritten from its bytes, and its text as Ibidem lays it out is what a diff shows.
        boolean docx = analysis.document().format() == InputFormat.DOCX && !keys.toKeys;
        if (docx && !diff && output == null && !inPlace) {
            throw new CommandLine.ParameterException(spec.commandLine(), "a .docx is binary and is not written "
                    + "to standard output: give -o OUT or --in-place, or --diff to see the changes");
        }
        byte[] docxBytes = !docx ? null : piped != null ? piped : read(file);
        Rewrite rewrite = keys.toKeys ? analysis.rewriteToKeys(options)
                : docx ? analysis.rewrite(style, options, docxBytes) : analysis.rewrite(style, options);
        String original = analysis.document().text();
        if (diff) {
            String name = docx ? Inputs.name(file) + " (its text as Ibidem lays it out, a paragraph a line)"
                    : Inputs.name(file);
            spec.commandLine().getOut().print(rewrite.unifiedDiff(name, original));
        } else if (output != null || inPlace) {
            byte[] bytes = docx ? docxBytes
                    : Inputs.isStdin(file) ? original.getBytes(StandardCharsets.UTF_8) : read(file);
            write(inPlace ? file : output, rewrite.bytesLike(bytes));
        } else {
            spec.commandLine().getOut().print(rewrite.text());
        }
        spec.commandLine().getOut().flush();
        printLeft(analysis, rewrite, Inputs.name(file), spec.commandLine().getErr());
        spec.commandLine().getErr().println("ibidem: " + rewrite.summary());
        if (keys.toKeys) {
            keys.writeWorks(analysis, Inputs.name(file), spec.commandLine().getErr());
        }
        spec.commandLine().getErr().flush();
        return 0;
    }

    /** Standard input, read whole: a .docx piped in is rewritten from its bytes. */
    private byte[] piped() {
        try {
            return stdin.readAllBytes();
        } catch (IOException e) {
            throw new org.ibidem.document.UnreadableDocumentException(Inputs.name(file) + ": cannot be read ("
                    + e.getMessage() + ")", e);
        }
    }

    /**
     * One line per citation left as written, in the form {@code check} prints its findings
     * ({@code FILE:LINE:COL: info[rewrite-left]: note N: "…" left as written: why}), so an editor can jump to it.
     */
    private static void printLeft(Analysis analysis, Rewrite rewrite, String name, java.io.PrintWriter err) {
        for (org.ibidem.rewrite.LeftCitation left : rewrite.left()) {
            org.ibidem.document.SourcePosition at = analysis.document().positionIn(left.note(), left.offset());
            err.println(name + ":" + at.line() + ":" + at.column() + ": info[rewrite-left]: note "
                    + left.note().displayName() + ": \"" + oneLine(left.text()) + "\" left as written: "
                    + oneLine(left.explanation()));
        }
    }

    /** A text on one line: a citation or a rendering may span wrapped lines. */
    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path path, byte[] bytes) {
        try {
            Files.write(path, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

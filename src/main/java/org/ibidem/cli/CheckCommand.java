package org.ibidem.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.ibidem.Analysis;
import org.ibidem.ConfigFile;
import org.ibidem.Ibidem;
import org.ibidem.IbidemOptions;
import org.ibidem.ProjectAnalysis;
import org.ibidem.diagnostic.ChainValidator;
import org.ibidem.diagnostic.CheckOptions;
import org.ibidem.diagnostic.Diagnostic;
import org.ibidem.diagnostic.ReadingCodes;
import org.ibidem.diagnostic.RuleCode;
import org.ibidem.diagnostic.Severity;
import org.ibidem.document.Document;
import org.ibidem.document.SourcePosition;
import org.ibidem.document.UnreadableDocumentException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ibidem check PATH…}: the citation-chain linter. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check the citation chains of documents and print each problem as "
                + "FILE:LINE:COL: severity[code]: message, then a summary line.",
                "Exit 0 when there is no error (and, with --strict, no warning), 1 when there is, 2 for a usage "
                        + "error or input that cannot be read.",
                "Directories are walked recursively for " + HelpText.DOT + "txt, " + HelpText.DOT + "md, "
                        + HelpText.DOT + "html, " + HelpText.DOT + "tex and " + HelpText.DOT + "docx files. A "
                        + HelpText.DOT + "ibidem" + HelpText.DOT + "json next to a document (or in a folder above "
                        + "it) configures the rules; options given here win over it. A PATH of - reads standard "
                        + "input."})
final class CheckCommand implements Callable<Integer> {

    static final Set<String> EXTENSIONS = Set.of("txt", "text", "md", "markdown", "html", "htm", "xhtml", "tex",
            "latex", "docx");

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Documents or directories to check; - reads standard input.")
    List<Path> paths = new ArrayList<>();

    /** Where {@code -} reads from. */
    final java.io.InputStream stdin;

    CheckCommand(java.io.InputStream stdin) {
        this.stdin = stdin;
    }

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text (default), json, sarif (SARIF 2.1.0) or github (workflow annotations).")
    String format;

    @Option(names = "--json", description = "Same as --format json.")
    boolean json;

    @Option(names = "--strict", description = "Exit 1 on warnings too.")
    boolean strict;

    @Option(names = "--disable", paramLabel = "CODE", split = ",",
            description = "Switch a rule off (repeatable, or comma-separated).")
    List<String> disabled = new ArrayList<>();

    @Option(names = "--enable", paramLabel = "CODE", split = ",",
            description = "Switch on a rule that is off by default (short-title-too-long), at its default severity.")
    List<String> enabled = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "CODE=LEVEL",
            description = "Change a rule's severity: error, warning, info or off (repeatable).")
    Map<String, String> severities = new LinkedHashMap<>();

    @Option(names = "--chicago", paramLabel = "EDITION",
            description = "Give the advice of one edition of the Chicago Manual of Style: 17 or 18. "
                    + "Without it, no edition-specific advice.")
    Integer chicago;

    @Option(names = "--project", description = "The files are the chapters of one book, in the order given (a "
            + "directory's in name order): a short form whose chapter never gives its work in full points at the "
            + "one work given in full in an earlier chapter (short-form-previous-chapter, a warning, instead of "
            + "short-form-unmatched); an ibid never reaches into an earlier chapter.")
    boolean project;

    @Option(names = "--list-rules", description = "List every rule with its code, default severity and meaning.")
    boolean listRules;

    @Mixin
    InputOptions input;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (listRules) {
            for (RuleCode r : allCodes()) {
                out.println(String.format("%-28s %-8s %s", r.code(), r.defaultSeverity().label(), r.summary()));
            }
            return 0;
        }
        if (paths.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing PATH: name a document or a "
                    + "directory to check");
        }
        String fmt = json ? "json" : format.toLowerCase(Locale.ROOT);
        if (!List.of("text", "json", "sarif", "github").contains(fmt)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Unknown format '" + format
                    + "'. Supported formats: text, json, sarif, github");
        }
        optionsFor(null); // a bad --disable, --severity or --chicago is a usage error before any file is read
        List<Path> files = expand(paths);
        List<SarifOutput.Checked> checked = new ArrayList<>();
        List<Object> jsonFiles = new ArrayList<>();
        List<Object> jsonDiagnostics = new ArrayList<>();
        long errors = 0;
        long warnings = 0;
        long infos = 0;
        long notes = 0;
        int unreadable = 0;
        List<Object> chapters = project ? readProject(files) : null;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            List<Diagnostic> found;
            int noteCount;
            try {
                Analysis analysis = chapters == null ? Inputs.analyze(file, optionsFor(file), stdin)
                        : chapter(chapters.get(i));
                found = analysis.diagnostics();
                noteCount = analysis.notes().size();
            } catch (UnreadableDocumentException e) {
                // One file that cannot be read is a finding about that file; the others are still checked.
                unreadable++;
                found = unreadable(file, e);
                noteCount = 0;
            }
            for (Diagnostic d : found) {
                switch (d.severity()) {
                    case ERROR -> errors++;
                    case WARNING -> warnings++;
                    case INFO -> infos++;
                }
            }
            notes += noteCount;
            switch (fmt) {
                case "text" -> found.forEach(d -> out.println(d.format(Inputs.name(file))));
                case "github" -> found.forEach(d -> out.println(GithubOutput.line(Inputs.name(file), d)));
                case "sarif" -> checked.add(new SarifOutput.Checked(file, found));
                default -> {
                    Map<String, Object> f = new LinkedHashMap<>();
                    f.put("file", Inputs.name(file));
                    f.put("notes", noteCount);
                    List<Object> ds = JsonOutput.diagnostics(found);
                    f.put("diagnostics", ds);
                    jsonFiles.add(f);
                    for (Object d : ds) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> withFile = new LinkedHashMap<>((Map<String, Object>) d);
                        withFile.put("file", Inputs.name(file));
                        jsonDiagnostics.add(withFile);
                    }
                }
            }
        }
        String summary = summary(errors, warnings, infos, notes, files.size(), unreadable);
        switch (fmt) {
            case "text", "github" -> out.println(summary);
            case "sarif" -> out.println(SarifOutput.write(checked, allCodes(),
                    VersionProvider.version()));
            default -> {
                Map<String, Object> root = new LinkedHashMap<>();
                if (files.size() == 1) {
                    // One file: its name and note count at the top, as tools that check one file expect.
                    root.put("file", Inputs.name(files.get(0)));
                    root.put("notes", notes);
                }
                // With one file its diagnostics need no "file" key; with several each says which file it is in.
                root.put("diagnostics", files.size() == 1
                        ? ((Map<?, ?>) jsonFiles.get(0)).get("diagnostics") : jsonDiagnostics);
                root.put("files", jsonFiles);
                Map<String, Object> counts = new LinkedHashMap<>();
                counts.put("errors", errors);
                counts.put("warnings", warnings);
                counts.put("info", infos);
                counts.put("notes", notes);
                counts.put("text", summary);
                root.put("summary", counts);
                out.println(JsonOutput.write(root));
            }
        }
        if (unreadable > 0) {
            return ExitCodes.USAGE;
        }
        return errors > 0 || (strict && warnings > 0) ? 1 : 0;
    }

    /**
     * The files read as the chapters of one book ({@code --project}), with the options of the first: for each,
     * its analysis, or the exception that says why it could not be read (the others are still one project).
     */
    private List<Object> readProject(List<Path> files) {
        IbidemOptions options = optionsFor(files.get(0));
        List<Object> read = new ArrayList<>(files.size());
        List<Document> documents = new ArrayList<>(files.size());
        List<Integer> at = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            try {
                documents.add(Inputs.read(files.get(i), options, stdin));
                at.add(i);
                read.add(null);
            } catch (UnreadableDocumentException e) {
                read.add(e);
            }
        }
        if (!documents.isEmpty()) {
            ProjectAnalysis book = Ibidem.analyzeDocuments(documents, options);
            for (int k = 0; k < at.size(); k++) {
                read.set(at.get(k), book.chapters().get(k));
            }
        }
        return read;
    }

    /** A chapter's analysis, or the exception that kept it from being read, thrown. */
    private static Analysis chapter(Object read) {
        if (read instanceof UnreadableDocumentException e) {
            throw e;
        }
        return (Analysis) read;
    }

    /**
     * The finding for a file that cannot be read, at its first line, under the exception's code and the severity
     * the options give that code (none when it is switched off: the exit code still says the file was not read).
     */
    private List<Diagnostic> unreadable(Path file, UnreadableDocumentException e) {
        String message = String.valueOf(e.getMessage()).replace('\n', ' ');
        String prefix = Inputs.name(file) + ": ";
        if (message.startsWith(prefix)) {
            message = message.substring(prefix.length()); // the file is named by the finding itself
        }
        Severity severity;
        try {
            severity = new ChainValidator(optionsFor(file).check()).severityOf(e.code());
        } catch (RuntimeException configProblem) {
            severity = Severity.ERROR; // a configuration next to an unreadable file must not hide it
        }
        if (severity == null) {
            return List.of();
        }
        return List.of(new Diagnostic(severity, e.code(), 0, null, new SourcePosition(0, 1, 1), null, message));
    }

    /** The codes a check may report: the rules', then those of files that cannot be read. */
    static List<RuleCode> allCodes() {
        List<RuleCode> all = new ArrayList<>(ChainValidator.builtInCodes());
        all.addAll(ReadingCodes.all());
        return all;
    }

    private IbidemOptions optionsFor(Path file) {
        IbidemOptions options = input.toOptions(file);
        CheckOptions check = options.check();
        for (String code : enabled) {
            check = check.withEnabled(code.strip());
        }
        for (String code : disabled) {
            check = check.without(code.strip());
        }
        for (Map.Entry<String, String> e : severities.entrySet()) {
            check = ConfigFile.withLevel(check, e.getKey().strip(), e.getValue(), "--severity");
        }
        if (chicago != null) {
            check = check.withChicagoEdition(chicago);
        }
        // Validate codes now, with a message that lists the known ones.
        new ChainValidator(check);
        return options.withCheck(check);
    }

    /** Files as given, and the documents under directories, in a stable order. */
    static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                int before = files.size();
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(CheckCommand::isDocument).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(p + ": cannot list the directory (" + e.getMessage() + ")", e);
                }
                if (files.size() == before) {
                    // Checking nothing must not pass for checking clean documents.
                    throw new UnreadableDocumentException(p + ": no document to check in this folder (looked for "
                            + "files ending in ." + String.join(", .", new java.util.TreeSet<>(EXTENSIONS)) + ")");
                }
            } else {
                files.add(p); // a missing or unreadable file is reported when it is read, in its turn
            }
        }
        return files;
    }

    private static boolean isDocument(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && !name.startsWith(".") && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    static String summary(long errors, long warnings, long infos, long notes, int files, int unreadable) {
        String s = plural(errors, "error") + ", " + plural(warnings, "warning");
        if (infos > 0) {
            s += ", " + infos + " info";
        }
        s += " in " + plural(notes, "note");
        String unread = unreadable == 0 ? "" : unreadable + " could not be read";
        if (files == 1) {
            return unreadable == 0 ? s : s + " (" + unread + ")";
        }
        return s + " (" + files + " files" + (unreadable == 0 ? "" : ", " + unread) + ")";
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}

package org.ibidem.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ibidem.Analysis;
import org.ibidem.SourceScope;
import org.ibidem.export.ExportFormat;
import org.ibidem.export.Exporter;
import org.ibidem.reference.Reference;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options of {@code rewrite --to-keys}: the citations written as keys, and the file of the works the keys
 * point at ({@code --bib} BibLaTeX, {@code --csl-json} CSL-JSON with the keys as ids).
 */
final class KeyOptions {

    @Option(names = "--to-keys", description = "Write each resolved citation as a citation key instead: pandoc "
            + "[@key, 45] in Markdown, biblatex \\footcite[45]{key} or \\cite[45]{key} in LaTeX. The keys are "
            + "those of 'ibidem export FILE --to biblatex'.")
    boolean toKeys;

    @Option(names = "--bib", paramLabel = "OUT" + HelpText.DOT + "bib",
            description = "With --to-keys: also write the works cited to OUT" + HelpText.DOT + "bib (BibLaTeX).")
    Path bib;

    @Option(names = "--csl-json", paramLabel = "OUT" + HelpText.DOT + "json",
            description = "With --to-keys: also write the works cited to OUT" + HelpText.DOT + "json (CSL-JSON, "
                    + "the keys as ids, as pandoc --citeproc reads it).")
    Path cslJson;

    /** Refuses --bib and --csl-json without --to-keys. */
    void checkUsage(CommandLine.Model.CommandSpec spec) {
        if (!toKeys && (bib != null || cslJson != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bib and --csl-json go with --to-keys");
        }
    }

    /** Writes the works file(s) asked for, or says where the keys point when none was. */
    void writeWorks(Analysis analysis, String name, PrintWriter err) {
        List<Reference> works = analysis.sources(SourceScope.GIVEN_IN_FULL);
        if (bib != null) {
            write(bib, Exporter.of(ExportFormat.BIBLATEX)
                    .onWarning(warning -> err.println("ibidem: warning: " + warning)).export(works));
            err.println("ibidem: wrote " + works.size() + " work" + (works.size() == 1 ? "" : "s") + " to " + bib);
        }
        if (cslJson != null) {
            // The ids are the keys the notes now name, which is what pandoc looks them up by.
            Map<String, String> keys = analysis.citationKeys();
            List<Reference> keyed = works.stream().map(r -> r.withId(keys.getOrDefault(r.id(), r.id()))).toList();
            write(cslJson, Exporter.of(ExportFormat.CSL_JSON).export(keyed));
            err.println("ibidem: wrote " + works.size() + " work" + (works.size() == 1 ? "" : "s") + " to "
                    + cslJson);
        }
        if (bib == null && cslJson == null) {
            err.println("ibidem: the keys refer to the entries of 'ibidem export " + name + " --to biblatex' "
                    + "(or write them with --bib OUT.bib or --csl-json OUT.json)");
        }
        err.flush();
    }

    private static void write(Path path, String text) {
        try {
            Files.writeString(path, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.ibidem.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ibidem.ConfigFile;
import org.ibidem.IbidemOptions;
import picocli.CommandLine.Option;

/**
 * Options every command shares about how a document is read: name order and the configuration file.
 */
final class InputOptions {

    @Option(names = "--family-name-first",
            description = "Read personal names in notes family name first (e" + HelpText.DOT + "g. romanized "
                    + "Chinese names: \"Chen Jian\" is family name Chen). Default: given name first, as Chicago notes write them.")
    boolean familyNameFirst;

    @Option(names = "--family-first-name", paramLabel = "NAME",
            description = "A name, as written in the notes, that is family name first (e" + HelpText.DOT
                    + "g. \"Chen Jian\"); repeatable. Other names stay given name first.")
    List<String> familyFirstNames = new ArrayList<>();

    @Option(names = "--given-first-name", paramLabel = "NAME",
            description = "A name, as written in the notes, that is given name first although it looks like a "
                    + "Chinese, Korean or Vietnamese name in its own order (e" + HelpText.DOT
                    + "g. \"Jung Chang\"); repeatable.")
    List<String> givenFirstNames = new ArrayList<>();

    @Option(names = "--from", paramLabel = "FORMAT",
            description = "Read the file as text, markdown, html, latex or docx. Default: detected from the file "
                    + "name and content.")
    String from;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Use this configuration file instead of looking for " + HelpText.DOT + "ibidem"
                    + HelpText.DOT + "json next to the document.")
    Path config;

    @Option(names = "--no-config",
            description = "Ignore " + HelpText.DOT + "ibidem" + HelpText.DOT + "json files.")
    boolean noConfig;

    /** The options for one document: its configuration file first, then what the command line says. */
    IbidemOptions toOptions(Path document) {
        IbidemOptions options = IbidemOptions.defaults();
        if (!noConfig && document != null) {
            Path cfg = config != null ? config : ConfigFile.find(document);
            if (cfg != null) {
                options = ConfigFile.apply(cfg, options);
            }
        }
        if (familyNameFirst) {
            options = options.withFamilyNameFirst(true);
        }
        if (from != null) {
            options = options.withInputFormat(org.ibidem.document.InputFormat.fromName(from));
        }
        if (!familyFirstNames.isEmpty()) {
            Set<String> names = new HashSet<>(options.familyFirstNames());
            names.addAll(familyFirstNames);
            options = options.withFamilyFirstNames(names);
        }
        if (!givenFirstNames.isEmpty()) {
            Set<String> names = new HashSet<>(options.givenFirstNames());
            names.addAll(givenFirstNames);
            options = options.withGivenFirstNames(names);
        }
        return options;
    }

    /**
     * Says on stderr when a document yielded no note, or was read in another format than its name or content
     * shows: commands that print notes, a bibliography or BibTeX show no diagnostics, and "0 notes" alone would
     * pass in silence.
     */
    static void reportHowNotesWereFound(org.ibidem.Analysis analysis, java.io.PrintWriter err) {
        for (org.ibidem.document.DocumentProblem p : analysis.document().problems()) {
            if (p.code().equals(org.ibidem.document.Documents.NO_NOTES_FOUND)
                    || p.code().equals(org.ibidem.document.Documents.FORMAT_FALLBACK)) {
                err.println("ibidem: " + analysis.document().name() + ": " + p.message());
            }
        }
        err.flush();
    }
}

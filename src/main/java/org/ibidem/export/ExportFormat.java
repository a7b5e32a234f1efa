package org.ibidem.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The formats the works cited can be exported to, by the names the command line's {@code --to} takes.
 *
 * <pre>{@code
 * ExportFormat.fromName("csl-json");   // CSL_JSON
 * ExportFormat.RIS.fileExtension();     // "ris"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public enum ExportFormat {
    /** Classic BibTeX, for bibtex and natbib styles. */
    BIBTEX("bibtex", "bib"),
    /** biblatex's data model, for biber. */
    BIBLATEX("biblatex", "bib"),
    /** CSL-JSON, as citeproc-js, Zotero and pandoc read it: an array of items. */
    CSL_JSON("csl-json", "json"),
    /** RIS, as Zotero, EndNote and Mendeley import it. */
    RIS("ris", "ris");

    private final String cliName;
    private final String fileExtension;

    ExportFormat(String cliName, String fileExtension) {
        this.cliName = cliName;
        this.fileExtension = fileExtension;
    }

    /** The name {@code --to} takes: "bibtex", "biblatex", "csl-json", "ris". */
    public String cliName() {
        return cliName;
    }

    /** The usual file extension, without the dot. */
    public String fileExtension() {
        return fileExtension;
    }

    /**
     * The format of the given name, in any case.
     *
     * @throws IllegalArgumentException for any other name; the message lists the formats
     */
    public static ExportFormat fromName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.cliName.equals(wanted)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Unknown export format '" + name + "'. Supported formats: "
                + Arrays.stream(values()).map(ExportFormat::cliName).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return cliName;
    }
}

package org.ibidem.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.ibidem.Analysis;
import org.ibidem.ProjectAnalysis;
import org.ibidem.SourceScope;
import org.ibidem.reference.Reference;
import org.ibidem.style.FormattedBibliography;
import org.ibidem.style.OutputFormat;

/**
 * The works the commands that list works ({@code bibliography}, {@code bibtex}, {@code export}) read from their
 * FILEs: one document's, as always, or — given several files — those of a book whose chapters they are, in the
 * order given, merged into one list with each work once ({@link ProjectAnalysis}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param document the analysis of the one file, or null for several
 * @param project  the analysis of the files as one project, or null for one file
 */
record CitedWorks(Analysis document, ProjectAnalysis project) {

    /**
     * Reads the files (standard input for {@code -}) with the options of the first, and says on {@code err} how
     * the notes of each were found when that was in doubt.
     *
     * @throws org.ibidem.document.UnreadableDocumentException when one cannot be read
     */
    static CitedWorks read(List<Path> files, InputOptions input, InputStream stdin, PrintWriter err) {
        if (files.size() == 1) {
            Analysis analysis = Inputs.analyze(files.get(0), input.toOptions(files.get(0)), stdin);
            InputOptions.reportHowNotesWereFound(analysis, err);
            return new CitedWorks(analysis, null);
        }
        ProjectAnalysis project = Inputs.analyzeProject(files, input.toOptions(files.get(0)), stdin);
        project.chapters().forEach(chapter -> InputOptions.reportHowNotesWereFound(chapter, err));
        return new CitedWorks(null, project);
    }

    /** The works of a scope, each once, in order of first citation. */
    List<Reference> sources(SourceScope scope) {
        return document != null ? document.sources(scope) : project.sources(scope);
    }

    /** The works known only from a short form that matched nothing. */
    List<Reference> unmatchedSources() {
        return document != null ? document.unmatchedSources() : project.unmatchedSources();
    }

    /** The bibliography of the works of a scope. */
    FormattedBibliography bibliography(String style, OutputFormat format, SourceScope scope, String locale) {
        return document != null ? document.bibliography(style, format, scope, locale)
                : project.bibliography(style, format, scope, locale);
    }
}

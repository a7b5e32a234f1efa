package org.ibidem.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.IbidemOptions;
import org.ibidem.ProjectAnalysis;
import org.ibidem.document.Document;
import org.ibidem.document.Documents;
import org.ibidem.document.UnreadableDocumentException;

/**
 * Where a command's document comes from: a file, or standard input when the path is {@code -}, as linters
 * read it. Standard input is read whole, then its format is detected from its content (or taken from
 * {@code --from}); a {@code .ibidem.json} is looked for from the current folder.
 *
 * <p>Stateless and thread-safe.
 */
final class Inputs {

    /** The name standard input goes by in messages and findings. */
    static final String STDIN_NAME = "<stdin>";

    private Inputs() {
    }

    static boolean isStdin(Path path) {
        return path.toString().equals("-");
    }

    /**
     * Analyses a file, or standard input for {@code -}.
     *
     * @throws UnreadableDocumentException when it cannot be read
     */
    static Analysis analyze(Path file, IbidemOptions options, InputStream stdin) {
        if (!isStdin(file)) {
            return Ibidem.analyze(file, options);
        }
        return Ibidem.analyze(read(file, options, stdin), options);
    }

    /**
     * Reads a file, or standard input for {@code -}, as a document.
     *
     * @throws UnreadableDocumentException when it cannot be read
     */
    static Document read(Path file, IbidemOptions options, InputStream stdin) {
        if (!isStdin(file)) {
            return options.inputFormat() == null ? Documents.read(file) : Documents.read(file, options.inputFormat());
        }
        byte[] bytes;
        try {
            bytes = stdin.readAllBytes();
        } catch (IOException e) {
            throw new UnreadableDocumentException(STDIN_NAME + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return options.inputFormat() == null ? Documents.parse(STDIN_NAME, bytes)
                : Documents.parse(STDIN_NAME, bytes, options.inputFormat());
    }

    /**
     * Analyses the files of one project, a book's chapters, in order ({@link Ibidem#analyzeDocuments}), with the
     * options of the first.
     *
     * @throws UnreadableDocumentException when one cannot be read
     */
    static ProjectAnalysis analyzeProject(List<Path> files, IbidemOptions options, InputStream stdin) {
        List<Document> documents = new ArrayList<>(files.size());
        for (Path file : files) {
            documents.add(read(file, options, stdin));
        }
        return Ibidem.analyzeDocuments(documents, options);
    }

    /** How a path is named in output: standard input as {@value #STDIN_NAME}. */
    static String name(Path file) {
        return isStdin(file) ? STDIN_NAME : file.toString();
    }
}

package org.ibidem.cli;

import java.nio.file.Path;
import org.ibidem.Ibidem;

/** A user's program that reads a .docx through the API; run in its own JVM by {@link CliPolishTest}. */
public final class QuietDocxReader {

    private QuietDocxReader() {
    }

    /** Prints the number of notes of the .docx named. */
    public static void main(String[] args) {
        System.out.println(Ibidem.analyze(Path.of(args[0])).notes().size());
    }
}

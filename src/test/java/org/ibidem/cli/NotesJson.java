package org.ibidem.cli;

import java.io.IOException;
import java.io.Writer;
import org.ibidem.Analysis;

/** Lets tests outside this package read the published {@code notes --json} output of an analysis. */
public final class NotesJson {

    private NotesJson() {
    }

    /** What {@code ibidem notes --json} prints for the analysis. */
    public static String of(Analysis analysis) {
        return JsonOutput.notes(analysis);
    }

    /** Writes what {@code ibidem notes --json} prints for the analysis, note by note, without building a String. */
    public static void write(Analysis analysis, Writer out) throws IOException {
        JsonOutput.writeNotes(analysis, out);
    }
}

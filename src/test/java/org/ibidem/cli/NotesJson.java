package org.ibidem.cli;

import org.ibidem.Analysis;

/** Lets tests outside this package read the published {@code notes --json} output of an analysis. */
public final class NotesJson {

    private NotesJson() {
    }

    /** What {@code ibidem notes --json} prints for the analysis. */
    public static String of(Analysis analysis) {
        return JsonOutput.notes(analysis);
    }
}

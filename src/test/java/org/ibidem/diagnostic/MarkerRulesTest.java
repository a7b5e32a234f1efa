package org.ibidem.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.IbidemOptions;
import org.junit.jupiter.api.Test;

/** Markers against notes where footnote numbering restarts with every block of notes (every printed page). */
class MarkerRulesTest {

    private static Analysis check(String text) {
        return Ibidem.analyze("doc.txt", text, IbidemOptions.defaults());
    }

    @Test
    void reportsAMarkerWhoseBlockOfNotesLacksItsLabelAsHavingNoNote() {
        Analysis a = check("""
                The canal opened in 1825.[1]

                [Footnote 2: Whitford, Canal Days, p. 4.]

                Traffic doubled within a decade.[1] Tolls fell.[2]

                [Footnote 1: Whitford, Canal Days, p. 9.]

                [Footnote 2: Ibid., p. 10.]
                """);

        assertThat(a.diagnostics()).filteredOn(d -> d.code().contains("marker"))
                .extracting(Diagnostic::code, d -> d.position().line(), d -> d.position().column())
                .containsExactlyInAnyOrder(
                        tuple("marker-without-note", 1, 26),
                        tuple("note-without-marker", 3, 1));
    }

    @Test
    void stillReportsTwoMarkersOfOneNoteInTheSameBlock() {
        Analysis a = check("""
                The canal opened in 1825.[1] Tolls fell.[1]

                [Footnote 1: Whitford, Canal Days, p. 4.]

                Traffic doubled.[1]

                [Footnote 1: Ibid., p. 10.]
                """);

        assertThat(a.diagnostics()).filteredOn(d -> d.code().contains("marker"))
                .extracting(Diagnostic::code, d -> d.position().line(), d -> d.position().column())
                .containsExactly(tuple("duplicate-marker", 1, 41));
    }

    @Test
    void pairsEndnoteMarkersWithTheNotesAtTheEndAsBefore() {
        Analysis a = check("""
                The canal opened in 1825.[1] Tolls fell.[2] Traffic doubled.[3]

                Notes

                1. Whitford, Canal Days, p. 4.

                2. Ibid., p. 10.
                """);

        assertThat(a.diagnostics()).filteredOn(d -> d.code().contains("marker"))
                .extracting(Diagnostic::code, d -> d.position().line(), d -> d.position().column())
                .containsExactly(tuple("marker-without-note", 1, 61));
    }
}

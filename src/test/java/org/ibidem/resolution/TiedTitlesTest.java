package org.ibidem.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.IbidemOptions;
import org.ibidem.document.Note;
import org.ibidem.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * Many works that a short title matches equally well (issue 17: "Report on the State of Things N", each followed
 * by "Report on the State of Things, 12."): the short form is ambiguous, and names each earlier work once, in
 * order. Their number is what made resolution grow with the cube of the document; how fast it runs is measured
 * by the benchmarks' {@code ScalingProbe adversarial}, not here.
 */
class TiedTitlesTest {

    private static final String[] AUTHORS = {"Margaret Hale", "John Thornton", "Nicholas Higgins", "Edith Shaw",
        "Henry Lennox", "Frederick Hale", "Bessy Higgins"};

    private static Analysis analyze(List<String> notes) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < notes.size(); i++) {
            text.append('[').append(i + 1).append("] ").append(notes.get(i)).append("\n\n");
        }
        return Ibidem.analyze("tied.txt", text.toString(), IbidemOptions.defaults());
    }

    private static String report(int i) {
        return AUTHORS[i % AUTHORS.length] + ", *Report on the State of Things " + i
                + "* (London: Stationery Office, 1990), 3.";
    }

    private static ResolvedCitation citationOf(Analysis a, int note) {
        return a.notes().get(note - 1).citations().get(0);
    }

    @Test
    void listsEveryEarlierWorkATitleTiesOnOnceInOrder() {
        List<String> notes = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            notes.add(report(i));
            notes.add("Report on the State of Things, 12.");
        }
        Analysis a = analyze(notes);

        assertThat(citationOf(a, 2).status()).isEqualTo(ResolutionStatus.RESOLVED);
        ResolvedCitation last = citationOf(a, 240);
        assertThat(last.status()).isEqualTo(ResolutionStatus.AMBIGUOUS);
        List<Integer> fullCitations = new ArrayList<>();
        for (int n = 1; n < 240; n += 2) {
            fullCitations.add(n);
        }
        // The first twenty are listed, and the count says how many there are: listing all made the output grow
        // with the square of the document.
        assertThat(last.candidates()).extracting(Note::index).containsExactlyElementsOf(fullCitations.subList(0, 20));
        assertThat(last.candidateCount()).isEqualTo(120);
        assertThat(a.diagnostics()).filteredOn(d -> d.code().equals("short-form-ambiguous") && d.noteIndex() == 240)
                .singleElement().extracting(Diagnostic::message).asString()
                .contains("matches 120 works (notes 1, 3, 5,").contains(", 39 and 100 more)");
    }

    @Test
    void listsEachEarlierWorkOnceWhenTheSameTitleIsSearchedAgain() {
        // The search for a short title is resumed at each repetition: the works cited since are added, in order.
        List<String> notes = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            notes.add(report(i));
            notes.add("Report on the State of Things, 12.");
        }
        Analysis a = analyze(notes);

        for (int n = 4; n <= 120; n += 2) {
            assertThat(citationOf(a, n).candidateCount()).isEqualTo(n / 2);
        }
        assertThat(citationOf(a, 120).candidates()).extracting(Note::index).startsWith(1, 3, 5).doesNotHaveDuplicates();
    }

    @Test
    void listsAWorkCompletedAfterItsShortFormOnce() {
        // Work 5 comes first as a short form, then in full: the full citation files it again in the author's and
        // the title word's pools, after the works cited in between.
        List<String> notes = new ArrayList<>();
        notes.add("Hale, Report on the State of Things 5, 7.");
        for (int i = 1; i <= 12; i++) {
            notes.add(report(i));
        }
        notes.add("Report on the State of Things, 12.");
        Analysis a = analyze(notes);

        ResolvedCitation last = citationOf(a, notes.size());
        assertThat(last.status()).isEqualTo(ResolutionStatus.AMBIGUOUS);
        assertThat(last.candidates()).hasSize(12).doesNotHaveDuplicates();
    }
}

package org.ibidem.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ibidem.Analysis;
import org.ibidem.document.Note;
import org.junit.jupiter.api.Test;

/**
 * A short form with a volume after hundreds of works its title ties on ("Report on the State of Things, vol. 2,
 * 12." after thousands of reports in four volumes): the volume narrows the tie, counted afresh at each repetition
 * (the filter is kept with the tie's search and reads only the works cited since). What that must keep: the count
 * of the works of that volume, in order; the one work of a volume resolved; the works with no volume when none
 * has it. How fast it runs is measured by the benchmarks' {@code ScalingProbe adversarial tied-volumes}, not here.
 */
class TiedVolumesTest {

    private static final String[] AUTHORS = {"Margaret Hale", "John Thornton", "Nicholas Higgins", "Edith Shaw",
        "Henry Lennox", "Frederick Hale", "Bessy Higgins"};

    private static String report(int i, String volume) {
        return AUTHORS[i % AUTHORS.length] + ", *Report on the State of Things " + i + "*"
                + (volume == null ? "" : ", vol. " + volume) + " (London: Stationery Office, 1990), 3.";
    }

    private static ResolvedCitation citationOf(Analysis a, int note) {
        return a.notes().get(note - 1).citations().get(0);
    }

    @Test
    void countsTheWorksOfTheVolumeAtEachRepetition() {
        // Past RECENT_WORKS works of that volume the short form is ambiguous without further narrowing.
        int works = 4 * WorkIndex.RECENT_WORKS + 200;
        List<String> notes = new ArrayList<>();
        for (int i = 1; i <= works; i++) {
            notes.add(report(i, String.valueOf(i % 4 + 1)));
            notes.add("Report on the State of Things, vol. 2, 12.");
        }
        Analysis a = GeneratedNotes.analyze("volumes.txt", notes);

        assertThat(citationOf(a, 2).status()).isEqualTo(ResolutionStatus.RESOLVED);
        assertThat(citationOf(a, 2).sourceId()).isEqualTo(citationOf(a, 1).sourceId());
        for (int i = 5; i <= works; i += 37) {
            ResolvedCitation c = citationOf(a, 2 * i);
            assertThat(c.status()).as("after report %d", i).isEqualTo(ResolutionStatus.AMBIGUOUS);
            assertThat(c.candidateCount()).as("after report %d", i).isEqualTo((i - 1) / 4 + 1);
            assertThat(c.candidates()).extracting(Note::index).startsWith(1, 9);
        }
    }

    @Test
    void resolvesToTheOneWorkOfAVolumeHoweverManyTie() {
        List<String> notes = new ArrayList<>();
        notes.add(report(0, "9"));
        for (int i = 1; i <= 2 * WorkIndex.RECENT_WORKS; i++) {
            notes.add(report(i, String.valueOf(i % 4 + 1)));
            notes.add(i % 100 == 0 ? "Report on the State of Things, vol. IX, 12." : "Report on the State of Things, 8.");
        }
        Analysis a = GeneratedNotes.analyze("volumes.txt", notes);

        for (int i = 100; i <= 2 * WorkIndex.RECENT_WORKS; i += 100) {
            ResolvedCitation c = citationOf(a, 2 * i + 1);
            assertThat(c.status()).as("after report %d", i).isEqualTo(ResolutionStatus.RESOLVED);
            assertThat(c.sourceId()).isEqualTo(citationOf(a, 1).sourceId());
        }
    }

    @Test
    void takesTheWorksWithNoVolumeWhenNoneHasIt() {
        List<String> notes = new ArrayList<>();
        for (int i = 1; i <= 2 * WorkIndex.RECENT_WORKS; i++) {
            notes.add(report(i, i % 50 == 0 ? null : "1"));
            notes.add(i % 100 == 0 ? "Report on the State of Things, vol. 3, 12." : "Report on the State of Things, 8.");
        }
        notes.add("Report on the State of Things 7, vol. 3, 12.");
        Analysis a = GeneratedNotes.analyze("volumes.txt", notes);

        for (int i = 100; i <= 2 * WorkIndex.RECENT_WORKS; i += 100) {
            ResolvedCitation c = citationOf(a, 2 * i);
            assertThat(c.status()).as("after report %d", i).isEqualTo(ResolutionStatus.AMBIGUOUS);
            assertThat(c.candidateCount()).isEqualTo(i / 50);
            assertThat(c.candidates()).extracting(Note::index).startsWith(99, 199);
        }
        assertThat(citationOf(a, notes.size()).status()).isEqualTo(ResolutionStatus.VOLUME_MISMATCH);
    }
}

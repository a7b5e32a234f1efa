package org.ibidem.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ibidem.Analysis;
import org.ibidem.document.Note;
import org.junit.jupiter.api.Test;

/**
 * A short title that a few works of a large pool have exactly is found by the title itself (one note citing
 * thousands of histories, the next citing each again by title, compared each short title with a twentieth of the
 * pool). What that lookup must keep: each title resolves to its own work, a title two works have is ambiguous and
 * names both in order, a very title wins over a work it only shortens, and a pool where a title may still change
 * (a work known only from a short form) decides the same way. How fast it runs is measured by the benchmarks'
 * {@code ScalingProbe adversarial one-note-titles}, not here.
 */
class ExactTitlesTest {

    private static final List<String> TITLES = GeneratedNotes.madeUpTitles(300, 31);

    private static String work(String author, String title) {
        return "Anne " + author + ", *A History of the " + title + "* (Oxford: Clarendon Press, 1950), 2";
    }

    /** One note citing every title, then one note citing each again by title alone; {@code before} first. */
    private static Analysis oneNoteThenTitles(List<String> before, List<String> fullCitations, List<String> titles) {
        List<String> notes = new ArrayList<>(before);
        notes.add(String.join("; ", fullCitations) + ".");
        List<String> shortForms = new ArrayList<>();
        for (String title : titles) {
            shortForms.add("History of the " + title + ", 4");
        }
        notes.add(String.join("; ", shortForms) + ".");
        return GeneratedNotes.analyze("exact.txt", notes);
    }

    private static List<String> fullCitations() {
        List<String> full = new ArrayList<>();
        for (int i = 0; i < TITLES.size(); i++) {
            full.add(work("Writer" + (char) ('a' + i % 26) + (char) ('a' + i / 26), TITLES.get(i)));
        }
        return full;
    }

    private static void assertEachTitleResolvesToItsWork(Analysis a) {
        List<ResolvedCitation> full = a.notes().get(a.notes().size() - 2).citations();
        List<ResolvedCitation> byTitle = a.notes().get(a.notes().size() - 1).citations();
        assertThat(byTitle).hasSize(TITLES.size());
        for (int i = 0; i < TITLES.size(); i++) {
            assertThat(byTitle.get(i).status()).as(TITLES.get(i)).isEqualTo(ResolutionStatus.RESOLVED);
            assertThat(byTitle.get(i).sourceId()).as(TITLES.get(i)).isEqualTo(full.get(i).sourceId());
        }
    }

    @Test
    void resolvesEachTitleToItsOwnWorkAmongHundredsOfTheSameOpening() {
        assertEachTitleResolvesToItsWork(oneNoteThenTitles(List.of(), fullCitations(), TITLES));
    }

    @Test
    void resolvesTheSameWayWhenATitleOfThePoolMayStillChange() {
        // A short form that matches nothing introduces a work whose title a full citation may complete later: the
        // pool's titles are then looked through, not looked up.
        Analysis a = oneNoteThenTitles(List.of("History of the Unheard Things, 3."), fullCitations(), TITLES);

        assertThat(a.notes().get(0).citations().get(0).status()).isEqualTo(ResolutionStatus.INTRODUCED);
        assertEachTitleResolvesToItsWork(a);
    }

    @Test
    void namesBothWorksOfATitleTwoWritersShareInOrder() {
        List<String> full = fullCitations();
        full.add(work("Latecomer", TITLES.get(7)));
        Analysis a = oneNoteThenTitles(List.of(), full, List.of(TITLES.get(7), TITLES.get(8)));

        ResolvedCitation shared = a.notes().get(1).citations().get(0);
        assertThat(shared.status()).isEqualTo(ResolutionStatus.AMBIGUOUS);
        assertThat(shared.candidateCount()).isEqualTo(2);
        assertThat(shared.candidates()).extracting(Note::index).containsExactly(1, 1);
        assertThat(a.notes().get(1).citations().get(1).status()).isEqualTo(ResolutionStatus.RESOLVED);
    }

    @Test
    void prefersTheVeryTitleToAWorkItShortens() {
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            notes.add(work("Writer" + (char) ('a' + i % 26) + (char) ('a' + i / 26), TITLES.get(i)) + ".");
        }
        notes.add(work("Longer", TITLES.get(50) + " and Its Neighbours") + ".");
        notes.add(work("Shorter", TITLES.get(50)) + ".");
        notes.add("History of the " + TITLES.get(50) + ", 4.");
        notes.add("History of the " + TITLES.get(50) + " and Its Neighbours, 4.");
        Analysis a = GeneratedNotes.analyze("exact.txt", notes);

        ResolvedCitation veryTitle = a.notes().get(42).citations().get(0);
        assertThat(veryTitle.status()).isEqualTo(ResolutionStatus.RESOLVED);
        assertThat(veryTitle.sourceId()).isEqualTo(a.notes().get(41).citations().get(0).sourceId());
        ResolvedCitation longer = a.notes().get(43).citations().get(0);
        assertThat(longer.status()).isEqualTo(ResolutionStatus.RESOLVED);
        assertThat(longer.sourceId()).isEqualTo(a.notes().get(40).citations().get(0).sourceId());
    }
}

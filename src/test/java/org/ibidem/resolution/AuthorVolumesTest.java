package org.ibidem.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ibidem.Analysis;
import org.ibidem.citation.Names;
import org.ibidem.document.Note;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;

/**
 * An author's name with a volume ("Marsh, vol. 2, 5.") after thousands of that author's works: the volume narrows
 * the works the name alone may mean, a filter kept with the author's pool and resumed at each repetition. What it
 * must keep: the works of the volume counted and listed in order, the works with no volume when none has it, and
 * the same answer as filtering the whole list afresh. How fast it runs is measured by the benchmarks'
 * {@code ScalingProbe adversarial one-author-volumes}, not here.
 */
class AuthorVolumesTest {

    private static final String[] VOLUMES = {null, "1", "2", "II", "1–3", "4"};

    @Test
    void countsTheAuthorsWorksOfTheVolumeAtEachRepetition() {
        int works = 2 * WorkIndex.RECENT_WORKS + 100;
        List<String> notes = new ArrayList<>();
        for (int i = 1; i <= works; i++) {
            notes.add("Eleanor Marsh, *The Making of Thing " + i + "*, vol. " + (i % 4 + 1)
                    + " (London: Longman, 1950), 1.");
            notes.add("Marsh, vol. 2, 5.");
        }
        Analysis a = GeneratedNotes.analyze("volumes.txt", notes);

        // Work i is of volume i % 4 + 1: works 1, 5, 9, … are of volume 2.
        assertThat(a.notes().get(1).citations().get(0).status()).isEqualTo(ResolutionStatus.RESOLVED);
        for (int i = 5; i <= works; i += 41) {
            ResolvedCitation c = a.notes().get(2 * i - 1).citations().get(0);
            int ofVolume = (i + 3) / 4;
            assertThat(c.status()).as("after work %d", i).isEqualTo(ResolutionStatus.AMBIGUOUS);
            assertThat(c.candidateCount()).as("after work %d", i).isEqualTo(ofVolume);
            assertThat(c.candidates()).extracting(Note::index).startsWith(1, 9);
        }
    }

    @Test
    void takesTheAuthorsWorksWithNoVolumeWhenNoneIsOfIt() {
        List<String> notes = new ArrayList<>();
        for (int i = 1; i <= 300; i++) {
            notes.add("Eleanor Marsh, *The Making of Thing " + i + "*" + (i % 3 == 0 ? "" : ", vol. 1")
                    + " (London: Longman, 1950), 1.");
            notes.add(i % 50 == 0 ? "Marsh, vol. 7, 5." : "Marsh, vol. 1, 5.");
        }
        Analysis a = GeneratedNotes.analyze("volumes.txt", notes);

        for (int i = 50; i <= 300; i += 50) {
            ResolvedCitation c = a.notes().get(2 * i - 1).citations().get(0);
            assertThat(c.status()).as("after work %d", i).isEqualTo(ResolutionStatus.AMBIGUOUS);
            assertThat(c.candidateCount()).as("after work %d", i).isEqualTo(i / 3);
            assertThat(c.candidates()).extracting(Note::index).startsWith(5, 11);
        }
    }

    @Test
    void filtersAsAFreshFilterOfTheWholeListDoes() {
        Random random = new Random(5);
        for (int round = 0; round < 200; round++) {
            Pool pool = Pool.filing(new Pool.TitleKeys());
            List<Work> provisional = new ArrayList<>();
            int completions = 0;
            for (int note = 1; note <= 80; note++) {
                int added = random.nextInt(3);
                for (int k = 0; k < added; k++) {
                    Work w = work(VOLUMES[random.nextInt(VOLUMES.length)], note);
                    if (random.nextInt(6) == 0) {
                        w.provisional = true;
                        w.reference = Reference.builder(ItemType.BOOK).title("Short " + note).build();
                        provisional.add(w);
                    }
                    pool.add(w);
                }
                if (!provisional.isEmpty() && random.nextInt(7) == 0) {
                    // A full citation completes a work a short form introduced: its volume is new.
                    Work w = provisional.remove(random.nextInt(provisional.size()));
                    w.reference = Reference.builder(ItemType.BOOK).title("Full " + note)
                            .volume(VOLUMES[random.nextInt(VOLUMES.length)]).build();
                    w.provisional = false;
                    w.completedAt = note;
                    completions++;
                    if (random.nextBoolean()) {
                        pool.add(w);
                    }
                }
                for (String volume : List.of("1", "2", "II", "3")) {
                    List<Work> citable = pool.citableFrom(note);
                    List<Work> expected = AppendOnlyWorks.ofVolume(List.copyOf(citable), volume);
                    List<Work> found = citable instanceof Pool.Citable c ? c.ofVolume(volume, completions)
                            : AppendOnlyWorks.ofVolume(citable, volume);
                    assertThat(found).as("note %d, vol. %s", note, volume).containsExactlyElementsOf(expected);
                }
            }
        }
    }

    private static Work work(String volume, int note) {
        String title = "Work " + note + " " + volume;
        return new Work(Reference.builder(ItemType.BOOK).title(title).volume(volume).build(), note, "1",
                "k" + title, TitleMatch.Folded.of(title, Names.fold(title)));
    }
}

package org.ibidem.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.junit.jupiter.api.Test;

/**
 * An author's name spelt two ways in one document ("Hartley's Annals" and "Hartly's Annals") means one work when
 * the title agrees; a different title, or a name more than one letter apart, is another work.
 */
class SpellingVariantsTest {

    private static Analysis analyze(String... notes) {
        StringBuilder text = new StringBuilder("Essay.");
        for (int i = 1; i <= notes.length; i++) {
            text.append("[").append(i).append("] ");
        }
        text.append("\n\nNotes\n\n");
        for (int i = 1; i <= notes.length; i++) {
            text.append("[").append(i).append("] ").append(notes[i - 1]).append("\n");
        }
        return Ibidem.analyzeText(text.toString());
    }

    private static String source(Analysis a, int note) {
        return a.notes().get(note - 1).citations().get(0).sourceId();
    }

    @Test
    void readsOneWorkUnderTwoSpellingsOfItsAuthor() {
        Analysis a = analyze("Lowthere's Annals of the Fleet, i. 41.", "Lowther's Annals of the Fleet, ii. 3.");
        assertThat(source(a, 2)).isNotNull().isEqualTo(source(a, 1));
    }

    @Test
    void keepsTwoAuthorsWithAlikeNamesApartByTheirTitles() {
        Analysis a = analyze("Lowthere's Annals of the Fleet, i. 41.", "Lowther's Memoirs of Quin, 3.");
        assertThat(source(a, 2)).isNotEqualTo(source(a, 1));
    }

    @Test
    void tellsNamesOneLetterApartFromOthers() {
        assertThat(SpellingVariants.oneApart("clark", "clarke")).isTrue();
        assertThat(SpellingVariants.oneApart("higgins", "higgons")).isTrue();
        assertThat(SpellingVariants.oneApart("hume", "home")).isTrue();
        assertThat(SpellingVariants.oneApart("smith", "smyth")).isTrue();
        assertThat(SpellingVariants.oneApart("hay", "ray")).isFalse();
        assertThat(SpellingVariants.oneApart("clark", "blark")).isFalse();
        assertThat(SpellingVariants.oneApart("clark", "clarkson")).isFalse();
        assertThat(SpellingVariants.oneApart("part-i", "part-ii")).isFalse();
    }
}

package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A work and its place that close a sentence of an older note's commentary: after "in the" (a title) or after
 * "of" (an author and a title).
 */
class WorkClosingProseTest {

    private static final NoteParser PARSER = new NoteParser();

    @Test
    void readsATitleAfterInTheThatClosesTheSentence() {
        List<Citation> cs = PARSER.parse("The old rites were kept from motives of health, which seem to be "
                + "explained in the Lettres Philosophiques sur le Nord, tom. ii. p. 117.");
        assertThat(cs).hasSize(1);
        assertThat(cs.get(0)).isInstanceOf(ShortCitation.class);
        assertThat(cs.get(0).locator().value()).endsWith("117");
    }

    @Test
    void readsAnAuthorAndTitleAfterOf() {
        List<Citation> cs = PARSER.parse("The meeting was held in the reign of the old king. For this date "
                + "consult the accurate note of Hartley, Annales du Nord, tom. ii. p. 511.");
        assertThat(cs).hasSize(1);
        assertThat(((ShortCitation) cs.get(0)).authors()).extracting(a -> a.family()).containsExactly("Hartley");
    }

    @Test
    void readsNothingWhereTheWordsBeforeThePlaceAreProse() {
        assertThat(PARSER.parse("The fleet sailed in the night of the storm, and was lost, 117.")).isEmpty();
    }

    @Test
    void readsTheWorkThatClosesTheAuthorsTextBeforeAnEditorsNote() {
        List<Citation> cs = PARSER.parse("For this date consult the accurate note of Hartley, Annales du Nord, "
                + "tom. ii. p. 511. * Note: The editor thinks the meeting was held a year later.");
        assertThat(cs).hasSize(1);
        assertThat(cs.get(0).text()).isEqualTo("Hartley, Annales du Nord, tom. ii. p. 511.");
    }
}

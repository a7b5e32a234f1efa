package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Two citations in one sentence, joined by "and" after the first one's page (issue 17, item 4). */
class JoinedCitationsTest {

    private final NoteParser parser = new NoteParser();

    @Test
    void splitsTwoShortFormsJoinedByAndCompare() {
        List<Citation> cs = parser.parse("See Foner, Fiery Trial, 60, and compare Foner, Fiery Trial, 88.");

        assertThat(cs).hasSize(2).allSatisfy(c -> assertThat(c).isInstanceOf(ShortCitation.class));
        assertThat(cs.get(0).prefix()).isEqualTo("See");
        assertThat(cs.get(0).locator().value()).isEqualTo("60");
        assertThat(cs.get(1).prefix()).isEqualTo("compare");
        assertThat(cs.get(1).locator().value()).isEqualTo("88");
        assertThat(((ShortCitation) cs.get(1)).title()).isEqualTo("Fiery Trial");
    }

    @Test
    void splitsAfterAndSeeAsAfterAndAName() {
        assertThat(parser.parse("Taruskin, Music, 131–33, and see McClary, Feminine Endings, 62.")).hasSize(2);
        assertThat(parser.parse("Taruskin, Music, 131–33, and McClary, Feminine Endings, 62.")).hasSize(2);
    }

    @Test
    void keepsAndComparedInProseTogether() {
        // Lower-case prose after "and" that is not a signal opens no citation.
        assertThat(parser.parse("Foner, Fiery Trial, 60, and compared with what he wrote before.")).hasSize(1);
    }
}

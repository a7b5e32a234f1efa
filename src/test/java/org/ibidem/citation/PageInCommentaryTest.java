package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A page alone in parentheses in the commentary after a citation, "… a critique of Lee (p. 377).": a further page
 * of the work the note has just cited, even when a name stands before it (the name is the subject of the
 * commentary, not a work).
 */
class PageInCommentaryTest {

    private static final NoteParser PARSER = new NoteParser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ibid., p. 376. Hale recalls an old quarrel and her critique of G.E. Lee (p. 377). | 377",
            "Ann Hale, The Drained Land (London, 1888), 12. The book answers Thomas Lee (pp. 40–42). | 40–42"})
    void aPageAfterANameInCommentaryIsAFurtherPageOfTheWorkCited(String note, String page) {
        List<Citation> cs = PARSER.parse(note);

        assertThat(cs).hasSize(2);
        assertThat(cs.get(1)).isInstanceOfSatisfying(IbidCitation.class,
                i -> assertThat(i.locator().value()).isEqualTo(page));
    }

    @Test
    void aPageAloneWritesNoIbidWordAndNeedsNoPeriod() {
        IbidCitation page = (IbidCitation) PARSER.parse("Ibid., p. 376. Hale recalls her critique of "
                + "G.E. Lee (p. 377).").get(1);

        assertThat(page.form()).isEmpty();
        assertThat(page.hasPeriod()).isTrue();
    }

    @Test
    void aNameWithAPageOpeningTheNoteStaysAShortForm() {
        List<Citation> cs = PARSER.parse("Hale recalls an old quarrel and her critique of G.E. Lee (p. 377).");

        assertThat(cs).noneMatch(c -> c instanceof IbidCitation);
    }
}

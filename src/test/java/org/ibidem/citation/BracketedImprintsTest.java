package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;
import static org.ibidem.citation.ParsedCitations.ref;

import java.util.List;
import org.ibidem.reference.Locator;
import org.junit.jupiter.api.Test;

/**
 * A work cited in parentheses inside commentary, its publication facts in square brackets since they stand in
 * parentheses already (MHRA): the work is read as if it stood alone, the commentary around it kept.
 */
class BracketedImprintsTest {

    private static final NoteParser PARSER = new NoteParser();

    @Test
    void readsTheWorkInsideTheParenthesisOfCommentary() {
        Citation c = only("This view is qualified elsewhere (Ann Hale, The Drained Land: A Survey [Cambridge: "
                + "Cambridge University Press, 1979], p. 95), an anecdote often told.");

        assertThat(c).isInstanceOf(FullCitation.class);
        assertThat(ref(c).title()).isEqualTo("The Drained Land: A Survey");
        assertThat(ref(c).publisher()).isEqualTo("Cambridge University Press");
        assertThat(ref(c).publisherPlace()).isEqualTo("Cambridge");
        assertThat(ref(c).issued().year()).isEqualTo(1979);
        assertThat(c.locator()).isEqualTo(Locator.page("95"));
        assertThat(c.prefix()).isEqualTo("This view is qualified elsewhere");
        assertThat(c.suffix()).isEqualTo("an anecdote often told");
    }

    @Test
    void readsTheWorkAfterAQuotationInTheCommentary() {
        List<Citation> cs = PARSER.parse("Mary Vane, History of the Fens (London: Dent, 1802), 12. Ann Hale calls "
                + "the drains ‘a static system’ (Ann Hale, The Drained Land [Cambridge: Polity, 1979], p. 9).");

        assertThat(cs).hasSize(2);
        assertThat(ref(cs.get(1)).title()).isEqualTo("The Drained Land");
        assertThat(cs.get(1).locator()).isEqualTo(Locator.page("9"));
    }

    @Test
    void keepsTheNotesOwnCitationBeforeABracketedWorkItCites() {
        List<Citation> cs = PARSER.parse("Ann Hale, The Drained Land (Cambridge: CUP, 1979), p. 95 (citing Ida "
                + "Fenn, Tides [London: Hale, 1889], p. 4).");

        assertThat(cs).isNotEmpty();
        assertThat(ref(cs.get(0)).title()).isEqualTo("The Drained Land");
        assertThat(ref(cs.get(0)).authors()).extracting(n -> n.family()).containsExactly("Hale");
    }

    @Test
    void leavesAParenthesisWithoutABracketedYearToTheOtherReaders() {
        Citation c = only("Ann Hale, The Drained Land [a survey] (Cambridge: Polity, 1979), 9.");

        assertThat(ref(c).publisher()).isEqualTo("Polity");
        assertThat(c.prefix()).isNull();
    }

    @Test
    void leavesAYearSuppliedInsideAWorksOwnFactsToThem() {
        Citation c = only("Ann Hale, Economic History of the Fens (Boston [1890]), II, 465.");

        assertThat(ref(c).title()).isEqualTo("Economic History of the Fens");
        assertThat(c.prefix()).isNull();
        assertThat(only("Ann Hale, Economic History of the Fens (London: Dent, [1890]).").prefix()).isNull();
    }
}

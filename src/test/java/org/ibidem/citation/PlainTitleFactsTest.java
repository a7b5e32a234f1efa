package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;
import static org.ibidem.citation.ParsedCitations.ref;

import org.ibidem.reference.Locator;
import org.junit.jupiter.api.Test;

/**
 * A book cited the older way, its title in roman and its place and year after commas, no parentheses: "Symbolic
 * Logic, London, 1881". The place of printing says where the title ends.
 */
class PlainTitleFactsTest {

    @Test
    void readsATitleThenAPlaceAndAYearAsABookInFull() {
        Citation c = only("The Drained Land, London, 1881.");

        assertThat(c).isInstanceOf(FullCitation.class);
        assertThat(ref(c).title()).isEqualTo("The Drained Land");
        assertThat(ref(c).publisherPlace()).isEqualTo("London");
        assertThat(ref(c).issued().year()).isEqualTo(1881);
        assertThat(c.locator()).isNull();
    }

    @Test
    void readsTheAuthorBeforeTheTitleAndThePageAfterTheYear() {
        Citation c = only("Ann Hale, The Drained Land, Leipsic, 1890, p. 45.");

        assertThat(ref(c).authors()).extracting(n -> n.family()).containsExactly("Hale");
        assertThat(ref(c).title()).isEqualTo("The Drained Land");
        assertThat(c.locator()).isEqualTo(Locator.page("45"));
    }

    @Test
    void readsAPlaceAndAYearWrittenWithoutACommaBetweenThem() {
        Citation c = only("Ann Hale, Laws of the Fens, London 1854, Chap. III, Prop. IV.");

        assertThat(ref(c).title()).isEqualTo("Laws of the Fens");
        assertThat(ref(c).issued().year()).isEqualTo(1854);
        assertThat(c.locator()).isEqualTo(new Locator("section", "Chap. III, Prop. IV"));
    }

    @Test
    void readsTheDivisionWrittenBeforeTheFactsAsTheLocator() {
        Citation c = only("Ann Hale, The Drained Land, Chap. I., §8, Paris, 1905.");

        assertThat(ref(c).title()).isEqualTo("The Drained Land");
        assertThat(ref(c).publisherPlace()).isEqualTo("Paris");
        assertThat(c.locator()).isEqualTo(new Locator("section", "Chap. I., §8"));
    }

    @Test
    void keepsTheVolumeWrittenBeforeTheFacts() {
        Citation c = only("Ann Hale, Lectures on Logic, Vol. II., Leipsic, 1890.");

        assertThat(ref(c).title()).isEqualTo("Lectures on Logic");
        assertThat(ref(c).volume()).isEqualTo("II");
    }

    @Test
    void leavesAShortFormWithAPageToTheShortFormReader() {
        assertThat(only("Hale, Drained Land, 1881.")).isInstanceOf(ShortCitation.class);
        assertThat(only("Hale, London Letters, 45.")).isInstanceOf(ShortCitation.class);
        // A short title may itself be a place and a year.
        assertThat(only("Kempe, Berlin 1961, 392.")).isInstanceOf(ShortCitation.class);
    }
}

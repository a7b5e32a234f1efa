package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;

import org.ibidem.citation.parse.Locators;
import org.ibidem.reference.Locator;
import org.junit.jupiter.api.Test;

/**
 * A locator keeps the word that names its division ("No. 12", "Art. IV", "§ 9", "chap. 3"): only the page's own
 * abbreviation ("p.", "pp.") is dropped, since a bare number is a page.
 */
class LabelledLocatorsTest {

    @Test
    void dropsOnlyThePageAbbreviation() {
        assertThat(Locators.parse("pp. 12-14")).isEqualTo(new Locator("page", "12-14"));
        assertThat(Locators.parse("p. 9")).isEqualTo(new Locator("page", "9"));
    }

    @Test
    void keepsTheWordOfAnyOtherDivision() {
        assertThat(Locators.parse("No. 17")).isEqualTo(new Locator("number", "No. 17"));
        assertThat(Locators.parse("Art. IV")).isEqualTo(new Locator("section", "Art. IV"));
        assertThat(Locators.parse("§ 9")).isEqualTo(new Locator("section", "§ 9"));
        assertThat(Locators.parse("§§12-15")).isEqualTo(new Locator("section", "§§12-15"));
        assertThat(Locators.parse("chap. 3")).isEqualTo(new Locator("chapter", "chap. 3"));
        assertThat(Locators.parse("fol. 23r")).isEqualTo(new Locator("folio", "fol. 23r"));
        assertThat(Locators.parse("Appendix 4")).isEqualTo(new Locator("appendix", "Appendix 4"));
    }

    @Test
    void readsTheDivisionsOfMathematicalAndPhilosophicalWorks() {
        assertThat(Locators.parse("Theorem 12")).isEqualTo(new Locator("section", "Theorem 12"));
        assertThat(Locators.parse("Prop. VI")).isEqualTo(new Locator("section", "Prop. VI"));
        assertThat(Locators.parse("Chaps. XII and XIII")).isEqualTo(new Locator("chapter", "Chaps. XII and XIII"));
        assertThat(Locators.parse("books 4-6")).isEqualTo(new Locator("book", "books 4-6"));
    }

    @Test
    void readsAChapterAndASectionOrPropositionInItAsOneLocator() {
        assertThat(Locators.parse("Chap. II., §4")).isEqualTo(new Locator("section", "Chap. II., §4"));
        assertThat(Locators.parse("Chap. V, Prop. II")).isEqualTo(new Locator("section", "Chap. V, Prop. II"));
        assertThat(Locators.parse("Chapter 2, §§ 5 and 6")).isEqualTo(new Locator("section", "Chapter 2, §§ 5 and 6"));
    }

    @Test
    void keepsTheNumberWordOfANumberedPaperInACitation() {
        ShortCitation c = (ShortCitation) only("The Rambler, No. 88.");
        assertThat(c.locator()).isEqualTo(new Locator("number", "No. 88"));
        ShortCitation art = (ShortCitation) only("Hartley, Elements of Logic, Art. III.");
        assertThat(art.locator()).isEqualTo(new Locator("section", "Art. III"));
    }

    @Test
    void doesNotReadAWordOfProseAsADivision() {
        assertThat(Locators.parse("Theorem of Pascal")).isNull();
        assertThat(Locators.parse("Proposition")).isNull();
    }
}

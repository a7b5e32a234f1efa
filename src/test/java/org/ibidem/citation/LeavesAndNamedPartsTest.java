package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;

import org.ibidem.citation.parse.Locators;
import org.ibidem.reference.Locator;
import org.junit.jupiter.api.Test;

/**
 * Places cited in older books and manuscripts that are no plain page: a folio and its side, a signature, the note
 * on a page, a page with an appendix, a part named and not numbered.
 */
class LeavesAndNamedPartsTest {

    @Test
    void readsAFolioRangeThatNamesTheSideAtEachEnd() {
        assertThat(Locators.parse("fol 12r-14v")).isEqualTo(new Locator("folio", "fol 12r-14v"));
        assertThat(Locators.parse("fol. 5v- 6r")).isEqualTo(new Locator("folio", "fol. 5v- 6r"));
        assertThat(Locators.parse("ff. 3r-4v, 9r")).isEqualTo(new Locator("folio", "ff. 3r-4v, 9r"));
    }

    @Test
    void readsTheRectoAndVersoOfOneFolio() {
        assertThat(Locators.parse("fols. 41r-v")).isEqualTo(new Locator("folio", "fols. 41r-v"));
    }

    @Test
    void readsTheSignatureOfAnEarlyPrintedBook() {
        assertThat(Locators.parse("sig. B.2v")).isEqualTo(new Locator("folio", "sig. B.2v"));
        assertThat(Locators.parse("sigs. C1r-D4v")).isEqualTo(new Locator("folio", "sigs. C1r-D4v"));
        assertThat(Locators.parse("Signs of the times")).isNull();
    }

    @Test
    void readsTheSignatureAfterThePublicationFacts() {
        Citation c = only("Anne Hale, A Treatise of the Harvest (London: John Wight, 1561), sig. C.4r.");
        assertThat(c.locator()).isEqualTo(new Locator("folio", "sig. C.4r"));
    }

    @Test
    void readsTheNoteOnAPage() {
        assertThat(Locators.parse("p. 212 note")).isEqualTo(Locator.page("212 note"));
        Citation c = only("Mary Vane, History of the Fens (London, 1802), p. 88 note.");
        assertThat(c.locator()).isEqualTo(Locator.page("88 note"));
    }

    @Test
    void readsAPageAndAPlaceOfAnotherKindTogether() {
        assertThat(Locators.parse("p. 310 and appendix 4")).isEqualTo(Locator.page("310 and appendix 4"));
        assertThat(Locators.parse("p. 31 and n. 4")).isEqualTo(Locator.page("31 and n. 4"));
        assertThat(Locators.parse("p. 31 and the preface")).isNull();
    }

    @Test
    void readsAPartNamedAndNotNumbered() {
        assertThat(Locators.parse("introduction")).isEqualTo(new Locator("chapter", "introduction"));
        assertThat(Locators.parse("Introductory Chapter")).isEqualTo(new Locator("chapter", "Introductory Chapter"));
        assertThat(Locators.parse("preface")).isEqualTo(new Locator("section", "preface"));
        assertThat(Locators.parse("passim")).isEqualTo(Locator.page("passim"));
        assertThat(Locators.parse("Introduction to Logic")).isNull();
    }

    @Test
    void readsTheNamedPartAfterAnAuthorOrAShortTitle() {
        assertThat(only("Hale, introduction.").locator()).isEqualTo(new Locator("chapter", "introduction"));
        assertThat(only("Vane, History of the Fens, Introductory Chapter.").locator())
                .isEqualTo(new Locator("chapter", "Introductory Chapter"));
    }
}

package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;

import org.ibidem.reference.ItemType;
import org.ibidem.reference.Locator;
import org.junit.jupiter.api.Test;

/**
 * Law-review notes go on after a citation with sentences of their own ("… (1992). Standing requires …"): the
 * citation is read as if they were not there and they become its suffix. Each note is written for this test.
 */
class BluebookCommentaryTest {

    @Test
    void readsACaseFollowedByASentenceOfCommentary() {
        FullCitation c = (FullCitation) only("*See *Doe v. Poe, 504 U.S. 555, 560–61 (1992). Article III rules "
                + "apply here.");
        assertThat(c.reference().type()).isEqualTo(ItemType.LEGAL_CASE);
        assertThat(c.reference().title()).isEqualTo("Doe v. Poe");
        assertThat(c.locator()).isEqualTo(Locator.page("560–61"));
        assertThat(c.suffix()).isEqualTo("Article III rules apply here");
    }

    @Test
    void readsAStudentNoteFollowedByItsParentheticalAndCommentary() {
        FullCitation c = (FullCitation) only("See Jane Roe, Note, A Title Here: On Things, 51 COLUM. J.L. & SOC. "
                + "PROBS. 79, 103–04 (2017) (explaining what matters). Plaintiffs must show things.");
        assertThat(c.reference().type()).isEqualTo(ItemType.ARTICLE_JOURNAL);
        assertThat(c.reference().title()).isEqualTo("A Title Here: On Things");
        assertThat(c.locator()).isEqualTo(Locator.page("103–04"));
        assertThat(c.suffix()).startsWith("(explaining what matters)").endsWith("Plaintiffs must show things");
    }

    @Test
    void readsACaseCitedByItsReportAlone() {
        FullCitation c = (FullCitation) only("568 U.S. 398 (2013).");
        assertThat(c.reference().type()).isEqualTo(ItemType.LEGAL_CASE);
        assertThat(c.reference().title()).isNull();
        assertThat(c.reference().volume()).isEqualTo("568");
        assertThat(c.reference().containerTitle()).isEqualTo("U.S.");
        assertThat(c.reference().page()).isEqualTo("398");
    }

    @Test
    void readsAShortCaseNameWithItsCorporateSuffix() {
        ShortCitation c = (ShortCitation) only("See Widget, Inc., 136 S. Ct. at 1546, 1549.");
        assertThat(c.title()).isEqualTo("Widget, Inc.");
        assertThat(c.volume()).isEqualTo("136");
        assertThat(c.locator()).isEqualTo(Locator.page("1546, 1549"));
    }

    @Test
    void readsNoCaseInANumberAndWordsWithoutAReporter() {
        Citation c = only("12 Angry Men 5 (1957).");
        assertThat(c instanceof FullCitation f && f.reference().type() == ItemType.LEGAL_CASE).isFalse();
    }
}

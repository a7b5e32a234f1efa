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
        assertThat(c.suffix()).isEqualTo("Article III rules apply here.");
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

    @Test
    void readsAJournalNumberedByYearWithoutAYearInParentheses() {
        FullCitation c = (FullCitation) only("See Clara Roe, Note, Granting Standing: A Study, 2016 COLUM. BUS. L. REV. "
                + "544, 575- 76, 581 (explaining how courts differ).");
        assertThat(c.reference().type()).isEqualTo(ItemType.ARTICLE_JOURNAL);
        assertThat(c.reference().volume()).isEqualTo("2016");
        assertThat(c.reference().issued().year()).isEqualTo(2016);
        assertThat(c.locator().value()).isEqualTo("575- 76, 581");
    }

    @Test
    void readsAJournalWithACurlyApostropheOrAClosingWord() {
        FullCitation policy = (FullCitation) only("Andrew Roe, Note, Standing up for Data, 24 J.L. & POL\u2019Y 93, 103 (2016).");
        assertThat(policy.reference().containerTitle()).isEqualTo("J.L. & POL\u2019Y");
        assertThat(policy.locator()).isEqualTo(Locator.page("103"));
        FullCitation online = (FullCitation) only("Arthur Doe, Note, Things Dethroned: Injury and Standing, 73 WASH. & "
                + "LEE L. REV. ONLINE 61, 87 (2016).");
        assertThat(online.reference().containerTitle()).isEqualTo("WASH. & LEE L. REV. ONLINE");
        assertThat(online.locator()).isEqualTo(Locator.page("87"));
    }

    @Test
    void keepsAHereinafterShortTitleAsTheSuffix() {
        FullCitation c = (FullCitation) only("Jane Roe, Civil Rights Online, 89 B.U. L. REV. 61, 65–66 (2009) "
                + "[hereinafter Roe, Civil Rights].");
        assertThat(c.reference().title()).isEqualTo("Civil Rights Online");
        assertThat(c.locator()).isEqualTo(Locator.page("65–66"));
        assertThat(c.suffix()).isEqualTo("[hereinafter Roe, Civil Rights]");
    }

    @Test
    void readsTheAuthorAndShortTitleOfASupra() {
        CrossReference c = (CrossReference) only("Roe, Civil Rights, supra note 25, at 84–85 (arguing a point).");
        assertThat(c.authors()).extracting(org.ibidem.reference.Name::family).containsExactly("Roe");
        assertThat(c.title()).isEqualTo("Civil Rights");
        assertThat(c.note()).isEqualTo(25);
    }

    @Test
    void readsAJournalNamedInOneWordOfCapitals() {
        FullCitation c = (FullCitation) only("Jane Roe et al.,* The Spread of False News*, 359 SCIENCE 1146, 1148–50 "
                + "(2018).");
        assertThat(c.reference().type()).isEqualTo(ItemType.ARTICLE_JOURNAL);
        assertThat(c.reference().containerTitle()).isEqualTo("SCIENCE");
        assertThat(c.reference().title()).isEqualTo("The Spread of False News");
        assertThat(c.locator()).isEqualTo(Locator.page("1148–50"));
    }

    @Test
    void setsAQuotingParentheticalApartFromAnArticle() {
        FullCitation c = (FullCitation) only("Jane Roe, Four Principles (You Won\u2019t Believe #3!), 95 WASH. U. L. "
                + "REV. 1353, 1365 (2018) (\u201c[N]ot everyone can engage online.\u201d (footnote omitted)).");
        assertThat(c.reference().type()).isEqualTo(ItemType.ARTICLE_JOURNAL);
        assertThat(c.reference().title()).isEqualTo("Four Principles (You Won\u2019t Believe #3!)");
        assertThat(c.locator()).isEqualTo(Locator.page("1365"));
    }

    @Test
    void readsACaseFollowedByAPagesRunningHead() {
        FullCitation c = (FullCitation) only("In re Widget Sys. Privacy Litig., 66 F. Supp. 3d 1197, 1211, 1216 (N.D. "
                + "Cal. 2014) (explaining the risk). 7 Roe: The Circuit Finds Standing Published by a Law School, 2020");
        assertThat(c.reference().type()).isEqualTo(ItemType.LEGAL_CASE);
        assertThat(c.reference().title()).isEqualTo("In re Widget Sys. Privacy Litig.");
        assertThat(c.locator()).isEqualTo(Locator.page("1211, 1216"));
    }
}

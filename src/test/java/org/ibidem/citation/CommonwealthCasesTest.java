package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;

import org.ibidem.reference.ItemType;
import org.ibidem.reference.Locator;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;

/**
 * English and Commonwealth cases cited by their law reports, in OSCOLA and as Chicago writes them (CMOS 14.305).
 * Each note is written for this test.
 */
class CommonwealthCasesTest {

    @Test
    void readsTheCourtAfterTheFirstPageAndThePageCitedAfterTheCourt() {
        FullCitation c = (FullCitation) only("Roe v Poe [1932] AC 562 (HL) 580.");
        Reference r = c.reference();
        assertThat(r.type()).isEqualTo(ItemType.LEGAL_CASE);
        assertThat(r.title()).isEqualTo("Roe v Poe");
        assertThat(r.containerTitle()).isEqualTo("AC");
        assertThat(r.page()).isEqualTo("562");
        assertThat(r.authority()).isEqualTo("HL");
        assertThat(r.issued()).isEqualTo(PartialDate.ofYear(1932));
        assertThat(c.locator()).isEqualTo(Locator.page("580"));
        assertThat(c.suffix()).isNull();
    }

    @Test
    void readsACaseAsChicagoWritesItWithACommaAndAnAbbreviatedReport() {
        FullCitation c = (FullCitation) only("Harbour Trustees v. Blane, [1854] 2 Macq. 101 (HL).");
        Reference r = c.reference();
        assertThat(r.type()).isEqualTo(ItemType.LEGAL_CASE);
        assertThat(r.title()).isEqualTo("Harbour Trustees v. Blane");
        assertThat(r.volume()).isEqualTo("2");
        assertThat(r.containerTitle()).isEqualTo("Macq.");
        assertThat(r.page()).isEqualTo("101");
        assertThat(r.authority()).isEqualTo("HL");
        assertThat(c.locator()).isNull();
    }

    @Test
    void keepsAnExplanatoryParentheticalAfterTheCourtAsTheSuffix() {
        FullCitation c = (FullCitation) only("Ridley v. Bowden, [1964] AC 40 (HL) (appeal taken from Eng.).");
        assertThat(c.reference().authority()).isEqualTo("HL");
        assertThat(c.suffix()).isEqualTo("(appeal taken from Eng.)");
    }

    @Test
    void readsAReportNumberedByVolumeWithTheYearOfDecisionInRoundBrackets() {
        FullCitation c = (FullCitation) only("R v Dunmore (1990) 91 Cr App R 1, 4.");
        Reference r = c.reference();
        assertThat(r.type()).isEqualTo(ItemType.LEGAL_CASE);
        assertThat(r.title()).isEqualTo("R v Dunmore");
        assertThat(r.volume()).isEqualTo("91");
        assertThat(r.containerTitle()).isEqualTo("Cr App R");
        assertThat(r.page()).isEqualTo("1");
        assertThat(r.issued()).isEqualTo(PartialDate.ofYear(1990));
        assertThat(c.locator()).isEqualTo(Locator.page("4"));
    }

    @Test
    void readsACaseOfOneParty() {
        FullCitation c = (FullCitation) only("Re Dunmore's Settlement (1990) 91 Cr App R 1.");
        assertThat(c.reference().type()).isEqualTo(ItemType.LEGAL_CASE);
        assertThat(c.reference().title()).isEqualTo("Re Dunmore's Settlement");
        assertThat(c.reference().volume()).isEqualTo("91");
    }

    @Test
    void readsANeutralCitationWithItsReportAndKeepsTheReportAsWritten() {
        FullCitation c = (FullCitation) only("Caldwell v Grey [2001] EWCA Civ 1117, [2001] 1 WLR 2112 [42] "
                + "(Lord Hale).");
        Reference r = c.reference();
        assertThat(r.title()).isEqualTo("Caldwell v Grey");
        assertThat(r.containerTitle()).isEqualTo("EWCA Civ");
        assertThat(r.page()).isEqualTo("1117");
        assertThat(c.locator()).isEqualTo(new Locator("paragraph", "[42]"));
        assertThat(c.suffix()).isEqualTo("[2001] 1 WLR 2112 (Lord Hale)");
    }

    @Test
    void leavesAYearInRoundBracketsWithoutAVolumeToTheOtherReaders() {
        Citation c = only("Smith v Jones (1990) Oxford Press 5.");
        assertThat(c instanceof FullCitation f && f.reference().type() == ItemType.LEGAL_CASE).isFalse();
    }
}

package org.ibidem.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;

/** {@link LegalYears}: the year of an Act's short title and of an English report, as a note style cites them. */
class LegalYearsTest {

    private static Map<String, Object> inNotes(Reference ref) {
        Map<String, Object> item = CslMapper.toJson(ref, "item-0");
        LegalYears.inNotes(ref, item);
        return item;
    }

    private static Reference.Builder act(String title, PartialDate issued) {
        return Reference.builder(ItemType.LEGISLATION).title(title).issued(issued);
    }

    private static Reference.Builder englishCase(String report, String volume, int year) {
        return Reference.builder(ItemType.LEGAL_CASE).title("Smith v Jones").containerTitle(report).volume(volume)
                .page("155").issued(PartialDate.ofYear(year));
    }

    @Test
    void leavesOutTheYearAnActsShortTitleEndsWith() {
        assertThat(inNotes(act("Harbours Act 1964", PartialDate.ofYear(1964)).build())).doesNotContainKey("issued");
        // A session law's title holds more than its year; another year, or a full date, is more than the title says.
        assertThat(inNotes(act("Civil Rights Act of 1964, Pub. L. No. 88-352", PartialDate.ofYear(1964)).build()))
                .containsKey("issued");
        assertThat(inNotes(act("Harbours Act 1964", PartialDate.ofYear(1966)).build())).containsKey("issued");
        assertThat(inNotes(act("Harbours Act 1964", PartialDate.of(1964, 7, 31)).build())).containsKey("issued");
        assertThat(inNotes(Reference.builder(ItemType.BOOK).title("London 1964").issued(PartialDate.ofYear(1964))
                .build())).containsKey("issued");
    }

    @Test
    void writesTheYearOfAnEnglishReportBeforeItsVolume() {
        Map<String, Object> kb = inNotes(englishCase("KB", "2", 1901).build());
        assertThat(kb).containsEntry("volume", "[1901] 2").doesNotContainKey("issued");
        assertThat(inNotes(englishCase("UKSC", null, 2019).build())).containsEntry("volume", "[2019]");
        Map<String, Object> american = inNotes(englishCase("U.S.", "550", 2007).build());
        assertThat(american).containsEntry("volume", "550").containsKey("issued");
    }

    @Test
    void leavesAVolumeThatAlreadyHoldsTheYearAsItIs() {
        // Data read from CSL-JSON may carry the year in the volume already.
        assertThat(inNotes(englishCase("AC", "[1932] 1", 1932).build())).containsEntry("volume", "[1932] 1")
                .containsKey("issued");
        assertThat(inNotes(englishCase("AC", "1932", 1932).build())).containsEntry("volume", "1932");
    }
}

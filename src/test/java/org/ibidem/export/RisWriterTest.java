package org.ibidem.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ibidem.reference.FieldSamples;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** RIS records as Zotero reads them back: type codes, one tag a line, pages split, dates in RIS's own form. */
class RisWriterTest {

    private static String ris(Reference r) {
        return Exporter.of(ExportFormat.RIS).export(List.of(r));
    }

    private static final Reference RUSH = Reference.builder(ItemType.ARTICLE_JOURNAL).id("rush")
            .authors(List.of(Name.of("Rush", "Myron"), new Name("Linden", "Carl", "van der", "Jr.", null)))
            .editors(List.of(Name.of("Lee", "Tom")))
            .title("The Khrushchev Succession Problem").containerTitle("World Politics")
            .volume("14").issue("2").page("189–225").issued(new PartialDate(1969, 12, 0, 1, null))
            .doi("10.2307/2009514").url("https://example.org/rush").accessed(PartialDate.of(2020, 5, 3))
            .build();

    @ParameterizedTest
    @CsvSource({"BOOK, BOOK", "CHAPTER, CHAP", "ARTICLE_JOURNAL, JOUR", "ARTICLE_MAGAZINE, MGZN",
            "ARTICLE_NEWSPAPER, NEWS", "WEBPAGE, ELEC", "THESIS, THES", "REPORT, RPRT", "LEGAL_CASE, CASE",
            "LEGISLATION, STAT", "MOTION_PICTURE, MPCT", "MANUSCRIPT, MANSCPT", "PERSONAL_COMMUNICATION, PCOMM"})
    void writesZoterosTypeCode(ItemType type, String code) {
        assertThat(ris(Reference.builder(type).build())).startsWith("TY  - " + code + "\r\n");
    }

    @Test
    void writesALetterWithARecipientAsZoterosLetter() {
        Reference letter = Reference.builder(ItemType.MANUSCRIPT).authors(List.of(Name.of("Mao", "Zedong")))
                .recipients(List.of(Name.of("Stalin", "Joseph"))).genre("letter").build();
        assertThat(ris(letter)).startsWith("TY  - PCOMM\r\n").contains("A2  - Stalin, Joseph\r\n")
                .contains("M3  - letter\r\n");
    }

    @Test
    void writesEachFactUnderItsTag() {
        assertThat(ris(RUSH).split("\r\n")).containsExactly(
                "TY  - JOUR",
                "AU  - Rush, Myron",
                "AU  - van der Linden, Carl, Jr.",
                "ED  - Lee, Tom",
                "TI  - The Khrushchev Succession Problem",
                "T2  - World Politics",
                "VL  - 14",
                "IS  - 2",
                "SP  - 189",
                "EP  - 225",
                "PY  - 1969",
                "DA  - 1969/12//to 1970/01",
                "Y2  - 2020/05/03/",
                "UR  - https://example.org/rush",
                "DO  - 10.2307/2009514",
                "ER  - ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1954|0|0|| 1954///", "1956|2|25||1956/02/25/", "2003|0|0|Spring|2003///Spring"})
    void writesDatesAsRisDoes(int year, int month, int day, String season, String written) {
        assertThat(RisWriter.date(new PartialDate(year, month, day, 0, season))).isEqualTo(written.strip());
    }

    @Test
    void keepsAListOfPageRangesWhole() {
        assertThat(ris(Reference.builder(ItemType.CHAPTER).page("79-80, 85-86").build()))
                .contains("SP  - 79-80, 85-86\r\n").doesNotContain("EP  -");
    }

    @ParameterizedTest
    @EnumSource(ItemType.class)
    void putsWhatHasNoTagInOneNote(ItemType type) {
        String ris = ris(FieldSamples.all(type));
        assertThat(ris).containsOnlyOnce("N1  - ").contains("event-place: v-event-place")
                .contains("authority: v-authority").endsWith("ER  - \r\n\r\n");
    }
}

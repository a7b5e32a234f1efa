package org.ibidem.style;

import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLType;
import java.util.List;
import org.ibidem.reference.CslField;
import org.ibidem.reference.FieldSamples;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CslMapperTest {

    @ParameterizedTest
    @EnumSource(ItemType.class)
    void mapsEveryItemTypeToTheCslTypeOfTheSameName(ItemType type) {
        CSLItemData item = CslMapper.toItem(Reference.builder(type).title("T").build(), "item-0");

        assertThat(item.getType()).isEqualTo(CSLType.fromString(type.cslName()));
        assertThat(item.getType().toString()).isEqualTo(type.cslName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SPQR: A History of Ancient Rome | SPQR",
        "The Death and Life of Great American Cities | ",
        "Brothers in Arms: The Rise and Fall of the Sino-Soviet Alliance, 1945-1963 | Brothers in Arms",
    })
    void givesTheMainTitleBeforeTheColonAsChicagosShortTitle(String title, String shortTitle) {
        CSLItemData item = CslMapper.toItem(Reference.builder(ItemType.BOOK).title(title).build(), "item-0");

        assertThat(item.getTitle()).isEqualTo(title);
        assertThat(item.getTitleShort()).isEqualTo(shortTitle);
    }

    @Test
    void leavesOutATitleThatOnlyRepeatsTheGenre() {
        // "Ruth Adler, interview by the author, May 3, 2001": no title, only a description of the document.
        Reference interview = Reference.builder(ItemType.INTERVIEW).authors(List.of(Name.of("Adler", "Ruth")))
                .title("interview by the author").genre("interview by the author")
                .issued(PartialDate.of(2001, 5, 3)).build();
        Reference titled = Reference.builder(ItemType.INTERVIEW).authors(List.of(Name.of("Adler", "Ruth")))
                .title("Memories of the Harbour").genre("interview by the author").build();

        CSLItemData untitled = CslMapper.toItem(interview, "item-0");
        assertThat(untitled.getTitle()).isNull();
        assertThat(untitled.getTitleShort()).isNull();
        assertThat(untitled.getGenre()).isEqualTo("interview by the author");
        assertThat(CslMapper.toItem(titled, "item-1").getTitle()).isEqualTo("Memories of the Harbour");
    }

    @Test
    void mapsEveryFieldOfAReference() {
        Reference ref = Reference.builder(ItemType.CHAPTER)
                .id("own-id")
                .authors(List.of(Name.of("Chen", "Jian")))
                .editors(List.of(Name.of("Westad", "Odd Arne")))
                .translators(List.of(Name.of("Yang", "Kuisong")))
                .title("Chinese Politics")
                .containerTitle("Brothers in Arms")
                .collectionTitle("Cold War International History Project Series")
                .volume("1").numberOfVolumes("2").issue("3/4").edition("rev.")
                .page("246-294")
                .publisher("Stanford University Press").publisherPlace("Stanford, CA")
                .issued(PartialDate.ofYear(1998))
                .accessed(PartialDate.of(2024, 3, 1))
                .originalDate(PartialDate.ofYear(1996))
                .url("https://example.org/chen").doi("10.1000/xyz")
                .genre("memorandum of conversation")
                .archive("Wilson Center Digital Archive").archiveLocation("box 3, folder 12")
                .eventPlace("Beijing")
                .note("Translated from the Chinese")
                .build();

        CSLItemData item = CslMapper.toItem(ref, "item-7");

        assertThat(item.getId()).isEqualTo("item-7");
        assertThat(item.getAuthor()).extracting(CSLName::getFamily).containsExactly("Chen");
        assertThat(item.getEditor()).extracting(CSLName::getFamily).containsExactly("Westad");
        assertThat(item.getTranslator()).extracting(CSLName::getGiven).containsExactly("Kuisong");
        assertThat(item.getTitle()).isEqualTo("Chinese Politics");
        assertThat(item.getContainerTitle()).isEqualTo("Brothers in Arms");
        assertThat(item.getCollectionTitle()).isEqualTo("Cold War International History Project Series");
        assertThat(item.getVolume()).isEqualTo("1");
        assertThat(item.getNumberOfVolumes()).isEqualTo("2");
        assertThat(item.getIssue()).isEqualTo("3/4");
        assertThat(item.getEdition()).isEqualTo("rev.");
        assertThat(item.getPage()).isEqualTo("246-294");
        assertThat(item.getPublisher()).isEqualTo("Stanford University Press");
        assertThat(item.getPublisherPlace()).isEqualTo("Stanford, CA");
        assertThat(item.getIssued().getDateParts()).isEqualTo(new int[][] {{1998}});
        assertThat(item.getAccessed().getDateParts()).isEqualTo(new int[][] {{2024, 3, 1}});
        assertThat(item.getOriginalDate().getDateParts()).isEqualTo(new int[][] {{1996}});
        assertThat(item.getURL()).isEqualTo("https://example.org/chen");
        assertThat(item.getDOI()).isEqualTo("10.1000/xyz");
        assertThat(item.getGenre()).isEqualTo("memorandum of conversation");
        assertThat(item.getArchive()).isEqualTo("Wilson Center Digital Archive");
        assertThat(item.getArchiveLocation()).isEqualTo("box 3, folder 12");
        assertThat(item.getEventPlace()).isEqualTo("Beijing");
        assertThat(item.getNote()).isEqualTo("Translated from the Chinese");
    }

    @ParameterizedTest
    @EnumSource(CslField.class)
    void passesEveryVariableOfTheFieldTableToCiteproc(CslField field) {
        CSLItemData empty = CslMapper.toItem(Reference.builder(ItemType.BOOK).build(), "item-0");
        CSLItemData item = CslMapper.toItem(FieldSamples.only(field, ItemType.BOOK), "item-0");

        assertThat(item).as(field.variable()).isNotEqualTo(empty);
    }

    @Test
    void givesALegalCaseItsCourtAsAuthority() {
        Reference dennis = Reference.builder(ItemType.LEGAL_CASE).title("United States v. Dennis").authority("2d Cir.")
                .build();
        CSLItemData item = CslMapper.toItem(dennis, "dennis1950");

        assertThat(item.getType()).isEqualTo(CSLType.LEGAL_CASE);
        assertThat(item.getAuthority()).isEqualTo("2d Cir.");
    }

    @Test
    void leavesNameVariablesAbsentWhenThereAreNoNames() {
        CSLItemData item = CslMapper.toItem(Reference.builder(ItemType.BOOK).title("Anonymous").build(), "item-0");

        assertThat(item.getAuthor()).isNull();
        assertThat(item.getEditor()).isNull();
        assertThat(item.getTranslator()).isNull();
        assertThat(item.getIssued()).isNull();
    }

    @Test
    void keepsACorporateNameWholeAsALiteral() {
        CSLName name = authorOf(Name.literal("People's Press Editorial"));

        assertThat(name.getLiteral()).isEqualTo("People's Press Editorial");
        assertThat(name.getFamily()).isNull();
        assertThat(name.getGiven()).isNull();
    }

    @Test
    void mapsTheParticleAndSuffixOfAPersonalName() {
        CSLName name = authorOf(new Name("Beethoven", "Ludwig", "van", "Jr.", null));

        assertThat(name.getFamily()).isEqualTo("Beethoven");
        assertThat(name.getGiven()).isEqualTo("Ludwig");
        assertThat(name.getNonDroppingParticle()).isEqualTo("van");
        assertThat(name.getSuffix()).isEqualTo("Jr.");
        assertThat(name.getLiteral()).isNull();
    }

    @Test
    void mapsAMonthSpanToADateRange() {
        CSLDate date = CslMapper.date(new PartialDate(1969, 7, 0, 10, null));

        assertThat(date.getDateParts()).isEqualTo(new int[][] {{1969, 7}, {1969, 10}});
    }

    @Test
    void letsAMonthSpanThatRunsBackwardsEndInTheNextYear() {
        CSLDate date = CslMapper.date(new PartialDate(1969, 12, 0, 1, null));

        assertThat(date.getDateParts()).isEqualTo(new int[][] {{1969, 12}, {1970, 1}});
    }

    @Test
    void mapsYearMonthAndDay() {
        assertThat(CslMapper.date(PartialDate.of(1956, 12, 29)).getDateParts()).isEqualTo(new int[][] {{1956, 12, 29}});
        assertThat(CslMapper.date(PartialDate.of(1956, 12, 0)).getDateParts()).isEqualTo(new int[][] {{1956, 12}});
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Spring, 1", "Summer, 2", "Fall, 3", "autumn, 3", "Winter, 4"})
    void numbersTheSeasonsAsCslDoes(String season, String number) {
        CSLDate date = CslMapper.date(new PartialDate(2003, 0, 0, 0, season));

        assertThat(date.getDateParts()).isEqualTo(new int[][] {{2003}});
        assertThat(date.getSeason()).isEqualTo(number);
    }

    @Test
    void keepsASeasonCslHasNoNumberForAsText() {
        assertThat(CslMapper.date(new PartialDate(2003, 0, 0, 0, "Midsummer")).getSeason()).isEqualTo("Midsummer");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "1, 1st", "2, 2nd", "3, 3rd", "4, 4th", "11, 11th", "12, 12th", "13, 13th", "21, 21st", "22, 22nd",
        "101, 101st", "111, 111th", "2nd, 2nd", "rev., rev.", "2nd rev., 2nd rev.",
    })
    void writesANumberedEditionAsAnEnglishOrdinal(String edition, String expected) {
        assertThat(CslMapper.edition(edition)).isEqualTo(expected);
    }

    private static CSLName authorOf(Name name) {
        return CslMapper.toItem(Reference.builder(ItemType.BOOK).authors(List.of(name)).build(), "item-0")
                .getAuthor()[0];
    }
}

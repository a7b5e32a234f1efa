package org.ibidem.bibtex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class BibTeXExporterTest {

    private final BibTeXExporter exporter = new BibTeXExporter();

    @Test
    void javadocExampleWritesABookEntry() {
        Reference shen = Reference.builder(ItemType.BOOK)
                .authors(List.of(Name.of("Shen", "Zhihua")))
                .title("Reviewing and Reconsidering the History of Sino-Soviet Relations")
                .publisherPlace("Beijing").publisher("Social Sciences Academic Press")
                .issued(PartialDate.ofYear(2016))
                .build();
        String bib = new BibTeXExporter().export(List.of(shen));

        assertThat(bib).startsWith("@book{shen2016,\n\tauthor = {Shen, Zhihua},").endsWith("}\n");
    }

    // ---- entry types

    @ParameterizedTest(name = "{0} -> @{1}")
    @CsvSource({
        "BOOK,               book",
        "CHAPTER,            incollection",
        "ARTICLE_JOURNAL,    article",
        "ARTICLE_MAGAZINE,   article",
        "ARTICLE_NEWSPAPER,  article",
        "THESIS,             mastersthesis",
        "REPORT,             techreport",
        "PAPER_CONFERENCE,   inproceedings",
        "WEBPAGE,            misc",
        "POST_WEBLOG,        misc",
        "MANUSCRIPT,         misc",
        "DOCUMENT,           misc",
        "SPEECH,             misc",
        "INTERVIEW,          misc",
        "LEGISLATION,        misc",
        "ENTRY_DICTIONARY,   misc",
        "ENTRY_ENCYCLOPEDIA, misc",
        "ARTICLE,            misc",
    })
    void writesTheEntryTypeOfEachItemType(ItemType type, String entryType) {
        Reference reference = Reference.builder(type).id("x").title("Anything").build();

        assertThat(exporter.export(List.of(reference))).startsWith("@" + entryType + "{x,\n");
    }

    @ParameterizedTest(name = "{0} -> @{1}")
    @CsvSource(delimiter = '|', value = {
        "PhD diss.           | phdthesis",
        "Ph.D. dissertation  | phdthesis",
        "doctoral thesis     | phdthesis",
        "Diss., Yale         | phdthesis",
        "master's thesis     | mastersthesis",
        "MA thesis           | mastersthesis",
        "                    | mastersthesis",
    })
    void choosesTheThesisTypeByGenre(String genre, String entryType) {
        Reference thesis = Reference.builder(ItemType.THESIS).id("x").genre(genre).build();

        assertThat(exporter.export(List.of(thesis))).startsWith("@" + entryType + "{x,");
    }

    @ParameterizedTest(name = "{0}: publisher in {1}")
    @CsvSource({
        "THESIS,           school",
        "REPORT,           institution",
        "BOOK,             publisher",
        "CHAPTER,          publisher",
        "PAPER_CONFERENCE, publisher",
    })
    void writesThePublisherWhereTheEntryTypeExpectsIt(ItemType type, String field) {
        Reference reference = Reference.builder(type).id("x").publisher("Yale University").build();

        assertThat(field(reference, field)).isEqualTo("Yale University");
    }

    // ---- text

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Rowman & Littlefield | Rowman {\\&} Littlefield",
        "A 50% Cut            | A 50{\\%} Cut",
        "US$300 Million       | US{\\$}300 Million",
        "Item #7              | Item {\\#}7",
        "Press_Office         | Press{\\_}Office",
        "{Draft} Press        | {\\textbraceleft}Draft{\\textbraceright} Press",
        "C:\\Archive          | C:{\\textbackslash}Archive",
        "Tilde ~ Caret ^      | Tilde {\\textasciitilde} Caret {\\textasciicircum}",
        "Verlag Österreich    | Verlag Österreich",
        "社会科学文献出版社     | 社会科学文献出版社",
    })
    void escapesWhatLaTeXWouldReadAsMarkup(String publisher, String written) {
        Reference reference = Reference.builder(ItemType.BOOK).id("x").publisher(publisher).build();

        assertThat(field(reference, "publisher")).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "After Khrushchev: Problems of Succession in the Soviet Union"
                + " | {After Khrushchev}: {Problems} of {Succession} in the {Soviet Union}",
        "Reviewing and Reconsidering the History of Sino-Soviet Relations"
                + " | {Reviewing} and {Reconsidering} the {History} of {Sino-Soviet Relations}",
        "the \"Secret Speech\" revisited | the \"{Secret Speech}\" revisited",
        "AT&T and the USSR               | {AT{\\&}T} and the {USSR}",
        "(Beijing) 1956-1966             | ({Beijing}) 1956-1966",
        "Über die Sowjetunion            | {Über} die {Sowjetunion}",
        "all lower case                  | all lower case",
    })
    void protectsCapitalisedWordsInTitles(String title, String written) {
        Reference reference = Reference.builder(ItemType.BOOK).id("x").title(title).build();

        assertThat(field(reference, "title")).isEqualTo(written);
    }

    @Test
    void protectsCapitalsInBooktitlesButNotInJournals() {
        Reference chapter = Reference.builder(ItemType.CHAPTER).id("x").containerTitle("Brothers in Arms").build();
        Reference article = Reference.builder(ItemType.ARTICLE_JOURNAL).id("x")
                .containerTitle("Studies in Comparative Communism").build();

        assertThat(field(chapter, "booktitle")).isEqualTo("{Brothers} in {Arms}");
        assertThat(field(article, "journal")).isEqualTo("Studies in Comparative Communism");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "189-225       | 189--225",
        "79-80, 85-86  | 79--80, 85--86",
        "xii–xv        | xii--xv",
        "566--582      | 566--582",
        "12            | 12",
    })
    void writesPageRangesWithADoubleHyphen(String page, String written) {
        Reference reference = Reference.builder(ItemType.ARTICLE_JOURNAL).id("x").page(page).build();

        assertThat(field(reference, "pages")).isEqualTo(written);
    }

    @Test
    void writesUrlsAndDoisUnescaped() {
        Reference reference = Reference.builder(ItemType.ARTICLE_JOURNAL).id("x")
                .url("https://example.org/search?q=sino_soviet&p=100%25")
                .doi("10.1162/jcws_a_00001")
                .build();

        assertThat(field(reference, "url")).isEqualTo("https://example.org/search?q=sino_soviet&p=100%25");
        assertThat(field(reference, "doi")).isEqualTo("10.1162/jcws_a_00001");
    }

    @Test
    void percentEncodesWhatWouldBreakTheFileInAUrl() {
        Reference reference = Reference.builder(ItemType.WEBPAGE).id("x")
                .url("https://example.org/{id}\\file name").build();

        assertThat(field(reference, "url")).isEqualTo("https://example.org/%7Bid%7D%5Cfile%20name");
    }

    // ---- names

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of(Name.of("Shen", "Zhihua"), "Shen, Zhihua"),
                Arguments.of(new Name("Linden", "Marcel", "van der", null, null), "van der Linden, Marcel"),
                Arguments.of(new Name("King", "Martin Luther", null, "Jr.", null), "King, Jr., Martin Luther"),
                // "King, Jr.," would be an error to bibtex and biber: without a given name, one braced group.
                Arguments.of(new Name("King", null, null, "Jr.", null), "{King, Jr.}"),
                Arguments.of(new Name("Gaulle", null, "de", "Jr.", null), "de {Gaulle, Jr.}"),
                Arguments.of(Name.of("Lüthi", "Lorenz M."), "Lüthi, Lorenz M."),
                Arguments.of(Name.of("Plato", null), "Plato"),
                Arguments.of(Name.literal("People's Press Editorial"), "{People's Press Editorial}"),
                Arguments.of(Name.literal("Editorial Departments of Renmin Ribao and Hongqi"),
                        "{Editorial Departments of Renmin Ribao and Hongqi}"),
                Arguments.of(Name.literal("Rowman & Littlefield"), "{Rowman {\\&} Littlefield}"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("names")
    void writesNamesFamilyFirstAndCorporateNamesWhole(Name name, String written) {
        Reference reference = Reference.builder(ItemType.BOOK).id("x").authors(List.of(name)).build();

        assertThat(field(reference, "author")).isEqualTo(written);
    }

    @Test
    void joinsSeveralNamesWithAnd() {
        assertThat(field(Sources.MARX_ENGELS, "author")).isEqualTo("Marx, Karl and Engels, Frederick");
    }

    @Test
    void writesEditorsAndTranslatorsInTheirOwnFields() {
        Reference reference = Reference.builder(ItemType.BOOK).id("x")
                .editors(List.of(Name.of("Westad", "Odd Arne")))
                .translators(List.of(Name.of("Moore", "Samuel")))
                .build();

        assertThat(field(reference, "editor")).isEqualTo("Westad, Odd Arne");
        assertThat(field(reference, "translator")).isEqualTo("Moore, Samuel");
    }

    // ---- dates

    static Stream<Arguments> months() {
        return Stream.of(
                Arguments.of(PartialDate.of(1956, 12, 29), "month = dec"),
                Arguments.of(PartialDate.of(1947, 7, 0), "month = jul"),
                Arguments.of(new PartialDate(1969, 7, 0, 10, null), "month = jul # {/} # oct"),
                Arguments.of(new PartialDate(2003, 0, 0, 0, "Spring"), "month = {Spring}"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("months")
    void writesMonthsAsTheStandardMacros(PartialDate issued, String written) {
        Reference reference = Reference.builder(ItemType.ARTICLE_JOURNAL).id("x").issued(issued).build();

        assertThat(exporter.export(List.of(reference))).contains("\tyear = {" + issued.year() + "},\n\t" + written);
    }

    @Test
    void writesNoMonthForAYearAlone() {
        assertThat(exporter.export(List.of(Sources.SHEN))).contains("year = {2016}").doesNotContain("month");
    }

    @Test
    void writesTheAccessDateAsUrldate() {
        assertThat(field(Sources.WIKIPEDIA, "urldate")).isEqualTo("2024-05-01");
    }

    // ---- what has no field of its own

    @Test
    void writesContainerOrArchiveOfAMiscEntryAsHowpublished() {
        assertThat(field(Sources.WIKIPEDIA, "howpublished")).isEqualTo("Wikipedia");
        assertThat(field(Sources.MAO_YUDIN, "howpublished")).isEqualTo("Wilson Center Digital Archive");
    }

    @Test
    void keepsWhatATypeHasNoFieldForInTheNote() {
        Reference letter = Reference.builder(ItemType.DOCUMENT).id("x")
                .genre("letter")
                .containerTitle("Cold War International History Project Bulletin")
                .archive("Archive of the President of the Russian Federation")
                .archiveLocation("fond 45, opis 1, delo 331")
                .note("translated by Sergey Radchenko")
                .build();

        assertThat(field(letter, "howpublished")).isEqualTo("Cold War International History Project Bulletin");
        assertThat(field(letter, "note")).isEqualTo("letter, fond 45, opis 1, delo 331,"
                + " Archive of the President of the Russian Federation, translated by Sergey Radchenko");
    }

    @Test
    void writesTheGenreOfThesesAndReportsAsTheirType() {
        assertThat(field(Sources.LUTHI, "type")).isEqualTo("PhD diss.");
        assertThat(field(Sources.CIA, "type")).isEqualTo("Intelligence Report");
    }

    // ---- keys

    @Test
    void generatesTheKeyFromFamilyNameAndYear() {
        Reference shen = Sources.SHEN.withId(null);

        assertThat(exporter.export(List.of(shen))).startsWith("@book{shen2016,");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(quoteCharacter = '"', value = {
        "Lüthi,      luthi2003",
        "Østergaard, ostergaard2003",
        "Łuczak,     luczak2003",
        "Straße,     strasse2003",
        "O'Neill,    oneill2003",
    })
    void foldsGeneratedKeysToAscii(String family, String key) {
        Reference reference = Reference.builder(ItemType.BOOK)
                .authors(List.of(Name.of(family, "Anna"))).issued(PartialDate.ofYear(2003)).build();

        assertThat(keys(reference)).containsExactly(key);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "shen2016       | shen2016",
        "Shen2016       | Shen2016",
        "lüthi 2003     | luthi2003",
        "item/12#b      | item12b",
        "wilson:doc-117 | wilson:doc-117",
        "-_rush1969     | rush1969",
    })
    void makesIdsSafeKeys(String id, String key) {
        assertThat(keys(Sources.SHEN.withId(id))).containsExactly(key);
    }

    @Test
    void fallsBackToTheTitleWhenThereIsNoName() {
        assertThat(keys(Sources.WIKIPEDIA.withId(null))).containsExactly("sinosoviet");
    }

    @Test
    void fallsBackToRefWhenNothingFoldsToAscii() {
        assertThat(keys(Sources.SHEN_ZH.withId(null))).containsExactly("ref2016");
    }

    @Test
    void keepsBothEntriesWhenIdsDifferOnlyInCase() throws ParseException {
        Reference upper = Sources.SHEN.withId("Shen2016");
        Reference lower = Sources.SHEN_ZH.withId("shen2016");

        BibTeXDatabase database = parse(exporter.export(List.of(upper, lower)));

        assertThat(database.getEntries()).hasSize(2);
        assertThat(database.getEntries().keySet()).extracting(Key::getValue).containsExactly("Shen2016", "shen2016a");
        assertThat(database.resolveEntry(new Key("shen2016a")).getField(BibTeXEntry.KEY_TITLE).toUserString())
                .isEqualTo("中苏关系史纲");
    }

    @Test
    void suffixesRepeatedKeysWithLetters() throws ParseException {
        Reference shen = Sources.SHEN.withId(null);
        List<Reference> three = List.of(shen, Sources.SHEN_ZH.withId(null).toBuilder()
                .authors(shen.authors()).build(), shen);

        BibTeXDatabase database = parse(exporter.export(three));

        assertThat(database.getEntries().keySet()).extracting(Key::getValue)
                .containsExactly("shen2016", "shen2016a", "shen2016b");
    }

    @Test
    void neverGivesAwayAKeyAnotherReferenceAskedFor() {
        Reference generated = Sources.SHEN.withId(null);
        Reference asked = Sources.SHEN_ZH.withId("shen2016a");

        assertThat(keys(generated, generated, asked)).containsExactly("shen2016", "shen2016b", "shen2016a");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0, a", "1, b", "25, z", "26, aa", "27, ab", "701, zz", "702, aaa"})
    void countsSuffixesLikeSpreadsheetColumns(int n, String suffix) {
        assertThat(CitationKeys.suffix(n)).isEqualTo(suffix);
    }

    // ---- the exporter itself

    @Test
    void writesNothingForNoReferences() {
        assertThat(exporter.export(List.of())).isEmpty();
    }

    @Test
    void writesTheSameTextToAWriter() throws IOException {
        StringWriter out = new StringWriter();

        exporter.export(Sources.ALL, out);

        assertThat(out).hasToString(exporter.export(Sources.ALL));
    }

    @Test
    void keepsTheOrderOfTheReferences() throws ParseException {
        BibTeXDatabase database = parse(exporter.export(Sources.ALL));

        assertThat(database.getEntries().keySet()).extracting(Key::getValue).startsWith(
                "shen2016", "shen2016zh", "rush1969", "marx1848", "peoplespress1956");
    }

    @Test
    void rejectsAMissingList() {
        assertThatNullPointerException().isThrownBy(() -> exporter.export(null)).withMessage("references");
    }

    private List<String> keys(Reference... references) {
        return CitationKeys.assign(Arrays.asList(references));
    }

    /** The text between the braces of one field of the only entry, as written. */
    private String field(Reference reference, String field) {
        try {
            BibTeXDatabase database = parse(exporter.export(List.of(reference)));
            BibTeXEntry entry = new ArrayList<>(database.getEntries().values()).get(0);
            return entry.getField(new Key(field)).toUserString();
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }

    private static BibTeXDatabase parse(String bibtex) throws ParseException {
        return new BibTeXParser().parse(new StringReader(bibtex));
    }
}

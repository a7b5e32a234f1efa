package org.ibidem.bibtex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** BibLaTeX export: biblatex's entry types, whole dates, and the fields classic BibTeX has no room for. */
class BibLaTeXExportTest {

    private static final BibTeXExporter BIBLATEX = new BibTeXExporter().dialect(BibTeXExporter.Dialect.BIBLATEX);

    private static BibTeXEntry entry(Reference r) throws Exception {
        BibTeXDatabase db = new BibTeXParser().parse(new StringReader(BIBLATEX.export(List.of(r))));
        return db.getEntries().values().iterator().next();
    }

    private static String field(Reference r, String field) throws Exception {
        var value = entry(r).getField(new Key(field));
        return value == null ? null : value.toUserString();
    }

    static List<Arguments> dates() {
        return List.of(
                Arguments.of(PartialDate.of(1956, 2, 25), "1956-02-25"),
                Arguments.of(PartialDate.ofYear(2016), "2016"),
                Arguments.of(new PartialDate(1969, 7, 0, 10, null), "1969-07/1969-10"),
                Arguments.of(new PartialDate(1969, 12, 0, 1, null), "1969-12/1970-01"),
                Arguments.of(new PartialDate(2003, 0, 0, 0, "Spring"), "2003-21"),
                Arguments.of(new PartialDate(2003, 0, 0, 0, "Winter"), "2003-24"));
    }

    @ParameterizedTest
    @MethodSource("dates")
    void writesTheWholeDate(PartialDate issued, String written) throws Exception {
        Reference r = Reference.builder(ItemType.ARTICLE_JOURNAL).issued(issued).build();
        assertThat(field(r, "date")).isEqualTo(written);
        assertThat(entry(r).getField(new Key("year"))).isNull();
    }

    @ParameterizedTest
    @CsvSource({"BOOK, book", "ARTICLE_JOURNAL, article", "WEBPAGE, online", "POST_WEBLOG, online",
            "THESIS, thesis", "REPORT, report", "LEGAL_CASE, jurisdiction", "LEGISLATION, legislation",
            "MOTION_PICTURE, movie", "SPEECH, unpublished", "ENTRY_ENCYCLOPEDIA, inreference", "PATENT, patent"})
    void writesBiblatexsEntryType(ItemType type, String entryType) throws Exception {
        assertThat(entry(Reference.builder(type).build()).getType().getValue()).isEqualTo(entryType);
    }

    @Test
    void writesAChapterOfAnEditedBookAsIncollectionAndOfAnAuthoredOneAsInbook() throws Exception {
        Reference.Builder chapter = Reference.builder(ItemType.CHAPTER).title("A Chapter").containerTitle("Big Book");
        assertThat(entry(chapter.build()).getType().getValue()).isEqualTo("inbook");
        assertThat(entry(chapter.editors(List.of(Name.of("Lee", "Tom"))).build()).getType().getValue())
                .isEqualTo("incollection");
        assertThat(field(chapter.build(), "booktitle")).isEqualTo("{Big Book}");
    }

    @Test
    void writesAWebPageWithItsAccessDate() throws Exception {
        Reference page = Reference.builder(ItemType.WEBPAGE).title("Caring").containerTitle("Cat Site")
                .url("https://cats.example.org/").accessed(PartialDate.of(2020, 5, 3)).build();
        assertThat(field(page, "urldate")).isEqualTo("2020-05-03");
        assertThat(field(page, "organization")).isEqualTo("Cat Site");
    }

    @Test
    void writesADirectorAsEditorWithItsType() throws Exception {
        Reference film = Reference.builder(ItemType.MOTION_PICTURE).title("Casablanca")
                .directors(List.of(Name.of("Curtiz", "Michael"))).originalDate(PartialDate.ofYear(1942)).build();
        assertThat(field(film, "editor")).isEqualTo("Curtiz, Michael");
        assertThat(field(film, "editortype")).isEqualTo("director");
        assertThat(field(film, "origdate")).isEqualTo("1942");
    }

    @Test
    void writesPlacesAndJournalsUnderBiblatexsNames() throws Exception {
        Reference article = Reference.builder(ItemType.ARTICLE_NEWSPAPER).containerTitle("El País")
                .publisherPlace("Madrid").build();
        assertThat(field(article, "journaltitle")).isEqualTo("El País");
        assertThat(field(article, "entrysubtype")).isEqualTo("newspaper");
        // biblatex's @article has no location: the city moves to the note rather than be dropped by biber.
        assertThat(field(article, "location")).isNull();
        assertThat(field(article, "note")).isEqualTo("Madrid");
    }

    @Test
    void writesAuthorsCutShortWithEtAlAsAndOthers() throws Exception {
        Reference r = Reference.builder(ItemType.BOOK).authors(List.of(Name.of("Beard", "Mary"), Name.others()))
                .build();
        assertThat(field(r, "author")).isEqualTo("Beard, Mary and others");
        assertThat(new BibTeXExporter().export(List.of(r))).contains("author = {Beard, Mary and others}");
    }

    @Test
    void writesALetterWithItsRecipientAndArchive() throws Exception {
        Reference letter = Reference.builder(ItemType.MANUSCRIPT).authors(List.of(Name.of("Mao", "Zedong")))
                .recipients(List.of(Name.of("Stalin", "Joseph"))).genre("letter").archive("APRF")
                .archiveLocation("fond 45").archivePlace("Moscow").build();
        assertThat(entry(letter).getType().getValue()).isEqualTo("letter");
        assertThat(field(letter, "type")).isEqualTo("letter to Joseph Stalin");
        assertThat(field(letter, "howpublished")).isEqualTo("APRF, Moscow");
        assertThat(field(letter, "note")).isEqualTo("fond 45");
    }
}

package org.ibidem;

import static org.assertj.core.api.Assertions.assertThat;

import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.ibidem.resolution.ResolutionStatus;
import org.ibidem.resolution.ResolvedCitation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code examples/cold-war-reading.txt}, a short essay of our own: books, a journal article, a chapter in an
 * edited volume, a web page, Ibid. with and without a page, short forms, and one deliberate broken chain (an
 * Ibid. after a note that cites two works).
 */
class ColdWarReadingTest {

    private static final Analysis ANALYSIS = Ibidem.analyze(SeedDocument.COLD_WAR_READING);

    private static ResolvedCitation citation(int note, int index) {
        return ANALYSIS.notes().get(note - 1).citations().get(index);
    }

    private static Reference workOf(int note) {
        return ANALYSIS.resolution().source(citation(note, 0).sourceId());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # note.citation | kind  | antecedent | locator | inherited | the note giving the work in full
              1.1           | full  | -          | 5       | false     | 1
              2.1           | ibid  | 1          | 48      | false     | 1
              3.1           | full  | -          | 66      | false     | 3
              4.1           | full  | -          | 503     | false     | 4
              5.1           | full  | -          | 46      | false     | 5
              6.1           | ibid  | 5          | 46      | true      | 5
              7.1           | full  | -          | 355     | false     | 7
              8.1           | full  | -          | -       | false     | 8
              9.1           | short | 1          | 60      | false     | 1
              9.2           | short | 3          | 73      | false     | 3
              11.1          | short | 5          | 80      | false     | 5
            """)
    void resolvesTheNoteAsTheTableSays(String where, String kind, Integer antecedent, String locator,
                                       boolean inherited, int workOf) {
        int note = Integer.parseInt(where.substring(0, where.indexOf('.')));
        int index = Integer.parseInt(where.substring(where.indexOf('.') + 1)) - 1;
        ResolvedCitation c = citation(note, index);

        assertThat(c.kind().jsonName()).isEqualTo(kind);
        assertThat(c.sourceId()).isNotNull().isEqualTo(citation(workOf, 0).sourceId());
        assertThat(kind.equals("full") ? null : c.antecedent() == null ? 0 : c.antecedent().index())
                .isEqualTo(antecedent);
        assertThat(c.locator() == null ? null : c.locator().value()).isEqualTo(locator);
        assertThat(c.locatorInherited()).isEqualTo(inherited);
    }

    @Test
    void leavesTheIbidAfterTwoWorksUnresolved() {
        ResolvedCitation ibid = citation(10, 0);

        assertThat(ibid.status()).isEqualTo(ResolutionStatus.AFTER_SEVERAL);
        assertThat(ibid.sourceId()).isNull();
        assertThat(ibid.antecedent().index()).isEqualTo(9);
        assertThat(ibid.locator().value()).isEqualTo("74");
    }

    @Test
    void findsSixWorks() {
        assertThat(ANALYSIS.sources()).extracting(Reference::type).containsExactly(ItemType.BOOK, ItemType.BOOK,
                ItemType.ARTICLE_JOURNAL, ItemType.BOOK, ItemType.CHAPTER, ItemType.WEBPAGE);
    }

    @Test
    void readsTheJournalArticle() {
        Reference leffler = workOf(4);

        assertThat(leffler.title()).isEqualTo("The Cold War: What Do ‘We Now Know’?");
        assertThat(leffler.containerTitle()).isEqualTo("American Historical Review");
        assertThat(leffler.volume()).isEqualTo("104");
        assertThat(leffler.issue()).isEqualTo("2");
        assertThat(leffler.issued()).isEqualTo(PartialDate.ofYear(1999));
    }

    @Test
    void readsTheChapterWithItsEditorsAndVolume() {
        Reference radchenko = workOf(7);

        assertThat(radchenko.authors()).containsExactly(Name.of("Radchenko", "Sergey"));
        assertThat(radchenko.title()).isEqualTo("The Sino-Soviet Split");
        assertThat(radchenko.containerTitle()).isEqualTo("The Cambridge History of the Cold War");
        assertThat(radchenko.editors()).containsExactly(Name.of("Leffler", "Melvyn P."), Name.of("Westad", "Odd Arne"));
        assertThat(radchenko.volume()).isEqualTo("2");
        assertThat(radchenko.publisher()).isEqualTo("Cambridge University Press");
        assertThat(radchenko.issued()).isEqualTo(PartialDate.ofYear(2010));
    }

    @Test
    void readsTheWebPageWithItsAccessDateAndUrl() {
        Reference page = workOf(8);

        assertThat(page.authors()).isEmpty();
        assertThat(page.title()).isEqualTo("Cold War International History Project");
        assertThat(page.containerTitle()).isEqualTo("Wilson Center");
        assertThat(page.accessed()).isEqualTo(PartialDate.of(2025, 3, 3));
        assertThat(page.url())
                .isEqualTo("https://www.wilsoncenter.org/program/cold-war-international-history-project");
        assertThat(page.issued()).isNull();
    }

    @Test
    void keepsTheAccentOfLuthiInTheNameAndFoldsItInTheId() {
        Reference luthi = workOf(5);

        assertThat(luthi.authors()).containsExactly(Name.of("Lüthi", "Lorenz M."));
        assertThat(luthi.id()).isEqualTo("luthi2008");
        assertThat(luthi.publisherPlace()).isEqualTo("Princeton, NJ");
    }

    @Test
    void findsElevenMarkersForElevenNotes() {
        assertThat(ANALYSIS.document().markers()).hasSize(11);
        assertThat(ANALYSIS.notes()).hasSize(11);
        assertThat(ANALYSIS.diagnostics()).extracting(d -> d.code()).containsExactly("ibid-after-multiple");
    }

    @Test
    void listsTheWorksOfTheWholeDocumentInOrder() {
        assertThat(ANALYSIS.sources()).extracting(Reference::id).containsExactly("gaddis2005", "westad2005",
                "leffler1999", "luthi2008", "radchenko2010", "coldnd");
    }
}

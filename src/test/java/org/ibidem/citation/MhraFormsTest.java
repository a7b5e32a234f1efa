package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;
import static org.ibidem.citation.ParsedCitations.ref;

import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MHRA notes (British theses): titles in single quotation marks, "extent (p. pinpoint)" (issue 14). */
class MhraFormsTest {

    @Test
    void readsAnArticleWithVolumeDotIssueAndThePinpointAfterTheExtent() {
        Citation c = only("Ann Lee, ‘Quays and Docks’, Port Review, 12.3 (Spring 1998), 40–62 (p. 45).");

        Reference r = ref(c);
        assertThat(r.type()).isEqualTo(ItemType.ARTICLE_JOURNAL);
        assertThat(r.authors()).extracting(Name::family).containsExactly("Lee");
        assertThat(r.title()).isEqualTo("Quays and Docks");
        assertThat(r.containerTitle()).isEqualTo("Port Review");
        assertThat(r.volume()).isEqualTo("12");
        assertThat(r.issue()).isEqualTo("3");
        assertThat(r.page()).isEqualTo("40–62");
        assertThat(r.issued().year()).isEqualTo(1998);
        assertThat(c.locator().value()).isEqualTo("45");
    }

    @Test
    void readsBracketedUnnumberedPagesAndAnArticleWithNoAuthor() {
        Citation c = only("‘Long Live the Harbour!’, Tide, 1 (1920), [3–4] ([p. 3]).");

        assertThat(ref(c).title()).isEqualTo("Long Live the Harbour!");
        assertThat(ref(c).containerTitle()).isEqualTo("Tide");
        assertThat(ref(c).authors()).isEmpty();
        assertThat(c.locator().value()).isEqualTo("3");
    }

    @Test
    void readsAPageOrTwoCitedWithPpAsTheLocator() {
        Citation c = only("Dunn, ‘A Letter to Fenn’, Port Review, 6.1–4 (1973), pp. 152–53.");

        assertThat(ref(c).issue()).isEqualTo("1–4");
        assertThat(c.locator().value()).isEqualTo("152–53");
    }

    @Test
    void readsTheArticlesPagesLabelledAsTheCslStylePrintsThemThenThePageCited() {
        Citation c = only("Ann Lee, ‘Quays’, Port Review, 12.3 (1998), pp. 40–62 (p. 45).");

        assertThat(ref(c).page()).isEqualTo("40–62");
        assertThat(c.locator().value()).isEqualTo("45");
    }

    @Test
    void readsAFirstPageAloneLabelledThenThePageCited() {
        Citation c = only("Ann Lee, ‘Quays’, Port Law Review, 93 (1977), p. 210 (p. 229).");

        assertThat(ref(c).page()).isEqualTo("210");
        assertThat(c.locator().value()).isEqualTo("229");
    }

    @Test
    void readsARangeOfThreePagesOrMoreAloneAsTheArticlesPages() {
        // As mhra-notes prints an article cited as a whole, and as Chicago notes are read (Extents).
        Citation c = only("Dunn, ‘A Letter to Fenn’, Port Review, 6.1–4 (1973), pp. 152–74.");

        assertThat(ref(c).page()).isEqualTo("152–74");
        assertThat(c.locator()).isNull();
    }

    @Test
    void readsAPartOfABookGivenByItsShortTitle() {
        Citation c = only("Ann Lee, ‘Introduction’, in Ships, ix–xxix (p. xvi).");

        Reference r = ref(c);
        assertThat(r.type()).isEqualTo(ItemType.CHAPTER);
        assertThat(r.title()).isEqualTo("Introduction");
        assertThat(r.containerTitle()).isEqualTo("Ships");
        assertThat(c.locator().value()).isEqualTo("xvi");
    }

    @Test
    void keepsIbidAsTheContainerOfAPieceForTheResolver() {
        Citation c = only("‘Manifesto of the Docks’, ibid., 11–28 (p. 11).");

        assertThat(ref(c).containerTitle()).isEqualTo("ibid.");
        assertThat(c.locator().value()).isEqualTo("11");
    }

    @Test
    void leavesASingleQuotedPhraseInProseAlone() {
        // A quotation in commentary is no title: nothing after it reads as a periodical or a book.
        assertThat(new NoteParser().parse("He called it ‘a static poetry’, and the phrase stuck."))
                .noneMatch(c -> c instanceof FullCitation f && "a static poetry".equals(f.reference().title()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ann Lee, ‘Quays’, Port Review, 12.3 (1998), 40–62 (p. 45), doi:10.1234/pr.1998.3 | 10.1234/pr.1998.3 | "
                    + "| ",
            "Ann Lee, ‘Quays’, Port Review, 12.3 (1998), 40–62 (p. 45), DOI: 10.1234/pr.1998.3 | 10.1234/pr.1998.3 "
                    + "| | ",
            "Ann Lee, ‘Quays’, Port Review, 12.3 (1998), 40–62 (p. 45) <https://doi.org/10.1234/pr.1998.3> "
                    + "| 10.1234/pr.1998.3 | | ",
            "Ann Lee, ‘Quays’, Port Review, 12.3 (1998), 40–62 (p. 45) <https://example.org/quays> [accessed 4 May "
                    + "2020] | | https://example.org/quays | 2020-05-04"})
    void readsAnArticleReadOnlineWithItsAddressAfterThePages(String note, String doi, String url, String accessed) {
        Citation c = only(note + ".");

        Reference r = ref(c);
        assertThat(r.type()).isEqualTo(ItemType.ARTICLE_JOURNAL);
        assertThat(r.containerTitle()).isEqualTo("Port Review");
        assertThat(r.page()).isEqualTo("40–62");
        assertThat(r.issued().year()).isEqualTo(1998);
        assertThat(c.locator().value()).isEqualTo("45");
        assertThat(r.doi()).isEqualTo(doi);
        assertThat(r.url()).isEqualTo(url);
        assertThat(r.accessed()).isEqualTo(accessed == null ? null : PartialDate.of(2020, 5, 4));
    }
}

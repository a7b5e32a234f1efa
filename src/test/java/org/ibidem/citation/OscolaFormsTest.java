package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;

import org.ibidem.reference.ItemType;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Name;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** OSCOLA chapters in edited books, articles with an issue, and Acts by short title. Notes written for this test. */
class OscolaFormsTest {

    @Test
    void readsAChapterInAnEditedBook() {
        FullCitation c = (FullCitation) only("Jane Roe, 'Writing the Trial' in Tom Doe and Ann Poe (eds), The Trial "
                + "Revisited: Law and Memory (Brill Nijhoff 2011) 24.");
        Reference r = c.reference();
        assertThat(r.type()).isEqualTo(ItemType.CHAPTER);
        assertThat(r.authors()).containsExactly(Name.of("Roe", "Jane"));
        assertThat(r.title()).isEqualTo("Writing the Trial");
        assertThat(r.editors()).extracting(Name::family).containsExactly("Doe", "Poe");
        assertThat(r.containerTitle()).isEqualTo("The Trial Revisited: Law and Memory");
        assertThat(r.publisher()).isEqualTo("Brill Nijhoff");
        assertThat(r.issued().year()).isEqualTo(2011);
        assertThat(c.locator()).isEqualTo(Locator.page("24"));
    }

    @Test
    void readsAChapterWithoutEditorsAndAPlaceAfterThePublisher() {
        Reference r = ((FullCitation) only("Jane Roe, 'Writing the Trial', The Trial Revisited (Kluwer Law "
                + "International, The Hague 1997) 11.")).reference();
        assertThat(r.type()).isEqualTo(ItemType.CHAPTER);
        assertThat(r.containerTitle()).isEqualTo("The Trial Revisited");
        assertThat(r.publisher()).isEqualTo("Kluwer Law International");
        assertThat(r.publisherPlace()).isEqualTo("The Hague");
    }

    @Test
    void readsAnArticleWithItsIssueAfterTheVolume() {
        FullCitation c = (FullCitation) only("Jane Roe, 'Come and See? Images and Justice' (2017) 17(2) International "
                + "Law Review 259, 265.");
        Reference r = c.reference();
        assertThat(r.type()).isEqualTo(ItemType.ARTICLE_JOURNAL);
        assertThat(r.volume()).isEqualTo("17");
        assertThat(r.issue()).isEqualTo("2");
        assertThat(r.containerTitle()).isEqualTo("International Law Review");
        assertThat(c.locator()).isEqualTo(Locator.page("265"));
    }

    @Test
    void readsAnActAndARegulationByShortTitleAndYear() {
        Reference act = ((FullCitation) only("Constitutional Reform Act 2005.")).reference();
        assertThat(act.type()).isEqualTo(ItemType.LEGISLATION);
        assertThat(act.title()).isEqualTo("Constitutional Reform Act 2005");
        assertThat(act.issued().year()).isEqualTo(2005);
        FullCitation ripa = (FullCitation) only("Regulation of Investigatory Powers Act 2000 (RIPA).");
        assertThat(ripa.reference().title()).isEqualTo("Regulation of Investigatory Powers Act 2000");
        Reference regs = ((FullCitation) only("The Health Protection (Coronavirus, Restrictions) (England) (No. 4) "
                + "Regulations 2020.")).reference();
        assertThat(regs.type()).isEqualTo(ItemType.LEGISLATION);
        assertThat(regs.title()).startsWith("The Health Protection").endsWith("Regulations 2020");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Factory Act 1833, 3 & 4 Will. 4, c. 103, s. 2. | Factory Act 1833 | 3 & 4 Will. 4, c. 103 | s 2",
        "Poor Law Amendment Act 1834 (4 & 5 Will. IV c. 76), s. 15. | Poor Law Amendment Act 1834 "
                + "| 4 & 5 Will. IV c. 76 | s 15",
        "Catholic Relief Act 1829, 10 Geo. 4, c. 7. | Catholic Relief Act 1829 | 10 Geo. 4, c. 7 | ",
    })
    void readsAnOlderActWithItsRegnalYearAndChapter(String note, String title, String chapter, String section) {
        FullCitation c = (FullCitation) only(note);
        assertThat(c.reference().type()).isEqualTo(ItemType.LEGISLATION);
        assertThat(c.reference().title()).isEqualTo(title);
        assertThat(c.reference().number()).isNull();
        assertThat(c.suffix()).isEqualTo(chapter);
        assertThat(c.locator() == null ? null : c.locator().value()).isEqualTo(section);
    }

    @Test
    void readsAWorkingPaperWithItsNumberPinpointAndAccessDate() {
        FullCitation c = (FullCitation) only("Jane Roe, 'The Constitution Revisited' (2017) LSE Law Working Papers "
                + "18/2017, 3 <https://example.org/roe.pdf> accessed 7 February 2021.");
        Reference r = c.reference();
        assertThat(r.type()).isEqualTo(ItemType.REPORT);
        assertThat(r.collectionTitle()).isEqualTo("LSE Law Working Papers");
        assertThat(r.url()).isEqualTo("https://example.org/roe.pdf");
        assertThat(r.accessed()).isNotNull();
        assertThat(c.locator()).isEqualTo(Locator.page("3"));
    }

    @Test
    void readsAPaperFromABodyAsOneCitation() {
        FullCitation c = (FullCitation) only("Jane Roe, 'The Rule of Law in Europe' (2009) European Commission for "
                + "Democracy through Law (Venice Commission) 12.");
        assertThat(c.reference().publisher()).isEqualTo("European Commission for Democracy through Law (Venice "
                + "Commission)");
        assertThat(c.locator()).isEqualTo(Locator.page("12"));
    }

    @Test
    void readsAnArticleWhoseIssueFollowsItsVolumeAsOneCitation() {
        FullCitation c = (FullCitation) only("See also Jane Roe, 'The Boundaries of Liability' (2001) 6(1) Journal of "
                + "Conflict & Security Law 3, 5.");
        assertThat(c.reference().issue()).isEqualTo("1");
        assertThat(c.reference().containerTitle()).isEqualTo("Journal of Conflict & Security Law");
        assertThat(c.locator()).isEqualTo(Locator.page("5"));
    }

    @Test
    void readsTheFirstPageAndThePinpointOfAChapter() {
        FullCitation c = (FullCitation) only("Jane Roe, 'Tribunals: Recent Developments' in K. Doe (ed.). "
                + "International Law: Theory and Practice (1998) 581, 593.");
        assertThat(c.reference().page()).isEqualTo("581");
        assertThat(c.locator()).isEqualTo(Locator.page("593"));
    }
}

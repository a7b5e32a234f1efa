package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;
import static org.ibidem.citation.ParsedCitations.onlyWithItalics;
import static org.ibidem.citation.ParsedCitations.ref;

import org.ibidem.citation.parse.Locators;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Name;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;

/**
 * Note shapes a review of real documents found misread: long page lists, roman volumes, volumes before pages,
 * journal details run together with periods, initials without periods, Latin locator words in italics and
 * numbered documents of a government paper. Each note is written for this test.
 */
class NoteParserReviewedShapesTest {

    private final NoteParser parser = new NoteParser();

    // ---- Locators ----

    @Test
    void keepsAWholePageListEndingInAnd() {
        Citation c = only("Marlow, Letters from the Coast, pp. 4,7, 19, 22, 40, and 41.");
        assertThat(c.locator()).isEqualTo(new Locator("page", "4, 7, 19, 22, 40, and 41"));
    }

    @Test
    void keepsTheFullRomanVolumeThatStartsWithV() {
        assertThat(Locators.parse("viii. 742-839")).isEqualTo(Locator.page("viii. 742-839"));
        assertThat(Locators.parse("vii. 12")).isEqualTo(Locator.page("vii. 12"));
        Citation c = only("Ovid, Fasti, vi. 101-3.");
        assertThat(c.locator().value()).isEqualTo("vi. 101-3");
    }

    @Test
    void stillReadsVerseLabels() {
        assertThat(Locators.parse("v. 12")).isEqualTo(new Locator("verse", "v. 12"));
        assertThat(Locators.parse("vv. 3-5")).isEqualTo(new Locator("verse", "vv. 3-5"));
        assertThat(Locators.parse("p.12")).isEqualTo(Locator.page("12"));
    }

    @Test
    void splitsAVolumeFromThePageInsideIt() {
        ShortCitation c = (ShortCitation) only("Pennant, Tours in Wales, vol. iii. p. 88.");
        assertThat(c.volume()).isEqualTo("iii");
        assertThat(c.locator()).isEqualTo(Locator.page("88"));
        ShortCitation authorOnly = (ShortCitation) only("Camden, vol. 2, pp. 14-16.");
        assertThat(authorOnly.volume()).isEqualTo("2");
        assertThat(authorOnly.locator()).isEqualTo(Locator.page("14-16"));
    }

    @Test
    void readsThreeDivisionsAndANumberedIssueWithItsPageLabelledByTheSmallest() {
        assertThat(Locators.parse("book ii. chap. 1, sect. 3"))
                .isEqualTo(new Locator("section", "book ii. chap. 1, sect. 3"));
        assertThat(Locators.parse("book iv, chap. 2, p. 45")).isEqualTo(Locator.page("book iv, chap. 2, p. 45"));
        assertThat(Locators.parse("book 2, chapter 3")).isEqualTo(new Locator("chapter", "book 2, chapter 3"));
        assertThat(Locators.parse("No. 112, p. 400")).isEqualTo(Locator.page("No. 112, p. 400"));
        Citation mill = only("Mill, Political Economy, book ii. chap. 1, sect. 3.");
        assertThat(mill.locator()).isEqualTo(new Locator("section", "book ii. chap. 1, sect. 3"));
    }

    @Test
    void readsLatinLocatorWordsWithAndWithoutTheirPeriod() {
        assertThat(Locators.parse("pp. 40 ff")).isEqualTo(Locator.page("40 ff"));
        assertThat(Locators.parse("p. 40 passim")).isEqualTo(Locator.page("40 passim"));
    }

    @Test
    void readsEtSeqSetInItalicsAsPartOfThePage() {
        Citation c = onlyWithItalics("Hardwick, *Essays on the Practice and Theory of Tillage in the North*, "
                + "pp. 310 *et seq*.");
        assertThat(c).isInstanceOf(ShortCitation.class);
        assertThat(((ShortCitation) c).title()).isEqualTo("Essays on the Practice and Theory of Tillage in the North");
        assertThat(c.locator()).isEqualTo(Locator.page("310 et seq"));
    }

    // ---- Journal details ----

    @Test
    void readsPagesAfterAYearInParenthesesFollowedByAUrl() {
        FullCitation c = (FullCitation) onlyWithItalics("Rosa Vane, “Caching at the Edge,” *Systems Letters* 12, "
                + "(2009): 40-44. https://example.org/vane.pdf.");
        assertThat(c.reference().volume()).isEqualTo("12");
        assertThat(c.reference().issued().year()).isEqualTo(2009);
        assertThat(c.locator()).isEqualTo(Locator.page("40-44"));
        assertThat(c.reference().url()).isEqualTo("https://example.org/vane.pdf");
        assertThat(c.suffix()).isNull();
    }

    @Test
    void readsVolumeDotIssueAndAPinpointAfterThePageRange() {
        Reference r = ref(onlyWithItalics("Okafor, Ada N. “Measuring What Counts” *Journal of School Studies* 21.3 "
                + "(2014): 77-95. 81. https://example.org/okafor"));
        assertThat(r.type()).isEqualTo(ItemType.ARTICLE_JOURNAL);
        assertThat(r.containerTitle()).isEqualTo("Journal of School Studies");
        assertThat(r.volume()).isEqualTo("21");
        assertThat(r.issue()).isEqualTo("3");
        assertThat(r.issued().year()).isEqualTo(2014);
        assertThat(r.page()).isEqualTo("77-95");
        FullCitation c = (FullCitation) parser.parse("Okafor, Ada N. “Measuring What Counts” Journal of School "
                + "Studies 21.3 (2014): 77-95. 81.").get(0);
        assertThat(c.locator()).isEqualTo(Locator.page("81"));
        assertThat(c.reference().page()).isEqualTo("77-95");
    }

    @Test
    void readsAChapterInAnItalicBookAfterAnUnpunctuatedQuotedTitle() {
        Reference r = ref(onlyWithItalics("Ines Moreau and Paul Gray, “Borders and Ballots: Trade, Votes and the "
                + "Union” in *Essays on the Union* (Oxford: Clarendon, 2018), 57, https://doi.org/10.1000/xyz"));
        assertThat(r.type()).isEqualTo(ItemType.CHAPTER);
        assertThat(r.containerTitle()).isEqualTo("Essays on the Union");
        assertThat(r.issued().year()).isEqualTo(2018);
        assertThat(r.doi()).isEqualTo("10.1000/xyz");
    }

    @Test
    void splitsARemarkRunOnAfterAUrl() {
        FullCitation c = (FullCitation) only("See Harbour Board, Tide Tables, https://example.org/tides.html for the "
                + "differences between spring and neap tides.");
        assertThat(c.reference().url()).isEqualTo("https://example.org/tides.html");
        assertThat(c.reference().title()).isEqualTo("Tide Tables");
        assertThat(c.suffix()).isEqualTo("for the differences between spring and neap tides");
    }

    // ---- Names ----

    @Test
    void readsACapitalInitialWithoutItsPeriodAsAGivenName() {
        Reference r = ref(only("Nora J Whitfield, Tidal Towns (Leeds: Northern Press, 2017), 9."));
        assertThat(r.authors()).containsExactly(Name.of("Whitfield", "Nora J"));
    }

    @Test
    void stillReadsALowerCaseOneLetterParticle() {
        Reference r = ref(only("José Ortega y Gasset, Meditaciones (Madrid: Austral, 1914), 3."));
        assertThat(r.authors()).hasSize(1);
        assertThat(r.authors().get(0).family()).isEqualTo("Gasset");
        assertThat(r.authors().get(0).particle()).isEqualTo("y");
    }

    // ---- Numbered documents of a collection ----

    @Test
    void keepsTheDescriptionOfANumberedDocumentWithItsCitation() {
        ShortCitation c = (ShortCitation) only("Despatches, No. 17. Mr. A. Hollis to Lord B. Carew, March 4.");
        assertThat(c.form()).isEqualTo(ShortCitation.Form.TITLE_ONLY);
        assertThat(c.title()).isEqualTo("Despatches");
        assertThat(c.locator()).isEqualTo(new Locator("number", "No. 17"));
        assertThat(c.suffix()).isEqualTo("Mr. A. Hollis to Lord B. Carew, March 4.");
    }

    @Test
    void readsTheNumberBeforeADescriptionAfterAComma() {
        ShortCitation c = (ShortCitation) only("Despatches, No. 5, Memorandum handed to the Foreign Minister.");
        assertThat(c.title()).isEqualTo("Despatches");
        assertThat(c.locator()).isEqualTo(new Locator("number", "No. 5"));
        assertThat(c.suffix()).isEqualTo("Memorandum handed to the Foreign Minister");
    }

    @Test
    void stillCutsTwoShortFormsWithPages() {
        assertThat(parser.parse("Hoveden, p. 12. Diceto, p. 40.")).hasSize(2);
    }

    // ---- Speeches ----

    @Test
    void readsTheFullDateOfASpeechNotOnlyItsYear() {
        Reference r = ref(only("Ada Brennan, “The Harbour and the City” (speech, Guild Hall, Hull, March 4, 1911), 3."));
        assertThat(r.type()).isEqualTo(ItemType.SPEECH);
        assertThat(r.issued()).isEqualTo(org.ibidem.reference.PartialDate.of(1911, 3, 4));
        assertThat(r.eventPlace()).isEqualTo("Guild Hall, Hull");
    }

    @Test
    void readsTheArchiveThatHoldsASpeechAfterItsKind() {
        Reference r = ref(only("Ada Brennan, “Tides” (speech, Hull History Centre Archives, Hull, May 2, 1912)."));
        assertThat(r.type()).isEqualTo(ItemType.SPEECH);
        assertThat(r.genre()).isEqualTo("speech");
        assertThat(r.archive()).isEqualTo("Hull History Centre Archives");
        assertThat(r.eventPlace()).isEqualTo("Hull");
        assertThat(r.issued()).isEqualTo(org.ibidem.reference.PartialDate.of(1912, 5, 2));
    }
}

package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;

import org.ibidem.reference.Locator;
import org.junit.jupiter.api.Test;

/**
 * Conventions of present-day humanities notes: how a locator is written, how an article's extent is told from the
 * page cited. Each note is written for this test; none is taken from a real document.
 */
class ModernScholarshipNotesTest {

    private static Locator locatorOf(String note) {
        Citation c = only(note);
        if (c instanceof ShortCitation s) {
            return s.locator();
        }
        if (c instanceof FullCitation f) {
            return f.locator();
        }
        if (c instanceof IbidCitation i) {
            return i.locator();
        }
        throw new AssertionError(c);
    }

    @Test
    void keepsTheLabelOfANumberedDocumentAsWritten() {
        assertThat(locatorOf("Harbour Papers, No. 17.")).isEqualTo(new Locator("number", "No. 17"));
    }

    @Test
    void keepsTheLabelOfAFolioAsWritten() {
        assertThat(locatorOf("Hale, Letter Book, fol. 12v.")).isEqualTo(new Locator("folio", "fol. 12v"));
    }

    @Test
    void dropsOnlyThePageLabel() {
        assertThat(locatorOf("Hale, Letter Book, pp. 12-14.")).isEqualTo(Locator.page("12-14"));
    }

    private static FullCitation fullOf(String note) {
        Citation c = only(note);
        assertThat(c).isInstanceOf(FullCitation.class);
        return (FullCitation) c;
    }

    @Test
    void readsALongRangeAloneAsTheArticlesExtent() {
        FullCitation c = fullOf("Ann Reid, \u201cPorts and Plague,\u201d Journal of Maritime History 12, no. 3 (1998): "
                + "211\u201334.");
        assertThat(c.locator()).isNull();
        assertThat(c.reference().page()).isEqualTo("211\u201334");
    }

    @Test
    void keepsATwoPageRangeAsThePlaceCited() {
        FullCitation c = fullOf("Ann Reid, \u201cPorts and Plague,\u201d Journal of Maritime History 12, no. 3 (1998): "
                + "211\u201312.");
        assertThat(c.locator()).isEqualTo(Locator.page("211\u201312"));
        assertThat(c.reference().page()).isNull();
    }

    @Test
    void keepsABooksRangeAsThePlaceCited() {
        FullCitation c = fullOf("Ann Reid, Ports and Plague (London: Dock Press, 2001), 211\u201334.");
        assertThat(c.locator()).isEqualTo(Locator.page("211\u201334"));
    }

    @Test
    void readsThePageInParenthesesAfterTheExtent() {
        FullCitation c = fullOf("Ann Reid, \u201cPorts and Plague,\u201d Journal of Maritime History 12 (1998): "
                + "211\u201334 (220).");
        assertThat(c.locator()).isEqualTo(Locator.page("220"));
        assertThat(c.reference().page()).isEqualTo("211\u201334");
    }

    @Test
    void readsAChaptersRomanExtentThenItsPinpoint() {
        FullCitation c = fullOf("Ann Reid, \u201cPreface,\u201d in Ports and Plague, ed. Tom Bell (London: Dock Press, "
                + "2001), ix\u2013xxix (p. xvi).");
        assertThat(c.locator()).isEqualTo(Locator.page("xvi"));
    }

    @Test
    void readsThePageCitedInWordsAfterTheExtent() {
        FullCitation c = fullOf("Ann Reid, \u201cPorts and Plague,\u201d Journal of Maritime History, vol. 12, no. 3 "
                + "(1998), pp. 211\u201334, citation on p. 220.");
        assertThat(c.locator()).isEqualTo(Locator.page("220"));
        assertThat(c.reference().page()).isEqualTo("211\u201334");
    }

    @Test
    void readsThePageCitedAfterTheExtentWithAWordBeforeIt() {
        for (String pinpoint : new String[] {"at 220", "at p. 220", "esp. 220", "especially 220", "here 220"}) {
            FullCitation c = fullOf("Ann Reid, \u201cPorts and Plague,\u201d Journal of Maritime History 12 (1998): "
                    + "211\u201334, " + pinpoint + ".");
            assertThat(c.locator()).as(pinpoint).isEqualTo(Locator.page("220"));
            assertThat(c.reference().page()).as(pinpoint).isEqualTo("211\u201334");
        }
    }

    @Test
    void leavesAPageAfterAtOutsideTheExtentAsWritten() {
        FullCitation c = fullOf("Ann Reid, \u201cPorts and Plague,\u201d Journal of Maritime History 12 (1998): "
                + "211\u201334, at 300.");
        assertThat(c.locator()).isNotEqualTo(Locator.page("300"));
    }

    @Test
    void readsPagesSingledOutWithEspAsThePlaceCited() {
        FullCitation c = fullOf("Ann Reid, \u201cPorts and Plague,\u201d Journal of Maritime History 12, no. 3 (1998), "
                + "esp. 215\u201319.");
        assertThat(c.locator()).isEqualTo(Locator.page("215\u201319"));
    }

    @Test
    void readsASourceGivenInParenthesesAtTheEndOfASentence() {
        Citation c = only("The ministers refused to meet on May 3 (Harbour Papers, No. 41).");
        assertThat(c).isInstanceOf(ShortCitation.class);
        ShortCitation s = (ShortCitation) c;
        assertThat(s.locator()).isEqualTo(new Locator("number", "No. 41"));
        assertThat(s.prefix()).isEqualTo("The ministers refused to meet on May 3");
    }

    @Test
    void readsASourceInParenthesesFollowedByAnotherSentence() {
        ShortCitation s = (ShortCitation) only("For the full text see the second appendix (Grey Report, pp. 12-15). "
                + "The minutes are printed there too.");
        assertThat(s.locator()).isEqualTo(Locator.page("12-15"));
    }

    @Test
    void leavesPublicationFactsInParenthesesToTheFullCitation() {
        assertThat(only("The best account is still Ann Reid, Ports and Plague (London: Dock Press, 2001), 45."))
                .isInstanceOf(FullCitation.class);
    }

    @Test
    void setsAPointerToTheWritersOwnAppendixAsideFromTheWork() {
        ShortCitation s = (ShortCitation) only("Grey Report, p. 46 (infra in Appendix II).");
        assertThat(s.locator()).isEqualTo(Locator.page("46"));
        assertThat(((ShortCitation) only("Grey Report, pp. 43, 45 (in Appendix II, infra).")).locator())
                .isEqualTo(Locator.page("43, 45"));
    }

    @Test
    void keepsAnExhibitOrEnclosureWithThePlaceCited() {
        assertThat(locatorOf("Grey Report, p. 42, Exhibit 17.")).isEqualTo(Locator.page("42, Exhibit 17"));
        assertThat(locatorOf("Harbour Papers, No. 105 (Enclosure 3).")).isEqualTo(
                new Locator("number", "No. 105 (Enclosure 3)"));
        assertThat(locatorOf("Harbour Papers, No. 70 (I).")).isEqualTo(new Locator("number", "No. 70 (I)"));
    }

    @Test
    void keepsAJournalIssueDatedByAYearApartFromItsNumber() {
        FullCitation c = fullOf("Ann Reid, \u201cPorts,\u201d Journal of Maritime History, vol. 1, no. 2 (1944), 97.");
        assertThat(c.reference().issue()).isEqualTo("2");
        assertThat(c.reference().issued().year()).isEqualTo(1944);
    }

    @Test
    void readsAnAbbreviatedTitleWithItsEditionsYearAsAShortForm() {
        Citation c = ParsedCitations.onlyWithItalics("*GRL* (1571), 212-13.");
        assertThat(c).isInstanceOf(ShortCitation.class);
        assertThat(((ShortCitation) c).title()).isEqualTo("GRL");
        assertThat(((ShortCitation) c).locator()).isEqualTo(Locator.page("212-13"));
    }

    @Test
    void stillReadsAnItalicTitleWithItsYearAsABook() {
        assertThat(ParsedCitations.onlyWithItalics("Ann Reid, *Ports and Plague* (1998), 12."))
                .isInstanceOf(FullCitation.class);
    }

    @Test
    void opensANewCitationAfterASentenceEndingOnThePublicationYear() {
        assertThat(new NoteParser().parse("Ann Reid, Ports and Plague (London: Dock Press, 2001). For a general "
                + "overview, see Tom Bell, Harbours of the North (Leeds: Quay Books, 1999).")).hasSize(2);
    }

    @Test
    void readsThePinpointAfterAnExtentInAShortForm() {
        assertThat(locatorOf("Reid, \u2018Harbour Dues\u2019, in Ports, 118\u201320 (p. 120).")).isEqualTo(Locator.page("120"));
        assertThat(locatorOf("Reid, Ports, 12 (emphasis added).")).isEqualTo(Locator.page("12"));
    }

    @Test
    void readsAShortFormAfterASentenceOfCommentary() {
        Citation c = only("This bears out the suspicion that the trade was larger than the customs books show. Reid, "
                + "\u201cHarbour Dues,\u201d 23.");
        assertThat(c).isInstanceOf(ShortCitation.class);
        assertThat(((ShortCitation) c).locator()).isEqualTo(Locator.page("23"));
        assertThat(((ShortCitation) c).prefix()).startsWith("This bears out");
    }

    @Test
    void readsABibliographyStyleNoteWithTheTitleInTheNamesSentence() {
        Citation c = ParsedCitations.onlyWithItalics("Marsh, Ellen K. and Tom Bell, *Counting the Harbour: A Primer*. "
                + "Quay University Press, 2004: 211-212.");
        assertThat(c).isInstanceOf(FullCitation.class);
        FullCitation f = (FullCitation) c;
        assertThat(f.reference().title()).isEqualTo("Counting the Harbour: A Primer");
        assertThat(f.locator()).isEqualTo(Locator.page("211-212"));
    }

    @Test
    void leavesAWorkGivenWithItsFactsInParenthesesAfterProseToTheFullReaders() {
        // "(Title, Place Year, Chap. II)" gives the work in full: no short form with the place as its remark.
        Citation c = only("The rule is stated plainly (Principles of Reasoning, Edinburgh 1871, Chap. II, Prop. III).");
        assertThat(c).isInstanceOf(FullCitation.class);
    }
}

package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;
import static org.ibidem.citation.ParsedCitations.ref;

import org.ibidem.reference.ItemType;
import org.junit.jupiter.api.Test;

/** A title in single quotation marks, as MHRA and the British CSL styles set it, read as a quoted title. */
class SingleQuotedTitlesTest {

    @Test
    void readsANewspaperArticleWithItsTitleInSingleQuotes() {
        Citation c = only("Ann Lee, ‘Rethinking the Harbour Question’, Port Gazette (Leeds), 29 December 1956.");

        assertThat(ref(c).type()).isEqualTo(ItemType.ARTICLE_NEWSPAPER);
        assertThat(ref(c).title()).isEqualTo("Rethinking the Harbour Question");
        assertThat(ref(c).containerTitle()).isEqualTo("Port Gazette");
    }

    @Test
    void aTitleBeforeParenthesesThatCloseTheCitationNeedsNoComma() {
        Citation c = only("Ann Lee, ‘Notes on the Harbour’ (Leeds Harbour Archive, 1958).");

        assertThat(ref(c).title()).isEqualTo("Notes on the Harbour");
        assertThat(ref(c).archive()).isEqualTo("Leeds Harbour Archive");
    }

    @Test
    void anApostropheInsideTheTitleDoesNotCloseIt() {
        Citation c = only("Ann Lee, ‘Reaction to the Mayor’s Report’, Port Gazette (Leeds), 19 February 1956.");

        assertThat(ref(c).title()).isEqualTo("Reaction to the Mayor’s Report");
    }

    @Test
    void aQuotationInDoubleMarksInsideTheTitleStaysInTheTitle() {
        Citation c = only("Ann Lee, ‘The Mayor’s Speech, “On Tides,” Given at the Pier’, 3 May 1901, Leeds Archive.");

        assertThat(ref(c).authors()).hasSize(1);
        assertThat(ref(c).title()).isEqualTo("The Mayor’s Speech, ‘On Tides,’ Given at the Pier");
    }

    @Test
    void aQuotationInsideASentenceOfProseIsNoTitle() {
        Citation c = only("Ann Lee, Harbours (Leeds: Tide Press, 1990), where the port ‘grew by accident’, 12.");

        assertThat(ref(c).title()).isEqualTo("Harbours");
    }

    @Test
    void readsAChapterInAnEditedBook() {
        Citation c = only("Ann Lee, ‘The History of Docks’, in Port Studies, ed. by Tom Smith (Leeds: Tide Press, 1990), "
                + "pp. 3–20.");

        assertThat(ref(c).type()).isEqualTo(ItemType.CHAPTER);
        assertThat(ref(c).title()).isEqualTo("The History of Docks");
        assertThat(ref(c).containerTitle()).isEqualTo("Port Studies");
    }
}

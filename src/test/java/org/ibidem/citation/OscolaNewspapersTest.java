package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;
import static org.ibidem.citation.ParsedCitations.ref;

import org.ibidem.reference.ItemType;
import org.junit.jupiter.api.Test;

/** OSCOLA newspaper articles: "Author, ‘Title’ Paper (Place, Date) page". Notes written for this test. */
class OscolaNewspapersTest {

    @Test
    void readsTheNewspaperThePlaceAndTheFullDate() {
        Citation c = only("Ann Lee, ‘Harbour Closed’ Port Gazette (Leeds, 29 December 1956) 3.");

        assertThat(ref(c).type()).isEqualTo(ItemType.ARTICLE_NEWSPAPER);
        assertThat(ref(c).title()).isEqualTo("Harbour Closed");
        assertThat(ref(c).containerTitle()).isEqualTo("Port Gazette");
        assertThat(ref(c).publisherPlace()).isEqualTo("Leeds");
        assertThat(ref(c).issued().month()).isEqualTo(12);
        assertThat(ref(c).issued().day()).isEqualTo(29);
        assertThat(c.locator().value()).isEqualTo("3");
    }

    @Test
    void readsAnArticleWithoutAPlace() {
        Citation c = only("Ann Lee, ‘Harbour Closed’ The Tide (29 December 1956).");

        assertThat(ref(c).containerTitle()).isEqualTo("The Tide");
        assertThat(ref(c).issued().day()).isEqualTo(29);
    }

    @Test
    void aYearAloneInTheParenthesesIsNoNewspaper() {
        Citation c = only("Ann Lee, ‘Harbour Law’ in Tom Smith (ed), Ports (Tide Press 1990) 3.");

        assertThat(ref(c).type()).isEqualTo(ItemType.CHAPTER);
    }
}

package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;
import static org.ibidem.citation.ParsedCitations.ref;

import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;

/**
 * Where a book was published, and by whom, as notes of every age write it: the place and the publisher told apart
 * by what they are, whatever their order and punctuation. Each note is written for this test.
 */
class PublicationPlacesTest {

    private static Reference book(String note) {
        return ref(only(note));
    }

    @Test
    void readsThePlaceBeforeAPublisherSetOffByACommaInsteadOfAColon() {
        Reference r = book("Ruth Hale, Quiet Harbours (Philadelphia, Lantern University Press, 2004), 12.");
        assertThat(r.publisherPlace()).isEqualTo("Philadelphia");
        assertThat(r.publisher()).isEqualTo("Lantern University Press");
    }

    @Test
    void readsAPublisherNamedBeforeItsPlace() {
        Reference r = book("Ruth Hale, Quiet Harbours (Lantern Publications, Exeter, 2004), 12.");
        assertThat(r.publisher()).isEqualTo("Lantern Publications");
        assertThat(r.publisherPlace()).isEqualTo("Exeter");
    }

    @Test
    void readsAPlaceAloneWhenTheYearEndsInAStrayPeriodOrComma() {
        Reference period = book("Otto Brand, Geschichte der Mühlen (Barcelona, 1871.)");
        assertThat(period.publisherPlace()).isEqualTo("Barcelona");
        assertThat(period.publisher()).isNull();
        assertThat(period.issued().year()).isEqualTo(1871);
        Reference comma = book("Otto Brand, The Mills of the North (London 1702,), pp. 4, 9");
        assertThat(comma.publisherPlace()).isEqualTo("London");
        assertThat(comma.publisher()).isNull();
        assertThat(comma.issued().year()).isEqualTo(1702);
    }

    @Test
    void readsAYearSuppliedInBrackets() {
        Reference r = book("Otto Brand, The Mills of the North (Hartford [1868]), II, 40.");
        assertThat(r.publisherPlace()).isEqualTo("Hartford");
        assertThat(r.issued().year()).isEqualTo(1868);
    }

    @Test
    void datesAWorkPublishedOverTwoYearsByTheFirst() {
        Reference r = book("Otto Brand, Historia de los Molinos (Madrid, 1881, 1882)");
        assertThat(r.publisherPlace()).isEqualTo("Madrid");
        assertThat(r.publisher()).isNull();
        assertThat(r.issued().year()).isEqualTo(1881);
    }

    @Test
    void keepsACityWithItsStateAsOnePlace() {
        assertThat(book("Otto Brand, The Mills of the West (Dayton, O., 1899), 7.").publisherPlace())
                .isEqualTo("Dayton, O.");
        assertThat(book("Otto Brand, The Mills of the West (Columbus, Ohio, 1899), 7.").publisherPlace())
                .isEqualTo("Columbus, Ohio");
        Reference two = book("Otto Brand, Mühlen (Berlin, Heidelberg: Springer, 1999), 7.");
        assertThat(two.publisherPlace()).isEqualTo("Berlin, Heidelberg");
        assertThat(two.publisher()).isEqualTo("Springer");
    }

    @Test
    void keepsAPublisherBeforeTheYearWhenNoPlaceIsNamed() {
        Reference r = book("Otto Brand, The Mills of the West (London, Routledge, 1999), 7.");
        assertThat(r.publisherPlace()).isEqualTo("London");
        assertThat(r.publisher()).isEqualTo("Routledge");
    }

    @Test
    void readsAnOrdinalEditionWrittenWithAPeriod() {
        Reference r = book("Otto Brand, The Mills of the West, 3d. ed. (London: Hatch, 1899), 7.");
        assertThat(r.edition()).isEqualTo("3");
    }

    @Test
    void readsAPlaceAndPublisherLeftWithoutParenthesesAfterAConferencesProceedings() {
        Reference colon = book("Ada Lind, \u201cCounting Mills,\u201d Proceedings of the Workshop on Mill Data, "
                + "Exeter: Lantern Press, 2006, pp. 5\u201312.");
        assertThat(colon.publisherPlace()).isEqualTo("Exeter");
        assertThat(colon.publisher()).isEqualTo("Lantern Press");
        assertThat(colon.page()).isEqualTo("5\u201312"); // the paper's extent, as a bibliography gives it
        assertThat(((FullCitation) only("Ada Lind, \u201cCounting Mills,\u201d Proceedings of the Workshop on Mill "
                + "Data, Exeter: Lantern Press, 2006, pp. 5\u201312.")).locator()).isNull();
        Reference comma = book("Ada Lind, \u201cCounting Mills,\u201d Actes des Journ\u00e9es du moulin, vol. 2, "
                + "Rennes, Presses du Moulin, 2006, pp. 5\u201312.");
        assertThat(comma.publisherPlace()).isEqualTo("Rennes");
        assertThat(comma.publisher()).isEqualTo("Presses du Moulin");
        assertThat(comma.volume()).isEqualTo("2");
    }
}

package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;
import static org.ibidem.citation.ParsedCitations.ref;

import org.ibidem.reference.ItemType;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;

/** OSCOLA notes, as UK legal writing has them. Each note is written for this test. */
class OscolaNotesTest {

    @Test
    void readsACrossReferenceToANoteWithItsPinpoint() {
        CrossReference c = (CrossReference) only("Dicey (n 9) 3.");
        assertThat(c.form()).isEqualTo(CrossReference.Form.NOTE);
        assertThat(c.note()).isEqualTo(9);
        assertThat(c.authors()).extracting(Name::family).containsExactly("Dicey");
        assertThat(c.locator()).isEqualTo(Locator.page("3"));
    }

    @Test
    void readsACrossReferenceWithoutPinpoint() {
        CrossReference c = (CrossReference) only("Lord Smith (n 14).");
        assertThat(c.note()).isEqualTo(14);
        assertThat(c.locator()).isNull();
    }

    @Test
    void leavesAnAuthorWhoseNameEndsInNToTheOtherReaders() {
        Citation c = only("Jane Roe, The Law of Things (OUP 1980) 12.");
        assertThat(c).isInstanceOf(FullCitation.class);
    }

    @Test
    void readsAnArticleWithItsYearBeforeTheVolumeAndAPinpointAfterTheFirstPage() {
        FullCitation c = (FullCitation) only("Joseph Roe, 'The Rule of Things and its Virtue' (1977) 93 LQR 210, 229.");
        Reference r = c.reference();
        assertThat(r.type()).isEqualTo(ItemType.ARTICLE_JOURNAL);
        assertThat(r.authors()).containsExactly(Name.of("Roe", "Joseph"));
        assertThat(r.title()).isEqualTo("The Rule of Things and its Virtue");
        assertThat(r.containerTitle()).isEqualTo("LQR");
        assertThat(r.volume()).isEqualTo("93");
        assertThat(r.page()).isEqualTo("210");
        assertThat(r.issued()).isEqualTo(PartialDate.ofYear(1977));
        assertThat(c.locator()).isEqualTo(Locator.page("229"));
    }

    @Test
    void readsAnArticleWhoseYearInSquareBracketsNumbersTheVolumes() {
        FullCitation c = (FullCitation) only("Ann Poe, ‘Courts and Things’ [2006] CLJ 100, 104.");
        assertThat(c.reference().volume()).isNull();
        assertThat(c.reference().containerTitle()).isEqualTo("CLJ");
        assertThat(c.reference().issued()).isEqualTo(PartialDate.ofYear(2006));
        assertThat(c.locator()).isEqualTo(Locator.page("104"));
    }

    @Test
    void readsACaseWithItsYearInSquareBracketsAndItsParagraphs() {
        FullCitation c = (FullCitation) only("R (on the application of Roe) v Attorney General [2006] 1 AC 262 "
                + "[144]-[157] (Lady Doe).");
        Reference r = c.reference();
        assertThat(r.type()).isEqualTo(ItemType.LEGAL_CASE);
        assertThat(r.title()).isEqualTo("R (on the application of Roe) v Attorney General");
        assertThat(r.volume()).isEqualTo("1");
        assertThat(r.containerTitle()).isEqualTo("AC");
        assertThat(r.page()).isEqualTo("262");
        assertThat(r.issued()).isEqualTo(PartialDate.ofYear(2006));
        assertThat(c.locator()).isEqualTo(new Locator("paragraph", "[144]-[157]"));
        assertThat(c.suffix()).isEqualTo("(Lady Doe)");
    }

    @Test
    void readsANeutralCitationWithAParagraph() {
        FullCitation c = (FullCitation) only("Roe v Prime Minister [2019] UKSC 41 [41].");
        assertThat(c.reference().containerTitle()).isEqualTo("UKSC");
        assertThat(c.reference().volume()).isNull();
        assertThat(c.locator()).isEqualTo(new Locator("paragraph", "[41]"));
    }

    @Test
    void readsThePublisherBeforeTheYearWithoutAPlace() {
        Reference r = ref(only("Jane Roe, The Law of Things (8th edn, Allen Lane 2010) 37."));
        assertThat(r.publisher()).isEqualTo("Allen Lane");
        assertThat(r.publisherPlace()).isNull();
        assertThat(r.edition()).isEqualTo("8");
        assertThat(r.issued()).isEqualTo(PartialDate.ofYear(2010));
    }
}

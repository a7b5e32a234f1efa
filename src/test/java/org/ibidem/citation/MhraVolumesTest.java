package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;
import static org.ibidem.citation.ParsedCitations.ref;

import org.junit.jupiter.api.Test;

/**
 * MHRA's volume of a multi-volume work, a bare number after the publication facts or the short title, then the
 * page labelled "p." or "pp." (as the CSL MHRA styles print it).
 */
class MhraVolumesTest {

    @Test
    void readsTheVolumeAfterThePublicationFactsAndThePageAfterIt() {
        Citation c = only("Ann Lee, Collected Papers (Harbour Press, 1977), 5, p. 286.");

        assertThat(ref(c).title()).isEqualTo("Collected Papers");
        assertThat(ref(c).publisher()).isEqualTo("Harbour Press");
        assertThat(ref(c).volume()).isEqualTo("5");
        assertThat(c.locator().value()).isEqualTo("286");
    }

    @Test
    void readsARomanVolumeBeforeARangeOfPages() {
        Citation c = only("Ann Lee, Collected Papers (London: Harbour Press, 1977), II, pp. 18–22.");

        assertThat(ref(c).volume()).isEqualTo("II");
        assertThat(c.locator().value()).isEqualTo("18–22");
    }

    @Test
    void readsTheVolumeOfAShortForm() {
        Citation c = only("Lee, Collected Papers, 5, pp. 321–322.");

        assertThat(c).isInstanceOfSatisfying(ShortCitation.class, s -> {
            assertThat(s.title()).isEqualTo("Collected Papers");
            assertThat(s.volume()).isEqualTo("5");
        });
        assertThat(c.locator().value()).isEqualTo("321–322");
    }

    @Test
    void twoBareNumbersAreNoVolumeAndPage() {
        Citation c = only("Ann Lee, Collected Papers (Harbour Press, 1977), 5, 286.");

        assertThat(ref(c).volume()).isNull();
    }

    @Test
    void readsADoubleIssueWrittenWithAStroke() {
        Citation c = only("Ann Lee, ‘Quays’, Port Review, 2.3/4 (1969), pp. 79–80, 85–86.");

        assertThat(ref(c).volume()).isEqualTo("2");
        assertThat(ref(c).issue()).isEqualTo("3/4");
        assertThat(c.locator().value()).isEqualTo("79–80, 85–86");
    }

    @Test
    void readsAJournalWithAnApostropheInItsName() {
        Citation c = only("Ann Lee, ‘A Reply’, Women’s Port Review, 5.1 (1996), pp. 25–30.");

        assertThat(ref(c).containerTitle()).isEqualTo("Women’s Port Review");
        assertThat(ref(c).volume()).isEqualTo("5");
        assertThat(ref(c).issued().year()).isEqualTo(1996);
    }

    @Test
    void readsAndOthersAfterTheFirstAuthorAsEtAl() {
        Citation c = only("Ann Lee and others, ‘Quays’, Port Review, 12.3 (1998), pp. 40–62.");

        assertThat(ref(c).authors()).hasSize(2);
        assertThat(ref(c).authors().get(0).family()).isEqualTo("Lee");
        assertThat(ref(c).authors().get(1).isOthers()).isTrue();
    }

    @Test
    void readsALaterCitationOfAChapterWithItsEditorsAsAShortForm() {
        Citation c = only("Lee, ‘The History of Docks’, ed. by Smith and Jones, p. 4.");

        assertThat(c).isInstanceOfSatisfying(ShortCitation.class,
                s -> assertThat(s.title()).isEqualTo("The History of Docks"));
        assertThat(c.locator().value()).isEqualTo("4");
    }
}

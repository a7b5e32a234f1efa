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
}

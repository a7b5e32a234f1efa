package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;
import static org.ibidem.citation.ParsedCitations.ref;

import org.junit.jupiter.api.Test;

/** Chicago's "5:286" after a book's publication facts: page 286 of volume 5, the volume the note cites. */
class VolumeColonPageTest {

    @Test
    void aVolumeAndPageAfterTheFactsGiveTheWorkItsVolume() {
        Citation c = only("Ann Lee, Collected Papers (Harbour Press, 1977), 5:286.");

        assertThat(ref(c).title()).isEqualTo("Collected Papers");
        assertThat(ref(c).volume()).isEqualTo("5");
        assertThat(c.locator().value()).isEqualTo("5:286");
    }

    @Test
    void aWorkInSeveralVolumesIsTheSetCitedAtAPlaceInOne() {
        Citation c = only("Ann Lee, Collected Papers, 2 vols. (Leeds: Harbour Press, 1977), 1:59.");

        assertThat(ref(c).volume()).isNull();
        assertThat(ref(c).numberOfVolumes()).isEqualTo("2");
        assertThat(c.locator().value()).isEqualTo("1:59");
    }

    @Test
    void withATranslatorTheVolumeAndPageAreAPlaceInTheSet() {
        // Chicago would write one volume as "Collected Papers, vol. 1, trans. Jo Smith (…), 59".
        Citation c = only("Ann Lee, Collected Papers, trans. Jo Smith (Leeds: Harbour Press, 1977), 1:59.");

        assertThat(ref(c).volume()).isNull();
        assertThat(c.locator().value()).isEqualTo("1:59");
    }

    @Test
    void aPageLabelledInFrontIsNoChicagoVolume() {
        Citation c = only("Ann Lee, Collected Papers (Harbour Press, 1977), pp. 1:59.");

        assertThat(ref(c).volume()).isNull();
    }

    @Test
    void aVolumeAlreadyGivenIsKept() {
        Citation c = only("Ann Lee, Collected Papers, vol. 5 (Leeds: Harbour Press, 1977), 286.");

        assertThat(ref(c).volume()).isEqualTo("5");
        assertThat(c.locator().value()).isEqualTo("286");
    }

    @Test
    void twoVolumesOfOneTitleCitedSoAreTwoWorks() {
        var notes = org.ibidem.Ibidem.analyzeText("essay.txt", String.join("\n",
                "[1] Ann Lee, Collected Papers (Harbour Press, 1977), 5:286.", "",
                "[2] Ann Lee, Collected Papers (Harbour Press, 1979), 6:12.", ""),
                org.ibidem.IbidemOptions.defaults()).notes();

        assertThat(notes.get(1).citations().get(0).sourceId())
                .isNotEqualTo(notes.get(0).citations().get(0).sourceId());
    }
}

package org.ibidem.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import org.ibidem.reference.Locator;
import org.junit.jupiter.api.Test;

/** A volume in front of the page and the work's own volume name the same volume. */
class VolumeInLocatorTest {

    @Test
    void theWorksOwnVolumeComesOffTheLocatorForTheStyleToPrint() {
        assertThat(VolumeInLocator.forWork("5", Locator.page("5:300"))).isEqualTo(Locator.page("300"));
        assertThat(VolumeInLocator.forWork("V", Locator.page("5:300"))).isEqualTo(Locator.page("300"));
    }

    @Test
    void anotherVolumesPageStaysAsWritten() {
        assertThat(VolumeInLocator.forWork("6", Locator.page("5:300"))).isEqualTo(Locator.page("5:300"));
        assertThat(VolumeInLocator.forWork(null, Locator.page("5:300"))).isEqualTo(Locator.page("5:300"));
    }

    @Test
    void aPageWithOrWithoutTheWorksVolumeInFrontIsTheSamePlace() {
        assertThat(VolumeInLocator.samePlace(Locator.page("286"), Locator.page("5:286"), "5")).isTrue();
        assertThat(VolumeInLocator.samePlace(Locator.page("5:321-322"), Locator.page("321–322"), "5")).isTrue();
        assertThat(VolumeInLocator.samePlace(Locator.page("286"), Locator.page("6:286"), "5")).isFalse();
        assertThat(VolumeInLocator.samePlace(null, Locator.page("286"), "5")).isFalse();
    }
}

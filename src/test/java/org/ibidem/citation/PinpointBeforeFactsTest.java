package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;
import static org.ibidem.citation.ParsedCitations.onlyWithItalics;
import static org.ibidem.citation.ParsedCitations.ref;

import org.junit.jupiter.api.Test;

/**
 * The place cited written before the publication facts, as older American notes do: "*Title*, Vol. II, p. 41
 * (London, 1888)", "*Papers*, Smith ed., IV, 210, 212 (Boston, 1911)". The pinpoint is the locator, never part
 * of the title.
 */
class PinpointBeforeFactsTest {

    @Test
    void readsALabelledPageBeforeTheFacts() {
        Citation c = onlyWithItalics("Ann Hale, *The Drained Land*, Vol. II, p. 41 (London, 1888).");

        assertThat(ref(c).title()).isEqualTo("The Drained Land");
        assertThat(ref(c).volume()).isEqualTo("II");
        assertThat(ref(c).publisherPlace()).isEqualTo("London");
        assertThat(c.locator().value()).isEqualTo("41");
    }

    @Test
    void readsARomanVolumeAndPagesBeforeTheFacts() {
        Citation c = onlyWithItalics("*Papers of Thomas Hale*, Smith ed., IV, 210, 212 (Boston, 1911).");

        assertThat(ref(c).title()).isEqualTo("Papers of Thomas Hale");
        assertThat(ref(c).issued().year()).isEqualTo(1911);
        assertThat(c.locator().value()).isEqualTo("IV, 210, 212");
    }

    @Test
    void readsALabelledPageBeforeTheFactsAfterATitleInRoman() {
        Citation c = only("Ann Hale, The Drained Land, p. 41 (London, 1888).");

        assertThat(ref(c).title()).isEqualTo("The Drained Land");
        assertThat(c.locator().value()).isEqualTo("41");
    }

    @Test
    void keepsAPageAfterTheFactsWhenBothAreWritten() {
        Citation c = onlyWithItalics("Ann Hale, *The Drained Land*, Vol. II (London, 1888), 41.");

        assertThat(ref(c).volume()).isEqualTo("II");
        assertThat(c.locator().value()).isEqualTo("41");
    }

    @Test
    void aYearBeforeTheFactsIsNoPinpoint() {
        Citation c = onlyWithItalics("Ann Hale, *Letters*, 1848 (London, 1888).");

        assertThat(c.locator()).isNull();
    }

    @Test
    void aBareNumberAfterATitleInRomanStaysInTheTitle() {
        Citation c = only("Ann Hale, Report of the Fen Commission, 12 (London, 1888).");

        assertThat(c.locator()).isNull();
    }
}

package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;
import static org.ibidem.citation.ParsedCitations.ref;

import org.junit.jupiter.api.Test;

/** An OSCOLA article cited by a range where its first page stands, as a CSL OSCOLA style prints it without one. */
class OscolaCitedPagesTest {

    @Test
    void aRangeWhereTheFirstPageStandsIsThePagesCited() {
        Citation c = only("Ann Lee, ‘Ports of Call’ (1969) 2 Harbour Law Review 79–80, 85–86.");

        assertThat(ref(c).containerTitle()).isEqualTo("Harbour Law Review");
        assertThat(ref(c).volume()).isEqualTo("2");
        assertThat(ref(c).page()).isNull();
        assertThat(c.locator().value()).isEqualTo("79–80, 85–86");
    }

    @Test
    void aSingleNumberThereIsStillTheFirstPage() {
        Citation c = only("Ann Lee, ‘Ports of Call’ (1969) 2 Harbour Law Review 79, 85.");

        assertThat(ref(c).page()).isEqualTo("79");
        assertThat(c.locator().value()).isEqualTo("85");
    }
}

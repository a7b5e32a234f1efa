package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;

import org.ibidem.citation.parse.Locators;
import org.ibidem.reference.Locator;
import org.junit.jupiter.api.Test;

/** Plain text writes the en dash of a range as two hyphens ("14--19"), as a typewriter did. */
class TypewriterDashTest {

    @Test
    void readsTwoHyphensInARangeAsAnEnDash() {
        assertThat(Locators.parse("pp. 14--19")).isEqualTo(Locator.page("14\u201319"));
        assertThat(Locators.parse("ii. 14--19")).isEqualTo(Locator.page("ii. 14\u201319"));
    }

    @Test
    void readsTheRangeOfAShortFormWrittenWithTwoHyphens() {
        assertThat(only("Hale, Drained Land, 212--14.").locator()).isEqualTo(Locator.page("212\u201314"));
    }
}

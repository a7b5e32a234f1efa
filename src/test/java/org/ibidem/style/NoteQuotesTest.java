package org.ibidem.style;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoteQuotesTest {

    @Test
    void aBritishStyleKeepsTheCommaOutsideTheTitlesQuotes() {
        assertThat(NoteQuotes.repair("Ann Lee, ‘Harbour Lights,’ Port Review, 4.2 (2001)", false))
                .isEqualTo("Ann Lee, ‘Harbour Lights’, Port Review, 4.2 (2001)");
    }

    @Test
    void anAmericanStyleKeepsItInside() {
        assertThat(NoteQuotes.repair("Ann Lee, “Harbour Lights,” Port Review 4", true))
                .isEqualTo("Ann Lee, “Harbour Lights,” Port Review 4");
    }

    @Test
    void aQuotationInsideASingleQuotedTitleGetsDoubleQuotes() {
        assertThat(NoteQuotes.repair("Lee, ‘The Mayor’s Speech, ‘On Tides,’ Given at the Pier,’ 3 May 1901", false))
                .isEqualTo("Lee, ‘The Mayor’s Speech, “On Tides,” Given at the Pier’, 3 May 1901");
    }

    @Test
    void aQuotationInsideADoubleQuotedTitleGetsSingleQuotes() {
        assertThat(NoteQuotes.repair("Lee, “The “New” Pier,” Port Review", true))
                .isEqualTo("Lee, “The ‘New’ Pier,” Port Review");
    }

    @Test
    void apostrophesAndUnpairedMarksAreLeftAlone() {
        assertThat(NoteQuotes.repair("Lee, ‘The Sailors’ Hall’, Review", false))
                .isEqualTo("Lee, ‘The Sailors’ Hall’, Review");
        assertThat(NoteQuotes.repair("Lee, “Six-inch” pipes”, Review", false))
                .isEqualTo("Lee, “Six-inch” pipes”, Review");
    }

    @Test
    void aQuestionMarkEndingTheTitleStaysInsideAndNothingIsDoubled() {
        assertThat(NoteQuotes.repair("Lee, ‘Why Ports?,’ Review", false)).isEqualTo("Lee, ‘Why Ports?,’ Review");
    }
}

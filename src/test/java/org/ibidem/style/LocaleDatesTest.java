package org.ibidem.style;

import static org.assertj.core.api.Assertions.assertThat;

import org.ibidem.reference.ItemType;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;

class LocaleDatesTest {
    private static final Reference NEWSPAPER = Reference.builder(ItemType.ARTICLE_NEWSPAPER).title("A Title")
            .containerTitle("The Times").issued(PartialDate.of(1956, 12, 29)).build();

    @Test
    void aBritishStylePrintsTheDayBeforeTheMonthAsCiteprocJsDoes() {
        // citeproc-js 2.4.63: "‘A Title’ The Times (29 December 1956)."; citeproc-java alone: "(December 29, 1956)".
        assertThat(NoteStyle.load("oscola").format(NEWSPAPER, null, CitePosition.FIRST, OutputFormat.TEXT))
                .contains("(29 December 1956)");
        assertThat(NoteStyle.load("mhra-notes").format(NEWSPAPER, null, CitePosition.FIRST, OutputFormat.TEXT))
                .contains("29 December 1956");
    }

    @Test
    void anAmericanStyleIsLeftAsItWas() {
        assertThat(NoteStyle.load("chicago-notes-bibliography")
                .format(NEWSPAPER, null, CitePosition.FIRST, OutputFormat.TEXT)).contains("December 29, 1956");
    }

    @Test
    void theLocaleGivenDecides() {
        String cite = new CitationFormatter().format(new Cite(NEWSPAPER, null, CitePosition.FIRST),
                "chicago-notes-bibliography", OutputFormat.TEXT, "en-GB");
        assertThat(cite).contains("29 December 1956");
    }

    @Test
    void aBritishBibliographyPrintsTheDayBeforeTheMonth() {
        Reference signed = NEWSPAPER.toBuilder().authors(java.util.List.of(
                org.ibidem.reference.Name.of("Roe", "Jane"))).build();
        assertThat(new BibliographyFormatter().format(java.util.List.of(signed), "harvard-cite-them-right",
                OutputFormat.TEXT).text()).contains("29 December").doesNotContain("December 29");
        assertThat(new BibliographyFormatter().format(java.util.List.of(signed), "chicago-notes-bibliography",
                OutputFormat.TEXT).text()).contains("December 29, 1956");
        assertThat(new BibliographyFormatter().format(java.util.List.of(signed), "chicago-notes-bibliography",
                OutputFormat.TEXT, "en-GB").text()).contains("29 December 1956");
    }

    @Test
    void aStyleWithDateFormatsOfItsOwnKeepsThem() {
        String style = "<style><info></info><locale><date form=\"text\"><date-part name=\"year\"/></date></locale>"
                + "</style>";
        assertThat(LocaleDates.withDates(style, "en-GB")).isEqualTo(style);
        assertThat(LocaleDates.withDates("<style><info></info></style>", "en-US"))
                .isEqualTo("<style><info></info></style>");
        assertThat(LocaleDates.withDates("<style><info></info></style>", "en-GB"))
                .contains("<locale><date form=\"text\">").contains("name=\"day\"");
    }
}

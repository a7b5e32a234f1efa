package org.ibidem.style;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One citation, or one note of several, in each position; read against CMOS 18 and MHRA 4th ed. (7.12). */
class CitationFormatterTest {

    private static final Reference SHEN = SampleReferences.SHEN_BOOK;
    private static final Reference RUSH = SampleReferences.RUSH_ARTICLE_PAGES;

    private static final CitationFormatter FORMATTER = new CitationFormatter();

    private static String cite(CitePosition position, String page, String style) {
        return FORMATTER.format(new Cite(SHEN, page == null ? null : Locator.page(page), position), style,
                OutputFormat.TEXT);
    }

    @Test
    void writesTheFirstCiteOfAWorkInFull() {
        assertThat(cite(CitePosition.FIRST, "141", "chicago")).isEqualTo("Zhihua Shen, Reviewing and Reconsidering"
                + " the History of Sino-Soviet Relations (Social Sciences Academic Press, 2016), 141.");
    }

    @Test
    void writesALaterCiteShort() {
        assertThat(cite(CitePosition.SUBSEQUENT, "11-22", "chicago"))
                .isEqualTo("Shen, Reviewing and Reconsidering the History of Sino-Soviet Relations, 11–22.");
    }

    @Test
    void writesIbidCapitalisedAtTheStartOfTheNote() {
        assertThat(cite(CitePosition.IBID, null, "mhra-notes-subsequent-ibid")).isEqualTo("Ibid.");
    }

    @Test
    void writesIbidWithTheNewPlace() {
        assertThat(cite(CitePosition.IBID_WITH_LOCATOR, "125", "mhra-notes-subsequent-ibid"))
                .isEqualTo("Ibid., p. 125.");
    }

    @Test
    void writesIbidInTheLocaleAskedFor() {
        assertThat(FORMATTER.format(new Cite(SHEN, Locator.page("141"), CitePosition.IBID_WITH_LOCATOR),
                "mhra-notes-subsequent-ibid", OutputFormat.TEXT, "de-DE")).isEqualTo("Ebd., S. 141.");
    }

    @Test
    void joinsTheCitesOfANoteAsTheStyleDoesWithOneFinalStop() {
        String note = FORMATTER.formatNote(List.of(new Cite(SHEN, Locator.page("12"), CitePosition.SUBSEQUENT),
                new Cite(RUSH, Locator.page("53"), CitePosition.FIRST)), "chicago", OutputFormat.TEXT, null);

        assertThat(note).isEqualTo("Shen, Reviewing and Reconsidering the History of Sino-Soviet Relations, 12;"
                + " Myron Rush, “After Khrushchev: Problems of Succession in the Soviet Union,” Studies in"
                + " Comparative Communism 2, no. 3 (1969): 53.");
    }

    @Test
    void writesHtmlWithItalicTitles() {
        assertThat(FORMATTER.format(new Cite(RUSH, Locator.page("53"), CitePosition.FIRST), "chicago",
                OutputFormat.HTML)).isEqualTo("Myron Rush, &ldquo;After Khrushchev: Problems of Succession in the"
                + " Soviet Union,&rdquo; <i>Studies in Comparative Communism</i> 2, no. 3 (1969): 53.");
    }

    @Test
    void writesTheInTextFormOfAnAuthorDateStyleInEveryPosition() {
        assertThat(cite(CitePosition.FIRST, "141", "chicago-author-date")).isEqualTo("(Shen 2016, 141)");
        assertThat(cite(CitePosition.SUBSEQUENT, "141", "chicago-author-date")).isEqualTo("(Shen 2016, 141)");
    }

    @Test
    void refusesAnUnknownLocale() {
        assertThatThrownBy(() -> FORMATTER.format(new Cite(SHEN, null, CitePosition.FIRST), "chicago",
                OutputFormat.TEXT, "xx-YY"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown locale 'xx-YY'.");
    }

    @Test
    void refusesANoteWithoutCites() {
        assertThatThrownBy(() -> FORMATTER.formatNote(List.of(), "chicago", OutputFormat.TEXT, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ibid.|Ibid.",
        "<i>ibid.</i>|<i>Ibid.</i>",
        "&ldquo;on war,&rdquo;|&ldquo;On war,&rdquo;",
        "“de Gaulle”|“De Gaulle”",
        "5:286|5:286"})
    void capitalisesTheFirstLetterOfANoteOnly(String note, String expected) {
        assertThat(CitationFormatter.capitalizeFirst(note)).isEqualTo(expected);
    }
}

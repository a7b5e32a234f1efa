package org.ibidem.style;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Locator;
import org.ibidem.reference.PartialDate;
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
    void citesAnActAndAnEnglishReportWithTheirYearsWhereEachStyleWantsThem() {
        Reference act = Reference.builder(ItemType.LEGISLATION).title("Harbours Act 1964")
                .issued(PartialDate.ofYear(1964)).build();
        Reference smith = Reference.builder(ItemType.LEGAL_CASE).title("Smith v Jones").volume("2").containerTitle("KB")
                .page("155").authority("CA").issued(PartialDate.ofYear(1901)).build();
        Locator section = new Locator("section", "14");

        assertThat(FORMATTER.format(new Cite(act, section, CitePosition.FIRST), "chicago", OutputFormat.TEXT))
                .isEqualTo("Harbours Act 1964, § 14.");
        assertThat(FORMATTER.format(new Cite(smith, Locator.page("160"), CitePosition.FIRST), "oscola",
                OutputFormat.TEXT)).isEqualTo("Smith v Jones [1901] 2 KB 155 (CA) 160.");
        // In the text the year tells the work: an author-date style keeps it ("n.d." without it).
        assertThat(FORMATTER.format(new Cite(act, null, CitePosition.FIRST), "apa", OutputFormat.TEXT))
                .isEqualTo("(Harbours Act 1964, 1964)");
        assertThat(FORMATTER.format(new Cite(smith, null, CitePosition.FIRST), "apa", OutputFormat.TEXT))
                .isEqualTo("(Smith v Jones, 1901)");
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
    void pointsBackToTheNoteOfTheFullCitationInOscola() {
        assertThat(FORMATTER.format(new Cite(SHEN, Locator.page("12"),
                new CitePosition(CitePosition.Kind.SUBSEQUENT, false, 2)), "oscola", OutputFormat.TEXT))
                .isEqualTo("Shen (n 2) 12.");
    }

    @Test
    void keepsOscolasLowerCaseIbid() {
        assertThat(cite(new CitePosition(CitePosition.Kind.IBID, true, 2), null, "oscola")).isEqualTo("ibid.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "oscola|FIRST|141", "oscola|SUBSEQUENT|12", "oscola|IBID_WITH_LOCATOR|9",
        "chicago-notes-bibliography|FIRST|141", "chicago-notes-bibliography|SUBSEQUENT|11-22",
        "mhra-notes-subsequent-ibid|SUBSEQUENT|7", "mhra-notes-subsequent-ibid|IBID_WITH_LOCATOR|125"})
    void formatsACiteAsTheRewriteRendersIt(String style, CitePosition.Kind kind, String page) {
        CitePosition position = kind == CitePosition.Kind.FIRST ? CitePosition.FIRST : new CitePosition(kind, true, 3);
        NoteStyle rewrite = NoteStyle.load(style);
        String cite = rewrite.format(RUSH, Locator.page(page), position, OutputFormat.TEXT);
        // A note opens with a capital, except OSCOLA's "ibid", which the style sets in lower case.
        String note = (style.equals("oscola") ? cite : CitationFormatter.capitalizeFirst(cite))
                + rewrite.layoutSuffix();

        assertThat(FORMATTER.format(new Cite(RUSH, Locator.page(page), position), style, OutputFormat.TEXT))
                .isEqualTo(note);
    }

    @Test
    void numbersTheWorksOfASessionInOrderOfFirstCitation() {
        CitationFormatter.Session ieee = FORMATTER.session("ieee", OutputFormat.TEXT, null);

        assertThat(ieee.format(new Cite(SHEN, Locator.page("141"), CitePosition.FIRST))).isEqualTo("[1, p. 141]");
        assertThat(ieee.format(new Cite(RUSH, null, CitePosition.FIRST))).isEqualTo("[2]");
        assertThat(ieee.format(new Cite(SHEN, null, CitePosition.SUBSEQUENT))).isEqualTo("[1]");
        assertThat(ieee.cited()).containsExactly(SHEN, RUSH);
        assertThat(ieee.bibliography().entries()).satisfiesExactly(
                e -> assertThat(e).startsWith("[1] Z. Shen,"), e -> assertThat(e).startsWith("[2] M. Rush,"));
    }

    @Test
    void sortsAndCollapsesTheNumbersOfANoteAsTheStyleSays() {
        CitationFormatter.Session vancouver = FORMATTER.session("vancouver", OutputFormat.TEXT, null);
        vancouver.number(SHEN);
        vancouver.number(RUSH);

        assertThat(vancouver.formatNote(List.of(new Cite(SampleReferences.PEOPLES_PRESS_EDITORIAL, null,
                CitePosition.FIRST), new Cite(RUSH, null, CitePosition.FIRST), new Cite(SHEN, null,
                CitePosition.SUBSEQUENT)))).isEqualTo("(1–3)");
        assertThat(vancouver.formatNote(List.of(new Cite(RUSH, null, CitePosition.SUBSEQUENT),
                new Cite(SHEN, null, CitePosition.SUBSEQUENT)))).isEqualTo("(1,2)");
    }

    @Test
    void numbersAWorkByItsPlaceInABibliographySortedByAuthor() {
        CitationFormatter.Session lncs = FORMATTER.session("springer-lecture-notes-in-computer-science-alphabetical",
                OutputFormat.TEXT, null);
        lncs.number(SHEN);
        lncs.number(RUSH);

        assertThat(lncs.format(new Cite(SHEN, null, CitePosition.FIRST))).isEqualTo("[2]");
        assertThat(lncs.format(new Cite(RUSH, null, CitePosition.FIRST))).isEqualTo("[1]");
        assertThat(lncs.bibliography().entries()).satisfiesExactly(
                e -> assertThat(e).startsWith("1. Rush, M."), e -> assertThat(e).startsWith("2. Shen, Z."));
    }

    @Test
    void numbersEachNoteFormattedAloneFromOne() {
        assertThat(FORMATTER.formatNote(List.of(new Cite(RUSH, null, CitePosition.FIRST),
                new Cite(SHEN, null, CitePosition.FIRST)), "ieee", OutputFormat.TEXT, null)).isEqualTo("[1], [2]");
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

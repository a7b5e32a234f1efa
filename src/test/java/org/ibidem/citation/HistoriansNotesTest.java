package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ibidem.reference.Locator;
import org.junit.jupiter.api.Test;

/**
 * Conventions of nineteenth-century historians' notes, each on a note written for the test: short forms run
 * together with commas alone, works cited by the day of a despatch or a newspaper, authors named in the prose.
 */
class HistoriansNotesTest {

    private static final NoteParser PARSER = new NoteParser();

    private static ShortCitation shortAt(List<Citation> cs, int i) {
        return (ShortCitation) cs.get(i);
    }

    @Test
    void cutsShortFormsJoinedByCommasAfterAPage() {
        List<Citation> cs = PARSER.parse("Hartley, ii. 41, 43, Lowther, Sandys's Annals of the Navy, 12.");
        assertThat(cs).hasSize(3);
        assertThat(shortAt(cs, 0).locator()).isEqualTo(new Locator("page", "ii. 41, 43"));
        assertThat(shortAt(cs, 1).text()).isEqualTo("Lowther");
        assertThat(shortAt(cs, 2).locator()).isEqualTo(new Locator("page", "12"));
    }

    @Test
    void cutsAWorkAfterTheDayOfADiary() {
        List<Citation> cs = PARSER.parse("Lowther's Journal, March 3, 1688-9, Hartley's Letter to Quin.");
        assertThat(cs).hasSize(2);
        assertThat(shortAt(cs, 0).locator()).isEqualTo(new Locator("date", "March 3, 1688-9"));
        assertThat(shortAt(cs, 1).text()).startsWith("Hartley's Letter");
    }

    @Test
    void keepsAPlaceAndYearAfterAPageWithTheWork() {
        assertThat(PARSER.parse("Hume, History of England, vol. 3, 41, London, 1778.")).hasSize(1);
    }

    @Test
    void keepsADocumentDescribedAfterItsNumberWithIt() {
        assertThat(PARSER.parse("Papers, No. 6, Sir J. Hartley to Lord Quin, May 4.")).hasSize(1);
        assertThat(PARSER.parse("White Paper, p. 40, Exhibit IV.")).hasSize(1);
    }

    @Test
    void keepsASecondSeriesWithItsWork() {
        assertThat(PARSER.parse("Hartley's Letters, First Series, iii. 33, Second Series, iv. 7.")).hasSize(1);
    }

    @Test
    void readsANewspaperCitedByItsDayAsAShortFormDatedSo() {
        ShortCitation c = (ShortCitation) PARSER.parse("See the Court Gazette of May 3, 1689.").get(0);
        assertThat(c.locator()).isEqualTo(new Locator("date", "May 3, 1689"));
        assertThat(c.text()).isEqualTo("See the Court Gazette of May 3, 1689.");
    }

    @Test
    void readsADespatchOfADayAsItsWritersCorrespondence() {
        ShortCitation c = (ShortCitation) PARSER.parse("Hartley's despatch of Feb. 9-19, 1689.").get(0);
        assertThat(c.authors()).extracting(a -> a.family()).containsExactly("Hartley");
        assertThat(c.locator()).isEqualTo(new Locator("date", "Feb. 9-19, 1689"));
        ShortCitation both = (ShortCitation) PARSER.parse("Lowther's Letters of Jan. 22,/Feb. 1, 1689.").get(0);
        assertThat(both.locator()).isEqualTo(new Locator("date", "Jan. 22,/Feb. 1, 1689"));
    }

    @Test
    void readsAuthorsThatAProseSentenceReports() {
        List<Citation> cs = PARSER.parse("Hartley and Lowther say that the fleet sailed at night.");
        assertThat(cs).hasSize(2);
        assertThat(shortAt(cs, 0).text()).isEqualTo("Hartley");
        assertThat(shortAt(cs, 1).text()).isEqualTo("Lowther");
        assertThat(PARSER.parse("Quin mentions this rumour with scorn.")).hasSize(1);
    }

    @Test
    void readsNoAuthorInASentenceThatOpensWithAPronoun() {
        assertThat(PARSER.parse("He says that it was so.")).isEmpty();
        assertThat(PARSER.parse("Historians say that the fleet sailed at night.")).isEmpty();
    }

    @Test
    void cutsAPageRunIntoTheNextShortForm() {
        List<Citation> cs = PARSER.parse("Welwood, 139 Hartley, i. 609; Quin.");
        assertThat(cs).hasSize(3);
        assertThat(shortAt(cs, 0).locator()).isEqualTo(new Locator("page", "139"));
        assertThat(shortAt(cs, 1).locator()).isEqualTo(new Locator("page", "i. 609"));
    }

    @Test
    void keepsANumberInsideATitleWithItsWork() {
        assertThat(PARSER.parse("Hartley, Book 2 Revised, 14.")).hasSize(1);
    }

    @Test
    void cutsTwoNewspapersNamedTogether() {
        List<Citation> cs = PARSER.parse("Court Gazette, Mercure Galant; Hartley, ii. 10.");
        assertThat(cs).hasSize(3);
        assertThat(shortAt(cs, 1).text()).isEqualTo("Mercure Galant");
    }

    @Test
    void keepsAnAuthorAndATitleThatNamesNoPeriodical() {
        assertThat(PARSER.parse("Hartley, Annals of the Fleet.")).hasSize(1);
    }

    @Test
    void readsAShortTitleWithItsArticle() {
        ShortCitation c = (ShortCitation) PARSER.parse("See also the Annals, 647.").get(0);
        assertThat(c.text()).isEqualTo("See also the Annals, 647.");
        assertThat(c.locator()).isEqualTo(new Locator("page", "647"));
    }

    @Test
    void readsAShortTitleThatOpensAParagraphOfProse() {
        List<Citation> cs = PARSER.parse("Revolution Politics; Higgons on Hartley. What Lowther says of the fleet "
                + "is confirmed by others.");
        assertThat(cs).hasSize(2);
        assertThat(shortAt(cs, 1).text()).isEqualTo("Higgons on Hartley.");
        assertThat(shortAt(cs, 1).suffix()).contains("What Lowther says");
    }

    @Test
    void readsNoTitleInAnAbbreviationThatOpensProse() {
        assertThat(PARSER.parse("As Mrs. Hartley has shown, the fleet sailed at night.")).isEmpty();
    }

    @Test
    void readsASentenceThatEndsOnANewspapersDay() {
        ShortCitation c = (ShortCitation) PARSER.parse("The changes are announced in the Court Gazette, May 9, 1689.")
                .get(0);
        assertThat(c.title()).isEqualTo("Court Gazette");
        assertThat(c.locator()).isEqualTo(new Locator("date", "May 9, 1689"));
    }

    @Test
    void readsASentenceThatEndsOnADespatch() {
        ShortCitation c = (ShortCitation) PARSER.parse("The chief authority for this is Hartley's despatch of "
                + "Feb. 9-19, 1689.").get(0);
        assertThat(c.authors()).extracting(a -> a.family()).containsExactly("Hartley");
        assertThat(c.locator()).isEqualTo(new Locator("date", "Feb. 9-19, 1689"));
    }

    @Test
    void readsNoNewspaperInProseAboutAPlace() {
        // No periodical is named: no short form of one dated so (what older readers make of it is theirs).
        assertThat(PARSER.parse("The fleet was seen in the Downs, May 9, 1689."))
                .noneMatch(c -> c instanceof ShortCitation);
    }

    @Test
    void readsTheWorksAProseNoteSendsTheReaderTo() {
        List<Citation> cs = PARSER.parse("Summaries will be found in Lowther's Life of Quin, and in Sandys's Annals "
                + "of the Navy.");
        assertThat(cs).hasSize(2);
        assertThat(shortAt(cs, 0).text()).isEqualTo("Lowther's Life of Quin");
        assertThat(shortAt(cs, 1).text()).isEqualTo("Sandys's Annals of the Navy");
        assertThat(PARSER.parse("The letters will be found in the Hartley Papers.")).hasSize(1);
    }

    @Test
    void readsNoWorkWhereAProseNoteSaysWhereAThingWasFound() {
        assertThat(PARSER.parse("The body was found in the river.")).isEmpty();
    }
}

package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;

import java.util.List;
import org.ibidem.reference.Locator;
import org.junit.jupiter.api.Test;

/**
 * Conventions of notes in older books and their annotated editions, each on notes written for the test: editors'
 * signatures, days given in both calendars, "Id." at another day of a diary.
 */
class EarlierScholarshipConventionsTest {

    private static final NoteParser PARSER = new NoteParser();

    @Test
    void setsAnEditorsSignatureApartFromTheCitationBeforeIt() {
        ShortCitation c = (ShortCitation) only("See Hartley's Annals, ii. 254.--W.");
        assertThat(c.locator()).isEqualTo(new Locator("page", "ii. 254"));
        assertThat(c.text()).doesNotContain("--W");
        List<Citation> two = PARSER.parse("Hartley, Annals, iv. 12.--W. Compare Lowther, Memoirs, 31.");
        assertThat(two).hasSize(2);
        assertThat(((ShortCitation) two.get(1)).locator()).isEqualTo(new Locator("page", "31"));
    }

    @Test
    void readsAnEditorsSignatureWithoutItsPeriodAtTheEndOfTheNote() {
        ShortCitation c = (ShortCitation) only("Lowther, Memoirs, 44--GH");
        assertThat(c.locator()).isEqualTo(new Locator("page", "44"));
    }

    @Test
    void keepsADashBeforeACapitalInsideProse() {
        List<Citation> cs = PARSER.parse("Lowther, Memoirs, 44. The war—A new view of it—was his theme.");
        assertThat(cs).hasSize(1);
        assertThat(((ShortCitation) cs.get(0)).suffix()).contains("The war—A new view of it—was his theme");
    }

    @Test
    void locatesALetterDatedInBothCalendars() {
        ShortCitation c = (ShortCitation) only("Hartley to Lowther, March 12,/March 22, 1688.");
        assertThat(c.locator()).isEqualTo(new Locator("date", "March 12,/March 22, 1688"));
        ShortCitation monthOnly = (ShortCitation) only("Lowther, Jan. 30,/Feb. 1689.");
        assertThat(monthOnly.locator()).isEqualTo(new Locator("date", "Jan. 30,/Feb. 1689"));
    }

    @Test
    void readsIdAtAnotherDayOfTheSameDiary() {
        List<Citation> cs = PARSER.parse("Id., March 3, 1688-9.");
        IbidCitation id = (IbidCitation) cs.get(0);
        assertThat(id.locator()).isEqualTo(new Locator("date", "March 3, 1688-9"));
    }

    @Test
    void readsTheSourceThatClosesAQuotation() {
        ShortCitation c = (ShortCitation) only("Nihil est ab omni parte beatum, as the poet sadly observed of it. "
                + "Horat. Carm. ii. 16.");
        assertThat(c.locator()).isEqualTo(new Locator("page", "ii. 16"));
        // Read as author and abbreviated title (Horat., Carm.), the commentary before it is its lead-in.
        assertThat(c.text()).endsWith("Horat. Carm. ii. 16.");
        assertThat(c.prefix()).contains("as the poet sadly observed of it");
    }

    @Test
    void keepsTheRemarkBeforeAClosingSourceWithTheCitationBefore() {
        List<Citation> cs = PARSER.parse("Hartley, Annals, 31; the story is doubtful, and nobody believed it then. "
                + "Lowther, Memoirs, iv. 12.");
        assertThat(cs).hasSize(2);
        // The remark is kept: as what follows the first citation, or as the lead-in of the second.
        String kept = ((ShortCitation) cs.get(0)).suffix() + " | " + ((ShortCitation) cs.get(1)).prefix();
        assertThat(kept).contains("nobody believed it then");
        assertThat(((ShortCitation) cs.get(1)).locator()).isEqualTo(new Locator("page", "iv. 12"));
    }

    @Test
    void doesNotReadAClosingSentenceWithoutALocatorAsASource() {
        assertThat(PARSER.parse("He went to the war in the spring of that year. Then he went home again.")).isEmpty();
        assertThat(PARSER.parse("The dispute went on for years, as disputes do. Hartley settled it.")).isEmpty();
    }

    @Test
    void readsAVolumeAndPageAfterAnAuthorAndTitleAsTheLocator() {
        ShortCitation c = (ShortCitation) only("Lowther, Memoirs, ii. 12.");
        assertThat(c.form()).isEqualTo(ShortCitation.Form.AUTHOR_TITLE);
        assertThat(c.title()).isEqualTo("Memoirs");
        assertThat(c.locator()).isEqualTo(new Locator("page", "ii. 12"));
    }

    @Test
    void splitsABookAndChapterFromAnAbbreviatedTitleWithoutAComma() {
        ShortCitation c = (ShortCitation) only("Sallust. Jug. xii. 4.");
        assertThat(c.locator()).isEqualTo(new Locator("page", "xii. 4"));
        assertThat(c.text()).isEqualTo("Sallust. Jug. xii. 4.");
    }

    @Test
    void partsTwoShortFormsAtAColonAfterAPage() {
        List<Citation> cs = PARSER.parse("Hartley, i. 606: Lowther's Diary, Feb. 4, 1684-5: Fenwick's Memoirs, 140.");
        assertThat(cs).hasSize(3);
        assertThat(((ShortCitation) cs.get(1)).locator()).isEqualTo(new Locator("date", "Feb. 4, 1684-5"));
        assertThat(((ShortCitation) cs.get(2)).locator()).isEqualTo(new Locator("page", "140"));
    }

    @Test
    void keepsASubtitleOrAFurtherSeriesAfterAColonWithItsWork() {
        assertThat(PARSER.parse("Hartley's Letters, First Series, iii. 333: Second Series, iv. 74.")).hasSize(1);
        assertThat(PARSER.parse("John Hartley, A History of England, vol. 2: The Age of Reform (London: Smith, "
                + "1900), 45.")).hasSize(1);
        assertThat(PARSER.parse("Ann Hartley, “Reform 2.0: The Second Wave,” in Fenwick, Essays, 12.")).hasSize(1);
        assertThat(PARSER.parse("Ann Hartley, \"Reform and its critics\", CONF '03: Proceedings of the Meeting, "
                + "pp. 4-6.")).hasSize(1);
    }

    @Test
    void readsAWorkNamedByItsAuthorsPossessiveAfterAPageAsACitation() {
        List<Citation> cs = PARSER.parse("Lowther's Despatches of Feb. 3-13. Hartley's Narrative; Fenwick, 277.");
        assertThat(cs).hasSize(3);
        assertThat(((ShortCitation) cs.get(1)).title()).isEqualTo("Narrative");
    }

    @Test
    void readsANameInProseWithItsReferenceInParentheses() {
        ShortCitation c = (ShortCitation) only("Dr. Hartley (Annals, l. ii. c. 7) has treated the subject at length.");
        assertThat(c.authors()).extracting(org.ibidem.reference.Name::family).containsExactly("Hartley");
        assertThat(c.title()).isEqualTo("Annals");
        assertThat(c.locator()).isEqualTo(new Locator("chapter", "l. ii. c. 7"));
        ShortCitation pageOnly = (ShortCitation) only("By comparing the accounts, Lowther (p. 327) has drawn a map.");
        assertThat(pageOnly.form()).isEqualTo(ShortCitation.Form.AUTHOR_ONLY);
        assertThat(pageOnly.locator()).isEqualTo(new Locator("page", "327"));
    }

    @Test
    void doesNotReadParenthesesWithoutAPlaceAsAReference() {
        assertThat(PARSER.parse("Hartley (who was then in exile) wrote about the war at some length.")).isEmpty();
    }

    @Test
    void keepsTheNotesOwnTextForANameInProseWithItsReference() {
        // Read as "Hartley, Annals, l. ii. c. 7", but the citation's text is what the note wrote.
        List<Citation> cs = PARSER.parse("Dr. Hartley (Annals, l. ii. c. 7) has discussed the matter at length.");
        assertThat(cs).hasSize(1);
        assertThat(cs.get(0).text()).isEqualTo("Hartley (Annals, l. ii. c. 7"); // (up to the reference's end)
    }

    @Test
    void readsNoReferenceInTheFactsOfAnEditedBook() {
        List<Citation> cs = PARSER.parse("Jian Wu, \u201cThe Split,\u201d in _Letters of Empire_, ed. Lars Arendt "
                + "(New York: Liveright, 1993), 284\u2013314.");
        assertThat(cs).allSatisfy(c -> assertThat(c.text()).doesNotContain("Arendt, New York"));
    }
}

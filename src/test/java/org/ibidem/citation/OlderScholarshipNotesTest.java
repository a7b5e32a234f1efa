package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;

import org.ibidem.reference.Locator;
import org.junit.jupiter.api.Test;

/** Conventions of earlier scholarship: notes written before the modern manuals, as older books print them. */
class OlderScholarshipNotesTest {

    @Test
    void readsABareVolumeNumeralBeforeThePageAsPartOfTheLocator() {
        ShortCitation c = (ShortCitation) only("Hartley, i, 606.");
        assertThat(c.form()).isEqualTo(ShortCitation.Form.AUTHOR_ONLY);
        assertThat(c.title()).isNull();
        assertThat(c.locator()).isEqualTo(new Locator("page", "i, 606"));
    }

    @Test
    void keepsATitleThatIsAWordAfterTheAuthor() {
        ShortCitation c = (ShortCitation) only("Hartley, Mill, 606.");
        assertThat(c.title()).isEqualTo("Mill");
    }

    @Test
    void endsTheCitationAtItsPageWhenASentenceFollows() {
        ShortCitation c = (ShortCitation) only("Hartley, i. 605. The Treasury Books prove that Hartley knew.");
        assertThat(c.form()).isEqualTo(ShortCitation.Form.AUTHOR_ONLY);
        assertThat(c.locator()).isEqualTo(new Locator("page", "i. 605"));
        assertThat(c.suffix()).isEqualTo("The Treasury Books prove that Hartley knew");
    }

    @Test
    void locatesALetterOrDiaryByTheDayItWasWritten() {
        ShortCitation c = (ShortCitation) only("Lowther, Feb. 16-26, 1685.");
        assertThat(c.form()).isEqualTo(ShortCitation.Form.AUTHOR_ONLY);
        assertThat(c.locator()).isEqualTo(new Locator("date", "Feb. 16-26, 1685"));
        ShortCitation diary = (ShortCitation) only("Hartley's Diary, Jan. 28, 1684-5, June 11, 1699.");
        assertThat(diary.locator()).isEqualTo(new Locator("date", "Jan. 28, 1684-5, June 11, 1699"));
    }

    @Test
    void readsASecondSpanOfDaysAsPartOfTheDate() {
        ShortCitation c = (ShortCitation) only("Lowther, Feb. 9-19, 16-26.");
        assertThat(c.form()).isEqualTo(ShortCitation.Form.AUTHOR_ONLY);
        assertThat(c.locator()).isEqualTo(new Locator("date", "Feb. 9-19, 16-26"));
    }

    @Test
    void readsTheLatinDivisionsOfOlderNotesAsOneLocator() {
        assertThat(((ShortCitation) only("Hartley, l. iv. c. 6.")).locator())
                .isEqualTo(new Locator("chapter", "l. iv. c. 6"));
        assertThat(((ShortCitation) only("Hartley, Memoirs, tom. ii. p. 511.")).locator())
                .isEqualTo(new Locator("page", "tom. ii. p. 511"));
        assertThat(((ShortCitation) only("Hartley, lib. ii. cap. 3.")).locator())
                .isEqualTo(new Locator("chapter", "lib. ii. cap. 3"));
    }

    @Test
    void readsAPageRangeWhoseDashIsHeldByWordJoiners() {
        assertThat(((ShortCitation) only("The Greville Memoirs, VI, 303\u2060\u2013\u20604.")).locator())
                .isEqualTo(new Locator("page", "VI, 303\u20134"));
    }
}

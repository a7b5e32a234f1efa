package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;

import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;

/**
 * Newspaper, magazine and web articles as law reviews cite them: the periodical in capitals, the date (and time)
 * in parentheses, the URL and an archived copy. Each note is written for this test.
 */
class BluebookPressTest {

    @Test
    void readsANewspaperArticleWithItsTimeOfPosting() {
        FullCitation c = (FullCitation) only("Jim Smith, Trapped in a Story: Readers Speak Out, N.Y. TIMES (Jan. 24, "
                + "2019, 1:00 AM), https://www.example.com/2019/story [https://perma.cc/AB12-CD34].");
        Reference r = c.reference();
        assertThat(r.type()).isEqualTo(ItemType.ARTICLE_NEWSPAPER);
        assertThat(r.authors()).containsExactly(Name.of("Smith", "Jim"));
        assertThat(r.title()).isEqualTo("Trapped in a Story: Readers Speak Out");
        assertThat(r.containerTitle()).isEqualTo("N.Y. Times");
        assertThat(r.issued()).isEqualTo(PartialDate.of(2019, 1, 24));
        assertThat(r.url()).isEqualTo("https://www.example.com/2019/story");
        assertThat(r.publisher()).isNull();
    }

    @Test
    void readsAnUnsignedStoryAndTwoAuthorsAndAQuotedHeadline() {
        Reference unsigned = ((FullCitation) only("Lake Town Fire: What Do We Know About It?, NBC NEWS (May 26, "
                + "2014, 12:02 AM), https://www.example.com/fire")).reference();
        assertThat(unsigned.authors()).isEmpty();
        assertThat(unsigned.title()).isEqualTo("Lake Town Fire: What Do We Know About It?");
        assertThat(unsigned.containerTitle()).isEqualTo("NBC News");
        Reference two = ((FullCitation) only("Abby Roe & Kay Doe, \u2018Just Try to Keep Calm,\u2019 WASH. POST "
                + "(Mar. 3, 2018), https://www.example.com/calm")).reference();
        assertThat(two.authors()).extracting(Name::family).containsExactly("Roe", "Doe");
        assertThat(two.title()).isEqualTo("Just Try to Keep Calm");
        assertThat(two.issued()).isEqualTo(PartialDate.of(2018, 3, 3));
    }

    @Test
    void readsAPageLastVisitedWithoutADate() {
        Reference r = ((FullCitation) only("Who Is Liable for a Leak?, ACME LEGAL, https://www.example.com/leak "
                + "[https://perma.cc/8LLQ-SK7N] (last visited Sept. 12, 2019) (explaining when a firm is liable)."))
                .reference();
        assertThat(r.type()).isEqualTo(ItemType.WEBPAGE);
        assertThat(r.title()).isEqualTo("Who Is Liable for a Leak?");
        assertThat(r.containerTitle()).isEqualTo("Acme Legal");
        assertThat(r.accessed()).isEqualTo(PartialDate.of(2019, 9, 12));
    }

    @Test
    void leavesABookWithItsPublisherToTheBookReader() {
        Reference r = ((FullCitation) only("Jim Smith, A Book of Things (New York: Norton, 2019), 12.")).reference();
        assertThat(r.type()).isEqualTo(ItemType.BOOK);
        assertThat(r.publisher()).isEqualTo("Norton");
    }

    @Test
    void keepsATitleWithCommasApartFromItsOneAuthor() {
        Reference r = ((FullCitation) only("Mel Roe, Three Years Later, Thousands Mark the Day Online, REUTERS (Dec. "
                + "14, 2015, 3:04 PM), https://www.example.com/later")).reference();
        assertThat(r.authors()).containsExactly(Name.of("Roe", "Mel"));
        assertThat(r.title()).isEqualTo("Three Years Later, Thousands Mark the Day Online");
    }

    @Test
    void readsFourAuthorsJoinedByCommasAndAnAmpersand() {
        Reference r = ((FullCitation) only("Dan Roe, Phyl Doe, Stew Poe & John Toe, Insight: Litigation Trends, "
                + "BLOOMBERG L. (Mar. 4, 2019), https://www.example.com/insight")).reference();
        assertThat(r.authors()).extracting(Name::family).containsExactly("Roe", "Doe", "Poe", "Toe");
        assertThat(r.title()).isEqualTo("Insight: Litigation Trends");
    }

    @Test
    void setsTheWritersSentencesBeforeTheArticleApart() {
        FullCitation c = (FullCitation) only("The novelist told a magazine he restricted his palette. \u201cThere are "
                + "no cars.\u2019 \u201d D.T. Roe, The Bleak Brilliance of Comics, NEW YORKER (Jan. 14, 2019), "
                + "https://www.example.com/comics [https://perma.cc/F5WN-78J9].");
        assertThat(c.reference().authors()).extracting(Name::family).containsExactly("Roe");
        assertThat(c.reference().title()).isEqualTo("The Bleak Brilliance of Comics");
        assertThat(c.prefix()).startsWith("The novelist told");
    }

    @Test
    void readsAChapterInABookInCapitals() {
        FullCitation c = (FullCitation) only("Jane Roe, Rights Online, in THE OFFENSIVE WEB 31, 35 (Tom Doe & Ann C. "
                + "Poe eds., 2010).");
        Reference r = c.reference();
        assertThat(r.type()).isEqualTo(ItemType.CHAPTER);
        assertThat(r.title()).isEqualTo("Rights Online");
        assertThat(r.containerTitle()).isEqualTo("The Offensive Web");
        assertThat(r.editors()).extracting(Name::family).containsExactly("Doe", "Poe");
        assertThat(r.page()).isEqualTo("31");
        assertThat(c.locator()).isEqualTo(org.ibidem.reference.Locator.page("35"));
    }
}

package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Modern notes that cite several works in ways that cut a note into the wrong number of citations (issue 14):
 * further issues of a series, two articles sharing one journal reference, a work singled out with "especially",
 * "ibid." standing for a container, prose between two works, a stray symbol after an acknowledgement.
 */
class ModernMultiWorkNotesTest {

    private final NoteParser parser = new NoteParser();

    private static Reference ref(Citation c) {
        assertThat(c).isInstanceOf(FullCitation.class);
        return ((FullCitation) c).reference();
    }

    @Test
    void keepsFurtherIssuesOfASeriesWithTheFirst() {
        List<Citation> cs = parser.parse("“Series: Ports Today,” Sea and Society 9, no. 1 (2000); 10, no. 2 (2001);"
                + " 11, no. 3 (2002); Ann Lee, Quays (Leeds: Moor, 2005).");

        assertThat(cs).hasSize(2);
        assertThat(ref(cs.get(0)).title()).isEqualTo("Series: Ports Today");
        assertThat(cs.get(0).suffix()).contains("10, no. 2 (2001)");
        assertThat(ref(cs.get(1)).title()).isEqualTo("Quays");
    }

    @Test
    void readsANumberAloneAfterACitationAsNoFurtherIssue() {
        // A segment with a title of its own is a work, even when it opens with a number.
        List<Citation> cs = parser.parse("Ann Lee, Quays (Leeds: Moor, 2005); 1848: Year of Revolution"
                + " (London: Hale, 2001).");

        assertThat(cs).hasSize(2);
    }

    @Test
    void splitsASecondArticleQuotedAfterAndAPageRange() {
        List<Citation> cs = parser.parse("Sam Cole and Ed Fry, “A Harbour Forum: Part 1,” Port Review 2, no. 1"
                + " (1995): 1-30, and “Part 2,” Port Review 2, no. 2 (1995): 31-60.");

        assertThat(cs).hasSize(2);
        assertThat(ref(cs.get(1)).title()).isEqualTo("Part 2");
        assertThat(ref(cs.get(1)).issue()).isEqualTo("2");
    }

    @Test
    void givesTwoArticlesSharingAJournalReferenceEachTheirPages() {
        List<Citation> cs = parser.parse("Ida Fenn, “A Note on Docks,” and Carl Dunn, “A Reply to Fenn,” Port"
                + " Review 3, no. 1 (1997): 1-8, 9-12.");

        assertThat(cs).hasSize(2);
        Reference first = ref(cs.get(0));
        Reference second = ref(cs.get(1));
        assertThat(first.authors()).extracting(Name::family).containsExactly("Fenn");
        assertThat(first.title()).isEqualTo("A Note on Docks");
        assertThat(first.containerTitle()).isEqualTo("Port Review");
        assertThat(first.volume()).isEqualTo("3");
        assertThat(first.page()).isEqualTo("1-8");
        assertThat(cs.get(0).text()).isEqualTo("Ida Fenn, “A Note on Docks,”");
        assertThat(second.authors()).extracting(Name::family).containsExactly("Dunn");
        assertThat(second.page()).isEqualTo("9-12");
    }

    @Test
    void keepsATitleWithAndInsideItsQuotesAsOneArticle() {
        List<Citation> cs = parser.parse("Ida Fenn, “Docks and Quays,” Port Review 3, no. 1 (1997): 1-8.");

        assertThat(cs).hasSize(1);
        assertThat(ref(cs.get(0)).title()).isEqualTo("Docks and Quays");
    }

    @Test
    void readsAWorkSingledOutWithEspeciallyAsAWorkOfItsOwn() {
        List<Citation> cs = parser.parse("See, for example, “Cities of the Sea,” Journal of Port History 6, no. 3"
                + " (1996), especially Lee Park, “Women on the Quays,” ibid., 301.");

        assertThat(cs).hasSize(2);
        assertThat(ref(cs.get(0)).title()).isEqualTo("Cities of the Sea");
        Reference park = ref(cs.get(1));
        assertThat(cs.get(1).prefix()).isEqualTo("especially");
        assertThat(park.type()).isEqualTo(ItemType.ARTICLE_JOURNAL);
        assertThat(park.authors()).extracting(Name::family).containsExactly("Park");
        assertThat(park.title()).isEqualTo("Women on the Quays");
        assertThat(park.containerTitle()).isEqualTo("Journal of Port History");
        assertThat(park.volume()).isEqualTo("6");
        assertThat(cs.get(1).locator().value()).isEqualTo("301");
    }

    @Test
    void keepsPagesSingledOutWithEspeciallyAsTheLocator() {
        List<Citation> cs = parser.parse("Ann Lee, Docks (Leeds: Moor, 2003), especially 41-45.");

        assertThat(cs).hasSize(1);
    }

    @Test
    void readsIbidAfterAnAuthorAndTitleAsTheContainerCitedBefore() {
        List<Citation> cs = parser.parse("Lee Park, “Quays,” Port Review 2, no. 1 (1995): 1-30; Ann Lee,"
                + " “Docks,” ibid., 31.");

        assertThat(cs).hasSize(2);
        assertThat(ref(cs.get(1)).containerTitle()).isEqualTo("Port Review");
        assertThat(ref(cs.get(1)).authors()).extracting(Name::family).containsExactly("Lee");
    }

    @Test
    void keepsAPlainIbidAnIbid() {
        List<Citation> cs = parser.parse("Lee Park, “Quays,” Port Review 2, no. 1 (1995): 1-30; ibid., 31.");

        assertThat(cs.get(cs.size() - 1)).isInstanceOf(IbidCitation.class);
    }

    @Test
    void readsAWorkAfterASentenceOfProseThatLeadsInWithSee() {
        List<Citation> cs = parser.parse("Ruth Ames, “On Tides,” Sea and Society (London: Verso, 1990), 11-40,"
                + " was decisive, and the launch of a new journal also marked the turn to ports. For a recent survey"
                + " of the field, see Carl Dunn, “Harbours and Empire,” Ocean History 4, no. 2 (1995): 5-20.");

        assertThat(cs).hasSize(2);
        assertThat(ref(cs.get(0)).authors()).extracting(Name::family).containsExactly("Ames");
        assertThat(ref(cs.get(1)).authors()).extracting(Name::family).containsExactly("Dunn");
        assertThat(cs.get(1).prefix()).isEqualTo("For a recent survey of the field, see");
    }

    @Test
    void keepsALeadInWithSeeBeforeTheOnlyWork() {
        List<Citation> cs = parser.parse("On the ports of the north, see Carl Dunn, “Harbours and Empire,” Ocean"
                + " History 4, no. 2 (1995): 5-20.");

        assertThat(cs).hasSize(1);
        assertThat(cs.get(0).prefix()).isEqualTo("On the ports of the north, see");
    }

    @Test
    void readsPastAStraySymbolAfterAnAcknowledgement() {
        List<Citation> cs = parser.parse("With thanks to Ann Lee, Bo Ray, and the anonymous readers. ^?^ Mary"
                + " Hale, “Reading the Harbour,” Journal of Port History 8, no. 2 (2001): 77.");

        assertThat(cs).hasSize(1);
        assertThat(ref(cs.get(0)).authors()).extracting(Name::family).containsExactly("Hale");
        assertThat(ref(cs.get(0)).title()).isEqualTo("Reading the Harbour");
    }

    @Test
    void givesAnAvailableFromSentenceToTheWorkBeforeIt() {
        List<Citation> cs = parser.parse("Ida Fenn, “Wharf, Thomas (fl. 1560)”, Dictionary of Port Biography (Oxford"
                + " University Press, 2004) Available from: http://www.example.org/wharf [Accessed 4 March 2013].");

        assertThat(cs).hasSize(1);
        assertThat(ref(cs.get(0)).url()).isEqualTo("http://www.example.org/wharf");
        assertThat(ref(cs.get(0)).accessed().year()).isEqualTo(2013);
    }

    @Test
    void splitsTwoFullWorksJoinedByABareAndAsASubject() {
        List<Citation> cs = parser.parse("Carl Dunn, “Quays”, in Ports, ed. Ann Lee (Leeds: Moor, 2006), 309-34 (322)"
                + " and Ida Fenn, Tides of Trade (London: Hale, 1989) reach no firm view.");

        assertThat(cs).hasSize(2);
        assertThat(ref(cs.get(0)).title()).isEqualTo("Quays");
        assertThat(ref(cs.get(1)).authors()).extracting(Name::family).containsExactly("Fenn");
        assertThat(ref(cs.get(1)).title()).isEqualTo("Tides of Trade");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Compare Ida Fenn, Tides of Trade (London: Hale, 1989), chap. 4, with Carl Dunn, Ships and Quays (Leeds: Moor,"
                + " 2003), 172.",
        "Compare Ida Fenn, Tides of Trade (London: Hale, 1989), 12, and Carl Dunn, Ships and Quays (Leeds: Moor, "
                + "2003), 172.",
        "Compare Ida Fenn, Tides of Trade (London: Hale, 1989), 12 and Carl Dunn, Ships and Quays (Leeds: Moor, "
                + "2003), 172.",
        "Compare Ida Fenn, Tides of Trade (London: Hale, 1989) with Carl Dunn, Ships and Quays (Leeds: Moor, 2003), "
                + "172.",
    })
    void splitsTwoFullWorksComparedWithWithAfterThePinpoint(String note) {
        List<Citation> cs = parser.parse(note);

        assertThat(cs).hasSize(2);
        assertThat(ref(cs.get(0)).title()).isEqualTo("Tides of Trade");
        assertThat(ref(cs.get(1)).authors()).extracting(Name::family).containsExactly("Dunn");
        assertThat(ref(cs.get(1)).title()).isEqualTo("Ships and Quays");
        assertThat(cs.get(1).locator().value()).isEqualTo("172");
    }

    @Test
    void keepsAWorkWithACoAuthorAfterItsFactsInOne() {
        // "with" after the facts, but no second work's facts follow: one citation.
        List<Citation> cs = parser.parse("Ida Fenn, Tides of Trade (London: Hale, 1989), 12, with Carl Dunn's "
                + "corrections.");

        assertThat(cs).hasSize(1);
    }

    @Test
    void keepsAPublisherJoinedByAndInOneWork() {
        List<Citation> cs = parser.parse("Carl Dunn, Quays (Leeds: Moor and Sons, 2006), 12.");

        assertThat(cs).hasSize(1);
    }

    @Test
    void readsTheWorkAFirstOneCitesAfterCiting() {
        List<Citation> cs = parser.parse("Carl Dunn, Quays of the North (Leeds, 1866), pp. 66, 67, citing Ida Fenn,"
                + " Tides of Trade, 2d ed., II, 289, 290.");

        assertThat(cs).hasSize(2);
        assertThat(cs.get(0).locator().value()).isEqualTo("66, 67");
        assertThat(cs.get(1).prefix()).isEqualTo("citing");
        assertThat(cs.get(1)).isInstanceOf(ShortCitation.class);
    }

    @Test
    void readsTheWorkQuotedAfterQuoting() {
        List<Citation> cs = parser.parse("Ibid., p. 47, quoting A Descriptive History of Leeds (1795).");

        assertThat(cs).hasSize(2);
        assertThat(cs.get(0)).isInstanceOf(IbidCitation.class);
        assertThat(cs.get(1).prefix()).isEqualTo("quoting");
    }

    @Test
    void keepsQuotingInLowerCaseProseInOneCitation() {
        List<Citation> cs = parser.parse("Carl Dunn, Quays of the North (Leeds, 1866), 66, quoting freely.");

        assertThat(cs).hasSize(1);
    }

    @Test
    void readsESpaceGAsASignal() {
        List<Citation> cs = parser.parse("E. g., Carl Dunn, Quays of the North (Leeds, 1866), 66.");

        assertThat(cs).hasSize(1);
        assertThat(cs.get(0).prefix()).isEqualTo("E. g.,");
        assertThat(ref(cs.get(0)).authors()).extracting(Name::family).containsExactly("Dunn");
    }

    @Test
    void opensANewWorkAfterAnAddressAndAnd() {
        List<Citation> cs = parser.parse("See Harbour Board, Tide tables, https://example.org/tides for the tables"
                + " and Port Office, Berth list, https://example.org/berths, and The Dock Team, Cranes,"
                + " https://example.org/cranes.");

        assertThat(cs).hasSize(3);
        assertThat(ref(cs.get(0)).url()).isEqualTo("https://example.org/tides");
        assertThat(ref(cs.get(1)).url()).isEqualTo("https://example.org/berths");
        assertThat(ref(cs.get(2)).url()).isEqualTo("https://example.org/cranes");
    }

    @Test
    void opensANewWorkAfterAnAddressWhenATitleWithItsOwnAddressFollows() {
        List<Citation> cs = parser.parse("See The Dock Team, Cranes and hoists https://example.org/cranes and"
                + " docks.hoist_list, https://example.org/hoists.");

        assertThat(cs).hasSize(2);
        assertThat(ref(cs.get(1)).url()).isEqualTo("https://example.org/hoists");
    }

    @Test
    void keepsAnAddressFollowedByAndInProseWithItsWork() {
        List<Citation> cs = parser.parse("The Dock Team, Cranes, https://example.org/cranes and the pages it links.");

        assertThat(cs).hasSize(1);
    }

    @Test
    void keepsAnIssueInBracketsAndItsDateInOneCitation() {
        List<Citation> cs = parser.parse("Ann Lee. \"Quays.\" Port Review 32 (2) April 2004: 407-499.");

        assertThat(cs).hasSize(1);
        assertThat(cs.get(0).text()).endsWith("407-499.");
    }

    @Test
    void keepsAListInAParenthesisAfterAnAddressWithItsWork() {
        List<Citation> cs = parser.parse("See Ann Lee, Quays, Port Review (Aug. 13, 2019), https://example.org/quays"
                + " (explaining that First, Second, and Third Circuits differ).");

        assertThat(cs).hasSize(1);
    }

    @Test
    void keepsAPersonQuotedAfterQuotingInTheCitation() {
        List<Citation> cs = parser.parse("Carl Dunn, Quays of the North (Leeds, 1866), 13, quoting Lenin.");

        assertThat(cs).hasSize(1);
    }
}

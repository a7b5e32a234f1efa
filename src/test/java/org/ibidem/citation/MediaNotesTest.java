package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;
import static org.ibidem.citation.ParsedCitations.onlyWithItalics;
import static org.ibidem.citation.ParsedCitations.ref;

import java.util.List;
import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.IbidemOptions;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.ibidem.resolution.ResolutionStatus;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.style.FormattedBibliography;
import org.ibidem.style.OutputFormat;
import org.junit.jupiter.api.Test;

/**
 * Films, broadcasts, recordings, artworks, personal communications and social-media posts (CMOS 14.207–14.214,
 * 14.235, 14.261–14.268), which the book and article rules misread, and the book and article notes that share
 * their words and must not change. Each note is written for this test.
 */
class MediaNotesTest {

    @Test
    void readsAFilmWithItsDirectorAndTheEditionConsulted() {
        Citation c = only("Casablanca, directed by Michael Curtiz (1942; Burbank, CA: Warner Home Video, 2003), DVD.");
        Reference r = ref(c);
        assertThat(r.type()).isEqualTo(ItemType.MOTION_PICTURE);
        assertThat(r.title()).isEqualTo("Casablanca");
        assertThat(r.authors()).isEmpty();
        assertThat(r.directors()).containsExactly(Name.of("Curtiz", "Michael"));
        assertThat(r.originalDate()).isEqualTo(PartialDate.ofYear(1942));
        assertThat(r.issued()).isEqualTo(PartialDate.ofYear(2003));
        assertThat(r.publisher()).isEqualTo("Warner Home Video");
        assertThat(r.publisherPlace()).isEqualTo("Burbank, CA");
        assertThat(r.medium()).isEqualTo("DVD");
        assertThat(r.creators()).isEqualTo(r.directors());
    }

    @Test
    void readsAFilmWhoseTitleLooksLikeANameOrHoldsACommaAndOneGivenDirectorFirst() {
        Reference potemkin = ref(only("Battleship Potemkin, directed by Sergei Eisenstein (Moscow: Goskino, 1925)."));
        assertThat(potemkin.title()).isEqualTo("Battleship Potemkin");
        assertThat(potemkin.directors()).containsExactly(Name.of("Eisenstein", "Sergei"));

        Reference tiger = ref(only("Crouching Tiger, Hidden Dragon, directed by Ang Lee (Culver City, CA: Sony "
                + "Pictures Classics, 2000), Blu-ray."));
        assertThat(tiger.title()).isEqualTo("Crouching Tiger, Hidden Dragon");
        assertThat(tiger.medium()).isEqualTo("Blu-ray");

        Reference first = ref(onlyWithItalics("Michael Curtiz, dir., *Casablanca* (Burbank, CA: Warner Bros., "
                + "1942)."));
        assertThat(first.type()).isEqualTo(ItemType.MOTION_PICTURE);
        assertThat(first.directors()).containsExactly(Name.of("Curtiz", "Michael"));
        assertThat(first.title()).isEqualTo("Casablanca");
    }

    @Test
    void readsAPodcastEpisodeWithItsHostSeriesNumberAndNetwork() {
        Reference r = ref(only("Jane Doe, host, “The Fall of the Wall,” History Hour (podcast), episode 42, BBC "
                + "Radio 4, November 9, 2019, https://www.bbc.co.uk/programmes/p07tdxyz."));
        assertThat(r.type()).isEqualTo(ItemType.BROADCAST);
        assertThat(r.authors()).containsExactly(Name.of("Doe", "Jane"));
        assertThat(r.title()).isEqualTo("The Fall of the Wall");
        assertThat(r.containerTitle()).isEqualTo("History Hour");
        assertThat(r.medium()).isEqualTo("podcast");
        assertThat(r.number()).isEqualTo("42");
        assertThat(r.publisher()).isEqualTo("BBC Radio 4");
        assertThat(r.issued()).isEqualTo(PartialDate.of(2019, 11, 9));
        assertThat(r.url()).isEqualTo("https://www.bbc.co.uk/programmes/p07tdxyz");
        assertThat(r.publisherPlace()).as("“(podcast)” is not a place").isNull();
    }

    @Test
    void readsATelevisionEpisodeWithSeasonDirectorAndTheDateItAired() {
        Reference r = ref(only("“Lisbon,” The Crown, season 2, episode 3, directed by Philip Martin, aired December "
                + "8, 2017, on Netflix."));
        assertThat(r.type()).isEqualTo(ItemType.BROADCAST);
        assertThat(r.title()).isEqualTo("Lisbon");
        assertThat(r.containerTitle()).isEqualTo("The Crown");
        assertThat(r.volume()).isEqualTo("2");
        assertThat(r.number()).isEqualTo("3");
        assertThat(r.directors()).containsExactly(Name.of("Martin", "Philip"));
        assertThat(r.issued()).isEqualTo(PartialDate.of(2017, 12, 8));
        assertThat(r.publisher()).isEqualTo("Netflix");
    }

    @Test
    void readsAPersonalCommunicationAsTheWritersAndKeepsWhatItWas() {
        for (String kind : List.of("email message to author", "personal communication",
                "telephone conversation with the author", "letter to the author")) {
            Citation c = only("Anna Karpova, " + kind + ", March 3, 2021.");
            Reference r = ref(c);
            assertThat(r.type()).as(kind).isEqualTo(ItemType.PERSONAL_COMMUNICATION);
            assertThat(r.authors()).containsExactly(Name.of("Karpova", "Anna"));
            assertThat(r.genre()).isEqualTo(kind);
            assertThat(r.title()).isNull();
            assertThat(r.issued()).isEqualTo(PartialDate.of(2021, 3, 3));
        }
    }

    @Test
    void readsASocialMediaPostWithItsPlatformAndKeepsTheHandleAndTimeInTheNote() {
        Citation c = only("Barack Obama (@BarackObama), “Four more years,” Twitter, November 7, 2012, 11:15 p.m., "
                + "https://twitter.com/BarackObama/status/266031293945503744.");
        Reference r = ref(c);
        assertThat(r.type()).isEqualTo(ItemType.POST);
        assertThat(r.authors()).containsExactly(Name.of("Obama", "Barack"));
        assertThat(r.title()).isEqualTo("Four more years");
        assertThat(r.containerTitle()).isEqualTo("Twitter");
        assertThat(r.issued()).isEqualTo(PartialDate.of(2012, 11, 7));
        assertThat(((FullCitation) c).suffix()).isEqualTo("11:15 p.m.");
        assertThat(c.text()).contains("(@BarackObama)");

        Reference photo = ref(only("Pete Souza, “A last look,” Instagram photo, January 20, 2017."));
        assertThat(photo.containerTitle()).isEqualTo("Instagram");
        assertThat(photo.medium()).isEqualTo("photo");
    }

    @Test
    void readsAnOnlineVideoWithTheSiteAsContainerAndThePosterAsPublisher() {
        Citation c = only("“Lecture on the Cold War,” YouTube video, 48:12, posted by Yale Courses, September 3, "
                + "2010, https://www.youtube.com/watch?v=abc123.");
        Reference r = ref(c);
        assertThat(r.type()).isEqualTo(ItemType.MOTION_PICTURE);
        assertThat(r.containerTitle()).isEqualTo("YouTube");
        assertThat(r.medium()).isEqualTo("video");
        assertThat(r.publisher()).isEqualTo("Yale Courses");
        assertThat(r.issued()).isEqualTo(PartialDate.of(2010, 9, 3));
        assertThat(((FullCitation) c).suffix()).isEqualTo("48:12");
    }

    @Test
    void readsASoundRecordingWithLabelCatalogueNumberAndMedium() {
        Reference r = ref(only("Miles Davis, Kind of Blue, Columbia Records CL 1355, 1959, LP."));
        assertThat(r.type()).isEqualTo(ItemType.SONG);
        assertThat(r.authors()).containsExactly(Name.of("Davis", "Miles"));
        assertThat(r.title()).isEqualTo("Kind of Blue");
        assertThat(r.publisher()).isEqualTo("Columbia Records");
        assertThat(r.number()).isEqualTo("CL 1355");
        assertThat(r.issued()).isEqualTo(PartialDate.ofYear(1959));
        assertThat(r.medium()).isEqualTo("LP");
    }

    @Test
    void readsAWorkOfArtWithItsMediumAndTheInstitutionHoldingIt() {
        Reference r = ref(only("Dorothea Lange, Migrant Mother, Nipomo, California, 1936, gelatin silver print, "
                + "Library of Congress, Washington, DC."));
        assertThat(r.type()).isEqualTo(ItemType.GRAPHIC);
        assertThat(r.authors()).containsExactly(Name.of("Lange", "Dorothea"));
        assertThat(r.title()).isEqualTo("Migrant Mother, Nipomo, California");
        assertThat(r.issued()).isEqualTo(PartialDate.ofYear(1936));
        assertThat(r.medium()).isEqualTo("gelatin silver print");
        assertThat(r.archive()).isEqualTo("Library of Congress");
        assertThat(r.archivePlace()).isEqualTo("Washington, DC");

        Reference oil = ref(only("Georgia O’Keeffe, The Cliff Chimneys, 1938, oil on canvas, Milwaukee Art Museum."));
        assertThat(oil.medium()).isEqualTo("oil on canvas");
        assertThat(oil.archive()).isEqualTo("Milwaukee Art Museum");
    }

    @Test
    void readsABookReadOnlineAfterItsFirstPublicationAsAReprint() {
        Reference r = ref(only("Mark Twain, Adventures of Huckleberry Finn (New York: Charles L. Webster, 1885; "
                + "Project Gutenberg, 2006), chap. 3."));
        assertThat(r.type()).isEqualTo(ItemType.BOOK);
        assertThat(r.originalDate()).isEqualTo(PartialDate.ofYear(1885));
        assertThat(r.issued()).isEqualTo(PartialDate.ofYear(2006));
        assertThat(r.publisher()).isEqualTo("Project Gutenberg");
        assertThat(r.publisherPlace()).isNull();
        // Two publishers of one edition are not a reprint.
        Reference both = ref(only("Jane Roe, Shared Waters (Washington, DC: Island Press; Stanford, CA: Stanford "
                + "University Press, 1999), 4."));
        assertThat(both.originalDate()).isNull();
        assertThat(both.publisher()).isEqualTo("Island Press; Stanford University Press");
    }

    @Test
    void leavesBooksAndArticlesThatShareTheirWordsAsTheyWere() {
        Reference poems = ref(only("June Jordan, Directed by Desire: The Collected Poems (Port Townsend, WA: Copper "
                + "Canyon Press, 2005), 12."));
        assertThat(poems.type()).isEqualTo(ItemType.BOOK);
        assertThat(poems.title()).isEqualTo("Directed by Desire: The Collected Poems");
        assertThat(poems.directors()).isEmpty();

        Reference article = ref(only("Mary Jones, “Episode 12 of the Crisis,” Journal of Cold War Studies 4, no. 2 "
                + "(2002): 33."));
        assertThat(article.type()).isEqualTo(ItemType.ARTICLE_JOURNAL);

        Reference magazine = ref(only("Ann Lee, “The Sound of Vinyl,” Wired, March 2010, 55."));
        assertThat(magazine.type()).isNotEqualTo(ItemType.SONG);

        Reference photographs = ref(only("Robert Frank, The Americans (New York: Grove Press, 1959), 12."));
        assertThat(photographs.type()).isEqualTo(ItemType.BOOK);
    }

    @Test
    void resolvesAFilmCitedInShortByDirectorAndTitle() {
        Analysis a = Ibidem.analyze("films.txt", "Text.[1] Text.[2] Text.[3]\n\nNotes\n\n"
                + "[1] Casablanca, directed by Michael Curtiz (1942; Burbank, CA: Warner Home Video, 2003), DVD.\n"
                + "[2] Jane Roe, A Book (New York: Norton, 2001), 4.\n"
                + "[3] Curtiz, Casablanca.\n", IbidemOptions.defaults());
        ResolvedCitation shortForm = a.notes().get(2).citations().get(0);
        assertThat(shortForm.status()).isEqualTo(ResolutionStatus.RESOLVED);
        assertThat(shortForm.sourceId()).isEqualTo(a.notes().get(0).citations().get(0).sourceId());
        assertThat(shortForm.sourceId()).startsWith("curtiz");
    }

    @Test
    void formatsEachKindThroughTheStylesAndNamesTheWorksChicagoKeepsToTheNotes() {
        Analysis a = Ibidem.analyze("media.txt", "A.[1] B.[2] C.[3]\n\nNotes\n\n"
                + "[1] Casablanca, directed by Michael Curtiz (1942; Burbank, CA: Warner Home Video, 2003), DVD.\n"
                + "[2] Anna Karpova, email message to author, March 3, 2021.\n"
                + "[3] Jane Doe, host, “The Fall of the Wall,” History Hour (podcast), episode 42, BBC Radio 4, "
                + "November 9, 2019.\n", IbidemOptions.defaults());
        FormattedBibliography chicago = a.bibliography("chicago", OutputFormat.TEXT);
        assertThat(chicago.entries()).anySatisfy(e -> assertThat(e).startsWith("Curtiz, Michael, dir. Casablanca."));
        assertThat(chicago.omitted()).extracting(Reference::type).containsExactly(ItemType.PERSONAL_COMMUNICATION);
        FormattedBibliography apa = a.bibliography("apa", OutputFormat.TEXT);
        assertThat(apa.entries()).anySatisfy(e -> assertThat(e).contains("[Podcast]"));
        assertThat(a.bibtex()).contains("author = {Curtiz, Michael}").contains("DVD");
    }

    @Test
    void keepsANoteWhoseVideoSiteFollowsASecondQuotedTitle() {
        String note = "“Opening,” Cold War History, “Second Thoughts,” YouTube video, 2010.";
        List<Citation> cs = new NoteParser().parse(note);
        assertThat(cs).hasSize(1);
        assertThat(cs.get(0).text()).isEqualTo(note);
    }
}

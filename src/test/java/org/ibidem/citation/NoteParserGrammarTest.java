package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;

/**
 * The parts of the note grammar beyond books and articles: unpublished documents in archives, series, edition
 * statements and corporate authors. Each note is written for this test; none is taken from the corpus.
 */
class NoteParserGrammarTest {

    private final NoteParser parser = new NoteParser();

    private FullCitation full(String note) {
        List<Citation> cs = parser.parse(note);
        assertThat(cs).hasSize(1);
        assertThat(cs.get(0)).isInstanceOf(FullCitation.class);
        return (FullCitation) cs.get(0);
    }

    private Reference ref(String note) {
        return full(note).reference();
    }

    @Test
    void readsAMemorandumHeldInARecordGroup() {
        Reference r = ref("Memorandum of conversation, Dean Acheson and Zhou Enlai, March 3, 1950, box 12, folder 4, "
                + "Central Files, RG 59, National Archives, College Park, MD.");
        assertThat(r.type()).isEqualTo(ItemType.MANUSCRIPT);
        assertThat(r.title()).isEqualTo("Memorandum of conversation, Dean Acheson and Zhou Enlai");
        assertThat(r.genre()).isEqualTo("memorandum of conversation");
        assertThat(r.authors()).isEmpty();
        assertThat(r.issued().toString()).contains("1950");
        assertThat(r.archiveLocation()).isEqualTo("box 12, folder 4, Central Files, RG 59");
        assertThat(r.archive()).isEqualTo("National Archives");
        assertThat(r.archivePlace()).isEqualTo("College Park, MD");
    }

    @Test
    void readsALetterFromOnePersonToAnother() {
        Reference r = ref("Letter from Ellen Marsh to Tobias Wren, 12 May 1921, folder 7, box 3, Tobias Wren Papers, "
                + "Hoover Institution Archives, Stanford, CA.");
        assertThat(r.type()).isEqualTo(ItemType.MANUSCRIPT);
        assertThat(r.genre()).isEqualTo("letter");
        assertThat(r.authors()).containsExactly(Name.of("Marsh", "Ellen"));
        assertThat(r.recipients()).containsExactly(Name.of("Wren", "Tobias"));
        assertThat(r.archiveLocation()).isEqualTo("folder 7, box 3");
        assertThat(r.collectionTitle()).isEqualTo("Tobias Wren Papers");
        assertThat(r.archive()).isEqualTo("Hoover Institution Archives");
        assertThat(r.archivePlace()).isEqualTo("Stanford, CA");
    }

    @Test
    void readsARussianArchiveNamedBeforeItsFondAndFile() {
        Reference r = ref("Telegram, Orlov to Petrov, 2 October 1950, AVPRF, f. 07, op. 23a, d. 235, l. 1.");
        assertThat(r.type()).isEqualTo(ItemType.MANUSCRIPT);
        assertThat(r.genre()).isEqualTo("telegram");
        assertThat(r.authors()).extracting(Name::family).containsExactly("Orlov");
        assertThat(r.recipients()).extracting(Name::family).containsExactly("Petrov");
        assertThat(r.archive()).isEqualTo("AVPRF");
        assertThat(r.archiveLocation()).isEqualTo("f. 07, op. 23a, d. 235, l. 1");
    }

    @Test
    void readsAQuotedTitleHeldInACollectionWithoutBoxes() {
        Reference r = ref("“Notes on the Harbour Survey,” June 9, 1884, Marsh Family Papers, Cornwall Record Office.");
        assertThat(r.type()).isEqualTo(ItemType.MANUSCRIPT);
        assertThat(r.title()).isEqualTo("Notes on the Harbour Survey");
        assertThat(r.collectionTitle()).isEqualTo("Marsh Family Papers");
        assertThat(r.archive()).isEqualTo("Cornwall Record Office");
    }

    @Test
    void readsADivisionWithItsRepository() {
        Reference r = ref("Ada Quill to Samuel Pike, June 2, 1902, box 4, Samuel Pike Papers, Manuscript Division, "
                + "Library of Congress, Washington, DC.");
        assertThat(r.authors()).extracting(Name::family).containsExactly("Quill");
        assertThat(r.archive()).isEqualTo("Manuscript Division, Library of Congress");
        assertThat(r.archivePlace()).isEqualTo("Washington, DC");
        assertThat(r.genre()).isEqualTo("letter");
    }

    @Test
    void readsAnInterviewWithoutAnArchive() {
        Reference r = ref("Mara Olsen, interview by the author, Duluth, MN, August 2, 2015.");
        assertThat(r.type()).isEqualTo(ItemType.INTERVIEW);
        assertThat(r.authors()).containsExactly(Name.of("Olsen", "Mara"));
        assertThat(r.issued().year()).isEqualTo(2015);
    }

    @Test
    void keepsCommentaryBeforeAFullCitationAsItsPrefix() {
        FullCitation c = full("The diaries are frank about the panic, and the fullest is Pike's: Samuel Pike, diary, "
                + "May 3, 1907, vol. 2, Samuel Pike Papers, Library of Congress.");
        assertThat(c.prefix()).startsWith("The diaries are frank");
        assertThat(c.reference().authors()).containsExactly(Name.of("Pike", "Samuel"));
        assertThat(c.reference().archive()).isEqualTo("Library of Congress");
    }

    @Test
    void doesNotTakeATitleWithAColonForCommentary() {
        FullCitation c = full("Robert Moses, Public Works: A Dangerous Trade with a long subtitle (New York: "
                + "McGraw-Hill, 1970), 12.");
        assertThat(c.prefix()).isNull();
        assertThat(c.reference().title()).isEqualTo("Public Works: A Dangerous Trade with a long subtitle");
    }

    @Test
    void leavesABookWithABoxInItsTitleAlone() {
        Reference r = ref("Jane Doe, The Music Box (New York: Knopf, 1999), 4.");
        assertThat(r.type()).isEqualTo(ItemType.BOOK);
        assertThat(r.archive()).isNull();
    }

    @Test
    void readsEditionStatementsOfSeveralWords() {
        assertThat(ref("Ann Lee, Salt Roads, 4th rev. ed. (Boston: Beacon, 2001), 3.").edition()).isEqualTo("4th rev.");
        assertThat(ref("Ann Lee, Salt Roads, rev. and exp. ed. (Boston: Beacon, 2001), 3.").edition())
                .isEqualTo("rev. and exp.");
        assertThat(ref("Ann Lee, Salt Roads, 2nd ed. rev. (Boston: Beacon, 2001), 3.").edition()).isEqualTo("2 rev.");
        assertThat(ref("Ann Lee, Salt Roads, new ed. (Boston: Beacon, 2001), 3.").edition()).isEqualTo("new");
        assertThat(ref("Ann Lee, Salt Roads, 3d ed. (Boston: Beacon, 2001), 3.").edition()).isEqualTo("3");
        assertThat(ref("Ann Lee, Salt Roads, Second edition (Boston: Beacon, 2001), 3.").edition()).isEqualTo("2");
        assertThat(ref("Ann Lee, Salt Roads (3rd ed., Boston: Beacon, 2001), 3.").edition()).isEqualTo("3");
    }

    @Test
    void readsASeriesBeforeThePublicationFacts() {
        Reference r = ref("Ann Lee, Salt Roads of the Baltic, Studies in Maritime History 14 (Leiden: Brill, 2011), 8.");
        assertThat(r.title()).isEqualTo("Salt Roads of the Baltic");
        assertThat(r.collectionTitle()).isEqualTo("Studies in Maritime History");
        assertThat(r.collectionNumber()).isEqualTo("14");
        assertThat(r.publisher()).isEqualTo("Brill");
    }

    @Test
    void readsASeriesAfterThePublicationFacts() {
        FullCitation c = full("Ann Lee, Salt Roads of the Baltic (Cambridge: Cambridge University Press, 1998), "
                + "Cambridge Studies in Economic History, 41.");
        assertThat(c.reference().collectionTitle()).isEqualTo("Cambridge Studies in Economic History");
        assertThat(c.locator().value()).isEqualTo("41");
    }

    @Test
    void readsAVolumeOfANamedMultiVolumeWork() {
        Reference r = ref("Ann Lee, The Age of Sail, vol. 2 of A History of the Sea (Oxford: Clarendon, 1990), 5.");
        assertThat(r.title()).isEqualTo("The Age of Sail");
        assertThat(r.volume()).isEqualTo("2");
        assertThat(r.collectionTitle()).isEqualTo("A History of the Sea");
    }

    @Test
    void keepsAGovernmentBodyNamedFromTheTopDownAsOneAuthor() {
        Reference r = ref("U.S. Congress, House, Committee on Merchant Marine, Hearings on Coastal Shipping, 81st "
                + "Cong., 2nd sess. (Washington, DC: GPO, 1950), 14.");
        assertThat(r.authors()).containsExactly(Name.literal("U.S. Congress, House, Committee on Merchant Marine"));
        assertThat(r.title()).isEqualTo("Hearings on Coastal Shipping");
        assertThat(r.publisher()).isEqualTo("GPO");
    }

    @Test
    void keepsAnInternationalBodyAndItsOrganAsOneAuthor() {
        Reference r = ref("United Nations, General Assembly, Report of the Trusteeship Council (New York: United "
                + "Nations, 1952), 9.");
        assertThat(r.authors()).containsExactly(Name.literal("United Nations, General Assembly"));
        assertThat(r.title()).isEqualTo("Report of the Trusteeship Council");
    }

    @Test
    void keepsTwoPersonalAuthorsJoinedByACommaApart() {
        Reference r = ref("Karl Marx, Frederick Engels, Communist Manifesto (London: Penguin, 2002), 4.");
        assertThat(r.authors()).extracting(Name::family).containsExactly("Marx", "Engels");
    }

    @Test
    void readsACorporateAuthorBeforeAWebPageTitle() {
        Reference r = ref("Harbour Heritage Trust, “Lighthouses of the North Coast,” accessed March 3, 2024, "
                + "https://example.org/lighthouses.");
        assertThat(r.authors()).containsExactly(Name.literal("Harbour Heritage Trust"));
        assertThat(r.title()).isEqualTo("Lighthouses of the North Coast");
        assertThat(r.url()).isEqualTo("https://example.org/lighthouses");
        assertThat(r.containerTitle()).isNull();
        assertThat(r.accessed().year()).isEqualTo(2024);
        // An online edition of records is a body, not a person named "Online".
        Reference bailey = ref("Old Bailey Proceedings Online, “Trial of John Smith,” January 1780, "
                + "https://www.oldbaileyonline.org/.");
        assertThat(bailey.authors()).containsExactly(Name.literal("Old Bailey Proceedings Online"));
    }

    @Test
    void readsAnEditorialAsTheGenreOfANewspaperPiece() {
        Reference r = ref("“Harbours Are Not Car Parks,” editorial, Leith Courier, May 9, 1977.");
        assertThat(r.genre()).isEqualTo("editorial");
        assertThat(r.containerTitle()).isEqualTo("Leith Courier");
    }

    @Test
    void readsAChapterInABookGivenInShortForm() {
        FullCitation c = full("Ann Lee, “Salt and Tar,” in Moss and Kerr, Northern Ports, 40–52.");
        assertThat(c.reference().type()).isEqualTo(ItemType.CHAPTER);
        assertThat(c.reference().containerTitle()).isEqualTo("Northern Ports");
        assertThat(c.reference().page()).isEqualTo("40–52"); // thirteen pages alone: the chapter's extent
    }

    @Test
    void readsABlogMarkedInParentheses() {
        Reference r = ref("Ann Lee, “Tide Tables,” Sea Notes (blog), May 2, 2019, https://example.org/tides.");
        assertThat(r.type()).isEqualTo(ItemType.POST_WEBLOG);
        assertThat(r.publisherPlace()).isNull();
    }
}

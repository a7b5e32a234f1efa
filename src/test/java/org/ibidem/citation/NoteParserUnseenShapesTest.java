package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;
import static org.ibidem.citation.ParsedCitations.ref;

import java.util.List;
import org.ibidem.document.TextSpan;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Note shapes found misread when notes written fresh for a review (never seen by the parser before) were run
 * through it: signals with a qualifier, a short lead-in before "see", titles ending in a span of years, "Idem",
 * book reviews, a volume before the page after the publication facts, a reprint by the same publisher,
 * manuscripts cited by repository and shelfmark, peers, and newspapers and magazines read online. Each note is
 * written for this test.
 */
class NoteParserUnseenShapesTest {

    private final NoteParser parser = new NoteParser();

    @Test
    void readsASignalWithAQualifierSetOffByCommas() {
        for (String signal : List.of("See, for example,", "See also, e.g.,", "Cf., in particular,", "See, e.g.,")) {
            List<Citation> cs = parser.parse(signal + " Robert Darnton, The Great Cat Massacre (New York: Basic "
                    + "Books, 1984), 75; and Lynn Hunt, ed., The New Cultural History (Berkeley: University of "
                    + "California Press, 1989).");
            assertThat(cs).as(signal).hasSize(2);
            assertThat(cs.get(0).prefix()).isEqualTo(signal);
            assertThat(ref(cs.get(0)).authors()).containsExactly(Name.of("Darnton", "Robert"));
            assertThat(ref(cs.get(0)).title()).isEqualTo("The Great Cat Massacre");
        }
    }

    @Test
    void keepsAShortLeadInBeforeSeeAsThePrefix() {
        Citation c = only("For a critique, see Aijaz Ahmad, In Theory: Classes, Nations, Literatures (London: "
                + "Verso, 1992), 159–219.");
        assertThat(c.prefix()).isEqualTo("For a critique, see");
        assertThat(ref(c).authors()).containsExactly(Name.of("Ahmad", "Aijaz"));
        assertThat(ref(c).title()).isEqualTo("In Theory: Classes, Nations, Literatures");
    }

    @Test
    void readsATitleThatLooksLikeANameWhenItEndsInASpanOfYears() {
        Reference r = ref(only("J. H. Elliott, Imperial Spain, 1469–1716 (London: Edward Arnold, 1963), 45."));
        assertThat(r.authors()).containsExactly(Name.of("Elliott", "J. H."));
        assertThat(r.title()).isEqualTo("Imperial Spain, 1469–1716");
        // Two authors joined by "and" are still two authors.
        Reference two = ref(only("Keith Wrightson and David Levine, Poverty and Piety in an English Village: "
                + "Terling, 1525–1700 (New York: Academic Press, 1979), 3."));
        assertThat(two.authors()).hasSize(2);
    }

    @Test
    void marksIdemForTheResolverAndLeavesTheAuthorsEmpty() {
        FullCitation c = (FullCitation) only("Idem, Economy and Society, ed. Guenther Roth and Claus Wittich, "
                + "2 vols. (Berkeley: University of California Press, 1978), vol. 1, p. 212.");
        assertThat(c.flags()).contains(StyleFlag.SAME_AUTHOR_AS_BEFORE);
        assertThat(c.reference().authors()).isEmpty();
        assertThat(c.reference().title()).isEqualTo("Economy and Society");
        assertThat(c.locator()).isEqualTo(Locator.page("vol. 1, p. 212"));
        assertThat(c.suffix()).isNull();
    }

    @Test
    void readsABookReviewAsAnArticleWhoseTitleNamesTheBookReviewed() {
        Reference r = ref(only("Perez Zagorin, review of The Crisis of the Aristocracy, by Lawrence Stone, "
                + "Journal of Modern History 39, no. 3 (1967): 272–74."));
        assertThat(r.type()).isEqualTo(ItemType.ARTICLE_JOURNAL);
        assertThat(r.authors()).containsExactly(Name.of("Zagorin", "Perez"));
        assertThat(r.title()).isEqualTo("review of The Crisis of the Aristocracy, by Lawrence Stone");
        assertThat(r.containerTitle()).isEqualTo("Journal of Modern History");
        assertThat(r.volume()).isEqualTo("39");
        assertThat(r.issue()).isEqualTo("3");
    }

    @Test
    void keepsThePublisherOfABookReprintedByItself() {
        Reference r = ref(only("Adriana Petryna, Life Exposed: Biological Citizens after Chernobyl (Princeton, NJ: "
                + "Princeton University Press, 2002; repr. 2013), 33."));
        assertThat(r.publisher()).isEqualTo("Princeton University Press");
        assertThat(r.publisherPlace()).isEqualTo("Princeton, NJ");
        assertThat(r.issued().year()).isEqualTo(2013);
        assertThat(r.originalDate().year()).isEqualTo(2002);
    }

    @Test
    void readsAManuscriptCitedByRepositoryAndShelfmark() {
        FullCitation bl = (FullCitation) only("British Library, Add. MS 12345, fol. 23r.");
        assertThat(bl.reference().type()).isEqualTo(ItemType.MANUSCRIPT);
        assertThat(bl.reference().archive()).isEqualTo("British Library");
        assertThat(bl.reference().archiveLocation()).isEqualTo("Add. MS 12345");
        assertThat(bl.locator()).isEqualTo(new Locator("folio", "fol. 23r"));
        FullCitation tna = (FullCitation) only("National Archives (UK), SP 16/345, no. 12.");
        assertThat(tna.reference().archive()).isEqualTo("National Archives");
        assertThat(tna.reference().archivePlace()).isEqualTo("UK");
        assertThat(tna.reference().archiveLocation()).isEqualTo("SP 16/345");
        assertThat(tna.locator()).isEqualTo(new Locator("number", "no. 12"));
        // A short form whose title happens to start with a capital and a number is not a shelfmark.
        assertThat(only("Hill, World Turned Upside Down, 87.")).isInstanceOf(ShortCitation.class);
    }

    @Test
    void keepsAPeerageWithTheNameItFollows() {
        Reference r = ref(only("Edward Hyde, Earl of Clarendon, The History of the Rebellion and Civil Wars in "
                + "England, ed. W. Dunn Macray, 6 vols. (Oxford: Clarendon Press, 1888), 1:45."));
        assertThat(r.authors()).containsExactly(new Name("Hyde", "Edward", null, "Earl of Clarendon", null));
        assertThat(r.title()).isEqualTo("The History of the Rebellion and Civil Wars in England");
        assertThat(Names.peerageSeat(r.authors().get(0))).isEqualTo("Clarendon");
        // Without "of" it is a title, not a peerage.
        assertThat(ref(only("Joseph Conrad, Lord Jim (Edinburgh: Blackwood, 1900), 3.")).title())
                .isEqualTo("Lord Jim");
    }

    @Test
    void typesNewspapersAndMagazinesReadOnlineByTheirNames() {
        Reference paper = ref(only("Serhii Plokhy, \"The Chernobyl Cover-Up,\" New York Times, April 25, 2018, "
                + "https://www.nytimes.com/2018/04/25/opinion/chernobyl.html."));
        assertThat(paper.type()).isEqualTo(ItemType.ARTICLE_NEWSPAPER);
        Reference magazine = ref(only("Jill Lepore, \"The Disruption Machine,\" New Yorker, June 23, 2014, "
                + "https://www.newyorker.com/magazine/2014/06/23/the-disruption-machine."));
        assertThat(magazine.type()).isEqualTo(ItemType.ARTICLE_MAGAZINE);
        Reference site = ref(only("\"Chernobyl Accident 1986,\" World Nuclear Association, last modified April "
                + "2022, https://world-nuclear.org/information-library/chernobyl-accident."));
        assertThat(site.type()).isEqualTo(ItemType.WEBPAGE);
        // A newspaper's magazine is a magazine: its name says so.
        Reference sunday = ref(only("Nikole Hannah-Jones, “The Idea of America,” New York Times Magazine, August 18, "
                + "2019, 14–26."));
        assertThat(sunday.type()).isEqualTo(ItemType.ARTICLE_MAGAZINE);
    }

    @Test
    void readsADictionaryOrEncyclopediaEntryCitedUnderTheWord() {
        Reference oed = ref(only("Oxford English Dictionary, s.v. “historiography,” accessed May 1, 2020, "
                + "https://www.oed.com/."));
        assertThat(oed.type()).isEqualTo(ItemType.ENTRY_DICTIONARY);
        assertThat(oed.containerTitle()).isEqualTo("Oxford English Dictionary");
        assertThat(oed.title()).isEqualTo("historiography");
        assertThat(oed.accessed()).isEqualTo(PartialDate.of(2020, 5, 1));
        assertThat(oed.authors()).isEmpty();

        Reference eb = ref(only("Encyclopaedia Britannica, 15th ed., s.v. “Salvation Army.”"));
        assertThat(eb.type()).isEqualTo(ItemType.ENTRY_ENCYCLOPEDIA);
        assertThat(eb.edition()).isEqualTo("15");
        assertThat(eb.title()).isEqualTo("Salvation Army");

        Reference wiki = ref(only("Wikipedia, s.v. “Sino-Soviet split,” last modified April 2, 2021, "
                + "https://en.wikipedia.org/wiki/Sino-Soviet_split."));
        assertThat(wiki.type()).isEqualTo(ItemType.ENTRY_ENCYCLOPEDIA);
        assertThat(wiki.issued()).isEqualTo(PartialDate.of(2021, 4, 2));
    }

    @Test
    void readsALetterOrDocumentPublishedInACollection() {
        FullCitation letter = (FullCitation) only("Thomas Jefferson to John Adams, January 21, 1812, in The "
                + "Adams-Jefferson Letters, ed. Lester J. Cappon (Chapel Hill: University of North Carolina Press, "
                + "1959), 290.");
        Reference r = letter.reference();
        assertThat(r.authors()).containsExactly(Name.of("Jefferson", "Thomas"));
        assertThat(r.recipients()).containsExactly(Name.of("Adams", "John"));
        assertThat(r.containerTitle()).isEqualTo("The Adams-Jefferson Letters");
        assertThat(r.editors()).containsExactly(Name.of("Cappon", "Lester J."));
        assertThat(r.publisher()).isEqualTo("University of North Carolina Press");
        assertThat(r.issued()).isEqualTo(PartialDate.of(1812, 1, 21));
        assertThat(letter.locator()).isEqualTo(Locator.page("290"));

        FullCitation memo = (FullCitation) only("Memorandum of conversation, Washington, October 3, 1961, in Foreign "
                + "Relations of the United States, 1961–1963, vol. 14, Berlin Crisis (Washington, DC: Government "
                + "Printing Office, 1993), 445.");
        assertThat(memo.reference().genre()).isEqualTo("memorandum of conversation");
        assertThat(memo.reference().containerTitle())
                .isEqualTo("Foreign Relations of the United States, 1961–1963, Berlin Crisis");
        assertThat(memo.reference().volume()).isEqualTo("14");
        assertThat(memo.locator()).isEqualTo(Locator.page("445"));

        // The collection's title in italics, as Markdown, HTML, LaTeX and .docx notes give it.
        Reference italic = ref(ParsedCitations.onlyWithItalics("Kennedy to Khrushchev, October 27, 1962, in *Foreign "
                + "Relations of the United States, 1961–1963*, vol. 6, *Kennedy-Khrushchev Exchanges* (Washington, DC: "
                + "Government Printing Office, 1996), 181."));
        assertThat(italic.authors()).containsExactly(Name.of("Kennedy", null));
        assertThat(italic.recipients()).containsExactly(Name.of("Khrushchev", null));
        assertThat(italic.containerTitle())
                .isEqualTo("Foreign Relations of the United States, 1961–1963, Kennedy-Khrushchev Exchanges");
        assertThat(italic.volume()).isEqualTo("6");
        assertThat(italic.issued()).isEqualTo(PartialDate.of(1962, 10, 27));
    }

    @Test
    void keepsTheEbookFormatApartFromThePlaceCited() {
        FullCitation c = (FullCitation) only("Jill Lepore, These Truths: A History of the United States (New York: "
                + "W. W. Norton, 2018), chap. 3, Kindle.");
        assertThat(c.locator()).isEqualTo(new Locator("chapter", "chap. 3"));
        assertThat(c.reference().note()).isEqualTo("Kindle");
        assertThat(c.suffix()).isNull();
    }

    @Test
    void datesAWorkPublishedOverSeveralYearsByTheFirst() {
        Reference r = ref(only("Marc Bloch, La société féodale, 2 vols. (Paris: Albin Michel, 1939–40), 1:45."));
        assertThat(r.publisher()).isEqualTo("Albin Michel");
        assertThat(r.issued()).isEqualTo(PartialDate.ofYear(1939));
    }

    @Test
    void keepsQuotedWordsAfterASubtitlesArticleInTheTitle() {
        Reference r = ref(only("Peter Novick, That Noble Dream: The “Objectivity Question” and the American "
                + "Historical Profession (Cambridge: Cambridge University Press, 1988), 1–17."));
        assertThat(r.type()).isEqualTo(ItemType.BOOK);
        assertThat(r.title()).isEqualTo("That Noble Dream: The “Objectivity Question” and the American Historical "
                + "Profession");
    }

    @Test
    void readsATitleThatOpensWithAListEndingInAndAsOneTitle() {
        Reference r = ref(only("Judith M. Bennett, Ale, Beer, and Brewsters in England: Women's Work in a Changing "
                + "World, 1300–1600 (New York: Oxford University Press, 1996), 43."));
        assertThat(r.authors()).containsExactly(Name.of("Bennett", "Judith M."));
        assertThat(r.title()).startsWith("Ale, Beer, and Brewsters in England");
        // A list of names that ends in a name is a list of authors.
        Reference three = ref(only("Ann Cole, Bea Dunn, and Cy Eames, The Long Field (Leeds: Moor Press, 2001), 4."));
        assertThat(three.authors()).hasSize(3);
        assertThat(three.title()).isEqualTo("The Long Field");
    }

    @Test
    void keepsAJournalSeriesWithTheJournalAndReadsTheVolumeAfterIt() {
        Reference r = ref(only("Mavis E. Mate, \"Agrarian Economy after the Black Death,\" Economic History Review, "
                + "2nd ser., 37, no. 3 (1984): 341–54."));
        assertThat(r.type()).isEqualTo(ItemType.ARTICLE_JOURNAL);
        assertThat(r.containerTitle()).isEqualTo("Economic History Review, 2nd ser.");
        assertThat(r.volume()).isEqualTo("37");
        assertThat(r.issue()).isEqualTo("3");
        assertThat(r.issued().year()).isEqualTo(1984);
    }

    @Test
    void keepsATranslatedTitleInBracketsOutOfTheTitle() {
        Reference r = ref(only("Marc Bloch, La société féodale [Feudal society] (Paris: Albin Michel, 1939), 12."));
        assertThat(r.title()).isEqualTo("La société féodale");
        assertThat(r.note()).isEqualTo("Feudal society");
        assertThat(r.publisher()).isEqualTo("Albin Michel");
    }

    @Test
    void readsAForthcomingBookAsAFullCitation() {
        Reference bare = ref(only("Mary Jones, Harvest Rituals (forthcoming)."));
        assertThat(bare.title()).isEqualTo("Harvest Rituals");
        assertThat(bare.note()).isEqualTo("forthcoming");
        Reference placed = ref(only("Mary Jones, Harvest Rites (Chicago: University of Chicago Press, forthcoming), 4."));
        assertThat(placed.publisher()).isEqualTo("University of Chicago Press");
        assertThat(placed.issued()).isNull();
    }

    @Test
    void readsAPaperPresentedAtAMeetingAndOnePublishedInProceedings() {
        Reference talk = ref(only("John Brown, \"Weather and Harvest in Medieval Kent\" (paper presented at the annual "
                + "meeting of the Economic History Society, Cambridge, UK, April 2, 2016)."));
        assertThat(talk.type()).isEqualTo(ItemType.SPEECH);
        assertThat(talk.genre()).isEqualTo("paper presented at the annual meeting of the Economic History Society");
        assertThat(talk.eventPlace()).isEqualTo("Cambridge, UK");
        assertThat(talk.issued().toIso()).isEqualTo("2016-04-02");
        assertThat(talk.publisher()).isNull();
        Reference published = ref(only("Ana Ruiz, \"Tagging Ledgers\" (paper presented at Proceedings of the 3rd "
                + "Workshop on Archival Texts, Online, July 2020)."));
        assertThat(published.type()).isEqualTo(ItemType.PAPER_CONFERENCE);
        assertThat(published.containerTitle()).isEqualTo("Proceedings of the 3rd Workshop on Archival Texts");
    }

    @Test
    void readsFourDigitsBeforePrintAfterATitleAsAPage() {
        Citation c = parser.parse("Caro, Power Broker, 1020.", List.of(new TextSpan(6, 18))).get(0);
        assertThat(c).isInstanceOf(ShortCitation.class);
        assertThat(c.locator()).isEqualTo(Locator.page("1020"));
    }

    @Test
    void keepsAPlainTitlesClosingYearsBeforeThePageOfAShortForm() {
        ShortCitation c = (ShortCitation) only("Department of State, Documents on Germany, 1944–1985, 770.");
        assertThat(c.title()).isEqualTo("Documents on Germany, 1944–1985");
        assertThat(c.locator()).isEqualTo(Locator.page("770"));
    }

    @Test
    void splitsTwoShortFormsJoinedByAndAfterAPage() {
        List<Citation> cs = parser.parse("For example, Taruskin, Music in the Nineteenth Century, 131–33, and "
                + "McClary, Feminine Endings, 62.");
        assertThat(cs).hasSize(2);
        assertThat(cs.get(0).locator()).isEqualTo(Locator.page("131–33"));
        assertThat(((ShortCitation) cs.get(1)).authors()).containsExactly(new Name("McClary", null, null, null, null));
        // A page list ending in "and" stays one locator.
        assertThat(only("Marlow, Letters from the Coast, pp. 4, 7, and 41.").locator().value()).isEqualTo("4, 7, and 41");
    }

    @Test
    void tellsLocCitFromOpCit() {
        assertThat(((CrossReference) only("Gigerenzer et al., loc. cit.")).form())
                .isEqualTo(CrossReference.Form.LOC_CIT);
        assertThat(((CrossReference) only("Gigerenzer et al., op. cit., 9.")).form())
                .isEqualTo(CrossReference.Form.OP_CIT);
    }

    @Test
    void keepsQuotedWordsInsideAPlainTitle() {
        Reference r = ref(only("Wildman Whitehouse, The Atlantic Telegraph: Its History, to the Sailing of the "
                + "“Agamemnon” and “Niagara” (London: Bradbury and Evans, 1858), 7."));
        assertThat(r.type()).isEqualTo(ItemType.BOOK);
        assertThat(r.title()).endsWith("to the Sailing of the “Agamemnon” and “Niagara”");
        assertThat(r.publisher()).isEqualTo("Bradbury and Evans");
    }

    @Test
    void readsEveryEditorOfAListCutByCommas() {
        Reference r = ref(only("Intergovernmental Panel on Climate Change, Climate Change: The IPCC Scientific "
                + "Assessment, ed. J. T. Houghton, G. J. Jenkins, and J. J. Ephraums (Cambridge: Cambridge "
                + "University Press, 1990), xi."));
        assertThat(r.editors()).extracting(Name::family).containsExactly("Houghton", "Jenkins", "Ephraums");
        assertThat(r.title()).isEqualTo("Climate Change: The IPCC Scientific Assessment");
    }

    @Test
    void readsANumberedWorkingPaperAsAReport() {
        Reference r = ref(only("Barry Eichengreen and Kris Mitchener, \"The Great Depression as a Credit Boom Gone "
                + "Wrong,\" BIS Working Paper no. 137 (Basel: Bank for International Settlements, 2003), 12."));
        assertThat(r.type()).isEqualTo(ItemType.REPORT);
        assertThat(r.collectionTitle()).isEqualTo("BIS Working Paper");
        assertThat(r.collectionNumber()).isEqualTo("137");
        assertThat(r.publisher()).isEqualTo("Bank for International Settlements");
    }

    @Test
    void findsTheWorkAfterProseThatSaysWhereSomethingIs() {
        List<Citation> cs = parser.parse("Moses’s own account is in Robert Moses, Public Works: A Dangerous Trade "
                + "(New York: McGraw-Hill, 1970), xiv–xvi; it should be read beside Caro.");
        assertThat(cs.get(0).prefix()).isEqualTo("Moses’s own account is in");
        assertThat(ref(cs.get(0)).authors()).containsExactly(Name.of("Moses", "Robert"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // British order: the collection, then its class and piece; Chicago's: the collection before the date.
        "Minutes of the Committee, 3 March 1795, Canal Company Papers, RAIL 810/4, The National Archives, Kew.",
        "Minutes of the Committee, Canal Company Papers, March 3, 1795, RAIL 810/4, The National Archives, Kew.",
        "Minutes of the Committee, Canal Company Papers, March 3, 1795, box 4, The National Archives, Kew.",
    })
    void readsANamedCollectionBeforeTheShelfmarkOrBeforeTheDate(String note) {
        FullCitation c = (FullCitation) only(note);
        Reference r = c.reference();
        assertThat(r.collectionTitle()).isEqualTo("Canal Company Papers");
        assertThat(r.title()).isEqualTo("Minutes of the Committee");
        assertThat(r.archiveLocation()).isIn("RAIL 810/4", "box 4");
        assertThat(r.archive()).isEqualTo("The National Archives");
        assertThat(c.suffix()).isNull();
    }

    @Test
    void readsAShelfmarkAfterALettersDateAsWhereItIsKept() {
        Reference r = ref(only("Foreign Office to Colonel R. Sandeman, 14 March 1884, FO 65/1210, National Archives, "
                + "Kew."));
        assertThat(r.archiveLocation()).isEqualTo("FO 65/1210");
        assertThat(r.archive()).isEqualTo("National Archives");
        assertThat(r.collectionTitle()).isNull();
        assertThat(r.recipients()).containsExactly(Name.of("Sandeman", "R."));
        Reference diary = ref(only("Harold Lyle, diary, June 9, 1884, MSS Eur C 312, British Library, London."));
        assertThat(diary.archiveLocation()).isEqualTo("MSS Eur C 312");
        assertThat(diary.archivePlace()).isEqualTo("London");
    }

    @Test
    void dropsARankButNotAnOfficeBeforeAName() {
        assertThat(Names.parseList("Sir Edward Grey", false)).containsExactly(Name.of("Grey", "Edward"));
        assertThat(Names.parseList("President Kennedy", false)).containsExactly(new Name("Kennedy", null, null, null,
                null));
        assertThat(Names.parseList("Major Smith", false).get(0).family()).isEqualTo("Smith");
        assertThat(Names.parseList("John Major", false)).containsExactly(Name.of("Major", "John"));
    }

    @Test
    void readsTheOwnerOfAWebSiteAfterTheSitesName() {
        Reference r = ref(only("“Survey of India Field Books,” Digital Himalaya Project, University of Cambridge, "
                + "accessed January 12, 2025, https://www.digitalhimalaya.com/collections/surveys/."));
        assertThat(r.type()).isEqualTo(ItemType.WEBPAGE);
        assertThat(r.containerTitle()).isEqualTo("Digital Himalaya Project");
        assertThat(r.publisher()).isEqualTo("University of Cambridge");
    }

    @Test
    void readsAVolumeOfANamedMultivolumeWorkWithItsSeriesAndDates() {
        Reference r = ref(only("Steven Hahn et al., eds., Land and Labor, 1865, ser. 3, vol. 1 of Freedom: A "
                + "Documentary History of Emancipation, 1861–1867 (Chapel Hill: University of North Carolina Press, "
                + "2008), 45."));
        assertThat(r.title()).isEqualTo("Land and Labor, 1865");
        assertThat(r.volume()).isEqualTo("1");
        assertThat(r.collectionTitle()).isEqualTo("Freedom: A Documentary History of Emancipation, 1861–1867");
        assertThat(r.note()).isEqualTo("ser. 3");
        assertThat(r.editors()).containsExactly(Name.of("Hahn", "Steven"), Name.others()); // "et al."
    }

    @Test
    void keepsASubtitleThatGoesOnAfterACommaOutOfTheSeries() {
        Reference r = ref(only("Douglas R. Egerton, The Wars of Reconstruction: The Brief, Violent History of "
                + "America's Most Progressive Era (New York: Bloomsbury Press, 2014), 9."));
        assertThat(r.title()).isEqualTo("The Wars of Reconstruction: The Brief, Violent History of America's Most "
                + "Progressive Era");
        assertThat(r.collectionTitle()).isNull();
    }

    @Test
    void readsWaAsAParticle() {
        Reference r = ref(only("Ngũgĩ wa Thiong'o, Decolonising the Mind: The Politics of Language in African "
                + "Literature (London: James Currey, 1986), 16."));
        assertThat(r.authors()).containsExactly(new Name("Thiong'o", "Ngũgĩ", "wa", null, null));
    }

    @Test
    void keepsANoteOfAnAmpersandAsUnparsedInsteadOfThrowing() {
        // "&" looks like a list of names joined by "&" with no names in it; it once made a short form with
        // neither author nor title, which the citation refuses.
        for (String note : List.of("&", "& 12.", "&, &", "See &.", "&; & 4")) {
            assertThat(parser.parse(note)).as(note).allSatisfy(c -> assertThat(c.text()).isNotBlank());
        }
        assertThat(only("&")).isInstanceOf(UnparsedCitation.class);
    }

    @Test
    void keepsACongressAndAReportNumberOutOfThePublicationFacts() {
        Citation c = parser.parse("U.S. Congress, House, Report of the Select Committee on the Yellow Fever, 45th "
                + "Cong., 3rd sess., 1879, H. Rep. 2, 33.", List.of(new TextSpan(22, 72))).get(0);
        Reference r = ref(c);
        assertThat(r.title()).isEqualTo("Report of the Select Committee on the Yellow Fever");
        assertThat(r.publisher()).isNull();
        assertThat(r.publisherPlace()).isNull();
        assertThat(r.note()).isEqualTo("45th Cong., 3rd sess., H. Rep. 2");
        assertThat(r.type()).isEqualTo(ItemType.REPORT);
        assertThat(r.issued().year()).isEqualTo(1879);
        assertThat(c.locator()).isEqualTo(Locator.page("33"));
    }

    @Test
    void readsALibrarysOnlineCollectionReadOnAGivenDayAsAWebPage() {
        Reference r = ref(only("“Yellow Fever Collection,” Health Sciences Library, University of Virginia, accessed "
                + "February 2, 2025, https://yellowfever.lib.virginia.edu/."));
        assertThat(r.type()).isEqualTo(ItemType.WEBPAGE);
        assertThat(r.containerTitle()).isEqualTo("Health Sciences Library");
        assertThat(r.archive()).isNull();
        // Without the day it was read, a document named with its repository is held there.
        Reference held = ref(only("“Report on the Quarantine Station,” Health Sciences Library, 1879."));
        assertThat(held.archive()).isEqualTo("Health Sciences Library");
    }

    @Test
    void givesTwoPeopleWhoShareAFamilyNameThatNameBoth() {
        Reference durant = ref(only("Will and Ariel Durant, The Age of Voltaire (New York: Simon and Schuster, "
                + "1965), 12."));
        assertThat(durant.authors()).containsExactly(Name.of("Durant", "Will"), Name.of("Durant", "Ariel"));
        Reference cheese = ref(only("Carlo Ginzburg, The Cheese and the Worms, trans. John and Anne Tedeschi "
                + "(Baltimore: Johns Hopkins University Press, 1980), xiv."));
        assertThat(cheese.translators()).containsExactly(Name.of("Tedeschi", "John"), Name.of("Tedeschi", "Anne"));
        // Two full names, and two surnames in a short form, are left as they are.
        Reference two = ref(only("Konrad H. Jarausch and Michael Geyer, Shattered Past (Princeton, NJ: Princeton "
                + "University Press, 2003), 4."));
        assertThat(two.authors()).containsExactly(Name.of("Jarausch", "Konrad H."), Name.of("Geyer", "Michael"));
        ShortCitation s = (ShortCitation) only("Jarausch and Geyer, Shattered Past, 5.");
        assertThat(s.authors()).extracting(Name::family).containsExactly("Jarausch", "Geyer");
    }

    @Test
    void keepsARemarkOnTheQuotationAfterTheLocatorAsTheSuffix() {
        FullCitation full = (FullCitation) only("Sarah Maza, Thinking about History (Chicago: University of Chicago "
                + "Press, 2017), 23, emphasis added.");
        assertThat(full.locator()).isEqualTo(Locator.page("23"));
        assertThat(full.suffix()).isEqualTo("emphasis added");
        ShortCitation paren = (ShortCitation) only("Maza, Thinking about History, 25 (emphasis in original).");
        assertThat(paren.locator()).isEqualTo(Locator.page("25"));
        assertThat(paren.suffix()).isEqualTo("emphasis in original");
        ShortCitation translated = (ShortCitation) only("Maza, Thinking about History, 27, my translation.");
        assertThat(translated.locator()).isEqualTo(Locator.page("27"));
        assertThat(translated.suffix()).isEqualTo("my translation");
    }

    @Test
    void readsAnEbookLocationAsTheLocator() {
        ShortCitation c = (ShortCitation) only("Maza, Thinking about History, Kindle loc. 345.");
        assertThat(c.title()).isEqualTo("Thinking about History");
        assertThat(c.locator()).isEqualTo(new Locator("section", "Kindle loc. 345"));
    }

    @Test
    void readsAnAnonymousWorkByItsTitle() {
        Reference r = ref(only("[Anonymous], A Letter to a Friend ([London], 1698), 3."));
        assertThat(r.authors()).containsExactly(Name.literal("Anonymous"));
        assertThat(r.title()).isEqualTo("A Letter to a Friend");
        assertThat(r.issued()).isEqualTo(PartialDate.ofYear(1698));
    }
}

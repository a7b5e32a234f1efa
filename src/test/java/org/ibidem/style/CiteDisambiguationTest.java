package org.ibidem.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;

/**
 * Cite disambiguation ({@link CiteDisambiguation}) through a {@link CitationFormatter.Session}: each work cited
 * first on page 4 in notes 1–9, then again on page 5, the session told of every work and its first note
 * beforehand. The expected notes are citeproc-js 2.4.63's for the same items and styles
 * ({@code CiteprocJsDisambiguationIT} holds them to it where node is installed).
 */
class CiteDisambiguationTest {

    private static final CitationFormatter FORMATTER = new CitationFormatter();

    static Reference book(String id, String title, String publisher, int year, Name... authors) {
        return Reference.builder(ItemType.BOOK).id(id).authors(List.of(authors)).title(title)
                .publisher(publisher).publisherPlace("London").issued(PartialDate.ofYear(year)).build();
    }

    /** Same author, same title (Chicago's short form), different years and publishers. */
    static final Reference ROME_1999 = book("h1", "History of Rome", "Penguin", 1999, Name.of("Smith", "John"));
    static final Reference ROME_2003 = book("h2", "History of Rome", "Verso", 2003, Name.of("Smith", "John"));
    /** Same author and year. */
    static final Reference CATS = book("y1", "Cats", "Penguin", 1999, Name.of("Jones", "Ann"));
    static final Reference DOGS = book("y2", "Dogs", "Penguin", 1999, Name.of("Jones", "Ann"));
    /** Two people named Brown. */
    static final Reference RIVERS = book("g1", "Rivers", "Penguin", 2001, Name.of("Brown", "Peter"));
    static final Reference LAKES = book("g2", "Lakes", "Penguin", 2001, Name.of("Brown", "Mary"));
    static final Reference SEAS = book("g3", "Seas", "Penguin", 2005, Name.of("Brown", "Mary"));
    /** Same first author and year, et al. after the first. */
    static final Reference MAPS = book("n1", "Maps", "Penguin", 2010, Name.of("Lee", "Tom"), Name.of("Park", "Sue"),
            Name.of("Kim", "Jo"));
    static final Reference ROADS = book("n2", "Roads", "Penguin", 2010, Name.of("Lee", "Tom"),
            Name.of("Chan", "Li"), Name.of("Kim", "Jo"));

    static final List<Reference> WORKS = List.of(ROME_1999, ROME_2003, CATS, DOGS, RIVERS, LAKES, SEAS, MAPS, ROADS);

    /** The later cites (page 5) of every work, in a session that knows them all. */
    static List<String> later(String style) {
        CitationFormatter.Session session = FORMATTER.session(style, OutputFormat.TEXT, null);
        for (int i = 0; i < WORKS.size(); i++) {
            session.firstNote(WORKS.get(i), i + 1);
        }
        List<String> out = new ArrayList<>();
        for (Reference work : WORKS) {
            out.add(session.format(new Cite(work, Locator.page("4"), CitePosition.FIRST)));
        }
        for (int i = 0; i < WORKS.size(); i++) {
            out.add(session.format(new Cite(WORKS.get(i), Locator.page("5"),
                    new CitePosition(CitePosition.Kind.SUBSEQUENT, false, i + 1))));
        }
        return out;
    }

    private static List<String> laterOnly(String style) {
        List<String> all = later(style);
        return all.subList(WORKS.size(), all.size());
    }

    @Test
    void chicagoNotesAddTheDateWhereTwoShortFormsWouldReadAlike() {
        assertThat(laterOnly("chicago-notes-bibliography")).containsExactly(
                "Smith, History of Rome (1999), 5.", "Smith, History of Rome (2003), 5.",
                "Jones, Cats, 5.", "Jones, Dogs, 5.", "Brown, Rivers, 5.", "Brown, Lakes, 5.", "Brown, Seas, 5.",
                "Lee et al., Maps, 5.", "Lee et al., Roads, 5.");
    }

    @Test
    void mhraNotesAddTheDateWhereTwoShortFormsWouldReadAlike() {
        assertThat(laterOnly("mhra-notes")).startsWith(
                "Smith, History of Rome (1999), p. 5.", "Smith, History of Rome (2003), p. 5.", "Jones, Cats, p. 5.");
    }

    @Test
    void chicagoNotesFirstCitesStayFull() {
        assertThat(later("chicago-notes-bibliography")).startsWith(
                "John Smith, History of Rome (Penguin, 1999), 4.", "John Smith, History of Rome (Verso, 2003), 4.");
    }

    @Test
    void chicagoAuthorDateDisambiguatesByNamesInitialsAndYearSuffixes() {
        assertThat(laterOnly("chicago-author-date")).containsExactly(
                "(Smith 1999, 5)", "(Smith 2003, 5)", "(Jones 1999a, 5)", "(Jones 1999b, 5)",
                "(P. Brown 2001, 5)", "(M. Brown 2001, 5)", "(M. Brown 2005, 5)",
                "(Lee, Park, et al. 2010, 5)", "(Lee, Chan, et al. 2010, 5)");
    }

    @Test
    void apaAddsInitialsToEveryCiteOfASurnameTwoPeopleShare() {
        // givenname-disambiguation-rule="primary-name-with-initials": Mary Brown's 2005 cite is not ambiguous,
        // but her name is.
        assertThat(laterOnly("apa")).containsExactly(
                "(Smith, 1999, p. 5)", "(Smith, 2003, p. 5)", "(Jones, 1999a, p. 5)", "(Jones, 1999b, p. 5)",
                "(P. Brown, 2001, p. 5)", "(M. Brown, 2001, p. 5)", "(M. Brown, 2005, p. 5)",
                "(Lee, Park, et al., 2010, p. 5)", "(Lee, Chan, et al., 2010, p. 5)");
    }

    @Test
    void byCiteRuleAddsInitialsOnlyToAmbiguousCites() {
        assertThat(laterOnly("harvard-cite-them-right")).containsExactly(
                "(Smith, 1999, p. 5)", "(Smith, 2003, p. 5)", "(Jones, 1999a, p. 5)", "(Jones, 1999b, p. 5)",
                "(P. Brown, 2001, p. 5)", "(M. Brown, 2001, p. 5)", "(Brown, 2005, p. 5)",
                "(Lee, Park and Kim, 2010, p. 5)", "(Lee, Chan and Kim, 2010, p. 5)");
    }

    @Test
    void citesCarryTheYearSuffixesOfTheBibliography() {
        CitationFormatter.Session session = FORMATTER.session("apa", OutputFormat.TEXT, null);
        // Dogs first: the letters follow the bibliography's order (by title), not the order cited.
        session.number(DOGS);
        session.number(CATS);

        assertThat(session.format(new Cite(DOGS, null, CitePosition.FIRST))).isEqualTo("(Jones, 1999b)");
        assertThat(session.bibliography().entries())
                .containsExactly("Jones, A. (1999a). Cats. Penguin.", "Jones, A. (1999b). Dogs. Penguin.");
    }

    @Test
    void aWorkCitedAloneIsNotDisambiguated() {
        CitationFormatter.Session session = FORMATTER.session("apa", OutputFormat.TEXT, null);

        assertThat(session.format(new Cite(CATS, null, CitePosition.FIRST))).isEqualTo("(Jones, 1999)");
    }

    @Test
    void aNumericStyleIsLeftToItsNumbers() {
        CitationFormatter.Session session = FORMATTER.session("ieee", OutputFormat.TEXT, null);
        session.number(CATS);
        session.number(DOGS);

        assertThat(session.format(new Cite(DOGS, null, CitePosition.FIRST))).isEqualTo("[2]");
    }

    /** The reproduction in docs/upstream/disambiguate-condition.md. */
    private static final String CONDITION_STYLE = "<?xml version=\"1.0\" encoding=\"utf-8\"?><style "
            + "xmlns=\"http://purl.org/net/xbiblio/csl\" class=\"note\" version=\"1.0\"><info><id>t</id>"
            + "<title>t</title><updated>2020-01-01T00:00:00+00:00</updated></info><citation><layout><group "
            + "delimiter=\", \"><names variable=\"author\"><name form=\"short\"/></names><choose><if "
            + "disambiguate=\"true\"><text variable=\"title\"/></if></choose></group></layout></citation></style>";

    @Test
    void theDisambiguateConditionFailsForACiteNoOtherReadsLike() {
        CitationFormatter.Session session = FORMATTER.session(CONDITION_STYLE, OutputFormat.TEXT, null);
        session.number(CATS);
        session.number(RIVERS);

        assertThat(session.format(new Cite(CATS, null, CitePosition.FIRST))).isEqualTo("Jones");
    }

    @Test
    void theDisambiguateConditionHoldsForCitesThatWouldReadAlike() {
        CitationFormatter.Session session = FORMATTER.session(CONDITION_STYLE, OutputFormat.TEXT, null);
        session.number(CATS);
        session.number(DOGS);

        assertThat(session.format(new Cite(CATS, null, CitePosition.FIRST))).isEqualTo("Jones, Cats");
        assertThat(session.format(new Cite(DOGS, null, CitePosition.FIRST))).isEqualTo("Jones, Dogs");
    }

    static final Reference REVIEWING = Reference.builder(ItemType.BOOK).id("shen")
            .authors(List.of(Name.of("Shen", "Zhihua")))
            .title("Reviewing and Reconsidering the History of Sino-Soviet Relations")
            .publisherPlace("Beijing").publisher("Social Sciences Academic Press")
            .issued(PartialDate.ofYear(2016)).build();
    static final Reference KOREA = Reference.builder(ItemType.BOOK).id("shen-mao")
            .authors(List.of(Name.of("Shen", "Zhihua"))).title("Mao, Stalin and the Korean War")
            .publisherPlace("London").publisher("Routledge").issued(PartialDate.ofYear(2012)).build();

    private static CitePosition laterFrom(int note) {
        return new CitePosition(CitePosition.Kind.SUBSEQUENT, false, note);
    }

    @Test
    void oscolaNamesTheTitleOfTwoWorksOfOneAuthorFirstCitedInOneNote() {
        CitationFormatter.Session session = FORMATTER.session("oscola", OutputFormat.TEXT, null);
        session.firstNote(REVIEWING, 1);
        session.firstNote(KOREA, 1);

        assertThat(session.format(new Cite(REVIEWING, Locator.page("12"), laterFrom(1))))
                .isEqualTo("Shen, Reviewing and Reconsidering the History of Sino-Soviet Relations (n 1) 12.");
    }

    @Test
    void oscolaLeavesTheTitleOutWhereTheFirstNotesDiffer() {
        CitationFormatter.Session session = FORMATTER.session("oscola", OutputFormat.TEXT, null);
        session.firstNote(REVIEWING, 1);
        session.firstNote(KOREA, 4);

        assertThat(session.format(new Cite(REVIEWING, Locator.page("12"), laterFrom(1)))).isEqualTo("Shen (n 1) 12.");
    }

    @Test
    void aRewriteTellsTheDocumentsWorksApart() {
        NoteStyle oscola = NoteStyle.load("oscola");
        Map<Reference, Integer> firstNotes = new LinkedHashMap<>();
        firstNotes.put(REVIEWING, 1);
        firstNotes.put(KOREA, 1);
        NoteStyle.Cites cites = oscola.cites(firstNotes);

        assertThat(cites.format(KOREA, null, laterFrom(1), OutputFormat.TEXT))
                .isEqualTo("Shen, Mao, Stalin and the Korean War (n 1)");
        assertThat(oscola.format(KOREA, null, laterFrom(1), OutputFormat.TEXT)).isEqualTo("Shen (n 1)");
    }

    @Test
    void initialsFollowTheStylesInitializeWith() {
        assertThat(CiteDisambiguation.initials("John Paul", ". ")).isEqualTo("J. P.");
        assertThat(CiteDisambiguation.initials("Jean-Paul", ". ")).isEqualTo("J.-P.");
        assertThat(CiteDisambiguation.initials("John Paul", ".")).isEqualTo("J.P.");
    }

    @Test
    void aGlobalRuleExpandsOnlyASurnameDifferentPeopleShare() throws Exception {
        StyleTraits traits = StyleTraits.of(StyleResolver.readBundled("apa.csl"));
        Map<Reference, List<Integer>> levels = CiteDisambiguation.globalGivens(List.of(RIVERS, LAKES, SEAS, CATS),
                "primary-name", traits);

        assertThat(levels).containsOnlyKeys(RIVERS, LAKES, SEAS);
        assertThat(levels.get(SEAS)).containsExactly(1);
    }

    @Test
    void aGlobalRuleGivesFullNamesWhereInitialsAreAlike() throws Exception {
        StyleTraits traits = StyleTraits.of(StyleResolver.readBundled("apa.csl"));
        Reference maria = book("m", "Hills", "Penguin", 2001, Name.of("Brown", "Maria"));

        assertThat(CiteDisambiguation.globalGivens(List.of(LAKES, maria), "all-names", traits).get(maria))
                .containsExactly(2);
        assertThat(CiteDisambiguation.globalGivens(List.of(LAKES, maria), "all-names-with-initials", traits)
                .get(maria)).containsExactly(1);
    }
}

package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;

import java.util.List;
import org.ibidem.reference.Locator;
import org.junit.jupiter.api.Test;

/**
 * Ancient and patristic authorities as learned notes of the seventeenth to nineteenth centuries cite them: an
 * author (often abbreviated), an abbreviated title, and the work's own book and chapter ("l." liber, "c." caput),
 * kept as written. Each on a note written for the test.
 */
class ClassicalDivisionsTest {

    private static final NoteParser PARSER = new NoteParser();

    @Test
    void readsAnAbbreviatedTitleAfterTheAuthorAsATitleNotAGivenName() {
        ShortCitation c = (ShortCitation) only("See Orosius, Hist. Advers. Pagan. l. vii. c. 7.");
        assertThat(c.form()).isEqualTo(ShortCitation.Form.AUTHOR_TITLE);
        assertThat(c.authors()).extracting(n -> n.family()).containsExactly("Orosius");
        assertThat(c.title()).isEqualTo("Hist. Advers. Pagan.");
        assertThat(c.locator().value()).isEqualTo("l. vii. c. 7");
        assertThat(c.prefix()).isEqualTo("See");
    }

    @Test
    void readsAnAbbreviatedAuthorAndTitleWithoutACommaBeforeBookAndChapter() {
        ShortCitation c = (ShortCitation) only("Liv. Decad. xxi. 38.");
        assertThat(c.authors()).extracting(n -> n.family()).containsExactly("Liv");
        assertThat(c.title()).isEqualTo("Decad.");
        assertThat(c.locator().value()).isEqualTo("xxi. 38");
    }

    @Test
    void readsAChapterAloneAfterAnAbbreviatedTitle() {
        ShortCitation c = (ShortCitation) only("Minucius Felix, Octav. c. 9.");
        assertThat(c.title()).isEqualTo("Octav.");
        assertThat(c.locator()).isEqualTo(new Locator("chapter", "c. 9"));
    }

    @Test
    void readsTheAuthorAloneWithBookAndChapter() {
        ShortCitation c = (ShortCitation) only("Orosius, l. vii. c. 12.");
        assertThat(c.form()).isEqualTo(ShortCitation.Form.AUTHOR_ONLY);
        assertThat(c.locator()).isEqualTo(new Locator("chapter", "l. vii. c. 12"));
    }

    @Test
    void keepsTheProseAfterTheDivisionsAsCommentary() {
        ShortCitation c = (ShortCitation) only("Zosimus, l. ii. The story is told with more spite than truth.");
        assertThat(c.locator()).isEqualTo(new Locator("book", "l. ii"));
        assertThat(c.suffix()).isEqualTo("The story is told with more spite than truth.");
    }

    @Test
    void dropsAndSoForthAfterTheChapter() {
        ShortCitation c = (ShortCitation) only("Minucius Felix, Octav. c. 9. &c.");
        assertThat(c.locator().value()).isEqualTo("c. 9");
    }

    @Test
    void readsAPageOfAWorkNamedByItsAbbreviatedTitle() {
        ShortCitation c = (ShortCitation) only("Fleury, Hist. Eccles. p. 312.");
        assertThat(c.authors()).extracting(n -> n.family()).containsExactly("Fleury");
        assertThat(c.title()).isEqualTo("Hist. Eccles.");
        assertThat(c.locator()).isEqualTo(new Locator("page", "312"));
    }

    @Test
    void citesTheWorkAPassageIsReadInAfterApud() {
        ShortCitation c = (ShortCitation) only("Papias, ap. Euseb. l. iii. c. 39.");
        assertThat(c.authors()).extracting(n -> n.family()).containsExactly("Euseb");
        assertThat(c.locator().value()).isEqualTo("l. iii. c. 39");
        assertThat(c.prefix()).isEqualTo("Papias, ap.");
    }

    @Test
    void readsACitationThroughAnotherWorkInParenthesesInsideProse() {
        List<Citation> cs = PARSER.parse("Zosimus, l. ii. The tale is also told by Philostorgius (apud Phot. "
                + "l. iii. c. 4,) and by later writers.");
        assertThat(cs).hasSize(2);
        ShortCitation through = (ShortCitation) cs.get(1);
        assertThat(through.authors()).extracting(n -> n.family()).containsExactly("Phot");
        assertThat(through.locator().value()).isEqualTo("l. iii. c. 4");
    }

    @Test
    void readsTheSourceRunOnAfterALatinQuotation() {
        List<Citation> cs = PARSER.parse("Quis custodiet ipsos custodes Decimus Juvenalis, vi. 347.");
        assertThat(cs).hasSize(1);
        ShortCitation c = (ShortCitation) cs.get(0);
        assertThat(c.authors()).extracting(n -> n.family()).containsExactly("Juvenalis");
        assertThat(c.locator().value()).isEqualTo("vi. 347");
    }

    @Test
    void takesTheNameBeforeLocCitAfterASentenceOfCommentary() {
        List<Citation> cs = PARSER.parse("The date is wrong, as every chronicle shows. Oros. loc. cit., and "
                + "Tillotson.");
        assertThat(cs).hasSize(2);
        CrossReference x = (CrossReference) cs.get(0);
        assertThat(x.authors()).extracting(n -> n.family()).containsExactly("Oros");
        ShortCitation named = (ShortCitation) cs.get(1);
        assertThat(named.form()).isEqualTo(ShortCitation.Form.AUTHOR_ONLY);
        assertThat(named.locator()).isNull();
    }

    @Test
    void leavesProseEndingInAChapterNumberAlone() {
        assertThat(PARSER.parse("He read it in the summer of that year, c. 5.")).isEmpty();
        assertThat(PARSER.parse("The whole of the argument turns on what the council meant at c. 5."))
                .isEmpty();
    }

    @Test
    void readsEachAuthorityOfAListAfterBy() {
        List<Citation> cs = PARSER.parse("The same opinion is maintained by Minucius Felix, Octavius, by Arnobius, "
                + "Advers. Gent. c. 14. &c., and by Orosius, Hist. Pagan. vii. 2.");
        assertThat(cs).hasSize(3);
        assertThat(((ShortCitation) cs.get(0)).title()).isEqualTo("Octavius");
        assertThat(((ShortCitation) cs.get(1)).locator().value()).isEqualTo("c. 14");
        assertThat(((ShortCitation) cs.get(2)).locator().value()).isEqualTo("vii. 2");
    }

    @Test
    void leavesASentenceWithByAndNoListOfAuthoritiesAlone() {
        assertThat(PARSER.parse("The doctrine was stated by Orosius and by everyone else, and by nobody."))
                .isEmpty();
    }

    @Test
    void readsTheArticleOfADictionaryNamedByItsCompiler() {
        List<Citation> cs = PARSER.parse("Orosius, l. iv. c. 5. See in Moreri, in the article of Savonarola, a "
                + "full account of the trial.");
        assertThat(cs).hasSize(2);
        ShortCitation article = (ShortCitation) cs.get(1);
        assertThat(article.authors()).extracting(n -> n.family()).containsExactly("Moreri");
        assertThat(article.locator()).isEqualTo(new Locator("section", "article of Savonarola"));
        assertThat(article.suffix()).isEqualTo("a full account of the trial.");
    }

    @Test
    void readsTheCollectionAWorkIsReprintedIn() {
        ShortCitation c = (ShortCitation) only("Mr. Smith has printed the letter with care. His text is reprinted "
                + "in Hartley. Coll. Epist. Vet. vol. ii.");
        assertThat(c.title()).startsWith("Hartley. Coll. Epist. Vet");
        assertThat(c.volume()).isEqualTo("ii");
    }

    @Test
    void readsABookAndChapterBeforeAnEditorsNoteThatSaysToSee() {
        List<Citation> cs = PARSER.parse("Zosimus, l. ii. c. 3. Orosius Hist. Pagan. vii. 2. * Note: It is enough "
                + "to read the whole chapter in Orosius, to see that the story is doubtful.");
        assertThat(cs).hasSize(2);
        assertThat(((ShortCitation) cs.get(1)).locator().value()).isEqualTo("vii. 2");
    }
}

package org.ibidem.citation.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The cheap tests that stand before a pattern never say no where the pattern says yes: {@link
 * HeadReader#mayOpenWithSignal} before {@link HeadReader#SIGNAL}; {@link ArchivalReader#isDocumentGenre}, which
 * answers as {@code DOCUMENT_GENRE} alone; the opening of an archival unit ({@link
 * ArchivalReader#opensAsStrongUnit}); an artwork's medium ({@link ArtworkNotes#namesMedium}); a locator's
 * subdivision ({@code Locators.mayHaveSubdivision}); an opening "Ibid." ({@link IbidReader#mayOpenWithIbid}). On
 * texts drawn from each pattern's words, in both cases, with letters whose case folds outside ASCII and white
 * space of every kind. And {@link HeadReader#keywords}, which tests three letters before it compares a whole word,
 * finds each word wherever {@link KeywordPattern#asciiWordAt} finds it.
 */
class OpeningWordGuardsTest {

    private static Arbitrary<String> joined(Arbitrary<String> piece, int most) {
        return piece.list().ofMinSize(1).ofMaxSize(most).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<String> openings() {
        return joined(Arbitraries.of("See", "see", "SEE", "also", "Also", "especially", "generally", "But", "but",
                "cf.", "Cf.", "CF.", "Compare", "contra", "Accord", "e.g.,", "e. g.,", "E.g.,", "for", "For",
                "example,", "instance,", "as", "As", "quoted", "Quoted", "in", "cited", "reprinted", "citing",
                "Quoting", "*", "* ", " ", "  ", "\t", ",", "Smith", "Brown", "seed", "especiallyx", "Seeing", "é",
                "\u212A", "\u017F", "Roe", "for example", "e.", "g.", "Especially,"), 8);
    }

    @Property(tries = 3000)
    void everyOpeningThePatternReadsPassesTheSignalTest(@ForAll("openings") String t) {
        if (HeadReader.SIGNAL.matcher(t).lookingAt()) {
            assertThat(HeadReader.mayOpenWithSignal(t)).as(t).isTrue();
        }
    }

    @Provide
    Arbitrary<String> keywordTexts() {
        return joined(Arbitraries.of("see", "SeE", "se", "seen", "supra", "SUPRA", "sup", "supr", "cf.", "CF.", "cf",
                "cit", "CIT", "ci", "city", "ibid", "IBID", "ibi", "ib", "above", "ABOVE", "abov", "ab", "s", "c", "i",
                "a", ".", " ", "\u017F", "\u212A", "\u0130", "\u0131", "\u00e9", "x", "S\u00e9e"), 8);
    }

    @Property(tries = 3000)
    void keywordsAreThoseFoundAtSomePosition(@ForAll("keywordTexts") String t) {
        int expected = 0;
        String[] keys = {"see", "cf.", "ibid", "supra", "above", "cit"};
        int[] bits = {HeadReader.HAS_SEE, HeadReader.HAS_CF, HeadReader.HAS_IBID, HeadReader.HAS_SUPRA,
            HeadReader.HAS_ABOVE, HeadReader.HAS_CIT};
        for (int k = 0; k < keys.length; k++) {
            for (int i = 0; i < t.length(); i++) {
                if (KeywordPattern.asciiWordAt(t, i, keys[k])) {
                    expected |= bits[k];
                }
            }
        }
        assertThat(HeadReader.keywords(t)).as(t).isEqualTo(expected);
    }

    @Example
    void signalTestPassesSignalsAndRefusesNames() {
        assertThat(HeadReader.mayOpenWithSignal("*See also *Roe")).isTrue();
        assertThat(HeadReader.mayOpenWithSignal("E.g., Roe")).isTrue();
        assertThat(HeadReader.mayOpenWithSignal("Smith, History")).isFalse();
        assertThat(HeadReader.mayOpenWithSignal("Seeing Things")).isFalse();
    }

    @Provide
    Arbitrary<String> genres() {
        return joined(Arbitraries.of("Confidential", "SECRET", "top", "secret", "Memorandum", "memo", "of",
                "conversation", "for", "the", "record", "Letter", "letters", "Diary", "entry", "journal", "Aide",
                "aide-mémoire", "aide-memoire", "Aide-Mémoire", "note", "verbale", "Oral", "history", "interview",
                "Remarks", "petitions", "Smith", "handwritten", "typed", "a", "é", "\u212A", " ", "  ", "\t", ",",
                "-", "draft"), 6);
    }

    @Property(tries = 3000)
    void documentGenreAnswersAsItsPattern(@ForAll("genres") String t) throws ReflectiveOperationException {
        assertThat(ArchivalReader.isDocumentGenre(t)).as(t)
                .isEqualTo(pattern(ArchivalReader.class, "DOCUMENT_GENRE").matcher(t).lookingAt());
    }

    @Example
    void documentGenreReadsAGenreAndRefusesAName() {
        assertThat(ArchivalReader.isDocumentGenre("Memorandum of conversation, A and B")).isTrue();
        assertThat(ArchivalReader.isDocumentGenre("Secret telegram")).isTrue();
        assertThat(ArchivalReader.isDocumentGenre("Letterman, Tom")).isFalse();
    }

    @Provide
    Arbitrary<String> units() {
        return joined(Arbitraries.of("Box", "box", "BOXES", "Folder", "fonds", "File", "Carton", "Reel", "RG",
                "Record group", "Fond", "opis", "op.", "Delo", "Series", "Subseries", "Brown", "Charles", "Robert",
                "12", "IV", "3a", "/", ".", "–", "-", " ", "\u017Fe", "\u212A"), 3);
    }

    @Property(tries = 3000)
    void strongArchivalUnitOpeningPassesEveryUnit(@ForAll("units") String t) throws ReflectiveOperationException {
        if (pattern(ArchivalReader.class, "ARCHIVAL_UNIT_STRONG").matcher(t).matches()) {
            assertThat(ArchivalReader.opensAsStrongUnit(t)).as(t).isTrue();
        }
    }

    @Example
    void unitOpeningPassesUnitsAndRefusesNames() {
        assertThat(ArchivalReader.opensAsStrongUnit("Box 12")).isTrue();
        assertThat(ArchivalReader.opensAsStrongUnit("RG 59")).isTrue();
        assertThat(ArchivalReader.opensAsStrongUnit("Charles Brown")).isFalse();
    }

    @Provide
    Arbitrary<String> media() {
        return joined(Arbitraries.of("Oil", "oil", "acrylic", "Watercolour", "watercolor", "ink", "chalk", " and ",
                "gold", " on ", "canvas", "panel", "paper", "Essays", "Reflections", "Thoughts", "gelatin silver",
                " print", "print", "photograph", "Photograph", "marble", "bronze", "mixed media", "tapestry", " ", "x",
                "12", "é"), 5);
    }

    @Property(tries = 3000)
    void artMediumTestAnswersAsItsPattern(@ForAll("media") String t) throws ReflectiveOperationException {
        assertThat(ArtworkNotes.namesMedium(t)).as(t)
                .isEqualTo(pattern(ArtworkNotes.class, "ART_MEDIUM").matcher(t).matches());
    }

    @Example
    void artMediumReadsMediaAndRefusesTitles() {
        assertThat(ArtworkNotes.namesMedium("oil on canvas")).isTrue();
        assertThat(ArtworkNotes.namesMedium("gelatin silver print")).isTrue();
        assertThat(ArtworkNotes.namesMedium("Essays on canvas")).isFalse();
    }

    @Provide
    Arbitrary<String> locators() {
        return joined(Arbitraries.of("p. 42", "No. 105", "42", ",", " ", "\t", "Exhibit", "exhibit", "ENCLOSURE",
                "Inclosure", "annex", "3", "17a", "(", ")", "(I)", "(Enclosure 3)", "(xii)", "\u212A", "é"), 5);
    }

    @Property(tries = 3000)
    void subdivisionTestNeverHidesAMatch(@ForAll("locators") String t) throws ReflectiveOperationException {
        if (pattern(Locators.class, "SUBDIVISION").matcher(t).matches()) {
            assertThat(mayHaveSubdivision(t)).as(t).isTrue();
        }
    }

    @Example
    void subdivisionTestPassesPartsAndRefusesPages() throws ReflectiveOperationException {
        assertThat(mayHaveSubdivision("p. 42, Exhibit 17")).isTrue();
        assertThat(mayHaveSubdivision("No. 70 (I)")).isTrue();
        assertThat(mayHaveSubdivision("p. 45")).isFalse();
    }

    @Provide
    Arbitrary<String> ibids() {
        return joined(Arbitraries.of("Ibid", "ibid", "IBID", "Ibidem", "Id", "id", "ID", "iD", "Industry", "I",
                "i", "b", "d", ".", ",", " ", "\t", ";", ":", "12", "\u0130", "\u0131"), 4);
    }

    @Property(tries = 3000)
    void everyIbidThePatternReadsPassesTheTest(@ForAll("ibids") String t) {
        if (IbidReader.IBID.matcher(t).lookingAt()) {
            assertThat(IbidReader.mayOpenWithIbid(t)).as(t).isTrue();
        }
    }

    @Example
    void ibidTestPassesIbidAndRefusesAWord() {
        assertThat(IbidReader.mayOpenWithIbid("Ibid., 45")).isTrue();
        assertThat(IbidReader.mayOpenWithIbid("Id. at 3")).isTrue();
        assertThat(IbidReader.mayOpenWithIbid("Industry and Empire")).isFalse();
    }

    @Provide
    Arbitrary<String> ranges() {
        return joined(Arbitraries.of("1", "44", "2023", "0", "-", "–", "—", "--", " ", "a", "i", ",", "n. 4"), 5);
    }

    @Property(tries = 3000)
    void everyDigitRangeIsALocatorTheBarePatternReads(@ForAll("ranges") String t)
            throws ReflectiveOperationException {
        if (Locators.isDigitRange(t)) {
            assertThat(pattern(Locators.class, "BARE").matcher(t).matches()).as(t).isTrue();
        }
    }

    @Example
    void digitRangeIsDigitsDashesDigits() {
        assertThat(Locators.isDigitRange("44–46")).isTrue();
        assertThat(Locators.isDigitRange("44-")).isFalse();
        assertThat(Locators.isDigitRange("44–46, 50")).isFalse();
    }

    private static boolean mayHaveSubdivision(String t) throws ReflectiveOperationException {
        java.lang.reflect.Method guard = Locators.class.getDeclaredMethod("mayHaveSubdivision", String.class);
        guard.setAccessible(true);
        return (boolean) guard.invoke(null, t);
    }

    private static Pattern pattern(Class<?> owner, String name) throws ReflectiveOperationException {
        java.lang.reflect.Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return (Pattern) field.get(null);
    }
}

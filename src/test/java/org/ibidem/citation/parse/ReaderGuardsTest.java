package org.ibidem.citation.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The cheap tests the book and quoted-title readers make before a pattern never say no where the pattern alone
 * says yes: on texts drawn from the words and characters each pattern reads (both cases, letters whose case folds
 * outside ASCII, white space of every kind), each answers as its pattern alone answers.
 */
class ReaderGuardsTest {

    @Provide
    Arbitrary<String> facts() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("2nd ed., ", "Second edition,", "rev. and exp. edn, ", "2nd", "3d", "Second", "rev.",
                        "revised", "enl.", "and enl.", "\r\n", "\u2028", "\u0085",
                        "and", "exp.", "new", "English", " ", ", ", ",", "  ",
                        "\t", "\n", "ed", "ed.", "Ed.", "ED", "eD", "edn", "edn.", "edition", "EDITION", "e", "d", ".",
                        "New York", ":", "Norton", "1999", "\u212A", "\u017F", "\u0130", "é"),
                Arbitraries.strings().withChars("edEDn., 2thirsv").ofMaxLength(3));
        return pieces.list().ofMaxSize(8).map(list -> String.join("", list));
    }

    @Property(tries = 3000)
    void leadingEditionIsFoundWhereItsPatternFindsIt(@ForAll("facts") String facts)
            throws ReflectiveOperationException {
        Matcher whole = pattern(PublicationFacts.class, "LEADING_EDITION").matcher(facts);
        Matcher guarded = PublicationFacts.leadingEdition(facts);
        if (whole.lookingAt()) {
            assertThat(guarded).as(facts).isNotNull();
            assertThat(guarded.group(1)).as(facts).isEqualTo(whole.group(1));
            assertThat(guarded.end()).as(facts).isEqualTo(whole.end());
        } else {
            assertThat(guarded).as(facts).isNull();
        }
    }

    @Provide
    Arbitrary<String> lastFields() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("Girald. Cambr.", "Hist.", "p", "pp", "P", "PP", "vol", "VOLS", "vols", "lib", "cap",
                        "ch", "col", "fol", "no", "No", ".", ",", " ", "  ", "\t", "\n", "\u2003", "12", "761", "iv",
                        "IX", "x", "c", "-", "–", "\u212A", "\u017F", "Cold War", "the"),
                Arbitraries.strings().withChars("pvolibcahfnPV.,  1ixXC\t").ofMaxLength(3));
        return pieces.list().ofMaxSize(8).map(list -> String.join("", list));
    }

    @Property(tries = 3000)
    void labelledPageGuardNeverRefusesWhatItsPatternMatches(@ForAll("lastFields") String text)
            throws ReflectiveOperationException {
        boolean matches = pattern(ShortFormReader.class, "TRAILING_PAGE").matcher(text).matches();
        if (matches) {
            assertThat(ShortFormReader.mayEndInLabelledPage(text)).as(text).isTrue();
        }
    }

    @Example
    void labelledPageGuardLetsAPageRunIntoATitleThrough() throws ReflectiveOperationException {
        String text = "Girald. Cambr. p. 760";
        assertThat(pattern(ShortFormReader.class, "TRAILING_PAGE").matcher(text).matches()).isTrue();
        assertThat(ShortFormReader.mayEndInLabelledPage(text)).isTrue();
        assertThat(ShortFormReader.mayEndInLabelledPage("Ending the Divided State")).isFalse();
    }

    @Property(tries = 3000)
    void lowerCaseWordsAreCountedAsAWhitespaceSplitCountsThem(@ForAll("lastFields") String text) {
        long expected = java.util.Arrays.stream(FieldText.WHITESPACE.split(text))
                .filter(w -> !w.isEmpty() && Character.isLowerCase(w.charAt(0))).count();
        assertThat(ShortFormReader.lowerCaseWords(text)).as(text).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> containerTitles() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("Washington", "Post", "POST", "post", "New York Times", "Le Monde", "le  figaro",
                        "Izvestiia", "izvestia", "Renmin Ribao", "Wall Street Journal", "Asahi Shimbun", "Sun", "Sunday",
                        "Daily", "Zeitung", "Frankfurter Allgemeine", "Journal", "the", " ", "  ", ",", "-", "'s", "\n",
                        "\u212A", "\u017F", "é", "1", "_"),
                Arbitraries.strings().withChars("posttimesun le_").ofMaxLength(4));
        return pieces.list().ofMaxSize(6).map(list -> String.join("", list));
    }

    @Property(tries = 3000)
    void newspaperNamesAreFoundWhereTheirPatternFindsThem(@ForAll("containerTitles") String title)
            throws ReflectiveOperationException {
        Field field = Containers.class.getDeclaredField("NEWSPAPER_NAME");
        field.setAccessible(true);
        Field inner = KeywordPattern.class.getDeclaredField("pattern");
        inner.setAccessible(true);
        KeywordPattern newspaper = (KeywordPattern) field.get(null);
        Pattern whole = (Pattern) inner.get(newspaper);
        assertThat(newspaper.find(title)).as(title).isEqualTo(whole.matcher(title).find());
    }

    @Property(tries = 3000)
    void genreGuardNeverRefusesWhatItsPatternMatches(@ForAll("genres") String text)
            throws ReflectiveOperationException {
        if (pattern(PeriodicalReader.class, "ARTICLE_GENRE").matcher(text).matches()) {
            assertThat(PeriodicalReader.mayNameGenre(text)).as(text).isTrue();
        }
    }

    @Provide
    Arbitrary<String> genres() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("unsigned", "UNSIGNED", "editorial", "Op-Ed", "obituary", "letter to the editor",
                        "Review", "book review", "press release", "advertisement", "commentary", "Column", " ", "  ",
                        "\t", "\n", "\u212A", "\u017F", "Journal"),
                Arbitraries.strings().withChars("uneditorialUE -").ofMaxLength(3));
        return pieces.list().ofMaxSize(4).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<String> magazineTitles() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("the", "The", "THE", " ", "  ", "\t", "\n", "\u2003", "New Yorker", "Atlantic Monthly",
                        "Harper's Weekly", "Harper’s Magazine", "Economist", "Time", "Newsweek", "Nation",
                        "New Republic", "Slate", "Salon", "Wired", "Forbes", "Fortune", "Smithsonian Magazine",
                        "National Geographic", "Scientific American", "Rolling Stone", "Vanity Fair", "Esquire",
                        "Life", "Look", "Saturday Evening Post", "new york review of books", "London Review of Books",
                        "Foreign Affairs", "Foreign Policy", "Spectator", "New Statesman", "Der Spiegel", "Spiegel",
                        "Paris Review", "Mother Jones", "Dissent", "Commentary", "Harper's Bazaar", "Vogue", "Variety",
                        "New York Magazine", "Sunday Times MAGAZINE", "magazine", "Journal of Modern History",
                        "\u212A", "\u017F"),
                Arbitraries.strings().withChars("theTHE magzin").ofMaxLength(3));
        return pieces.list().ofMaxSize(4).map(list -> String.join("", list));
    }

    @Property(tries = 3000)
    void magazineGuardNeverRefusesWhatItsPatternMatches(@ForAll("magazineTitles") String title)
            throws ReflectiveOperationException {
        if (pattern(Containers.class, "MAGAZINE_NAME").matcher(title).matches()) {
            assertThat(Containers.mayNameMagazine(title)).as(title).isTrue();
        }
    }

    @Example
    void magazineGuardLetsTheLongestListedNameThroughAndStopsAJournal() {
        assertThat(Containers.mayNameMagazine("The  New York Review of Books")).isTrue();
        assertThat(Containers.mayNameMagazine("Journal of Cold War Studies")).isFalse();
        assertThat(Containers.mayNameMagazine("Slavic Review")).isFalse(); // short, but no listed name's word
        assertThat(Containers.mayNameMagazine("The Nation")).isTrue();
    }

    @Property(tries = 3000)
    void editionGuardNeverRefusesWhatItsPatternMatches(@ForAll("facts") String text) {
        if (PublicationFacts.EDITION.matcher(text).matches()) {
            assertThat(Contributors.mayStateEdition(text)).as(text).isTrue();
        }
    }

    @Example
    void editionGuardLetsEditionsThroughAndStopsTitles() {
        assertThat(Contributors.mayStateEdition("2nd ed.")).isTrue();
        assertThat(Contributors.mayStateEdition("rev. and exp. edn\n")).isTrue();
        assertThat(Contributors.mayStateEdition("4th ed., and enl.")).isTrue();
        assertThat(Contributors.mayStateEdition("The Divided Nation")).isFalse();
    }

    @Provide
    Arbitrary<String> shortFields() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("idem", "Idem", "EADEM", "iidem", "eaedem", "ed", "eds.", "Ed.", "comp.", "comps.",
                        "editor", "Editors", "<", ">", "http://x.org", "HTTPS://a", "www.b", "WWW.", "doi:", "DOI: 10.1",
                        "87th", "1st", "3d", "1234th", "Cong.", "congress", "sess.", "Session", "2nd", "new", "Old",
                        "Fifth", "ser.", "SERIES", "n.", "o.", "s.", "p.", "pp.", "§", "§§", "IV", "xiv", "XLC", "12",
                        "210", "–", "-", " ", "  ", "\t", "\n", "\u212A", "\u017F", "Washington", "Post", "1873",
                        "vol.", "Vols. ", "V", "i. 605. The", "12: Evelyn", "4.", ":", "The"),
                Arbitraries.strings().withChars("idemaEDsco.pPrs1234 -–§IVXivx:/").ofMaxLength(3));
        return pieces.list().ofMaxSize(4).map(list -> String.join("", list));
    }

    @Property(tries = 5000)
    void openingGuardsNeverRefuseWhatTheirPatternsMatch(@ForAll("shortFields") String text)
            throws ReflectiveOperationException {
        if (pattern(Contributors.class, "IDEM").matcher(text).matches()) {
            assertThat(Contributors.mayBeIdem(text)).as(text).isTrue();
        }
        if (pattern(BookReader.class, "EDITOR_WORD").matcher(text).matches()) {
            assertThat(BookReader.mayBeEditorWord(text)).as(text).isTrue();
        }
        if (pattern(TrailingLocator.class, "URL").matcher(text).matches()) {
            assertThat(TrailingLocator.opensAsUrl(text)).as(text).isTrue();
        }
        if (pattern(Contributors.class, "CONGRESS_SESSION").matcher(text).matches()) {
            assertThat(Contributors.mayNameSession(text)).as(text).isTrue();
        }
        if (pattern(Containers.class, "JOURNAL_SERIES").matcher(text).matches()) {
            assertThat(Containers.mayNameSeries(text)).as(text).isTrue();
        }
        if (Contributors.VOLUME_FIELD.matcher(text).matches()) {
            assertThat(Contributors.mayBeVolumeField(text)).as(text).isTrue();
        }
        if (pattern(ShortFormReader.class, "LOCATOR_THEN_SENTENCE").matcher(text).matches()) {
            assertThat(ShortFormReader.hasDigitThenStop(text)).as(text).isTrue();
        }
    }

    @Property(tries = 3000)
    void pinpointTestsAnswerAsTheirPatterns(@ForAll("shortFields") String text) throws ReflectiveOperationException {
        assertThat(PinpointBeforeFacts.isPages(text)).as(text)
                .isEqualTo(pattern(PinpointBeforeFacts.class, "PAGES").matcher(text).matches());
        assertThat(PinpointBeforeFacts.isRoman(text)).as(text)
                .isEqualTo(pattern(PinpointBeforeFacts.class, "ROMAN").matcher(text).matches());
        assertThat(PinpointBeforeFacts.isLabelled(text)).as(text)
                .isEqualTo(pattern(PinpointBeforeFacts.class, "LABELLED").matcher(text).matches());
    }

    @Example
    void openingGuardsLetTheirShapesThrough() {
        assertThat(Contributors.isIdem("Eadem")).isTrue();
        assertThat(Contributors.isCongressional("87th Cong., 1st sess.".substring(0, 10))).isTrue();
        assertThat(Contributors.mayNameSession("1873–1885")).isFalse();
        assertThat(TrailingLocator.isUrl("<https://doi.org/10.1/x>")).isTrue();
        assertThat(TrailingLocator.opensAsUrl("Washington Post")).isFalse();
        assertThat(Containers.mayNameSeries("2nd ser.")).isTrue();
        assertThat(PinpointBeforeFacts.isRoman("IV")).isTrue();
    }

    static Pattern pattern(Class<?> owner, String name) throws ReflectiveOperationException {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return (Pattern) field.get(null);
    }
}

package org.ibidem.bibtex;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.ibidem.SeedDocument;
import org.ibidem.reference.Name;
import org.ibidem.reference.Reference;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed's eleven works exported as BibTeX, read back by JBibTeX and converted to CSL by citeproc-java's
 * {@link BibTeXConverter}, the way a reference manager would: nothing of the authors, titles and years may be
 * lost on the way.
 */
class SeedBibTeXTest {

    private static List<Reference> sources;
    private static String bibtex;
    private static BibTeXDatabase parsed;
    private static Map<String, CSLItemData> converted;

    @BeforeAll
    static void exportAndReadBack() throws ParseException {
        sources = SeedDocument.NOTES_COPY.analysis().sources();
        bibtex = SeedDocument.NOTES_COPY.analysis().bibtex();
        parsed = new BibTeXParser().parse(new StringReader(bibtex));
        BibTeXConverter converter = new BibTeXConverter();
        converted = converter.toItemData(converter.loadDatabase(new ByteArrayInputStream(bibtex.getBytes(UTF_8))));
    }

    static Stream<Arguments> works() {
        List<Reference> works = SeedDocument.NOTES_COPY.analysis().sources();
        return IntStream.range(0, works.size()).mapToObj(i -> Arguments.of(works.get(i).id(), works.get(i)));
    }

    @Test
    void writesElevenEntriesThatJBibTeXReadsBack() {
        assertThat(parsed.getEntries()).hasSize(11);
        assertThat(converted).hasSize(11);
    }

    @Test
    void keysTheEntriesUniquelyEvenIgnoringCase() {
        List<String> keys = parsed.getEntries().keySet().stream().map(Key::getValue).toList();

        assertThat(keys).hasSize(11);
        assertThat(keys.stream().map(k -> k.toLowerCase(Locale.ROOT))).doesNotHaveDuplicates();
        assertThat(keys).containsExactlyElementsOf(sources.stream().map(Reference::id).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("works")
    void bringsBackTheSameAuthors(String id, Reference work) {
        CSLName[] authors = converted.get(id).getAuthor();

        assertThat(Arrays.stream(authors).map(SeedBibTeXTest::nameOf).toList())
                .containsExactlyElementsOf(work.authors().stream().map(SeedBibTeXTest::nameOf).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("works")
    void bringsBackTheSameTitle(String id, Reference work) {
        assertThat(converted.get(id).getTitle()).isEqualTo(asLaTeXPrintsIt(work.title()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("works")
    void bringsBackTheSameYear(String id, Reference work) {
        CSLDate issued = converted.get(id).getIssued();

        assertThat(issued.getDateParts()[0][0]).isEqualTo(work.year());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("works")
    void bringsBackTheSameVolume(String id, Reference work) {
        assertThat(converted.get(id).getVolume()).isEqualTo(work.volume());
    }

    /** "Family, Given" or "{Literal}": the parts a bibliography prints, in one comparable string. */
    private static String nameOf(Name name) {
        return name.isLiteral() ? "{" + asLaTeXPrintsIt(name.literal()) + "}" : name.family() + ", " + name.given();
    }

    private static String nameOf(CSLName name) {
        return name.getLiteral() != null ? "{" + name.getLiteral() + "}" : name.getFamily() + ", " + name.getGiven();
    }

    /** LaTeX, and JBibTeX's LaTeX printer that citeproc-java uses, print a straight apostrophe as a closing quote. */
    private static String asLaTeXPrintsIt(String text) {
        return text.replace('\'', '\u2019');
    }
}

package org.ibidem.bibtex;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.Reference;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Writes every kind of reference, reads the text back with JBibTeX's parser and with citeproc-java's
 * BibTeX-to-CSL converter (the way a bibliography tool would), and compares what comes back with what went in.
 */
class BibTeXRoundTripTest {

    private static String bibtex;
    private static BibTeXDatabase parsed;
    private static List<CSLItemData> converted;

    @BeforeAll
    static void exportAndReadBack() throws ParseException {
        bibtex = new BibTeXExporter().export(Sources.ALL);
        parsed = new BibTeXParser().parse(new StringReader(bibtex));
        BibTeXConverter converter = new BibTeXConverter();
        Map<String, CSLItemData> items =
                converter.toItemData(converter.loadDatabase(new ByteArrayInputStream(bibtex.getBytes(UTF_8))));
        converted = new ArrayList<>(items.values());
    }

    static Stream<Arguments> sources() {
        return IntStream.range(0, Sources.ALL.size())
                .mapToObj(i -> Arguments.of(i, Sources.ALL.get(i).type(), Sources.ALL.get(i)));
    }

    @Test
    void writesOneEntryPerReference() {
        assertThat(parsed.getEntries()).hasSameSizeAs(Sources.ALL);
        assertThat(converted).hasSameSizeAs(Sources.ALL);
    }

    @Test
    void parsesWithoutUnresolvedMacros() throws ParseException {
        // The default JBibTeX parser, unlike citeproc-java's, rejects a month macro it does not know.
        BibTeXParser strict = new BibTeXParser();
        assertThat(strict.parse(new StringReader(bibtex)).getEntries()).hasSameSizeAs(Sources.ALL);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("sources")
    void bringsBackTheSameAuthors(int index, ItemType type, Reference reference) {
        CSLName[] authors = converted.get(index).getAuthor();
        List<NameParts> back = authors == null ? List.of()
                : Arrays.stream(authors).map(NameParts::of).toList();
        assertThat(back).containsExactlyElementsOf(reference.authors().stream().map(NameParts::of).toList());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("sources")
    void bringsBackTheSameTitleWithoutEscapesOrBraces(int index, ItemType type, Reference reference) {
        assertThat(converted.get(index).getTitle()).isEqualTo(asLaTeXPrintsIt(reference.title()));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("sources")
    void bringsBackTheSameYear(int index, ItemType type, Reference reference) {
        CSLDate issued = converted.get(index).getIssued();
        Integer year = issued == null || issued.getDateParts() == null ? null : issued.getDateParts()[0][0];
        assertThat(year).isEqualTo(reference.issued() == null ? null : reference.issued().year());
    }

    @Test
    void keepsUrlsVerbatim() {
        BibTeXEntry entry = parsed.resolveEntry(new Key("wikipedia-split"));
        assertThat(entry.getField(BibTeXEntry.KEY_URL).toUserString())
                .isEqualTo("https://en.wikipedia.org/wiki/Sino%E2%80%93Soviet_split");
        assertThat(converted.get(Sources.ALL.indexOf(Sources.WIKIPEDIA)).getURL())
                .isEqualTo("https://en.wikipedia.org/wiki/Sino%E2%80%93Soviet_split");
    }

    @Test
    void bringsBackTheMonthSpanAsYearOnly() {
        // July/October is too wide for citeproc-java to merge into a range; it keeps the year rather than guess.
        CSLDate issued = converted.get(Sources.ALL.indexOf(Sources.RUSH)).getIssued();
        assertThat(issued.getDateParts()).isEqualTo(new int[][] {{1969}});
    }

    @Test
    void bringsBackTheMonthOfADate() {
        CSLDate issued = converted.get(Sources.ALL.indexOf(Sources.EDITORIAL)).getIssued();
        assertThat(issued.getDateParts()).isEqualTo(new int[][] {{1956, 12}});
    }

    @Test
    void bringsBackNotesWithTheirSpecialCharacters() {
        CSLItemData draft = converted.get(Sources.ALL.indexOf(Sources.DRAFT));
        assertThat(draft.getNote()).isEqualTo("folder 12, unpublished typescript");
        assertThat(draft.getTitle()).isEqualTo("Ten Years of Polemics {draft_v2} #3 ~ 1956^1966 \\ Notes");
    }

    /**
     * LaTeX typesets a straight apostrophe as a closing quote, and JBibTeX's LaTeX printer, which citeproc-java
     * uses, does the same; nothing else about the text may change.
     */
    private static String asLaTeXPrintsIt(String text) {
        return text == null ? null : text.replace('\'', '\u2019');
    }

    /** The parts of a name that must survive the trip, in one comparable value. */
    private record NameParts(String family, String given, String particle, String suffix, String literal) {

        static NameParts of(Name name) {
            return new NameParts(name.family(), name.given(), name.particle(), name.suffix(),
                    asLaTeXPrintsIt(name.literal()));
        }

        static NameParts of(CSLName name) {
            return new NameParts(name.getFamily(), name.getGiven(), name.getNonDroppingParticle(), name.getSuffix(),
                    name.getLiteral());
        }
    }
}

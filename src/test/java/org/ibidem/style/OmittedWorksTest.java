package org.ibidem.style;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.style.SampleReferences.MAO_SPEECH;
import static org.ibidem.style.SampleReferences.RUSH_ARTICLE;
import static org.ibidem.style.SampleReferences.SHEN_BOOK;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Works a style deliberately renders nothing for (CSL styles leave out of the bibliography what a reader cannot
 * retrieve) are reported in {@link FormattedBibliography#omitted()}, never lost: every work is an entry or omitted.
 */
class OmittedWorksTest {

    private static final BibliographyFormatter FORMATTER = new BibliographyFormatter();

    /** As Ibidem reads "Aisha Murphy, “Speech on Rural Order” (speech, Columbia University, New York, 1904)". */
    static final Reference UNPUBLISHED_SPEECH = Reference.builder(ItemType.SPEECH)
            .id("murphy1904")
            .authors(List.of(Name.of("Murphy", "Aisha")))
            .title("Speech on Rural Order")
            .genre("speech").eventPlace("Columbia University, New York")
            .issued(PartialDate.ofYear(1904))
            .build();

    static final Reference INTERVIEW = Reference.builder(ItemType.INTERVIEW)
            .id("doe1990")
            .authors(List.of(Name.of("Doe", "Jane")))
            .title("Interview by the author")
            .issued(PartialDate.of(1990, 5, 3))
            .build();

    static final Reference MANUSCRIPT = Reference.builder(ItemType.MANUSCRIPT)
            .id("roe1950")
            .authors(List.of(Name.of("Roe", "Richard")))
            .title("Notes on the Harbour")
            .issued(PartialDate.ofYear(1950))
            .build();

    static final Reference PRIVATE_DOCUMENT = Reference.builder(ItemType.DOCUMENT)
            .id("lin1961")
            .authors(List.of(Name.of("Lin", "Mei")))
            .title("Memorandum on the Split")
            .issued(PartialDate.ofYear(1961))
            .build();

    static final Reference CONFERENCE_PAPER = Reference.builder(ItemType.PAPER_CONFERENCE)
            .id("ortiz2001")
            .authors(List.of(Name.of("Ortiz", "Ana")))
            .title("Grain and the State")
            .eventPlace("Chicago")
            .issued(PartialDate.ofYear(2001))
            .build();

    static final Reference UNSIGNED_DICTIONARY_ENTRY = Reference.builder(ItemType.ENTRY_DICTIONARY)
            .id("oed2020")
            .title("Revisionism")
            .containerTitle("Oxford English Dictionary")
            .issued(PartialDate.ofYear(2020))
            .build();

    /** Normal works and unretrievable ones, interleaved. */
    static final List<Reference> WORKS = List.of(SHEN_BOOK, UNPUBLISHED_SPEECH, INTERVIEW, RUSH_ARTICLE, MANUSCRIPT,
            PRIVATE_DOCUMENT, MAO_SPEECH, CONFERENCE_PAPER, UNSIGNED_DICTIONARY_ENTRY);

    @ParameterizedTest(name = "{0}: omits {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            chicago | murphy1904 doe1990 roe1950 lin1961 ortiz2001 oed2020
            apa     | doe1990
            mla     | -
            """)
    void reportsTheWorksTheStyleRendersNothingFor(String style, String omittedIds) {
        FormattedBibliography bib = FORMATTER.format(WORKS, style, OutputFormat.TEXT);

        List<String> expected = omittedIds == null ? List.of() : Arrays.asList(omittedIds.split(" "));
        assertThat(bib.omitted()).extracting(Reference::id).containsExactlyElementsOf(expected);
        assertThat(bib.entries()).hasSize(WORKS.size() - expected.size()).noneMatch(String::isBlank);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"chicago, TEXT", "chicago, HTML", "apa, TEXT", "apa, HTML", "mla, TEXT", "mla, HTML"})
    void listsTheOtherWorksExactlyAsWithoutTheOmittedOnes(String style, OutputFormat format) {
        FormattedBibliography all = FORMATTER.format(WORKS, style, format);
        List<Reference> listed = new ArrayList<>(WORKS);
        listed.removeAll(all.omitted());

        FormattedBibliography alone = FORMATTER.format(listed, style, format);

        assertThat(all.entries()).isEqualTo(alone.entries());
        assertThat(alone.omitted()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(OutputFormat.class)
    void reportsOmittedWorksInALargeListSortedByIbidem(OutputFormat format) {
        // A large list is sorted by Ibidem (ReferenceSort) rather than by citeproc-java's own registration.
        List<Reference> books = new ArrayList<>();
        List<Reference> all = new ArrayList<>();
        List<Reference> speeches = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            Reference book = SHEN_BOOK.toBuilder().id("book" + i).title("Volume " + (i * 7919 % 120)).build();
            books.add(book);
            all.add(book);
            if (i % 6 == 0) {
                Reference speech = UNPUBLISHED_SPEECH.toBuilder().id("speech" + i).title("Speech " + i).build();
                speeches.add(speech);
                all.add(speech);
            }
        }

        FormattedBibliography bib = FORMATTER.format(all, "chicago", format);

        assertThat(bib.omitted()).containsExactlyElementsOf(speeches);
        assertThat(bib.entries()).isEqualTo(FORMATTER.format(books, "chicago", format).entries());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"chicago", "apa", "mla"})
    void listsARetrievableSpeech(String style) {
        Reference archived = UNPUBLISHED_SPEECH.toBuilder().archive("Columbia University Archives").build();

        FormattedBibliography bib = FORMATTER.format(List.of(archived), style, OutputFormat.TEXT);

        assertThat(bib.omitted()).isEmpty();
        assertThat(bib.entries()).singleElement().asString().contains("Speech on Rural Order");
    }

    @Test
    void omitsNothingFromAnEmptyList() {
        assertThat(FORMATTER.format(List.of(), "chicago", OutputFormat.TEXT).omitted()).isEmpty();
    }
}

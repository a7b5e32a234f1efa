package org.ibidem.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Quotation marks written in a title; the expected entries are citeproc-js 2.4.63's for the same items. */
class QuoteMarksTest {

    private static final BibliographyFormatter FORMATTER = new BibliographyFormatter();

    private static final List<Reference> WORKS = List.of(
            Reference.builder(ItemType.ARTICLE_JOURNAL).authors(List.of(Name.of("Burrows", "John")))
                    .title("'Delta': A Measure of Stylistic Difference")
                    .containerTitle("Literary and Linguistic Computing").volume("17")
                    .issued(PartialDate.ofYear(2002)).build(),
            Reference.builder(ItemType.BOOK).authors(List.of(Name.of("Loughlin", "Martin")))
                    .title("'The Political Constitution Revisited'").issued(PartialDate.ofYear(2017)).build(),
            Reference.builder(ItemType.BOOK).authors(List.of(Name.of("Upward", "Edward")))
                    .title("‘Answers to Questions from David Lambourne’").build(),
            Reference.builder(ItemType.BOOK).authors(List.of(Name.of("Wendling", "Mike")))
                    .title("Sandy Hook to Trump: ‘Help Us Stop Conspiracy Theorists")
                    .issued(PartialDate.ofYear(2017)).build());

    static Stream<Arguments> citeprocJs() {
        return Stream.of(
                Arguments.of("chicago", List.of(
                        "Burrows, John. “‘Delta’: A Measure of Stylistic Difference.” Literary and Linguistic "
                                + "Computing 17 (2002).",
                        "Loughlin, Martin. “The Political Constitution Revisited.” 2017.",
                        "Upward, Edward. ‘Answers to Questions from David Lambourne.’ n.d.",
                        "Wendling, Mike. Sandy Hook to Trump: ‘Help Us Stop Conspiracy Theorists. 2017.")),
                Arguments.of("apa", List.of(
                        "Burrows, J. (2002). “Delta”: A Measure of Stylistic Difference. Literary and Linguistic "
                                + "Computing, 17.",
                        "Loughlin, M. (2017). “The Political Constitution Revisited.”",
                        "Upward, E. (n.d.). ‘Answers to Questions from David Lambourne.’",
                        "Wendling, M. (2017). Sandy Hook to Trump: ‘Help Us Stop Conspiracy Theorists.")),
                Arguments.of("mla", List.of(
                        "Burrows, John. “‘Delta’: A Measure of Stylistic Difference.” Literary and Linguistic "
                                + "Computing, vol. 17, 2002.",
                        "Loughlin, Martin. “The Political Constitution Revisited.” 2017.",
                        "Upward, Edward. ‘Answers to Questions from David Lambourne.’",
                        "Wendling, Mike. Sandy Hook to Trump: ‘Help Us Stop Conspiracy Theorists. 2017.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("citeprocJs")
    void printsQuotesWrittenInTitlesAsCiteprocJsDoes(String style, List<String> expected) {
        assertThat(FORMATTER.format(WORKS, style, OutputFormat.TEXT).entries()).containsExactlyElementsOf(expected);
    }

    @Test
    void makesStraightSingleQuotedSpansQuotations() {
        assertThat(QuoteMarks.smarten("'The Rule of Law' and Law's Empire")).isEqualTo("“The Rule of Law” and Law's Empire");
    }

    @Test
    void movesPeriodInsideClosingQuoteButNotPastAnApostrophe() {
        assertThat(QuoteMarks.punctuationInside("‘Manifesto—I’. Ibid.")).isEqualTo("‘Manifesto—I.’ Ibid.");
        assertThat(QuoteMarks.punctuationInside("Victor’s Justice. Jones’.")).isEqualTo("Victor’s Justice. Jones’.");
    }

    @Test
    void movesPunctuationInsideInHtmlToo() {
        Reference upward = WORKS.get(2);
        assertThat(FORMATTER.format(List.of(upward), "chicago", OutputFormat.HTML).entries().get(0))
                .contains("Lambourne.&rsquo;");
    }

    /** Expected entries printed by citeproc-js 2.4.63 for the same item. */
    @Test
    void keepsALoneOpeningQuoteWhoseWordHasAnApostrophe() {
        Reference garden = Reference.builder(ItemType.BOOK).authors(List.of(Name.of("Doe", "Jane")))
                .title("Garden Notes:‘I’ve Grown It All Myself").publisher("Acme Press")
                .issued(PartialDate.ofYear(2001)).build();
        assertThat(FORMATTER.format(List.of(garden), "chicago", OutputFormat.TEXT).entries())
                .containsExactly("Doe, Jane. Garden Notes:‘I’ve Grown It All Myself. Acme Press, 2001.");
        assertThat(FORMATTER.format(List.of(garden), "apa", OutputFormat.TEXT).entries())
                .containsExactly("Doe, J. (2001). Garden Notes:‘I’ve Grown It All Myself. Acme Press.");
    }
}

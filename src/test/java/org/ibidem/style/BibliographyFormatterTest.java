package org.ibidem.style;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ibidem.style.SampleReferences.BIBLIOGRAPHY;
import static org.ibidem.style.SampleReferences.CHEN_YANG_CHAPTER;
import static org.ibidem.style.SampleReferences.KHRUSHCHEV_SPEECH;
import static org.ibidem.style.SampleReferences.SHEN_BOOK;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.ibidem.HangDetector;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class BibliographyFormatterTest {

    /** Shared, as in production: each style and format costs one processor build for the whole class. */
    private static final BibliographyFormatter FORMATTER = new BibliographyFormatter();

    private static List<String> text(String style) {
        return FORMATTER.format(BIBLIOGRAPHY, style, OutputFormat.TEXT).entries();
    }

    private static List<String> html(String style) {
        return FORMATTER.format(BIBLIOGRAPHY, style, OutputFormat.HTML).entries();
    }

    private static String entryStartingWith(List<String> entries, String start) {
        return entries.stream().filter(e -> e.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("No entry starts with " + start + " in " + entries));
    }

    static Stream<Arguments> alphabeticalOrder() {
        return Stream.of(
                Arguments.of("chicago", List.of("Chen, Jian, and Kuisong Yang.", "Mao, Zedong.",
                        "People’s Press Editorial.", "Rush, Myron.", "Shen, Zhihua.")),
                Arguments.of("apa", List.of("Chen, J., & Yang, K. (1998).", "Mao, Z. (1958).",
                        "People’s Press Editorial. (1956, December 29).", "Rush, M. (1969).", "Shen, Z. (2016).")),
                Arguments.of("mla", List.of("Chen, Jian, and Kuisong Yang.", "Mao, Zedong.",
                        "People’s Press Editorial.", "Rush, Myron.", "Shen, Zhihua.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("alphabeticalOrder")
    void listsEntriesAlphabeticallyByAuthorWithTheFirstNameInverted(String style, List<String> starts) {
        List<String> entries = text(style);

        assertThat(entries).zipSatisfy(starts, (entry, start) -> assertThat(entry).startsWith(start));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"chicago", "apa", "mla"})
    void italicisesTheBookTitleInHtml(String style) {
        String shen = html(style).stream().filter(e -> e.contains("Shen")).findFirst().orElseThrow();

        assertThat(shen)
                .startsWith("<div class=\"csl-entry\">Shen, Z")
                .contains("<i>Reviewing and Reconsidering the History of Sino-Soviet Relations</i>")
                .contains("Social Sciences Academic Press")
                .doesNotContain("<span");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "chicago | Shen       | 2016",
        "chicago | Rush       | 1969",
        "chicago | People’s   | December 29, 1956",
        "chicago | Mao        | 1958",
        "chicago | Chen       | 1998",
        "apa     | Shen       | (2016)",
        "apa     | Rush       | (1969)",
        "apa     | People’s   | (1956, December 29)",
        "apa     | Mao        | (1958)",
        "apa     | Chen       | (1998)",
        "mla     | Shen       | 2016",
        "mla     | Rush       | July–Oct. 1969",
        "mla     | People’s   | 29 Dec. 1956",
        "mla     | Chen       | 1998",
    })
    void givesTheDateOfEachWorkInTheStylesForm(String style, String author, String date) {
        assertThat(entryStartingWith(text(style), author)).contains(date);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // CMOS 18 (14.171) gives only the year when a volume and an issue are there.
        "chicago | “After Khrushchev: Problems of Succession in the Soviet Union.” Studies in Comparative Communism 2, no. 3/4 (1969).",
        "apa     | After Khrushchev: Problems of Succession in the Soviet Union. Studies in Comparative Communism, 2(3/4).",
        "mla     | “After Khrushchev: Problems of Succession in the Soviet Union.” Studies in Comparative Communism, vol. 2, no. 3/4, July–Oct. 1969.",
    })
    void setsOutAJournalArticleAsTheStyleDoes(String style, String rest) {
        assertThat(entryStartingWith(text(style), "Rush")).endsWith(rest);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"chicago", "apa", "mla"})
    void keepsACorporateAuthorWhole(String style) {
        String editorial = entryStartingWith(text(style), "People’s Press Editorial.");

        assertThat(editorial).contains("Rediscussing the Historical Experience of the Dictatorship of the Proletariat")
                .doesNotContain("Editorial, People");
    }

    static Stream<Arguments> everyStyleAndFormat() {
        return Stream.of("chicago", "apa", "mla")
                .flatMap(s -> Stream.of(OutputFormat.values()).map(f -> Arguments.of(s, f)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyStyleAndFormat")
    void leavesNoEmptyPunctuationOrDoubledSpaces(String style, OutputFormat format) {
        List<Reference> refs = new ArrayList<>(BIBLIOGRAPHY);
        refs.add(KHRUSHCHEV_SPEECH);

        assertThat(FORMATTER.format(refs, style, format).entries()).allSatisfy(entry -> assertThat(entry)
                .doesNotContain(". .", ", ,", "(;", "( ", " )", "  ", "..")
                .doesNotEndWith("\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "chicago | “Khrushchev’s Secret Speech, ‘On the Cult of Personality and Its Consequences,’ Delivered at",
        "mla     | “Khrushchev’s Secret Speech, ‘On the Cult of Personality and Its Consequences,’ Delivered at",
        // APA sets the title in italics, not in quotation marks, so the inner quotes stay double.
        "apa     | Khrushchev’s Secret Speech, “On the Cult of Personality and Its Consequences,” Delivered at",
    })
    void turnsQuotesInsideAQuotedTitleIntoSingleOnes(String style, String title) {
        String entry = FORMATTER.format(List.of(KHRUSHCHEV_SPEECH), style, OutputFormat.TEXT).entries().get(0);

        assertThat(entry).contains(title);
    }

    @Test
    void writesALegalCaseInTheBluebookFormChicagoAndApaShare() {
        Reference dennis = Reference.builder(ItemType.LEGAL_CASE).title("United States v. Dennis").volume("183")
                .containerTitle("F.2d").page("201").authority("2d Cir.").issued(PartialDate.ofYear(1950)).build();
        for (String style : List.of("chicago", "apa")) {
            assertThat(FORMATTER.format(List.of(dennis), style, OutputFormat.TEXT).entries()).as(style)
                    .containsExactly("United States v. Dennis, 183 F.2d 201 (2d Cir. 1950).");
        }
    }

    @Test
    void keepsTheYearThatNumbersAnEnglishReportInSquareBracketsInANoteStyle() {
        Reference smith = Reference.builder(ItemType.LEGAL_CASE).title("Smith v Jones").volume("2").containerTitle("KB")
                .page("155").authority("CA").issued(PartialDate.ofYear(1901)).build();
        Reference roe = Reference.builder(ItemType.LEGAL_CASE).title("Roe v Doe").containerTitle("UKSC").page("41")
                .issued(PartialDate.ofYear(2019)).build();
        assertThat(FORMATTER.format(List.of(roe, smith), "chicago", OutputFormat.TEXT).entries())
                .containsExactly("Roe v Doe, [2019] UKSC 41.", "Smith v Jones, [1901] 2 KB 155 (CA).");
        // OSCOLA printed the year of a report with volumes in round brackets before: "(1901) 2 KB 155".
        assertThat(FORMATTER.format(List.of(smith), "oscola", OutputFormat.TEXT).entries())
                .containsExactly("Smith v Jones [1901] 2 KB 155 (CA)");
        // An author-date style cites by the year in the text, and keeps the date where the style puts it.
        assertThat(FORMATTER.format(List.of(smith), "apa", OutputFormat.TEXT).entries())
                .containsExactly("Smith v Jones, 2 KB 155 (CA 1901).");
    }

    @Test
    void writesAnActByItsShortTitleWithoutItsYearAgainInANoteStyle() {
        Reference act = Reference.builder(ItemType.LEGISLATION).title("Harbours Act 1964")
                .issued(PartialDate.ofYear(1964)).build();
        assertThat(FORMATTER.format(List.of(act), "chicago", OutputFormat.TEXT).entries())
                .containsExactly("Harbours Act 1964.");
        assertThat(FORMATTER.format(List.of(act), "apa", OutputFormat.TEXT).entries())
                .containsExactly("Harbours Act 1964 (1964).");
    }

    @Test
    void turnsQuotesInsideAQuotedTitleIntoSingleOnesInHtml() {
        String entry = FORMATTER.format(List.of(KHRUSHCHEV_SPEECH), "chicago", OutputFormat.HTML).entries().get(0);

        assertThat(entry).contains("&ldquo;Khrushchev&rsquo;s Secret Speech, &lsquo;On the Cult of Personality and"
                + " Its Consequences,&rsquo; Delivered at");
    }

    @Test
    void abbreviatesTheEditorOfTheBookAChapterIsInForApa() {
        String chapter = entryStartingWith(text("apa"), "Chen");

        assertThat(chapter).contains("In O. A. Westad (Ed.), ").contains("(pp. 246–294)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "chicago | Reviewing and Reconsidering the History of Sino-Soviet Relations. 2nd ed. Social Sciences",
        "apa     | Reviewing and Reconsidering the History of Sino-Soviet Relations (2nd ed.).",
        "mla     | Reviewing and Reconsidering the History of Sino-Soviet Relations. 2nd ed., Social Sciences",
    })
    void writesANumberedEditionAsAnOrdinal(String style, String expected) {
        Reference second = SHEN_BOOK.toBuilder().edition("2").build();

        assertThat(FORMATTER.format(List.of(second), style, OutputFormat.TEXT).entries().get(0)).contains(expected);
    }

    @Test
    void formatsTheJavadocExampleAsDocumented() {
        FormattedBibliography bib = FORMATTER.format(List.of(SHEN_BOOK), "chicago", OutputFormat.HTML);

        assertThat(bib.styleId()).isEqualTo("chicago-notes-bibliography");
        assertThat(bib.text()).isEqualTo("<div class=\"csl-entry\">Shen, Zhihua. <i>Reviewing and Reconsidering the"
                + " History of Sino-Soviet Relations</i>. Social Sciences Academic Press, 2016.</div>\n");
    }

    @Test
    void writesOneEntryPerLineInText() {
        FormattedBibliography bib = FORMATTER.format(BIBLIOGRAPHY, "chicago", OutputFormat.TEXT);

        assertThat(bib.text()).isEqualTo(String.join("\n", bib.entries()) + "\n");
        assertThat(bib.text().lines()).hasSize(BIBLIOGRAPHY.size());
    }

    @Test
    void forgetsTheReferencesOfAnEarlierCall() {
        FORMATTER.format(BIBLIOGRAPHY, "chicago", OutputFormat.TEXT);

        List<String> second = FORMATTER.format(List.of(CHEN_YANG_CHAPTER), "chicago", OutputFormat.TEXT).entries();

        assertThat(second).singleElement().asString().startsWith("Chen, Jian, and Kuisong Yang.");
    }

    @Test
    void listsReferencesThatShareAnIdSeparately() {
        Reference other = Reference.builder(ItemType.BOOK).id(SHEN_BOOK.id())
                .authors(List.of(Name.of("Lüthi", "Lorenz M.")))
                .title("The Sino-Soviet Split: Cold War in the Communist World")
                .publisher("Princeton University Press").issued(PartialDate.ofYear(2008)).build();

        List<String> entries = FORMATTER.format(List.of(SHEN_BOOK, other), "chicago", OutputFormat.TEXT).entries();

        assertThat(entries).hasSize(2);
        assertThat(entries.get(0)).startsWith("Lüthi, Lorenz M. The Sino-Soviet Split");
        assertThat(entries.get(1)).startsWith("Shen, Zhihua.");
    }

    @Test
    void givesAnEmptyBibliographyForNoReferences() {
        FormattedBibliography bib = FORMATTER.format(List.of(), "mla", OutputFormat.TEXT);

        assertThat(bib.entries()).isEmpty();
        assertThat(bib.text()).isEmpty();
        assertThat(bib.styleId()).isEqualTo("modern-language-association");
    }

    @Test
    void rejectsAnUnknownStyleNamingTheAliases() {
        assertThatThrownBy(() -> FORMATTER.format(BIBLIOGRAPHY, "chicago-manual", OutputFormat.TEXT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown style 'chicago-manual'")
                .hasMessageContaining("chicago (chicago-notes-bibliography)");
    }

    @Test
    void givesIdenticalOutputWhenThreadsFormatConcurrently() {
        List<String> styles = List.of("chicago", "apa", "mla");
        List<FormattedBibliography> expected = new ArrayList<>();
        for (String style : styles) {
            expected.add(FORMATTER.format(BIBLIOGRAPHY, style, OutputFormat.HTML));
        }
        List<Callable<FormattedBibliography>> tasks = new ArrayList<>();
        List<FormattedBibliography> expectedPerTask = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String style = styles.get(i % styles.size());
            // Reversed input on every other call: the cached processor must sort afresh, not reuse old state.
            List<Reference> refs = i % 2 == 0 ? BIBLIOGRAPHY : reversed(BIBLIOGRAPHY);
            tasks.add(() -> FORMATTER.format(refs, style, OutputFormat.HTML));
            expectedPerTask.add(expected.get(i % styles.size()));
        }

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<FormattedBibliography> actual;
        try {
            // A deadlock fails at once; no wall-clock bound a busy machine could trip.
            actual = HangDetector.withoutDeadlock("formatting on 4 threads", () -> pool.invokeAll(tasks)).stream()
                    .map(BibliographyFormatterTest::result).toList();
        } finally {
            pool.shutdown();
        }

        assertThat(actual).isEqualTo(expectedPerTask);
    }

    private static <T> T result(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException e) {
            throw new AssertionError("A formatting thread failed", e.getCause());
        }
    }

    private static List<Reference> reversed(List<Reference> refs) {
        List<Reference> copy = new ArrayList<>(refs);
        Collections.reverse(copy);
        return copy;
    }
}

package org.ibidem.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ibidem.SeedDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bibliography of the seed's eleven works in Chicago, APA and MLA, against the golden files in
 * {@code golden/bibliography/<style>.txt}. The golden files were written from the output and then read entry by
 * entry; what a reader would object to is listed in the report of the tests' branch, not hidden here.
 */
class SeedBibliographyTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "bibliography");

    private static List<String> entries(String style) {
        return SeedDocument.NOTES_COPY.analysis().bibliography(style, OutputFormat.TEXT).entries();
    }

    /**
     * How each style orders the eleven works: by author, then by title (Chicago, MLA) or by year (APA); MLA writes
     * a repeated author as "———", APA tells same-year works apart by "a", "b" (APA 7 §9.47).
     */
    static Stream<Arguments> orderOfEntries() {
        return Stream.of(
                Arguments.of("chicago", List.of("Khrushchev, Nikita. “Khrushchev’s Secret Speech",
                        "Mao, Zedong. Selected Works of Mao Tse-Tung. Vol. 5",
                        "Mao, Zedong. Selected Works of Mao Tse-Tung. Vol. 7", "Mao, Zedong. “Speeches",
                        "Marx, Karl, and Frederick Engels. Communist Manifesto", "Mikoyan, Anastas Ivanovich. Memoirs",
                        "People’s Press Editorial. “Reaction", "People’s Press Editorial. “Rediscussing",
                        "Rush, Myron. “After Khrushchev", "Shen, Zhihua. Reviewing", "Wu, Lengxi. Ten Years Debate")),
                Arguments.of("apa", List.of("Khrushchev, N. (1956, February 25).",
                        "Mao, Z. (1958). Speeches", "Mao, Z. (1977). Selected Works of Mao Tse-Tung (Vol. 5)",
                        "Mao, Z. (1999). Selected Works of Mao Tse-Tung (Vol. 7)", "Marx, K., & Engels, F. (1848).",
                        "Mikoyan, A. I. (1988).", "People’s Press Editorial. (1956a, February 19).",
                        "People’s Press Editorial. (1956b, December 29).", "Rush, M. (1969).", "Shen, Z. (2016).",
                        "Wu, L. (1999).")),
                Arguments.of("mla", List.of("Khrushchev, Nikita. “Khrushchev’s Secret Speech",
                        "Mao, Zedong. Selected Works of Mao Tse-Tung. Vol. 5",
                        "———. Selected Works of Mao Tse-Tung. Vol. 7", "———. “Speeches",
                        "Marx, Karl, and Frederick Engels. Communist Manifesto", "Mikoyan, Anastas Ivanovich. Memoirs",
                        "People’s Press Editorial. “Reaction", "———. “Rediscussing",
                        "Rush, Myron. “After Khrushchev", "Shen, Zhihua. Reviewing", "Wu, Lengxi. Ten Years Debate")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"chicago", "apa", "mla"})
    void formatsTheSeedAsTheGoldenFileSays(String style) throws IOException {
        String expected = Files.readString(GOLDEN.resolve(style + ".txt"), StandardCharsets.UTF_8);

        assertThat(SeedDocument.NOTES_COPY.analysis().bibliography(style, OutputFormat.TEXT).text())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("orderOfEntries")
    void listsTheElevenWorksInTheStylesOrder(String style, List<String> openings) {
        List<String> entries = entries(style);

        assertThat(entries).hasSize(11)
                .zipSatisfy(openings, (entry, opening) -> assertThat(entry).startsWith(opening));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"chicago", "apa", "mla"})
    void leavesNoTraceOfMissingParts(String style) {
        // citeproc-java leaves ". ." or ", ." where a variable is missing; the cleaner must have removed them.
        assertThat(entries(style)).noneMatch(e -> e.contains(". .") || e.contains(",.") || e.contains(" ,")
                || e.contains("..") || e.contains("  "));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"chicago", "apa", "mla"})
    void givesTheSameEntriesAsHtmlWithoutTheMarkup(String style) {
        List<String> html = SeedDocument.NOTES_COPY.analysis().bibliography(style, OutputFormat.HTML).entries();

        assertThat(html).hasSize(11).allMatch(e -> e.startsWith("<div class=\"csl-entry\">"));
    }
}

package org.ibidem.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs each structured extractor over the real documents of the shared corpus ({@code ../shared/corpus}, never
 * copied into the repository) and checks the note counts its README gives. Skipped, and reported as skipped,
 * where the corpus is absent.
 */
class CorpusTest {
    private static final Path CORPUS = Path.of("..", "shared", "corpus");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "04-why-we-are-at-war-ch4.html, HTML, 32, 25",
        "05-keynes-probability-ch7.tex, LATEX, 27, 1",
        "06-ph-linear-regression.md, MARKDOWN, 33, 1",
        "07-ph-gpt2-national-narrative.md, MARKDOWN, 18, 1"})
    void findsTheNotesTheCorpusReadmeCounts(String file, InputFormat format, int notes, int firstNumber) {
        Path path = CORPUS.resolve(file);
        assumeTrue(Files.isRegularFile(path), () -> "corpus file " + path.toAbsolutePath() + " is absent");

        Document doc = Documents.read(path);

        assertThat(doc.format()).isEqualTo(format);
        assertThat(doc.notes()).hasSize(notes);
        assertThat(doc.markers()).hasSize(notes);
        // Numbered in sequence (04's chapter continues the book's numbering from 25), each with one marker.
        assertThat(doc.notes()).extracting(Note::number)
                .containsExactlyElementsOf(IntStream.range(firstNumber, firstNumber + notes).boxed().toList());
        assertThat(doc.markers()).extracting(Marker::label)
                .containsExactlyElementsOf(doc.notes().stream().map(Note::label).toList());
        assertThat(doc.notes()).allSatisfy(n -> {
            assertThat(n.text()).isNotBlank().doesNotContain("\\footnote", "[^", "<a ", "[Footnote");
            // The first letter of every note maps back to that letter in the file.
            int letter = IntStream.range(0, n.text().length())
                    .filter(k -> Character.isLetter(n.text().charAt(k))).findFirst().orElseThrow();
            assertThat(doc.text().charAt(n.textMap().toSource(letter))).isEqualTo(n.text().charAt(letter));
        });
    }
}

package org.ibidem.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.diagnostic.Diagnostic;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fuzz tests' starting points are themselves valid: each seed, read from a file through
 * {@link Ibidem#analyze(Path)}, gives the notes it was written with and no structural problem, so mutations start
 * from documents the extractors fully understand.
 */
class SeedDocumentsTest {

    static List<SeedDocuments.Seed> seeds() {
        return SeedDocuments.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void seedReadFromItsFileGivesItsNotes(SeedDocuments.Seed seed, @TempDir Path dir) throws IOException {
        Path file = dir.resolve(seed.name());
        Files.write(file, seed.bytes());

        Analysis a = Ibidem.analyze(file);

        PipelineChecks.check(a);
        assertThat(a.document().format()).isEqualTo(seed.format());
        assertThat(a.notes()).hasSize(seed.notes());
        assertThat(a.document().problems()).isEmpty();
        assertThat(a.sources()).isNotEmpty();
        assertThat(a.diagnostics()).extracting(Diagnostic::code)
                .doesNotContain("unreadable-docx", "unclosed-footnote");
    }
}

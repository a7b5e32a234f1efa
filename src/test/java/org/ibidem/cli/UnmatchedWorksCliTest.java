package org.ibidem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ibidem.cli.IbidemCliTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bibliography} and {@code bibtex} leave out, and name, works known only from unmatched short forms. */
class UnmatchedWorksCliTest {

    @TempDir
    Path dir;

    private Path essay() throws IOException {
        return Files.writeString(dir.resolve("essay.txt"), "Essay.[1] More.[2]\n\nNotes\n\n"
                + "[1] Eric Foner, _The Fiery Trial_ (New York: Norton, 2010), 45.\n"
                + "[2] Smith, Unknown Book, 12.\n", StandardCharsets.UTF_8);
    }

    @Test
    void bibliographyLeavesThemOutAndNamesThemOnStandardError() throws IOException {
        Run run = IbidemCliTest.run("bibliography", essay().toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Fiery Trial").doesNotContain("Unknown Book");
        assertThat(run.err()).contains("left out 1 work known only from a short form").contains("--include-unmatched")
                .contains("Smith, Unknown Book");
    }

    @Test
    void includeUnmatchedListsThemWithoutAWarning() throws IOException {
        Run run = IbidemCliTest.run("bibliography", "--include-unmatched", essay().toString());

        assertThat(run.out()).contains("Unknown Book");
        assertThat(run.err()).doesNotContain("left out");
    }

    @Test
    void bibtexLeavesThemOutUnlessAskedFor() throws IOException {
        Path essay = essay();

        assertThat(IbidemCliTest.run("bibtex", essay.toString()).out()).doesNotContain("Unknown Book");
        assertThat(IbidemCliTest.run("bibtex", "--include-unmatched", essay.toString()).out())
                .contains("Unknown Book");
    }
}

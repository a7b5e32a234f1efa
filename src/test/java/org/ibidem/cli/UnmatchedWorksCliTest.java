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

    /** The notes of issue 17, item 4: every citation is Foner's one book, and nothing else is listed. */
    private Path foner() throws IOException {
        return Files.writeString(dir.resolve("foner.txt"), "Essay.[1] More.[2] Again.[3] Then.[4] Last.[5]\n\n"
                + "Notes\n\n"
                + "[1] Eric Foner, _The Fiery Trial_ (New York: Norton, 2010), 45.\n"
                + "[2] Idem, 202.\n"
                + "[3] See Foner, Fiery Trial, 60, and compare Foner, Fiery Trial, 88.\n"
                + "[4] Foner, 99.\n"
                + "[5] Foner, op. cit., 12.\n", StandardCharsets.UTF_8);
    }

    @Test
    void resolvesEveryFonerNoteToTheOneBook() throws IOException {
        Run run = IbidemCliTest.run("notes", foner().toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out().lines().filter(l -> l.contains("foner2010"))).hasSize(6);
        assertThat(run.out()).doesNotContain("idem").doesNotContain("? ").endsWith("5 notes, 1 sources\n");
    }

    @Test
    void listsOnlyFonersBookInTheBibliographyAndBibTeX() throws IOException {
        Path foner = foner();
        Run bibliography = IbidemCliTest.run("bibliography", foner.toString());
        Run bibtex = IbidemCliTest.run("bibtex", foner.toString());

        assertThat(bibliography.out().strip()).startsWith("Foner, Eric.").contains("Fiery Trial")
                .doesNotContain("Idem").doesNotContain("n.d.").doesNotContain("Compare");
        assertThat(bibliography.out().strip().lines()).hasSize(1);
        assertThat(bibliography.err()).doesNotContain("left out");
        assertThat(bibtex.out()).contains("foner2010").doesNotContain("Idem");
        assertThat(bibtex.out().lines().filter(l -> l.startsWith("@"))).hasSize(1);
    }

    @Test
    void findsNothingToReportInTheFonerNotes() throws IOException {
        Run run = IbidemCliTest.run("check", foner().toString());

        assertThat(run.out()).doesNotContain("short-form-unmatched").doesNotContain("ambiguous");
        assertThat(run.exit()).isZero();
    }
}

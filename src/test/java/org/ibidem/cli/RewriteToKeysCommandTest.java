package org.ibidem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ibidem rewrite FILE --to-keys}: keys in the document, the works in a .bib or CSL-JSON file. */
class RewriteToKeysCommandTest {

    private static final String NOTES = "Body.[^1][^2]\n\n[^1]: Mary Beard, *SPQR: A History of Ancient Rome* (New "
            + "York: Liveright, 2015), 45.\n[^2]: See Beard, *SPQR*, 52; the argument is older.\n";

    private static Path essay(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void writesKeysAndSaysWhereTheyPointWithoutABibliographyFile(@TempDir Path dir) throws IOException {
        IbidemCliTest.Run run = IbidemCliTest.run("rewrite", essay(dir, "essay.md", NOTES).toString(), "--to-keys");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("[^1]: [@beard2015, 45]\n").contains("[^2]: See @beard2015 [52]; the argument");
        assertThat(run.err()).contains("rewrote 2 citations in citation keys (2 changed), left 0 as written")
                .contains("--to biblatex");
    }

    @Test
    void writesTheWorksAsBibLaTeXAndAsCslJsonWithTheKeysAsIds(@TempDir Path dir) throws IOException {
        Path bib = dir.resolve("works.bib");
        Path json = dir.resolve("works.json");
        IbidemCliTest.Run run = IbidemCliTest.run("rewrite", essay(dir, "essay.md", NOTES).toString(), "--to-keys",
                "--bib", bib.toString(), "--csl-json", json.toString());
        assertThat(run.exit()).isZero();
        assertThat(Files.readString(bib)).contains("{beard2015,");
        assertThat(Files.readString(json)).contains("\"id\" : \"beard2015\"");
        assertThat(run.err()).doesNotContain("--to biblatex");
    }

    @Test
    void refusesPlainTextWhichHasNoKeySyntax(@TempDir Path dir) throws IOException {
        IbidemCliTest.Run run = IbidemCliTest.run("rewrite", essay(dir, "essay.txt", "Body.[1]\n\n[1] Mary Beard, "
                + "SPQR (New York: Liveright, 2015), 45.\n").toString(), "--to-keys");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no citation-key syntax");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void wantsEitherAStyleOrKeys(@TempDir Path dir) throws IOException {
        Path file = essay(dir, "essay.md", NOTES);
        assertThat(IbidemCliTest.run("rewrite", file.toString()).exit()).isEqualTo(2);
        assertThat(IbidemCliTest.run("rewrite", file.toString(), "--to-keys", "--style", "mhra-notes").exit())
                .isEqualTo(2);
        assertThat(IbidemCliTest.run("rewrite", file.toString(), "--style", "mhra-notes", "--bib", "x.bib").exit())
                .isEqualTo(2);
    }
}

package org.ibidem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ibidem rewrite}: the document to standard output, to a file, in place, or as a diff. */
class RewriteCommandTest {

    private static final String NOTES = "Body.[1]\n\n[1] Ibid., 12.\n\n[2] Zhihua Shen, Reviewing and "
            + "Reconsidering the History of Sino-Soviet Relations (Beijing: Social Sciences Academic Press, 2016), "
            + "141.\n\n[3] Ibid.\n";

    private static Path essay(Path dir) throws IOException {
        Path file = dir.resolve("essay.txt");
        Files.writeString(file, NOTES, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void printsTheRewrittenDocumentAndASummaryOnStandardError(@TempDir Path dir) throws IOException {
        IbidemCliTest.Run run = IbidemCliTest.run("rewrite", essay(dir).toString(), "--style",
                "chicago-notes-bibliography");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Body.[1]\n\n[1] Ibid., 12.\n\n[2] Zhihua Shen")
                .endsWith("[3] Shen, Reviewing and Reconsidering the History of Sino-Soviet Relations, 141.\n");
        assertThat(run.err()).contains("ibidem: rewrote 2 citations in chicago-notes-bibliography")
                .contains("left 1 as written");
    }

    @Test
    void namesEachCitationLeftAsWrittenWithItsPlaceAndWhyBeforeTheSummary(@TempDir Path dir) throws IOException {
        Path file = essay(dir);
        IbidemCliTest.Run run = IbidemCliTest.run("rewrite", file.toString(), "--style", "chicago-notes-bibliography");

        assertThat(run.err().lines().toList()).hasSize(2);
        assertThat(run.err().lines().findFirst().orElseThrow()).isEqualTo(file + ":3:5: info[rewrite-left]: note 1: "
                + "\"Ibid., 12.\" left as written: it points at no work, or at several");
        assertThat(run.err().lines().skip(1).findFirst().orElseThrow()).startsWith("ibidem: rewrote 2 citations");
    }

    @Test
    void writesToAFileOrInPlace(@TempDir Path dir) throws IOException {
        Path file = essay(dir);
        Path out = dir.resolve("out.txt");
        IbidemCliTest.Run run = IbidemCliTest.run("rewrite", file.toString(), "--style", "mhra-notes", "-o",
                out.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(out)).contains("2016), p. 141.");
        assertThat(Files.readString(file)).isEqualTo(NOTES);

        assertThat(IbidemCliTest.run("rewrite", file.toString(), "--style", "mhra-notes", "--in-place").exit())
                .isZero();
        assertThat(Files.readString(file)).isEqualTo(Files.readString(out));
    }

    @Test
    void printsAUnifiedDiffOfTheChangedLines(@TempDir Path dir) throws IOException {
        IbidemCliTest.Run run = IbidemCliTest.run("rewrite", essay(dir).toString(), "--style",
                "chicago-notes-bibliography", "--diff");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("--- ").contains("+++ ").contains("@@ -")
                .contains("-[3] Ibid.\n").contains("+[3] Shen, Reviewing");
    }

    @Test
    void refusesToShowADiffAndWriteAtOnce(@TempDir Path dir) throws IOException {
        Path essay = essay(dir);
        String before = Files.readString(essay, StandardCharsets.UTF_8);
        IbidemCliTest.Run run = IbidemCliTest.run("rewrite", essay.toString(), "--style",
                "chicago-notes-bibliography", "--diff", "--in-place");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines().get(0)).contains("--diff only shows the changes");
        assertThat(Files.readString(essay, StandardCharsets.UTF_8)).isEqualTo(before);
        assertThat(IbidemCliTest.run("rewrite", essay.toString(), "--style", "chicago-notes-bibliography",
                "--diff", "-o", dir.resolve("out.txt").toString()).exit()).isEqualTo(2);
        assertThat(dir.resolve("out.txt")).doesNotExist();
    }

    @Test
    void refusesAnInTextStyleInOneLine(@TempDir Path dir) throws IOException {
        IbidemCliTest.Run run = IbidemCliTest.run("rewrite", essay(dir).toString(), "--style", "apa");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("note style");
    }

    @Test
    void rewritesTheFootnotesOfALatexFileInPlaceAndShowsTheDiff(@TempDir Path dir) throws IOException {
        String tex = "\\documentclass{article}\n\\begin{document}\nRome.\\footnote{Mary Beard, \\emph{SPQR: A "
                + "History of Ancient Rome} (New York: Liveright, 2015), 12.} % first\nAgain.\\footnote{Ibid., "
                + "14--15.}\n\\end{document}\n";
        Path file = dir.resolve("chapter.tex");
        Files.writeString(file, tex, StandardCharsets.UTF_8);
        IbidemCliTest.Run diff = IbidemCliTest.run("rewrite", file.toString(), "--style",
                "chicago-notes-bibliography", "--diff");
        assertThat(diff.exit()).isZero();
        assertThat(diff.out()).contains("-Again.\\footnote{Ibid., 14--15.}\n")
                .contains("+Again.\\footnote{Beard, \\emph{SPQR}, 14--15.}\n");
        assertThat(IbidemCliTest.run("rewrite", file.toString(), "--style", "chicago-notes-bibliography",
                "--in-place").exit()).isZero();
        assertThat(Files.readString(file)).startsWith("\\documentclass{article}\n\\begin{document}\n"
                + "Rome.\\footnote{Mary Beard, \\emph{SPQR: A History of Ancient Rome} (Liveright, 2015), 12.} "
                + "% first\n").endsWith("\n\\end{document}\n");
    }
}

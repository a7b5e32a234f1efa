package org.ibidem.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ibidem.cli.IbidemCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Footnotes numbered page by page restart many times: one finding says so, not one per page. */
class NumberingRestartSummaryTest {

    private static String check(Path file) {
        StringWriter out = new StringWriter();
        IbidemCli.run(new String[] {"check", file.toString()}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        return out.toString();
    }

    @Test
    void summarisesThreeOrMoreRestartsInOneFinding(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("pages.txt");
        Files.writeString(file, """
                Page one.[1] Again.[2] Page two.[1] Page three.[1] Again.[2] Page four.[1]

                [1] Mary Beard, SPQR: A History of Ancient Rome (New York: Liveright, 2015), 12.
                [2] Ibid., 13.
                [1] Beard, SPQR, 14.
                [1] Beard, SPQR, 15.
                [2] Ibid., 16.
                [1] Beard, SPQR, 17.
                """);
        String out = check(file);
        assertThat(out.lines().filter(l -> l.contains("[numbering-restart]"))).singleElement().asString()
                .contains("restarts at 1 in 3 places").contains("(after notes 2, 1, 2)");
    }

    @Test
    void reportsEachOfTwoRestarts(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("pages.txt");
        Files.writeString(file, """
                Page one.[1] Page two.[1] Page three.[1]

                [1] Mary Beard, SPQR: A History of Ancient Rome (New York: Liveright, 2015), 12.
                [1] Beard, SPQR, 14.
                [1] Beard, SPQR, 15.
                """);
        assertThat(check(file).lines().filter(l -> l.contains("[numbering-restart]"))).hasSize(2);
    }
}

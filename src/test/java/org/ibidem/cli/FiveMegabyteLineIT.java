package org.ibidem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.ibidem.HangDetector;
import org.ibidem.cli.IbidemCliTest.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One line of five million characters through every command: it ends with a result or a one-line message, never
 * an exception, and is read as one note. Each run is bounded by the processor time it uses, not by the wall
 * clock ({@link HangDetector}). An integration test ({@code *IT}, run by maven-failsafe in {@code mvn verify}):
 * some 10 s in all, too slow for {@code mvn test}; the other garbage stays in {@link GarbageInputTest}.
 */
class FiveMegabyteLineIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CPU_BOUND = Duration.ofSeconds(60);

    @TempDir
    static Path dir;

    private static Path file;

    @BeforeAll
    static void writeTheLine() throws IOException {
        // Opens like a note and never stops: quotes, parentheses, colons and page numbers that keep the parser
        // busy, but no line break for it to rest on.
        String chunk = "Lorem ipsum (Dolor: Sit Press, 1999), “amet, consectetur,” [adipiscing] elit, 12-14. ";
        StringBuilder line = new StringBuilder("[1] ");
        while (line.length() < 5_000_000) {
            line.append(chunk);
        }
        file = dir.resolve("one-line.txt");
        Files.writeString(file, line.append('\n'), StandardCharsets.UTF_8);
    }

    private static Run run(String... command) {
        String[] args = new String[command.length + 1];
        System.arraycopy(command, 0, args, 0, command.length);
        args[command.length] = file.toString();
        return HangDetector.withinCpuTime(CPU_BOUND, () -> String.join(" ", command) + " on a 5 MB line",
                () -> IbidemCliTest.run(args));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"notes", "notes --json", "check", "bibliography", "bibtex"})
    void endsWithAResultAndNoStackTrace(String command) {
        Run run = run(command.split(" "));

        assertThat(run.err()).doesNotContain("Exception", "\tat ", "internal error");
        assertThat(run.out()).doesNotContain("Exception", "\tat ");
        if (command.equals("check")) {
            assertThat(run.exit()).isIn(0, 1);
        } else {
            assertThat(run.exit()).isZero();
        }
        assertThat(run.err()).isEmpty();
    }

    @Test
    void readsTheLineAsOneNoteInJsonThatParses() throws IOException {
        Run run = run("notes", "--json");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("\"number\" : 1,").doesNotContain("\"number\" : 2,");
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.fieldNames()).toIterable().contains("notes", "sources", "diagnostics");
    }
}

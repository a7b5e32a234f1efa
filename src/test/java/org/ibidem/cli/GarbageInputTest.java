package org.ibidem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.ibidem.HangDetector;
import org.ibidem.cli.IbidemCliTest.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever file it is given, every command ends with a clear one-line message or an empty result: never an
 * exception, never a stack trace. Each run is bounded by processor time, not wall-clock time
 * ({@link HangDetector}). The five-megabyte line through every command is {@link FiveMegabyteLineIT}.
 */
class GarbageInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    /** The kinds of garbage, each written once to a file of its name. */
    enum Garbage {
        EMPTY("empty.txt"),
        BINARY("binary.dat"),
        NO_NOTES("no-notes.txt"),
        RANDOM_BYTES("random.dat");

        final String fileName;

        Garbage(String fileName) {
            this.fileName = fileName;
        }

        Path file() {
            return dir.resolve(fileName);
        }

        boolean readable() {
            return this != BINARY;
        }
    }

    @BeforeAll
    static void writeGarbage() throws IOException {
        Files.write(Garbage.EMPTY.file(), new byte[0]);
        // A PNG header and a few bytes of image data: NUL bytes in the first line.
        Files.write(Garbage.BINARY.file(), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0,
                0x0d, 'I', 'H', 'D', 'R', 0, 0, 1, 0, '[', '1', ']', ' ', 'I', 'b', 'i', 'd', '.'});
        Files.writeString(Garbage.NO_NOTES.file(), """
                The Sino-Soviet alliance was signed in February 1950 and had fallen apart by 1960.
                This paragraph cites nothing, has no markers, and ends without a notes block.
                """, StandardCharsets.UTF_8);
        // Random bytes without NUL, so they are read as text (invalid UTF-8, hence Windows-1252) and not refused.
        byte[] random = new byte[256 * 1024];
        new Random(20240517L).nextBytes(random);
        for (int i = 0; i < random.length; i++) {
            if (random[i] == 0) {
                random[i] = 1;
            }
        }
        Files.write(Garbage.RANDOM_BYTES.file(), random);
    }

    static Stream<Arguments> garbageAndCommands() {
        return Arrays.stream(Garbage.values()).flatMap(g -> Stream.of(
                Arguments.of(g, new String[] {"notes"}),
                Arguments.of(g, new String[] {"notes", "--json"}),
                Arguments.of(g, new String[] {"check"}),
                Arguments.of(g, new String[] {"bibliography"}),
                Arguments.of(g, new String[] {"bibtex"})));
    }

    private static Run run(String[] command, Garbage garbage) {
        String[] args = Arrays.copyOf(command, command.length + 1);
        args[command.length] = garbage.file().toString();
        return HangDetector.withinCpuTime(Duration.ofSeconds(60), () -> String.join(" ", args),
                () -> IbidemCliTest.run(args));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("garbageAndCommands")
    void endsWithAClearMessageOrAnEmptyResult(Garbage garbage, String[] command) {
        Run run = run(command, garbage);

        assertThat(run.errLines()).as("standard error").hasSizeLessThanOrEqualTo(1);
        assertThat(run.err()).doesNotContain("Exception", "\tat ", "internal error");
        assertThat(run.out()).doesNotContain("Exception", "\tat ");
        if (!garbage.readable() && command[0].equals("check")) {
            // check goes on to the next file: the one it cannot read is a finding, named once.
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).isEmpty();
            assertThat(run.outLines()).first().asString().isEqualTo(garbage.file()
                    + ":1:1: error[unreadable-file]: looks like a binary file (it contains NUL bytes); Ibidem reads "
                    + "text, Markdown, HTML, LaTeX and Word .docx files");
        } else if (!garbage.readable()) {
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.errLines()).singleElement().asString().isEqualTo("ibidem: " + garbage.file()
                    + ": looks like a binary file (it contains NUL bytes); Ibidem reads text, Markdown, HTML, LaTeX and Word .docx files");
        } else if (command[0].equals("check")) {
            assertThat(run.exit()).isIn(0, 1);
            assertThat(run.err()).isEmpty();
        } else {
            assertThat(run.exit()).isZero();
            // A document that yields no note says so on one line: "0 notes" alone would pass in silence.
            assertThat(run.errLines()).allSatisfy(line -> assertThat(line)
                    .startsWith("ibidem: " + garbage.file() + ": no notes found"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readableGarbage")
    void writesJsonThatParsesWhateverTheInput(Garbage garbage) throws IOException {
        JsonNode json = JSON.readTree(run(new String[] {"notes", "--json"}, garbage).out());

        assertThat(json.fieldNames()).toIterable().contains("notes", "sources", "diagnostics");
    }

    static Stream<Garbage> readableGarbage() {
        return Arrays.stream(Garbage.values()).filter(Garbage::readable);
    }

    @Test
    void findsNothingInAnEmptyFile() {
        assertThat(run(new String[] {"check"}, Garbage.EMPTY).out()).isEqualTo("0 errors, 0 warnings in 0 notes\n");
        assertThat(run(new String[] {"bibtex"}, Garbage.EMPTY).out()).isEmpty();
    }

    @Test
    void findsNothingInADocumentWithoutNotes() {
        Run run = run(new String[] {"check"}, Garbage.NO_NOTES);

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith(Garbage.NO_NOTES.file() + ":1:1: warning[no-notes-found]: no notes found")
                .endsWith("0 errors, 1 warning in 0 notes\n");
    }
}

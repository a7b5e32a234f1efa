package org.ibidem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ibidem.SeedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Output that cannot be written (a full disk, {@code > /dev/full}; a closed pipe, {@code | head -1}) ends the
 * run with exit code 2 and one line on standard error, never exit 0 with the output lost.
 */
class OutputErrorsTest {

    /** A writer on a full disk: every write fails. */
    private static final class FullDisk extends Writer {
        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void flush() throws IOException {
        }

        @Override
        public void close() {
        }
    }

    /** A pipe whose reader has gone after the first line: counts the writes tried after it closed. */
    private static final class ClosedPipe extends OutputStream {
        int refused;
        int accepted;

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (accepted > 0) {
                refused++;
                throw new IOException("Broken pipe");
            }
            accepted += len;
        }
    }

    private static IbidemCliTest.Run runOnAFullDisk(String... args) {
        StringWriter err = new StringWriter();
        int exit = IbidemCli.run(args, new PrintWriter(new FullDisk()), new PrintWriter(err));
        return new IbidemCliTest.Run(exit, "", err.toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"notes", "notes --json", "bibliography", "bibtex", "check", "export --to ris",
            "export --to csl-json"})
    void exitsWithTwoAndOneLineWhenStandardOutputIsFull(String command) {
        String[] words = command.split(" ");
        String[] args = java.util.Arrays.copyOf(words, words.length + 1);
        args[words.length] = SeedDocument.NOTES_COPY.path().toString();

        IbidemCliTest.Run run = runOnAFullDisk(args);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith("ibidem: cannot write the output");
    }

    @Test
    void stopsAtTheFirstWriteAfterThePipeIsClosed(@TempDir Path dir) throws IOException {
        StringBuilder doc = new StringBuilder("Body.\n\nNotes\n\n");
        for (int n = 1; n <= 3000; n++) {
            doc.append(n).append(". Mary Beard, SPQR (New York: Liveright, 2015), ").append(n).append(".\n");
        }
        Path big = Files.writeString(dir.resolve("big.txt"), doc, StandardCharsets.UTF_8);
        ClosedPipe pipe = new ClosedPipe();
        StringWriter err = new StringWriter();

        int exit = IbidemCli.run(new String[] {"notes", big.toString()}, StandardOutput.over(pipe),
                new PrintWriter(err));

        assertThat(exit).isEqualTo(2);
        assertThat(pipe.refused).as("writes tried after the pipe closed").isEqualTo(1);
        assertThat(err.toString()).isEqualTo("ibidem: cannot write the output (Broken pipe)\n");
    }
}

package org.ibidem.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Standard output for the command line, which fails instead of going on. A {@link PrintWriter} swallows write
 * errors; writing through this one, the first failure (a full disk, a closed pipe such as {@code | head -1})
 * throws {@link OutputFailedException}, so the command stops at once and exits 2 with one line.
 *
 * <p>Not thread-safe; one per run.
 */
final class StandardOutput {

    private StandardOutput() {
    }

    /** A print writer over {@code stream} (UTF-8, flushed on each line) that throws on the first write error. */
    static PrintWriter over(OutputStream stream) {
        Writer encoder = new OutputStreamWriter(new BufferedOutputStream(stream, 1 << 16), StandardCharsets.UTF_8);
        return new PrintWriter(new FailFast(encoder), true);
    }

    /** The output could not be written: the run stops. */
    static final class OutputFailedException extends UncheckedIOException {
        private static final long serialVersionUID = 1L;

        OutputFailedException(IOException cause) {
            super("cannot write the output (" + cause.getMessage() + ")", cause);
        }
    }

    /**
     * Passes everything on, turning an {@link IOException} into an unchecked exception, which {@link PrintWriter}
     * lets through (it catches only {@code IOException}).
     */
    private static final class FailFast extends Writer {
        private final Writer out;
        private boolean failed;

        FailFast(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] buf, int off, int len) {
            try {
                check();
                out.write(buf, off, len);
            } catch (IOException e) {
                throw fail(e);
            }
        }

        @Override
        public void write(String s, int off, int len) {
            try {
                check();
                out.write(s, off, len);
            } catch (IOException e) {
                throw fail(e);
            }
        }

        @Override
        public void flush() {
            if (failed) {
                return; // already reported; flushing again would only fail again
            }
            try {
                out.flush();
            } catch (IOException e) {
                throw fail(e);
            }
        }

        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException e) {
                if (!failed) {
                    throw fail(e);
                }
            }
        }

        private void check() throws IOException {
            if (failed) {
                throw new IOException("output already failed");
            }
        }

        private OutputFailedException fail(IOException e) {
            failed = true;
            return new OutputFailedException(e);
        }
    }
}

package org.ibidem.document;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a document from a file: decodes it and hands it to the extractor for its format.
 *
 * <p>Files are decoded as UTF-8 (a byte-order mark is skipped); a file that is not valid UTF-8 is read as
 * Windows-1252, the usual encoding of older text files, so no byte is lost. A file with NUL bytes is binary and
 * is refused with an {@link UnreadableDocumentException}, since its "notes" could only be noise.
 *
 * <pre>{@code
 * Document doc = Documents.read(Path.of("examples/brothers-no-more-notes.txt"));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Documents {

    private Documents() {
    }

    /**
     * Reads and extracts a document.
     *
     * @throws UnreadableDocumentException when the file cannot be read or is binary; its message names the file
     *                                     and the reason in one line
     */
    public static Document read(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UnreadableDocumentException(path + ": no such file");
        } catch (IOException e) {
            String reason = Files.isDirectory(path) ? "is a directory" : "cannot be read (" + e.getMessage() + ")";
            throw new UnreadableDocumentException(path + ": " + reason, e);
        }
        return parse(path.toString(), bytes);
    }

    /**
     * Extracts a document from bytes.
     *
     * @throws UnreadableDocumentException when the bytes are binary
     */
    public static Document parse(String name, byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                throw new UnreadableDocumentException(name + ": looks like a binary file (it contains NUL bytes);"
                        + " Ibidem reads plain text");
            }
        }
        return parse(name, decode(bytes));
    }

    /** Extracts a document from text already decoded. */
    public static Document parse(String name, String text) {
        return new PlainTextExtractor().extract(name, text);
    }

    static String decode(byte[] bytes) {
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }
}

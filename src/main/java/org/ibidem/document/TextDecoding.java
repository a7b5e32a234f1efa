package org.ibidem.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * How the bytes of a text file become text: UTF-8 (a byte-order mark skipped), or Windows-1252 when they are not
 * valid UTF-8 (every byte means something there). Used by {@code Documents} and by the default of
 * {@link NoteExtractor#extract(String, byte[])}; a class of its own so that an extractor need not know
 * {@code Documents}, which knows every extractor.
 */
final class TextDecoding {

    private TextDecoding() {
    }

    /** The text of {@code bytes}. */
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
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}

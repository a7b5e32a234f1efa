package org.ibidem.rewrite;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.NullMarked;

/**
 * A document rewritten in a note style: the new text, the changes, and the citations left as written.
 *
 * <pre>{@code
 * Rewrite r = Ibidem.analyze(Path.of("essay.md")).rewrite("chicago-notes-bibliography");
 * Files.write(Path.of("essay-chicago.md"), r.bytesLike(Files.readAllBytes(Path.of("essay.md"))));
 * r.rewritten();   // citations re-rendered (changed or already in that form)
 * r.left();        // those left as written, each with its reason
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param styleId   the id of the style rendered
 * @param text      the document's text with the changes applied
 * @param changes   the citations whose text changed, in file order
 * @param rewritten how many citations were re-rendered (changed or not)
 * @param left      the citations left exactly as written, in file order
 */
@NullMarked
public record Rewrite(String styleId, String text, List<Change> changes, int rewritten, List<LeftCitation> left) {

    /** Validates and copies. */
    public Rewrite {
        Objects.requireNonNull(styleId, "styleId");
        Objects.requireNonNull(text, "text");
        changes = List.copyOf(Objects.requireNonNull(changes, "changes"));
        left = List.copyOf(Objects.requireNonNull(left, "left"));
    }

    /** The one-line summary: how many citations were rewritten, changed and left. */
    public String summary() {
        return "rewrote " + rewritten + " citation" + (rewritten == 1 ? "" : "s") + " in " + styleId + " ("
                + changes.size() + " changed), left " + left.size() + " as written";
    }

    /**
     * A unified diff from the original text to this one, three lines of context, as {@code diff -u} prints it;
     * empty when nothing changed.
     *
     * @param name     the file name the diff headers give
     * @param original the document's text the rewrite started from
     */
    public String unifiedDiff(String name, String original) {
        return UnifiedDiff.of(name, Objects.requireNonNull(original, "original"), changes);
    }

    /**
     * The rewritten file, made like the original: for a text file, the text encoded as the original was (UTF-8,
     * with its byte-order mark if it had one, or Windows-1252 for a file that was not valid UTF-8, as Ibidem
     * reads files).
     *
     * <p>For a .docx (bytes that open a zip archive), {@link #text()} is only its text as Ibidem lays it out; this
     * gives the .docx itself: the original with the changes written into the runs of its notes, each italic
     * span of a replacement ({@link Change#italics()}) in italics, every zip entry but the footnotes and
     * endnotes parts byte for byte; the original bytes when nothing changed. {@code original} must be the bytes
     * the rewrite was made from.
     *
     * <pre>{@code
     * byte[] docx = Files.readAllBytes(Path.of("thesis.docx"));
     * Analysis a = Ibidem.analyze(Path.of("thesis.docx"));
     * Rewrite r = a.rewrite("chicago-notes-bibliography", IbidemOptions.defaults(), docx);
     * Files.write(Path.of("thesis-chicago18.docx"), r.bytesLike(docx));
     * }</pre>
     *
     * @throws IllegalArgumentException for a .docx that is not the one rewritten (its text does not read as the
     *                                  changes say)
     * @throws org.ibidem.document.UnreadableDocumentException for a .docx whose notes cannot be read
     */
    public byte[] bytesLike(byte[] original) {
        if (DocxRewriter.isZip(original)) {
            return DocxRewriter.write("document", original, changes);
        }
        boolean bom = original.length >= 3 && (original[0] & 0xFF) == 0xEF && (original[1] & 0xFF) == 0xBB
                && (original[2] & 0xFF) == 0xBF;
        Charset charset = StandardCharsets.UTF_8;
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(original));
        } catch (CharacterCodingException e) {
            charset = Charset.forName("windows-1252");
        }
        byte[] body = text.getBytes(charset);
        if (!bom) {
            return body;
        }
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }
}

package org.ibidem.rewrite;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ibidem.document.Document;
import org.ibidem.document.DocxEditor;
import org.ibidem.document.Note;
import org.jspecify.annotations.Nullable;

/**
 * A rewrite into a .docx: where a citation can be replaced in the notes' runs, and the .docx with the changes
 * written. A .docx's text is the one {@link org.ibidem.document.DocxExtractor} lays out (a line a paragraph), so
 * changes are found in that text as in plain text; a span is rewritten only where {@link DocxEditor} can replace
 * it without touching fields, tracked changes or reference marks. The rewrite is read back from the new .docx's
 * bytes, carried as ISO-8859-1 characters (the extractor's string form of a .docx).
 *
 * <p>Immutable; the bytes are not copied and must not change.
 */
final class DocxRewriter {

    private final Document document;
    private final byte[] bytes;
    private final DocxEditor layout;

    private DocxRewriter(Document document, byte[] bytes, DocxEditor layout) {
        this.document = document;
        this.bytes = bytes;
        this.layout = layout;
    }

    /**
     * The rewriter of a document read from these bytes.
     *
     * @throws IllegalArgumentException when the bytes do not read as the document's text
     */
    static DocxRewriter of(Document document, byte[] bytes) {
        DocxEditor layout = DocxEditor.open(document.name(), bytes);
        if (!layout.document().text().equals(document.text())) {
            throw new IllegalArgumentException(document.name() + ": the bytes given are not the .docx this "
                    + "document was read from");
        }
        return new DocxRewriter(document, bytes, layout);
    }

    /** The rewriter of a rewritten .docx, from the string its bytes were read back from. */
    static DocxRewriter ofWritten(Document document, String written) {
        return of(document, written.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The span of a citation in the laid-out text, if it reads there as in the note and can be replaced. */
    int @Nullable [] inFile(Note note, Spans.Core core, String text) {
        int[] file = Spans.inFile(note, core, text, Markup.PLAIN);
        return file != null && layout.editable(file[0], file[1]) ? file : null;
    }

    /** Whether {@code [start, end)} of the laid-out text can be replaced. */
    boolean editable(int start, int end) {
        return layout.editable(start, end);
    }

    /** The .docx with the changes, as the ISO-8859-1 string a reread takes. */
    String written(List<Change> changes) {
        return new String(write(document.name(), bytes, changes), StandardCharsets.ISO_8859_1);
    }

    /** Whether bytes open a zip archive, as a .docx does and no text file does. */
    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /**
     * A .docx with changes to its laid-out text written into its notes; the bytes themselves (a copy) when
     * there are none.
     *
     * @throws IllegalArgumentException when a change's original text is not what the .docx has there, or its
     *                                  span cannot be replaced
     */
    static byte[] write(String name, byte[] bytes, List<Change> changes) {
        if (changes.isEmpty()) {
            return bytes.clone();
        }
        DocxEditor editor = DocxEditor.open(name, bytes);
        String text = editor.document().text();
        List<Change> ordered = new java.util.ArrayList<>(changes);
        ordered.sort(java.util.Comparator.comparingInt(Change::start).reversed());
        for (Change c : ordered) {
            if (c.end() > text.length() || !text.startsWith(c.original(), c.start())) {
                throw new IllegalArgumentException(name + ": the .docx does not read \"" + c.original()
                        + "\" where the change was found: not the document rewritten?");
            }
            editor.replace(c.start(), c.end(), DocxRuns.pieces(c));
        }
        return editor.toBytes();
    }
}

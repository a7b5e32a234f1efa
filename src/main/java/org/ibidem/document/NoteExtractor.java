package org.ibidem.document;

/**
 * Finds the notes and body markers in one format of document.
 *
 * <p>Implementations never throw on content: whatever the text, they return a {@link Document}, possibly with
 * no notes, and report structural trouble as {@link DocumentProblem}s. The one exception is .docx, whose input
 * is a zip archive rather than text: when its notes cannot be read at all (damaged, not a Word document,
 * unsafe XML) {@link DocxExtractor} throws an {@link UnreadableDocumentException} of code
 * {@code unreadable-docx}, since a document of no notes would pass for one that has none.
 *
 * <pre>{@code
 * NoteExtractor extractor = new PlainTextExtractor();
 * Document doc = extractor.extract("essay.txt", Files.readString(path));
 * Document docx = Documents.extractorFor(InputFormat.DOCX).extract("essay.docx", Files.readAllBytes(docxPath));
 * }</pre>
 *
 * <p>Implementations are stateless and thread-safe.
 */
public interface NoteExtractor {

    /** The format this extractor reads. */
    InputFormat format();

    /**
     * Extracts the notes and markers of {@code text}.
     *
     * @param name a name for messages, usually the file name
     * @param text the whole decoded document
     */
    Document extract(String name, String text);

    /**
     * Extracts the notes and markers of a file's bytes. The default decodes them as {@link Documents} does
     * (UTF-8, else Windows-1252) and calls {@link #extract(String, String)}; formats that are not text, such as
     * .docx, read the bytes themselves.
     *
     * @param name  a name for messages, usually the file name
     * @param bytes the whole file
     */
    default Document extract(String name, byte[] bytes) {
        return extract(name, TextDecoding.decode(bytes));
    }
}

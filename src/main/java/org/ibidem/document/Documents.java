package org.ibidem.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.NullMarked;

/**
 * Reads a document from a file: picks its format, decodes it and hands it to the extractor for that format.
 *
 * <p>The format comes from the file extension ({@code .md}/{@code .markdown}, {@code .html}/{@code .htm}/
 * {@code .xhtml}, {@code .tex}/{@code .latex}, {@code .docx}, {@code .txt}); for any other name it is sniffed
 * from the content: a zip holding {@code word/} is a .docx, {@code <!DOCTYPE html}/{@code <html} is HTML, a
 * {@code [^1]:} footnote definition is Markdown, {@code \documentclass}/{@code \footnote{} is LaTeX, and
 * anything else is plain text. {@link #read(Path, InputFormat)} overrides the choice.
 *
 * <p>A text that is not blank and yields no note is never passed on in silence. Read in the format its name or
 * content shows, the other text formats are tried, and the one that finds the most notes is kept, when they
 * are surely notes (a LaTeX document's frame, an HTML prologue, numbered plain-text notes that markers refer to), with a
 * {@link DocumentProblem} {@value #FORMAT_FALLBACK} naming it (a Markdown page saved as .txt); read in a format
 * the caller chose, or when no reading finds a note, it carries a {@value #NO_NOTES_FOUND} problem saying what
 * was tried and which {@code --from} would find notes.
 *
 * <p>Text files are decoded as UTF-8 (a byte-order mark is skipped); a file that is not valid UTF-8 is read as
 * Windows-1252, the usual encoding of older text files, so no byte is lost. A text file with NUL bytes is binary
 * and is refused with an {@link UnreadableDocumentException}, since its "notes" could only be noise; a .docx is
 * a zip and is read as bytes.
 *
 * <pre>{@code
 * Document doc = Documents.read(Path.of("examples/brothers-no-more-notes.txt"));
 * Document tex = Documents.read(Path.of("chapter.txt"), InputFormat.LATEX);   // --from latex
 * doc.format();   // TEXT
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Documents {
    private static final Pattern MARKDOWN_DEFINITION = Pattern.compile("(?m)^ {0,3}\\[\\^[^\\]\\s]{1,40}\\]:");
    private static final Pattern LATEX = Pattern.compile("\\\\documentclass|\\\\begin\\{document\\}|\\\\footnote\\s*[\\[{]");
    /** The code of the warning that a document that is not blank yields no note. */
    public static final String NO_NOTES_FOUND = "no-notes-found";
    /** The code of the advice that a document was read in another format than its name or content shows. */
    public static final String FORMAT_FALLBACK = "format-fallback";
    /** The formats read from text, in the order they are tried when the first reading finds no note. */
    private static final List<InputFormat> TEXT_FORMATS = List.of(InputFormat.TEXT, InputFormat.MARKDOWN,
            InputFormat.HTML, InputFormat.LATEX);
    /** How much of the start of a text is looked at for an HTML prologue. */
    private static final int HTML_HEAD = 2048;

    private Documents() {
    }

    /**
     * Reads and extracts a document, in the format its extension or content shows.
     *
     * @throws UnreadableDocumentException when the file cannot be read, is binary, or is a .docx whose notes
     *                                     cannot be read; its message names the file and the reason in one line
     */
    @NullMarked
    public static Document read(Path path) {
        if (InputFormat.forFileName(path.toString()).orElse(null) == InputFormat.DOCX) {
            return readDocx(path);
        }
        return parse(path.toString(), readBytes(path));
    }

    /**
     * Reads and extracts a document in the given format, whatever its name.
     *
     * @throws UnreadableDocumentException as {@link #read(Path)}
     */
    @NullMarked
    public static Document read(Path path, InputFormat format) {
        Objects.requireNonNull(format, "format");
        if (format == InputFormat.DOCX) {
            return readDocx(path);
        }
        return parse(path.toString(), readBytes(path), format);
    }

    /**
     * A .docx read in place: only the parts with text are opened, never the whole file, whose embedded media may
     * be hundreds of megabytes.
     */
    private static Document readDocx(Path path) {
        byte[] head = new byte[4];
        int n;
        try (java.io.InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw unreadable(path, e);
        }
        if (!isZip(java.util.Arrays.copyOf(head, n))) {
            throw notAZip(path.toString());
        }
        return withoutNotesSaid(new DocxExtractor().extract(path.toString(), path));
    }

    private static UnreadableDocumentException notAZip(String name) {
        return new UnreadableDocumentException(UnreadableDocumentException.UNREADABLE_DOCX, name
                + ": is not a Word .docx file (it is not a zip archive); choose another input format for it", null);
    }

    /**
     * Extracts a document from bytes, in the format the name's extension or the content shows.
     *
     * @throws UnreadableDocumentException when the bytes are binary, or are a .docx whose notes cannot be read
     */
    @NullMarked
    public static Document parse(String name, byte[] bytes) {
        Optional<InputFormat> byName = InputFormat.forFileName(name);
        if (byName.isPresent() && byName.get() != InputFormat.DOCX) {
            refuseBinary(name, bytes);
            return detected(name, TextDecoding.decode(bytes), byName.get(), "its name");
        }
        if (byName.isPresent()) {
            return parse(name, bytes, byName.get());
        }
        if (looksLikeDocx(bytes)) {
            return parse(name, bytes, InputFormat.DOCX);
        }
        refuseBinary(name, bytes);
        String text = TextDecoding.decode(bytes);
        return detected(name, text, sniff(text), "its content");
    }

    /**
     * Extracts a document from bytes in the given format.
     *
     * @throws UnreadableDocumentException when the bytes are binary, or are to be read as a .docx and its notes
     *                                     cannot be read (not a zip archive, damaged, unsafe)
     */
    @NullMarked
    public static Document parse(String name, byte[] bytes, InputFormat format) {
        Objects.requireNonNull(format, "format");
        if (format == InputFormat.DOCX) {
            if (!isZip(bytes)) {
                throw notAZip(name);
            }
            return withoutNotesSaid(extractorFor(format).extract(name, bytes));
        }
        refuseBinary(name, bytes);
        return chosen(name, TextDecoding.decode(bytes), format);
    }

    /** Extracts a document from text already decoded, in the format the name's extension or the text shows. */
    @NullMarked
    public static Document parse(String name, String text) {
        Optional<InputFormat> byName = InputFormat.forFileName(name);
        if (byName.isPresent() && byName.get() == InputFormat.DOCX) {
            return parse(name, text, InputFormat.DOCX);
        }
        return byName.isPresent() ? detected(name, text, byName.get(), "its name")
                : detected(name, text, sniff(text), "its content");
    }

    /**
     * Extracts a document from text already decoded, in the given format. For {@link InputFormat#DOCX} the text
     * must hold the file's bytes as ISO-8859-1 characters (see {@link DocxExtractor}).
     */
    @NullMarked
    public static Document parse(String name, String text, InputFormat format) {
        Objects.requireNonNull(format, "format");
        return format == InputFormat.DOCX ? withoutNotesSaid(extractorFor(format).extract(name, text))
                : chosen(name, text, format);
    }

    /**
     * A text read in the format its name or content shows; when that finds no note in a text that is not blank,
     * the other text formats are tried and the one that finds the most notes is kept, with an info
     * {@code format-fallback} saying so; when none finds any, a warning {@code no-notes-found} names what was
     * tried.
     */
    private static Document detected(String name, String text, InputFormat format, String how) {
        Document doc = extractorFor(format).extract(name, text);
        if (!doc.notes().isEmpty() || text.isBlank()) {
            return doc;
        }
        Document best = bestOtherReading(name, text, format);
        String as = format.name().toLowerCase(Locale.ROOT);
        if (best == null || !convincing(best, text)) {
            String advice = best == null ? "none found a note"
                    : "read as " + best.format().name().toLowerCase(Locale.ROOT) + " it has " + count(best)
                            + ", which may be text about notes: try --from "
                            + best.format().name().toLowerCase(Locale.ROOT) + " if they are notes";
            return withProblem(doc, new DocumentProblem(NO_NOTES_FOUND, "no notes found: read as " + as
                    + " (from " + how + "), then as " + others(format) + "; " + advice, doc.positionAt(0)));
        }
        String used = best.format().name().toLowerCase(Locale.ROOT);
        return withProblem(best, new DocumentProblem(FORMAT_FALLBACK, "no notes found reading it as " + as
                + " (from " + how + "); read as " + used + " instead, which finds " + count(best)
                + " (--from " + used + " reads it so directly)", best.positionAt(0)));
    }

    /**
     * A .docx read whole: when it has no footnote or endnote though its text is not blank, a warning
     * {@code no-notes-found} says so (no other reading of a Word file could find them).
     */
    private static Document withoutNotesSaid(Document doc) {
        if (!doc.notes().isEmpty() || doc.text().isBlank()) {
            return doc;
        }
        return withProblem(doc, new DocumentProblem(NO_NOTES_FOUND, "no notes found: the .docx has no footnote"
                + " or endnote (notes typed as text in the body are not read from Word files)", doc.positionAt(0)));
    }

    /** A text read in the format the caller chose; a warning when it finds no note, naming what would. */
    private static Document chosen(String name, String text, InputFormat format) {
        Document doc = extractorFor(format).extract(name, text);
        if (!doc.notes().isEmpty() || text.isBlank()) {
            return doc;
        }
        Document best = bestOtherReading(name, text, format);
        String as = format.name().toLowerCase(Locale.ROOT);
        String advice = best == null ? "nor does reading it as " + others(format)
                : "read as " + best.format().name().toLowerCase(Locale.ROOT) + " it has " + count(best)
                        + ": try --from " + best.format().name().toLowerCase(Locale.ROOT);
        return withProblem(doc, new DocumentProblem(NO_NOTES_FOUND, "no notes found reading it as " + as
                + " (--from " + as + "); " + advice, doc.positionAt(0)));
    }

    /**
     * Whether another reading's notes are surely notes, so that it may stand in for the detected format without
     * being asked for: a text that only talks about notes (a README quoting {@code \footnote{…}} or
     * {@code [Footnote n: …]}) must not become a document of made-up notes. LaTeX needs a document's frame, HTML
     * its prologue; plain-text notes must be numbered and at least half of them referred to by a marker.
     */
    private static boolean convincing(Document reading, String text) {
        switch (reading.format()) {
            case LATEX:
                return text.contains("\\begin{document}") || text.contains("\\documentclass");
            case HTML:
                return sniff(text) == InputFormat.HTML;
            case TEXT:
                java.util.Set<String> marked = new java.util.HashSet<>();
                for (Marker m : reading.markers()) {
                    marked.add(m.label());
                }
                int paired = 0;
                for (Note n : reading.notes()) {
                    if (n.number() <= 0) {
                        return false;
                    }
                    paired += marked.contains(n.label()) ? 1 : 0;
                }
                return 2 * paired >= reading.notes().size();
            default:
                return true; // Markdown's footnote and labelled-line syntaxes are specific enough
        }
    }

    /** The other text format that finds the most notes (the first of equals), or null when none finds any. */
    private static Document bestOtherReading(String name, String text, InputFormat tried) {
        Document best = null;
        for (InputFormat other : TEXT_FORMATS) {
            if (other == tried) {
                continue;
            }
            Document alt = extractorFor(other).extract(name, text);
            if (!alt.notes().isEmpty() && (best == null || alt.notes().size() > best.notes().size())) {
                best = alt;
            }
        }
        return best;
    }

    private static String count(Document doc) {
        return doc.notes().size() == 1 ? "1 note" : doc.notes().size() + " notes";
    }

    private static String others(InputFormat tried) {
        List<String> names = new ArrayList<>();
        for (InputFormat f : TEXT_FORMATS) {
            if (f != tried) {
                names.add(f.name().toLowerCase(Locale.ROOT));
            }
        }
        return String.join(", ", names);
    }

    private static Document withProblem(Document doc, DocumentProblem problem) {
        List<DocumentProblem> problems = new ArrayList<>(doc.problems());
        problems.add(problem);
        return new Document(doc.name(), doc.format(), doc.text(), doc.notes(), doc.markers(), problems,
                doc.lines());
    }

    /** The format a text's content shows, for names whose extension says nothing. */
    static InputFormat sniff(String text) {
        String head = text.substring(0, Math.min(text.length(), HTML_HEAD)).stripLeading()
                .toLowerCase(java.util.Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html")
                || head.startsWith("<?xml") && head.contains("<html")) {
            return InputFormat.HTML;
        }
        if (MARKDOWN_DEFINITION.matcher(text).find()) {
            return InputFormat.MARKDOWN;
        }
        if (LATEX.matcher(text).find()) {
            return InputFormat.LATEX;
        }
        return InputFormat.TEXT;
    }

    private static byte[] readBytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw unreadable(path, e);
        }
    }

    private static UnreadableDocumentException unreadable(Path path, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new UnreadableDocumentException(path + ": no such file");
        }
        String reason = Files.isDirectory(path) ? "is a directory"
                : e instanceof java.nio.file.AccessDeniedException ? "cannot be read: permission denied"
                : "cannot be read (" + e.getMessage() + ")";
        return new UnreadableDocumentException(path + ": " + reason, e);
    }

    private static void refuseBinary(String name, byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                throw new UnreadableDocumentException(name + ": looks like a binary file (it contains NUL bytes);"
                        + " Ibidem reads text, Markdown, HTML, LaTeX and Word .docx files");
            }
        }
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** A zip whose entries include Word's main part; the local headers name it near the start. */
    private static boolean looksLikeDocx(byte[] bytes) {
        if (!isZip(bytes)) {
            return false;
        }
        byte[] needle = "word/".getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (bytes[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** A new extractor for the format; extractors are stateless, so one may also be shared. */
    public static NoteExtractor extractorFor(InputFormat format) {
        return switch (format) {
            case TEXT -> new PlainTextExtractor();
            case MARKDOWN -> new MarkdownExtractor();
            case HTML -> new HtmlExtractor();
            case LATEX -> new LatexExtractor();
            case DOCX -> new DocxExtractor();
        };
    }
}

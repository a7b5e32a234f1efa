package org.ibidem.document;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.NullMarked;

/**
 * The formats Ibidem reads notes from, each with the file extensions that select it. The extractor that reads a
 * format is {@link Documents#extractorFor(InputFormat)}: the formats know nothing of their readers, so that every
 * extractor can name its format without a cycle between the two.
 *
 * <pre>{@code
 * InputFormat.fromName("md");                       // MARKDOWN, as for --from md
 * InputFormat.forFileName("ch7.tex");               // Optional[LATEX]
 * Document doc = Documents.extractorFor(InputFormat.HTML).extract("notes.html", html);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@NullMarked
public enum InputFormat {
    /** Plain text with bracketed markers and a notes block ({@link PlainTextExtractor}). */
    TEXT("txt", "text"),
    /** Markdown with {@code [^1]} footnotes ({@link MarkdownExtractor}). */
    MARKDOWN("md", "markdown"),
    /** HTML with linked endnotes or Project Gutenberg's {@code [Footnote n: …]} ({@link HtmlExtractor}). */
    HTML("html", "htm", "xhtml"),
    /** LaTeX with {@code \footnote{…}} ({@link LatexExtractor}). */
    LATEX("tex", "latex"),
    /** Word's .docx, footnotes and endnotes ({@link DocxExtractor}). */
    DOCX("docx");

    private final List<String> extensions;

    InputFormat(String... extensions) {
        this.extensions = List.of(extensions);
    }

    /** The file extensions, without the dot, that select this format ({@code "md"}, {@code "markdown"}). */
    public List<String> extensions() {
        return extensions;
    }

    /**
     * The format with the given name or file extension, case-insensitively: {@code "markdown"} or {@code "md"}.
     *
     * @throws IllegalArgumentException listing the known names
     */
    public static InputFormat fromName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        if (wanted.startsWith(".")) {
            wanted = wanted.substring(1);
        }
        for (InputFormat f : values()) {
            if (f.name().toLowerCase(Locale.ROOT).equals(wanted) || f.extensions.contains(wanted)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Unknown input format '" + name + "'. Supported formats: "
                + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
    }

    /** The format a file name's extension selects, if it is one of the known extensions. */
    public static Optional<InputFormat> forFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        if (dot <= slash + 1 || dot == fileName.length() - 1) {
            return Optional.empty(); // no extension, or a dot file such as ".notes"
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (InputFormat f : values()) {
            if (f.extensions.contains(ext)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}

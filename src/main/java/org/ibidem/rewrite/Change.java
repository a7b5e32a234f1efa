package org.ibidem.rewrite;

import java.util.List;
import java.util.Objects;
import org.ibidem.document.Note;
import org.ibidem.document.TextSpan;
import org.ibidem.style.CitePosition;
import org.jspecify.annotations.NullMarked;

/**
 * One citation a rewrite re-rendered: where it stood in the file, what was written there, and what replaces it.
 * An editor can offer the changes one by one; applied from the last to the first, offsets stay valid.
 *
 * <pre>{@code
 * for (Change c : analysis.rewrite("mhra-notes").changes()) {
 *     System.out.println(c.note().displayName() + ": " + c.original() + " -> " + c.replacement());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param note        the note the citation stands in
 * @param start       where the replaced span starts in the document's text
 * @param end         one past its end
 * @param original    the document's text in {@code [start, end)}, markup included
 * @param replacement what the style renders there, in the document's own markup
 * @param position    the CSL position the citation was rendered in
 * @param italics     the spans of {@code replacement} set in italics, where the document's markup cannot say so
 *                    in its text (.docx, whose text is laid out plain); empty where it can (Markdown, LaTeX,
 *                    HTML write their own italics into the replacement) and in plain text
 */
@NullMarked
public record Change(Note note, int start, int end, String original, String replacement, CitePosition position,
                     List<TextSpan> italics) {

    /** Validates and copies. */
    public Change {
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(replacement, "replacement");
        Objects.requireNonNull(position, "position");
        italics = List.copyOf(Objects.requireNonNull(italics, "italics"));
        if (start < 0 || end < start || end - start != original.length()) {
            throw new IllegalArgumentException("Invalid span [" + start + ", " + end + ") for " + original);
        }
        for (TextSpan s : italics) {
            if (s.end() > replacement.length()) {
                throw new IllegalArgumentException("Italics " + s + " past the end of " + replacement);
            }
        }
    }

    /** A change whose replacement says its italics itself, or has none: {@link #italics()} is empty. */
    public Change(Note note, int start, int end, String original, String replacement, CitePosition position) {
        this(note, start, end, original, replacement, position, List.of());
    }
}

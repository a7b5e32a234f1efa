package org.ibidem.document;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * One footnote or endnote as found in a document: its number, its text, and where it stands in the file.
 *
 * <pre>{@code
 * Document doc = new PlainTextExtractor().extract("essay.txt", text);
 * Note first = doc.notes().get(0);
 * first.number();   // 1, the number a reader sees
 * first.text();     // "Zhihua Shen, Reviewing and ... (Beijing: ..., 2016), 141."
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param index    order of appearance in the document, from 1
 * @param number   the number a reader sees; 0 when the note's label is not a number (letters, names)
 * @param label    the label as written in the source ("14", "e", "smith")
 * @param text     the note's text, cleaned of markup and with wrapped lines joined
 * @param position where the note starts in the file (its label)
 * @param textMap  maps offsets in {@code text} to offsets in the file
 * @param emphasis spans of {@code text} that the source set in italics (a title signal); empty for plain text
 * @param chapter  the chapter or section the note belongs to, or null when the document has one sequence
 * @param keys     spans of {@code text} that are citation keys (LaTeX {@code \footcite{beard2015}}): the work is
 *                 named by a key of a bibliography file Ibidem does not read; empty for other formats
 */
@NullMarked
public record Note(int index, int number, String label, String text, SourcePosition position, TextMap textMap,
                   List<TextSpan> emphasis, @Nullable String chapter, List<TextSpan> keys) {

    /** Validates and copies. */
    public Note {
        if (index < 1) {
            throw new IllegalArgumentException("Note index starts at 1: " + index);
        }
        label = NoteLabels.shared(Objects.requireNonNull(label, "label"));
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(textMap, "textMap");
        emphasis = List.copyOf(Objects.requireNonNull(emphasis, "emphasis"));
        keys = List.copyOf(Objects.requireNonNull(keys, "keys"));
    }

    /** A note with no citation keys, as every format but LaTeX gives. */
    public Note(int index, int number, String label, String text, SourcePosition position, TextMap textMap,
                List<TextSpan> emphasis, @Nullable String chapter) {
        this(index, number, label, text, position, textMap, emphasis, chapter, List.of());
    }

    /** The number if the label is numeric, else the label; what messages call this note ("note 14"). */
    public String displayName() {
        return number > 0 ? Integer.toString(number) : label;
    }
}

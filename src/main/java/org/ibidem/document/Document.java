package org.ibidem.document;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.NullMarked;

/**
 * A document's notes and body markers, whatever format they were read from. The stages after extraction see
 * only this.
 *
 * <pre>{@code
 * Document doc = Documents.read(Path.of("essay.txt"));
 * doc.notes().size();     // 22
 * doc.markers().size();   // 22
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param name     the file name or another label for messages
 * @param format   the format it was read as
 * @param text     the full decoded text of the file
 * @param notes    the notes in order of appearance
 * @param markers  the body markers in order of appearance
 * @param problems structural problems the extractor noticed
 * @param lines    line index of {@code text}
 */
@NullMarked
public record Document(String name, InputFormat format, String text, List<Note> notes, List<Marker> markers,
                       List<DocumentProblem> problems, LineIndex lines) {

    /** Validates and copies. */
    public Document {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
        notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
        markers = List.copyOf(Objects.requireNonNull(markers, "markers"));
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        Objects.requireNonNull(lines, "lines");
    }

    /** The position of a file offset. */
    public SourcePosition positionAt(int offset) {
        return lines.position(offset);
    }

    /** The position in the file of an offset into a note's text. */
    public SourcePosition positionIn(Note note, int textOffset) {
        return lines.position(note.textMap().toSource(textOffset));
    }
}

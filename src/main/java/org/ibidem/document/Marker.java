package org.ibidem.document;

import java.util.Objects;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A note reference in the body of a document: the {@code [14]} after a sentence.
 *
 * <pre>{@code
 * Marker m = doc.markers().get(13);
 * m.label();      // "14"
 * m.position();   // 38:512
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param label    the label as written ("14", "e", "smith")
 * @param number   the number, or 0 when the label is not numeric
 * @param position where the marker stands in the file
 * @param chapter  the chapter or section it stands in, or null
 */
@NullMarked
public record Marker(String label, int number, SourcePosition position, @Nullable String chapter) {

    /** Requires a label and a position. */
    public Marker {
        label = NoteLabels.shared(Objects.requireNonNull(label, "label"));
        Objects.requireNonNull(position, "position");
    }
}

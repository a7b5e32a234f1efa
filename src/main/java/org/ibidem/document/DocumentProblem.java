package org.ibidem.document;

import java.util.Objects;

/**
 * Something an extractor noticed about the document's structure that a reader should hear about, such as a
 * footnote block that is never closed. The {@code diagnostic} package turns these into diagnostics.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code     a stable kebab-case code
 * @param message  what is wrong, for a person
 * @param position where
 */
public record DocumentProblem(String code, String message, SourcePosition position) {

    /** Requires all parts. */
    public DocumentProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(position, "position");
    }
}

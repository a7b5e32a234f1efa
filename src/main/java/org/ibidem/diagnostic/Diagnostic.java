package org.ibidem.diagnostic;

import java.util.Objects;
import org.ibidem.document.SourcePosition;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * One finding about a document's notes: what is wrong, how much it matters, and where.
 *
 * <pre>{@code
 * Diagnostic d = analysis.diagnostics().get(0);
 * d.format("essay.txt");
 * // essay.txt:72:1: error[ibid-after-multiple]: note 15 says "Ibid." but note 14 cites 2 works
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param severity  how much it matters
 * @param code      a stable kebab-case code, e.g. {@code ibid-after-multiple}
 * @param noteIndex the note's order of appearance, from 1, or 0 when the finding is not about one note
 * @param note      the note's number or label as a reader sees it ("14"), or null
 * @param position  where it starts in the original file
 * @param end       where the offending text ends, or null when the finding points at one place
 * @param message   what is wrong, in one sentence, for a person
 */
@NullMarked
public record Diagnostic(Severity severity, String code, int noteIndex, @Nullable String note,
                         SourcePosition position, @Nullable SourcePosition end, String message) {

    /** Validates. */
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
    }

    /** This diagnostic with another severity. */
    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(newSeverity, code, noteIndex, note, position, end, message);
    }

    /** The compiler-style line: {@code FILE:LINE:COL: severity[code]: message}. */
    public String format(String file) {
        return file + ":" + position.line() + ":" + position.column() + ": " + severity.label() + "[" + code + "]: "
                + message;
    }
}

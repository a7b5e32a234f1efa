package org.ibidem.diagnostic;

import org.ibidem.document.Note;
import org.ibidem.document.SourcePosition;
import org.ibidem.document.TextSpan;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Where rules report what they find. The sink fills in the severity from the code's configuration and drops
 * findings whose code is switched off, so rules never look at configuration.
 *
 * <p>Not thread-safe: one sink serves one check of one document.
 */
@NullMarked
public interface DiagnosticSink {

    /** Reports a finding about a whole note, at the note's position. */
    void report(String code, Note note, String message);

    /** Reports a finding about part of a note's text (a span of {@link Note#text()}). */
    void report(String code, Note note, @Nullable TextSpan span, String message);

    /** Reports a finding at a place in the file that is not inside a note (a body marker). */
    void report(String code, SourcePosition position, String message);

    /** Reports a finding of a built-in code about a whole note. */
    default void report(BuiltInCode code, Note note, String message) {
        report(code.id(), note, message);
    }

    /** Reports a finding of a built-in code about part of a note's text. */
    default void report(BuiltInCode code, Note note, @Nullable TextSpan span, String message) {
        report(code.id(), note, span, message);
    }

    /** Reports a finding of a built-in code at a place in the file that is not inside a note. */
    default void report(BuiltInCode code, SourcePosition position, String message) {
        report(code.id(), position, message);
    }

    /** Whether findings of a built-in code are reported at all (see {@link #reports(String)}). */
    default boolean reports(BuiltInCode code) {
        return reports(code.id());
    }

    /**
     * Whether findings of the code are reported at all: for a rule whose one finding stands in for many of
     * another code's, which must come back when it is switched off.
     */
    default boolean reports(String code) {
        return true;
    }
}

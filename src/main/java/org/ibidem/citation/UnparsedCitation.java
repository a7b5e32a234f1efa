package org.ibidem.citation;

import java.util.Objects;
import java.util.Set;
import org.ibidem.document.TextSpan;
import org.ibidem.reference.Locator;
import org.jspecify.annotations.Nullable;

/**
 * Text in a note that looks like a citation but could not be read as one. It is kept whole, so that no note is
 * lost, and reported as a diagnostic; an "Ibid." after it has nothing certain to point at.
 *
 * <p>Immutable and thread-safe.
 *
 * @param reason why it could not be read, for a person
 * @param text   the text
 * @param span   where it stands in the note
 */
public record UnparsedCitation(String reason, String text, TextSpan span) implements Citation {

    /** Validates. */
    public UnparsedCitation {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    /** How the reason of a citation a parser rule failed on begins ({@link #internalError}). */
    public static final String INTERNAL_ERROR = "internal error: ";

    /**
     * The text a parser rule failed on (threw), kept whole so that the user loses nothing; the check reports it
     * as {@code internal-error}, a bug in the parser, not in the note.
     *
     * @param failure what the rule threw
     */
    public static UnparsedCitation internalError(RuntimeException failure, String text, TextSpan span) {
        return new UnparsedCitation(INTERNAL_ERROR + failure, text, span);
    }

    /** Whether a parser rule failed on this text ({@link #internalError}), rather than the text being unreadable. */
    public boolean isInternalError() {
        return reason.startsWith(INTERNAL_ERROR);
    }

    @Override
    public @Nullable Locator locator() {
        return null;
    }

    @Override
    public @Nullable String prefix() {
        return null;
    }

    @Override
    public @Nullable String suffix() {
        return null;
    }

    @Override
    public Set<StyleFlag> flags() {
        return Set.of();
    }

    @Override
    public CitationKind kind() {
        return CitationKind.UNPARSED;
    }
}

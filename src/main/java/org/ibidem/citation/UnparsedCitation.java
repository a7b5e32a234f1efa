package org.ibidem.citation;

import java.util.Objects;
import org.ibidem.document.TextSpan;
import org.ibidem.reference.Locator;

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

    @Override
    public Locator locator() {
        return null;
    }

    @Override
    public String prefix() {
        return null;
    }

    @Override
    public String suffix() {
        return null;
    }

    @Override
    public String kind() {
        return "unparsed";
    }
}

package org.ibidem.diagnostic;

import java.util.Objects;
import org.jspecify.annotations.NullMarked;

/**
 * A code a rule reports, with its default severity and a one-line summary for listings.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code            stable kebab-case code
 * @param defaultSeverity severity unless configured otherwise
 * @param summary         what it means, in one line
 */
@NullMarked
public record RuleCode(String code, Severity defaultSeverity, String summary) {

    /** Validates. */
    public RuleCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(summary, "summary");
        if (!code.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("Codes are kebab-case: " + code);
        }
    }
}

package org.ibidem.diagnostic;

import java.util.Locale;
import org.jspecify.annotations.NullMarked;

/**
 * How much a diagnostic matters. {@code ERROR} means a citation chain is broken: a reader cannot tell which work
 * a note means. {@code WARNING} means the chain holds but something is likely wrong. {@code INFO} is advice.
 *
 * <p>Immutable and thread-safe.
 */
@NullMarked
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case name used in output: "error", "warning", "info". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The severity with the given name, case-insensitively.
     *
     * @throws IllegalArgumentException listing the valid names
     */
    public static Severity fromLabel(String label) {
        for (Severity s : values()) {
            if (s.label().equalsIgnoreCase(label.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown severity '" + label + "'. Valid: error, warning, info, off");
    }
}

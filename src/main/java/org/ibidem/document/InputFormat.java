package org.ibidem.document;

import java.util.Locale;

/**
 * The formats Ibidem reads notes from.
 *
 * <p>Immutable and thread-safe.
 */
public enum InputFormat {
    /** Plain text with bracketed markers and a notes block. */
    TEXT;

    /**
     * The format with the given name, case-insensitively.
     *
     * @throws IllegalArgumentException listing the known names
     */
    public static InputFormat fromName(String name) {
        for (InputFormat f : values()) {
            if (f.name().equalsIgnoreCase(name.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("Unknown input format '" + name + "'. Supported formats: "
                + java.util.Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
    }
}

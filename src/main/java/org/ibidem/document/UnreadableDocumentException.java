package org.ibidem.document;

import java.util.Objects;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A document that cannot be read at all: missing, a directory, unreadable, binary, or a Word file whose notes
 * cannot be read. Content that is merely odd never throws; it becomes diagnostics.
 *
 * <p>The message is one line, meant to be shown to a user as it is; {@link #code()} is the stable diagnostic
 * code a linter reports it under ({@code unreadable-file}, or {@code unreadable-docx} for a .docx).
 */
@NullMarked
public final class UnreadableDocumentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The code of a file that cannot be read: missing, a directory, not permitted, binary. */
    public static final String UNREADABLE_FILE = "unreadable-file";
    /** The code of a .docx whose notes cannot be read: not a zip, damaged, or refused as unsafe. */
    public static final String UNREADABLE_DOCX = "unreadable-docx";

    private final String code;

    /** An exception with a one-line message, under the code {@code unreadable-file}. */
    public UnreadableDocumentException(String message) {
        this(UNREADABLE_FILE, message, null);
    }

    /** An exception with a one-line message and its cause, under the code {@code unreadable-file}. */
    public UnreadableDocumentException(String message, @Nullable Throwable cause) {
        this(UNREADABLE_FILE, message, cause);
    }

    /** An exception with a diagnostic code, a one-line message and its cause (or null). */
    public UnreadableDocumentException(String code, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The stable code this failure is reported under: {@code unreadable-file} or {@code unreadable-docx}. */
    public String code() {
        return code;
    }
}

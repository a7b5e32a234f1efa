package org.ibidem.document;

/**
 * A document that cannot be read at all: missing, a directory, unreadable, or binary. Content that is merely
 * odd never throws; it becomes diagnostics.
 *
 * <p>The message is one line, meant to be shown to a user as it is.
 */
public final class UnreadableDocumentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with a one-line message. */
    public UnreadableDocumentException(String message) {
        super(message);
    }

    /** An exception with a one-line message and its cause. */
    public UnreadableDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}

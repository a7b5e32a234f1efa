package org.ibidem.diagnostic;

import java.util.List;
import org.ibidem.document.UnreadableDocumentException;

/**
 * The codes of documents that cannot be read at all. No chain rule reports them: reading throws an
 * {@link UnreadableDocumentException} carrying one, and a linter that goes on to the next file reports it as a
 * finding. They are listed here so that they can be listed, configured and looked up like every other code.
 *
 * <pre>{@code
 * ReadingCodes.all();   // unreadable-file, unreadable-docx
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class ReadingCodes {

    private static final List<RuleCode> ALL = List.of(
            new RuleCode(UnreadableDocumentException.UNREADABLE_FILE, Severity.ERROR,
                    "a file cannot be read: missing, a directory, not permitted, or binary"),
            new RuleCode(UnreadableDocumentException.UNREADABLE_DOCX, Severity.ERROR,
                    "a Word .docx file whose notes cannot be read: damaged, not a Word document, or unsafe"));

    private ReadingCodes() {
    }

    /** Every code of a document that cannot be read. */
    public static List<RuleCode> all() {
        return ALL;
    }
}

package org.ibidem.diagnostic.rules;

import org.ibidem.citation.StyleFlag;
import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.DiagnosticSink;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;

/**
 * Two authors joined by a comma; Chicago writes "A and B" (CMOS 14.76).
 *
 * <p>Stateless and thread-safe.
 */
final class AuthorsJoinedByCommaRule extends CitationRule {

    AuthorsJoinedByCommaRule() {
        super(BuiltInCode.AUTHORS_JOINED_BY_COMMA);
    }

    @Override
    void check(CheckContext context, ResolvedNote note, ResolvedCitation rc, DiagnosticSink sink) {
        if (rc.citation().flags().contains(StyleFlag.AUTHORS_JOINED_BY_COMMA)) {
            sink.report(code(), note.note(), rc.citation().span(), "note " + note.note().displayName()
                    + " joins its authors with a comma; Chicago writes \"A and B\"");
        }
    }
}

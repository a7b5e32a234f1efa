package org.ibidem.diagnostic.rules;

import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.DiagnosticSink;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;

/**
 * CMOS 14.30: a short title has no more than four words, leaving out a leading article. Off by default.
 *
 * <p>Stateless and thread-safe.
 */
final class ShortTitleTooLongRule extends CitationRule {

    ShortTitleTooLongRule() {
        super(BuiltInCode.SHORT_TITLE_TOO_LONG);
    }

    @Override
    void check(CheckContext context, ResolvedNote note, ResolvedCitation rc, DiagnosticSink sink) {
        String title = Texts.shortTitle(rc);
        if (title == null) {
            return;
        }
        String[] words = title.strip().split("\\s+");
        int count = words.length;
        if (count > 0 && words[0].matches("(?i)the|a|an")) {
            count--;
        }
        if (count > 4) {
            sink.report(code(), note.note(), Texts.focus(rc.citation()), "note " + note.note().displayName()
                    + " repeats a title of " + count + " words; Chicago shortens it to four or fewer");
        }
    }
}

package org.ibidem.diagnostic.rules;

import org.ibidem.citation.Citation;
import org.ibidem.citation.StyleFlag;
import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.DiagnosticSink;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;
import org.ibidem.document.TextSpan;

/**
 * A note that ends in a comma (or an opening quote or colon) has lost its end: a URL or a page. The parser
 * records it as {@link StyleFlag#CUT_OFF}.
 *
 * <p>Stateless and thread-safe.
 */
final class NoteCutOffRule extends CitationRule {

    NoteCutOffRule() {
        super(BuiltInCode.NOTE_CUT_OFF);
    }

    @Override
    void check(CheckContext context, ResolvedNote note, ResolvedCitation rc, DiagnosticSink sink) {
        Citation c = rc.citation();
        if (c.flags().contains(StyleFlag.CUT_OFF)) {
            sink.report(code(), note.note(), new TextSpan(Math.max(0, c.span().end() - 1), c.span().end()),
                    "note " + note.note().displayName() + " ends in \"" + c.text().charAt(c.text().length() - 1)
                            + "\": it looks cut off (a URL or page missing?)");
        }
    }
}

package org.ibidem.diagnostic;

import java.util.List;
import org.ibidem.citation.UnparsedCitation;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;

/**
 * Text that could not be read: a citation the parser could not make sense of (kept whole in the output), and
 * structural problems the extractor found (a footnote block never closed, a LaTeX citation by key).
 *
 * <p>Stateless and thread-safe.
 */
final class ParseRules implements ChainRule {

    @Override
    public List<RuleCode> codes() {
        return List.of(
                new RuleCode("unparsed-citation", Severity.WARNING, "a citation could not be read"),
                new RuleCode("internal-error", Severity.ERROR,
                        "a parser rule failed on a note (a bug in Ibidem): the note is kept, unparsed"),
                new RuleCode("unclosed-footnote", Severity.WARNING, "a footnote block is never closed"),
                new RuleCode("citation-key", Severity.WARNING,
                        "a LaTeX note cites by BibTeX key (\\cite, \\footcite): kept as the key, not checked"));
    }

    @Override
    public void check(CheckContext context, DiagnosticSink sink) {
        for (ResolvedNote note : context.notes()) {
            for (ResolvedCitation rc : note.citations()) {
                if (rc.citation() instanceof UnparsedCitation u && u.isInternalError()) {
                    sink.report("internal-error", note.note(), u.span(),
                            "note " + note.note().displayName() + ": a parser rule failed on \"" + abbreviate(u.text())
                                    + "\" (" + u.reason().substring(UnparsedCitation.INTERNAL_ERROR.length())
                                    + "); the note is kept unparsed. This is a bug in Ibidem: please report it");
                } else if (rc.citation() instanceof UnparsedCitation u) {
                    sink.report("unparsed-citation", note.note(), u.span(),
                            "note " + note.note().displayName() + ": could not read \"" + abbreviate(u.text())
                                    + "\" as a citation (" + u.reason() + ")");
                }
            }
        }
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "(untitled)"; // a work read without a title still gets a readable message
        }
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}

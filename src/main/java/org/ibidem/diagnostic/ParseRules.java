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
                new RuleCode("unclosed-footnote", Severity.WARNING, "a footnote block is never closed"),
                new RuleCode("citation-key", Severity.WARNING,
                        "a LaTeX note cites by BibTeX key (\\cite, \\footcite): kept as the key, not checked"),
                new RuleCode("no-notes-found", Severity.WARNING,
                        "a document that is not blank yields no note: what was tried, and the --from that finds notes"),
                new RuleCode("format-fallback", Severity.INFO,
                        "the format the file's name or content shows found no note; another reading did and was used"));
    }

    @Override
    public void check(CheckContext context, DiagnosticSink sink) {
        for (ResolvedNote note : context.notes()) {
            for (ResolvedCitation rc : note.citations()) {
                if (rc.citation() instanceof UnparsedCitation u) {
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

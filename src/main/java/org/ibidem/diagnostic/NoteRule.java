package org.ibidem.diagnostic;

import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;
import org.jspecify.annotations.NullMarked;

/**
 * A rule that looks at a document one note and one citation at a time. {@link ChainValidator} walks the notes
 * once for all such rules, handing each note and each of its citations to the {@link NoteChecker} every rule
 * started for the document, then tells each checker the document is done.
 *
 * <pre>{@code
 * NoteRule noUrls = new NoteRule() {
 *     public List<RuleCode> codes() {
 *         return List.of(new RuleCode("no-urls", Severity.WARNING, "a note gives a URL"));
 *     }
 *     public NoteChecker start(CheckContext context, DiagnosticSink sink) {
 *         return new NoteChecker() {
 *             public void note(ResolvedNote n) {
 *                 if (n.note().text().contains("http")) {
 *                     sink.report("no-urls", n.note(), "note gives a URL");
 *                 }
 *             }
 *         };
 *     }
 * };
 * }</pre>
 *
 * <p>The rule itself must be stateless and thread-safe; what it remembers from note to note lives in the checker,
 * which serves one check of one document.
 */
@NullMarked
public interface NoteRule extends ChainRule {

    /**
     * Starts the check of one document: the checker that will see its notes and citations, in order, and
     * report to the sink. Must not throw on any content.
     */
    NoteChecker start(CheckContext context, DiagnosticSink sink);

    /** Runs this rule alone over a document, walking its notes as the validator would. */
    @Override
    default void check(CheckContext context, DiagnosticSink sink) {
        NoteChecker checker = start(context, sink);
        for (ResolvedNote note : context.notes()) {
            checker.note(note);
            for (ResolvedCitation citation : note.citations()) {
                checker.citation(note, citation);
            }
        }
        checker.finish();
    }
}

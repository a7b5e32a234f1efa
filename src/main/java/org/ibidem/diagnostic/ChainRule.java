package org.ibidem.diagnostic;

import java.util.List;
import org.jspecify.annotations.NullMarked;

/**
 * One check over a document's resolved notes. Rules are small and independent; {@link ChainValidator} runs them
 * all and applies the configuration (disabled codes, changed severities). A rule that looks at one note or citation
 * at a time implements {@link NoteRule} instead, and the validator walks the notes once for all such rules; the
 * built-in rules, one class per code of {@link BuiltInCode}, are of both kinds.
 *
 * <p>A library user adds a rule of their own by implementing this interface and registering it in
 * {@link CheckOptions}:
 * <pre>{@code
 * ChainRule noUrls = new ChainRule() {
 *     public List<RuleCode> codes() {
 *         return List.of(new RuleCode("no-urls", Severity.WARNING, "a note gives a URL"));
 *     }
 *     public void check(CheckContext context, DiagnosticSink sink) {
 *         for (ResolvedNote n : context.notes()) {
 *             if (n.note().text().contains("http")) {
 *                 sink.report("no-urls", n.note(), "note gives a URL");
 *             }
 *         }
 *     }
 * };
 * CheckOptions options = CheckOptions.defaults().withRule(noUrls);
 * }</pre>
 *
 * <p>Implementations must be stateless and thread-safe: one instance checks many documents, possibly at once.
 */
@NullMarked
public interface ChainRule {

    /** The codes this rule may report. */
    List<RuleCode> codes();

    /** Checks a document, reporting each finding to the sink. Must not throw on any content. */
    void check(CheckContext context, DiagnosticSink sink);
}

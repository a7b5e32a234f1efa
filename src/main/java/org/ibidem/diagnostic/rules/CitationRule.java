package org.ibidem.diagnostic.rules;

import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.DiagnosticSink;
import org.ibidem.diagnostic.NoteChecker;
import org.ibidem.diagnostic.NoteRule;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;

/**
 * A built-in rule that judges each citation on its own, remembering nothing between them.
 *
 * <p>Stateless and thread-safe.
 */
abstract class CitationRule extends SingleCodeRule implements NoteRule {

    /** The checker of a rule whose code is switched off: it sees nothing. */
    static final NoteChecker NOTHING = new NoteChecker() {
    };

    CitationRule(BuiltInCode code) {
        super(code);
    }

    @Override
    public final NoteChecker start(CheckContext context, DiagnosticSink sink) {
        if (!sink.reports(code())) {
            return NOTHING;
        }
        return new NoteChecker() {
            @Override
            public void citation(ResolvedNote note, ResolvedCitation citation) {
                check(context, note, citation, sink);
            }
        };
    }

    /** Checks one citation of a note, reporting what it finds to the sink. */
    abstract void check(CheckContext context, ResolvedNote note, ResolvedCitation citation, DiagnosticSink sink);
}

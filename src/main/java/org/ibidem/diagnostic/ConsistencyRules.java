package org.ibidem.diagnostic;

import java.util.List;
import org.ibidem.citation.FullCitation;
import org.ibidem.resolution.ResolutionStatus;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;

/**
 * Consistency between citations of the same work. Chicago gives a work in full once and shortens it after
 * (CMOS 14.29); a second full citation is advice, not an error, since some editors repeat it per chapter.
 *
 * <p>Stateless and thread-safe.
 */
final class ConsistencyRules implements ChainRule {

    @Override
    public List<RuleCode> codes() {
        return List.of(new RuleCode("repeated-full-citation", Severity.INFO,
                "a work is given in full again; shorten it after the first time"));
    }

    @Override
    public void check(CheckContext context, DiagnosticSink sink) {
        for (ResolvedNote note : context.notes()) {
            for (ResolvedCitation rc : note.citations()) {
                if (rc.status() == ResolutionStatus.REPEATED && rc.citation() instanceof FullCitation f) {
                    String first = context.note(rc.antecedent()).note().displayName();
                    boolean sameChapter = java.util.Objects.equals(note.note().chapter(),
                            context.note(rc.antecedent()).note().chapter());
                    if (sameChapter) {
                        sink.report("repeated-full-citation", note.note(), f.span(), "note "
                                + note.note().displayName() + " gives in full a work already given in note " + first
                                + "; use the short form");
                    }
                }
            }
        }
    }
}

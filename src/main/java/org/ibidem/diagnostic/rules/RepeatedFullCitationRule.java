package org.ibidem.diagnostic.rules;

import java.util.Objects;
import org.ibidem.citation.CitationKind;
import org.ibidem.citation.FullCitation;
import org.ibidem.citation.StyleFlag;
import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.DiagnosticSink;
import org.ibidem.document.Note;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;
import org.ibidem.resolution.ResolutionStatus;

/**
 * A work given in full again in the same chapter: Chicago gives a work in full once and shortens it after
 * (CMOS 14.29). Advice only, since some editors repeat it. A canonical reference ("Gen. 3:16") is given in the
 * same form every time.
 *
 * <p>Stateless and thread-safe.
 */
final class RepeatedFullCitationRule extends CitationRule {

    RepeatedFullCitationRule() {
        super(BuiltInCode.REPEATED_FULL_CITATION);
    }

    @Override
    void check(CheckContext context, ResolvedNote note, ResolvedCitation rc, DiagnosticSink sink) {
        if (rc.kind() != CitationKind.FULL || !(rc.citation() instanceof FullCitation f)
                || rc.status() != ResolutionStatus.REPEATED
                || f.flags().contains(StyleFlag.CANONICAL_REFERENCE)) {
            return;
        }
        Note first = rc.antecedent();
        if (first != null && Objects.equals(note.note().chapter(), first.chapter())) {
            sink.report(code(), note.note(), f.span(), "note " + note.note().displayName()
                    + " gives in full a work already given in note " + first.displayName()
                    + "; use the short form");
        }
    }
}

package org.ibidem.diagnostic.rules;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.DiagnosticSink;
import org.ibidem.document.Marker;

/**
 * Body markers must come in numeric order within a run (a new chapter, or a return to 1 after a higher number,
 * starts a new one). A marker used again for a note already marked is not out of order. Only numeric labels are
 * checked.
 *
 * <p>Stateless and thread-safe.
 */
final class MarkersOutOfOrderRule extends SingleCodeRule {

    MarkersOutOfOrderRule() {
        super(BuiltInCode.MARKERS_OUT_OF_ORDER);
    }

    @Override
    public void check(CheckContext context, DiagnosticSink sink) {
        Marker previous = null;
        Set<Integer> seen = new HashSet<>();
        for (Marker m : context.document().markers()) {
            if (m.number() <= 0) {
                continue;
            }
            boolean restart = previous == null || !Objects.equals(previous.chapter(), m.chapter())
                    || (m.number() == 1 && previous.number() > 1);
            if (restart) {
                seen.clear();
            } else if (m.number() < previous.number() && !seen.contains(m.number())) {
                sink.report(code(), m.position(), "marker [" + m.label() + "] comes after marker ["
                        + previous.label() + "]: markers should be numbered in reading order");
            }
            seen.add(m.number());
            previous = m;
        }
    }
}

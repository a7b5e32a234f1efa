package org.ibidem.diagnostic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ibidem.document.Marker;
import org.ibidem.document.Note;

/**
 * Body markers against notes: a marker must have a note, a note a marker, and a marker is used once.
 *
 * <p>A marker belongs to the first note with its label that comes after it in the file: endnotes at the end of a
 * chapter, or footnote blocks after each paragraph. A document without any marker (notes given alone, as in a
 * list of notes) is not checked for missing markers.
 *
 * <p>Stateless and thread-safe.
 */
final class MarkerRules implements ChainRule {

    @Override
    public List<RuleCode> codes() {
        return List.of(
                new RuleCode("marker-without-note", Severity.ERROR, "a body marker has no note"),
                new RuleCode("note-without-marker", Severity.WARNING, "a note has no marker in the body"),
                new RuleCode("duplicate-marker", Severity.WARNING, "two body markers point at the same note"));
    }

    @Override
    public void check(CheckContext context, DiagnosticSink sink) {
        List<Marker> markers = context.document().markers();
        List<Note> notes = context.document().notes();
        if (markers.isEmpty()) {
            return;
        }
        // Notes by label, in file order, so each marker finds the first note after it in O(log n).
        Map<String, List<Note>> byLabel = new HashMap<>();
        for (Note n : notes) {
            byLabel.computeIfAbsent(n.label(), k -> new ArrayList<>()).add(n);
        }
        Map<Note, Marker> firstMarker = new HashMap<>();
        for (Marker m : markers) {
            Note target = firstAfter(byLabel.get(m.label()), m.position().offset());
            if (target == null) {
                sink.report("marker-without-note", m.position(), "marker [" + m.label() + "] has no note "
                        + m.label() + " after it");
                continue;
            }
            Marker earlier = firstMarker.putIfAbsent(target, m);
            if (earlier != null) {
                sink.report("duplicate-marker", m.position(), "marker [" + m.label() + "] is used again (first at "
                        + earlier.position() + "); note " + target.displayName() + " can have only one marker");
            }
        }
        for (Note n : notes) {
            if (!firstMarker.containsKey(n)) {
                sink.report("note-without-marker", n, "note " + n.displayName() + " has no marker in the text");
            }
        }
    }

    private static Note firstAfter(List<Note> candidates, int offset) {
        if (candidates == null) {
            return null;
        }
        int lo = 0;
        int hi = candidates.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (candidates.get(mid).position().offset() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < candidates.size() ? Objects.requireNonNull(candidates.get(lo)) : null;
    }
}

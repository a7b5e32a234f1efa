package org.ibidem.diagnostic.rules;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.DiagnosticSink;
import org.ibidem.document.Document;
import org.ibidem.document.Marker;
import org.ibidem.document.Note;
import org.ibidem.document.SourcePosition;
import org.ibidem.document.TextSpan;

/**
 * Pairs body markers with notes, for the three rules that judge the pairing ({@code marker-without-note},
 * {@code note-without-marker}, {@code duplicate-marker}): a marker must have a note, a note a marker, and a
 * marker is used once.
 *
 * <p>A marker belongs to the first note with its label that comes after it in the file: endnotes at the end of a
 * chapter, or footnote blocks after each paragraph. Markers first take the notes of the run of notes that follows
 * them (notes with no marker between them), so that where numbering restarts on every page a marker whose block
 * of notes lacks its label is reported as having no note, not as a second marker of a later note. A document
 * without any marker (notes given alone, as in a list of notes) is not checked for missing markers.
 *
 * <p>Thread-safe: it remembers only the findings of the last document paired, immutable, behind a volatile
 * weak reference.
 */
final class MarkerPairing {

    private MarkerPairing() {
    }

    /**
     * The findings of the document last paired. The three rules ask in turn about the same document; a weak
     * reference, so that it never keeps a document alive, and at worst a document is paired again.
     */
    private static volatile WeakReference<Paired> last = new WeakReference<>(null);

    /** Reports the findings of the code {@code only} about the document's markers and notes, in file order. */
    static void report(CheckContext context, BuiltInCode only, DiagnosticSink sink) {
        Document document = context.document();
        Paired paired = last.get();
        if (paired == null || paired.document().get() != document) {
            Recorder recorder = new Recorder();
            pair(document, recorder);
            paired = new Paired(new WeakReference<>(document), List.copyOf(recorder.found));
            last = new WeakReference<>(paired);
        }
        for (Finding f : paired.findings()) {
            if (f.code() != only) {
                continue;
            }
            if (f.note() != null) {
                sink.report(f.code(), f.note(), f.message());
            } else {
                sink.report(f.code(), f.position(), f.message());
            }
        }
    }

    /** Pairs the document's markers with its notes, reporting every finding of the three codes. */
    private static void pair(Document document, DiagnosticSink sink) {
        List<Marker> markers = document.markers();
        List<Note> notes = document.notes();
        if (markers.isEmpty()) {
            return;
        }
        // Notes by label, in file order, so each marker finds the first note after it in O(log n).
        Map<String, List<Note>> byLabel = new HashMap<>();
        for (Note n : notes) {
            byLabel.computeIfAbsent(n.label(), k -> new ArrayList<>()).add(n);
        }
        int[] run = runs(markers, notes);
        // A marker takes the note with its label in the run of notes that follows it first; only then do the
        // others take the first note with their label further on. Where numbering restarts on every page, a
        // marker whose own run lacks its label has no note: the next note of that label belongs to a later
        // marker, of which it is not a second marker.
        // By identity: a note is one object per document, and hashing the whole record (its text, its emphasis)
        // would cost more than the rule.
        Map<Note, Marker> firstMarker = new IdentityHashMap<>();
        List<Marker> later = new ArrayList<>();
        for (Marker m : markers) {
            Note target = firstAfter(byLabel.get(m.label()), m.position().offset());
            Note first = firstAfter(notes, m.position().offset());
            if (target != null && run[target.index() - 1] == run[first.index() - 1]) {
                claim(target, m, firstMarker, sink);
            } else {
                later.add(m);
            }
        }
        for (Marker m : later) {
            Note target = firstAfter(byLabel.get(m.label()), m.position().offset());
            if (target == null) {
                sink.report(BuiltInCode.MARKER_WITHOUT_NOTE, m.position(), "marker [" + m.label() + "] has no note "
                        + m.label() + " after it");
            } else if (firstMarker.containsKey(target)) {
                Note first = Objects.requireNonNull(firstAfter(notes, m.position().offset()));
                sink.report(BuiltInCode.MARKER_WITHOUT_NOTE, m.position(), "marker [" + m.label() + "] has no note "
                        + m.label() + " in the notes that follow it (from " + first.position() + "); note "
                        + target.displayName() + " at " + target.position() + " has its own marker");
            } else {
                claim(target, m, firstMarker, sink);
            }
        }
        for (Note n : notes) {
            if (!firstMarker.containsKey(n)) {
                sink.report(BuiltInCode.NOTE_WITHOUT_MARKER, n, "note " + n.displayName()
                        + " has no marker in the text");
            }
        }
    }

    private static void claim(Note target, Marker m, Map<Note, Marker> firstMarker, DiagnosticSink sink) {
        Marker earlier = firstMarker.putIfAbsent(target, m);
        if (earlier != null) {
            sink.report(BuiltInCode.DUPLICATE_MARKER, m.position(), "marker [" + m.label()
                    + "] is used again (first at "
                    + earlier.position() + "); note " + target.displayName() + " can have only one marker");
        }
    }

    /**
     * For each note (by index - 1), the number of its run: notes that follow one another in the file with no
     * marker between them (the block of footnotes after a paragraph, or all the endnotes of a chapter).
     */
    private static int[] runs(List<Marker> markers, List<Note> notes) {
        int[] run = new int[notes.size()];
        int m = 0;
        int current = 0;
        int previous = Integer.MIN_VALUE;
        for (int i = 0; i < notes.size(); i++) {
            int offset = notes.get(i).position().offset();
            boolean markerBetween = false;
            while (m < markers.size() && markers.get(m).position().offset() < offset) {
                markerBetween |= markers.get(m).position().offset() > previous;
                m++;
            }
            if (markerBetween && i > 0) {
                current++;
            }
            run[i] = current;
            previous = offset;
        }
        return run;
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

    private record Paired(WeakReference<Document> document, List<Finding> findings) {
    }

    /** A finding about a note ({@code note} set) or about a marker (at {@code position}). */
    private record Finding(BuiltInCode code, Note note, SourcePosition position, String message) {
    }

    /** Keeps the findings of one pairing, in the order they are made. */
    private static final class Recorder implements DiagnosticSink {
        private final List<Finding> found = new ArrayList<>();

        @Override
        public void report(String code, Note note, String message) {
            found.add(new Finding(BuiltInCode.byId(code), note, null, message));
        }

        @Override
        public void report(String code, Note note, TextSpan span, String message) {
            throw new AssertionError("markers are paired with whole notes");
        }

        @Override
        public void report(String code, SourcePosition position, String message) {
            found.add(new Finding(BuiltInCode.byId(code), null, position, message));
        }
    }
}

package org.ibidem.diagnostic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.ibidem.document.Marker;
import org.ibidem.document.Note;

/**
 * The numbering of notes and markers. Notes run 1, 2, 3… within a chapter; a return to 1 starts a new run
 * (footnotes that restart on every page, or a new chapter). Within a run a number must not repeat or skip, and
 * body markers must come in order. A restart with no chapter heading before it is reported as information only,
 * since many printed books restart footnotes on each page.
 *
 * <p>Only numeric labels are checked; lettered and named notes have no order to keep.
 *
 * <p>Stateless and thread-safe.
 */
final class NumberingRules implements ChainRule {

    @Override
    public List<RuleCode> codes() {
        return List.of(
                new RuleCode("duplicate-note-number", Severity.ERROR, "two notes in a row have the same number"),
                new RuleCode("note-numbering-gap", Severity.WARNING, "note numbers skip or go back"),
                new RuleCode("markers-out-of-order", Severity.WARNING, "body markers are not in numeric order"),
                new RuleCode("numbering-restart", Severity.INFO,
                        "note numbering restarts at 1 where no chapter starts"));
    }

    @Override
    public void check(CheckContext context, DiagnosticSink sink) {
        checkNotes(context.document().notes(), sink);
        checkMarkers(context.document().markers(), sink);
    }

    /** From this many restarts on, one finding for them all: footnotes numbered page by page. */
    static final int RESTARTS_SUMMARISED = 3;

    private static void checkNotes(List<Note> notes, DiagnosticSink sink) {
        Note previous = null;
        List<Note> restarts = new ArrayList<>();
        List<Integer> before = new ArrayList<>();
        for (Note n : notes) {
            if (n.number() <= 0) {
                continue;
            }
            boolean newChapter = previous != null && !Objects.equals(previous.chapter(), n.chapter());
            // A note numbered 1 always opens a run: a chapter, or a page of footnotes (even a page with one note).
            if (previous == null || newChapter || n.number() == 1) {
                if (previous != null && !newChapter) {
                    restarts.add(n);
                    before.add(previous.number());
                }
            } else if (n.number() == previous.number()) {
                sink.report("duplicate-note-number", n, "note " + n.number() + " follows a note with the same"
                        + " number");
            } else if (n.number() != previous.number() + 1) {
                sink.report("note-numbering-gap", n, n.number() > previous.number()
                        ? "note " + n.number() + " follows note " + previous.number() + ": "
                                + missing(previous.number(), n.number()) + " missing"
                        : "note numbering goes back from " + previous.number() + " to " + n.number());
            }
            previous = n;
        }
        if (restarts.size() >= RESTARTS_SUMMARISED) {
            sink.report("numbering-restart", restarts.get(0), "note numbering restarts at 1 in " + restarts.size()
                    + " places where no chapter heading starts (after notes " + before.stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")) + "): footnotes numbered page by page, as printed books and"
                    + " their text copies do; an ibid may cross such a restart");
        } else {
            for (int i = 0; i < restarts.size(); i++) {
                sink.report("numbering-restart", restarts.get(i), "note numbering restarts at 1 after note "
                        + before.get(i) + " where no chapter heading starts");
            }
        }
    }

    private static void checkMarkers(List<Marker> markers, DiagnosticSink sink) {
        Marker previous = null;
        Set<Integer> seen = new HashSet<>();
        for (Marker m : markers) {
            if (m.number() <= 0) {
                continue;
            }
            boolean restart = previous == null || !Objects.equals(previous.chapter(), m.chapter())
                    || (m.number() == 1 && previous.number() > 1);
            if (restart) {
                seen.clear();
            } else if (m.number() < previous.number() && !seen.contains(m.number())) {
                sink.report("markers-out-of-order", m.position(), "marker [" + m.label() + "] comes after marker ["
                        + previous.label() + "]: markers should be numbered in reading order");
            }
            seen.add(m.number());
            previous = m;
        }
    }

    private static String missing(int from, int to) {
        return to - from == 2 ? "note " + (from + 1) + " is" : "notes " + (from + 1) + "–" + (to - 1) + " are";
    }
}

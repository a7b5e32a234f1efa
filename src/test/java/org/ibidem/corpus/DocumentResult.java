package org.ibidem.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ibidem.Analysis;
import org.ibidem.citation.CitationKind;
import org.ibidem.reference.Locator;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;

/**
 * One corpus document analysed and lined up with what a reader expects: for every note, which parsed citation
 * answers which expected one, and which work each parsed citation points at, named the way the expected file
 * names works (the note and citation that first give it in full).
 *
 * <p>Within a note, parsed and expected citations are paired in order when there are as many of each;
 * otherwise by the best order-preserving pairing (kind, locator and title words agreeing), so that one citation
 * missed or split in two does not shift every other one.
 */
final class DocumentResult {

    final CorpusDocuments.Entry entry;
    final Analysis analysis;
    private final Map<Integer, ResolvedNote> actualNotes = new HashMap<>();
    /** Per note number: for each parsed citation, the index of the expected citation it answers, or -1. */
    private final Map<Integer, int[]> alignment = new HashMap<>();
    private final Map<String, Expected.Target> firstFull = new HashMap<>();

    DocumentResult(CorpusDocuments.Entry entry, Analysis analysis) {
        this.entry = Objects.requireNonNull(entry);
        this.analysis = Objects.requireNonNull(analysis);
        for (ResolvedNote n : analysis.notes()) {
            actualNotes.put(n.note().index(), n);
        }
        for (ResolvedNote n : analysis.notes()) {
            int number = n.note().index();
            Expected.Note expected = entry.expected().note(number);
            alignment.put(number, align(expected == null ? List.of() : expected.citations(), n.citations()));
        }
        for (ResolvedNote n : analysis.notes()) {
            List<ResolvedCitation> cs = n.citations();
            for (int i = 0; i < cs.size(); i++) {
                ResolvedCitation rc = cs.get(i);
                if (rc.kind() == CitationKind.FULL && rc.sourceId() != null
                        && !firstFull.containsKey(rc.sourceId())) {
                    int number = n.note().index();
                    firstFull.put(rc.sourceId(), new Expected.Target(number, alignment.get(number)[i]));
                }
            }
        }
    }

    @Override
    public String toString() {
        return entry.expected().name();
    }

    Expected.Document expected() {
        return entry.expected();
    }

    /** The parsed citations of a note, or an empty list when the note was not found. */
    List<ResolvedCitation> actual(int note) {
        ResolvedNote n = actualNotes.get(note);
        return n == null ? List.of() : n.citations();
    }

    /** The note's text as extracted, or null. */
    String text(int note) {
        ResolvedNote n = actualNotes.get(note);
        return n == null ? null : n.note().text();
    }

    int notesFound() {
        return actualNotes.size();
    }

    /** The parsed citation paired with expected citation {@code k} of a note, or null. */
    ResolvedCitation pairedWith(int note, int k) {
        int[] a = alignment.get(note);
        if (a == null) {
            return null;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] == k) {
                return actual(note).get(i);
            }
        }
        return null;
    }

    /** Whether parsed citation {@code i} of a note answers no expected citation. */
    boolean unpaired(int note, int i) {
        int[] a = alignment.get(note);
        return a == null || a[i] < 0;
    }

    /** The work a parsed citation points at, named by its first full citation; null when it points at none. */
    Expected.Target target(ResolvedCitation rc) {
        return rc.sourceId() == null ? null : firstFull.get(rc.sourceId());
    }

    /** The chain as the expected file states it, for some notes: "note 5: ibid → 4". */
    List<String> expectedChain(Iterable<Integer> notes) {
        List<String> lines = new ArrayList<>();
        for (int number : notes) {
            Expected.Note n = expected().note(number);
            List<String> parts = new ArrayList<>();
            for (Expected.Citation c : n.citations()) {
                parts.add(c.kind() + " → " + expected().render(c.target()));
            }
            lines.add(line(number, parts));
        }
        return lines;
    }

    /** The chain as Ibidem reads it, for the same notes. */
    List<String> actualChain(Iterable<Integer> notes) {
        List<String> lines = new ArrayList<>();
        for (int number : notes) {
            List<String> parts = new ArrayList<>();
            for (ResolvedCitation rc : actual(number)) {
                parts.add(rc.kind().jsonName() + " → " + expected().render(target(rc)));
            }
            lines.add(line(number, parts));
        }
        return lines;
    }

    private static String line(int number, List<String> parts) {
        return "note " + number + ": " + (parts.isEmpty() ? "(commentary)" : String.join(", ", parts));
    }

    private static int[] align(List<Expected.Citation> expected, List<ResolvedCitation> actual) {
        int n = actual.size();
        int m = expected.size();
        int[] out = new int[n];
        if (n == m) {
            for (int i = 0; i < n; i++) {
                out[i] = i;
            }
            return out;
        }
        // Order-preserving pairing with the greatest total similarity (Needleman–Wunsch, gaps free).
        double[][] best = new double[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                double pair = best[i - 1][j - 1] + similarity(expected.get(j - 1), actual.get(i - 1));
                best[i][j] = Math.max(pair, Math.max(best[i - 1][j], best[i][j - 1]));
            }
        }
        Arrays.fill(out, -1);
        int i = n;
        int j = m;
        while (i > 0 && j > 0) {
            double pair = best[i - 1][j - 1] + similarity(expected.get(j - 1), actual.get(i - 1));
            if (best[i][j] == pair) {
                out[i - 1] = j - 1;
                i--;
                j--;
            } else if (best[i][j] == best[i - 1][j]) {
                i--;
            } else {
                j--;
            }
        }
        return out;
    }

    private static double similarity(Expected.Citation e, ResolvedCitation a) {
        double s = 0.5;
        if (a.kind().jsonName().equals(e.kind())) {
            s += 1;
        }
        Locator l = a.locator();
        if (e.locator() != null && l != null && FieldValues.fold(e.locator()).equals(FieldValues.fold(l.value()))) {
            s += 1;
        }
        if (a.kind() == CitationKind.FULL && e.csl().containsKey("title")) {
            s += 2 * overlap(FieldValues.display("title", e.csl().get("title")), a.work().title());
        }
        return s;
    }

    private static double overlap(String a, String b) {
        if (b == null) {
            return 0;
        }
        Set<String> x = new HashSet<>(List.of(FieldValues.fold(a).split("\\W+")));
        Set<String> y = new HashSet<>(List.of(FieldValues.fold(b).split("\\W+")));
        int union = x.size() + y.size();
        x.retainAll(y);
        return union == 0 ? 0 : 2.0 * x.size() / union;
    }
}

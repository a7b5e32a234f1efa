package org.ibidem.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ibidem.citation.CitationKind;
import org.ibidem.reference.Locator;
import org.ibidem.resolution.ResolvedCitation;

/**
 * Field-level precision, recall and F1, citation kind accuracy and chain accuracy over corpus documents, with
 * every disagreement kept for the report.
 *
 * <ul>
 *   <li>A field is <b>expected</b> when the reader's sidecar gives it, <b>produced</b> when the parsed full
 *       citation has it, and <b>correct</b> when both agree after folding case, quotes, dashes and edge
 *       punctuation. Precision = correct / produced, recall = correct / expected. Fields of a parsed full
 *       citation that answers an expected short form or ibid, or no expected citation at all, count as
 *       produced and wrong. Fields the sidecar lists under {@code ignore} are not counted either way.</li>
 *   <li>The locator is scored the same way for every kind of citation; a bare ibid's locator is the one it
 *       inherits.</li>
 *   <li>Kind accuracy = expected citations whose paired parsed citation has the same kind. Chain accuracy =
 *       expected citations whose paired parsed citation points at the same work (or, like the reader, at
 *       none). An expected citation with no parsed partner counts as wrong for both.</li>
 * </ul>
 *
 * <p>Not thread-safe: accumulate from one thread.
 */
final class CorpusMetrics {

    static final String LOCATOR = "locator";

    /** Counts for one field. */
    static final class Count {
        int expected;
        int produced;
        int correct;

        double precision() {
            return produced == 0 ? 1.0 : (double) correct / produced;
        }

        double recall() {
            return expected == 0 ? 1.0 : (double) correct / expected;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        void add(Count other) {
            expected += other.expected;
            produced += other.produced;
            correct += other.correct;
        }
    }

    /**
     * One disagreement between the reader and the parser.
     *
     * @param category "field", "kind", "chain", "spurious" or "missing-note"
     * @param field    the CSL field (or "locator"), for category "field"; otherwise the expected kind
     */
    record Miss(String document, int note, String category, String field, String expected, String actual,
                String noteText) {
    }

    final Map<String, Count> fields = new LinkedHashMap<>();
    final List<Miss> misses = new ArrayList<>();
    int documents;
    int notesExpected;
    int notesFound;
    int citationsExpected;
    int kindCorrect;
    int chainCorrect;
    int spurious;

    CorpusMetrics() {
        for (String f : FieldValues.FIELDS) {
            fields.put(f, new Count());
        }
        fields.put(LOCATOR, new Count());
    }

    /** Adds one analysed document. */
    void add(DocumentResult r) {
        Expected.Document doc = r.expected();
        documents++;
        notesExpected += doc.notes().size();
        notesFound += Math.min(r.notesFound(), doc.notes().size());
        if (r.notesFound() != doc.notes().size()) {
            misses.add(new Miss(doc.name(), 0, "missing-note", "notes", Integer.toString(doc.notes().size()),
                    Integer.toString(r.notesFound()), null));
        }
        for (Expected.Note note : doc.notes()) {
            int n = note.number();
            String text = r.text(n);
            for (int k = 0; k < note.citations().size(); k++) {
                scoreCitation(r, n, note.citations().get(k), r.pairedWith(n, k), text);
            }
            List<ResolvedCitation> actual = r.actual(n);
            for (int i = 0; i < actual.size(); i++) {
                if (r.unpaired(n, i)) {
                    ResolvedCitation rc = actual.get(i);
                    spurious++;
                    misses.add(new Miss(doc.name(), n, "spurious", rc.kind().jsonName(), "—",
                            rc.kind().jsonName() + ": " + rc.citation().text(), text));
                    if (rc.kind() == CitationKind.FULL) {
                        countProducedOnly(FieldValues.of(rc.work()), Set.of());
                    }
                }
            }
        }
    }

    private void scoreCitation(DocumentResult r, int n, Expected.Citation c, ResolvedCitation rc, String text) {
        String name = r.expected().name();
        citationsExpected++;
        String actualKind = rc == null ? "missing" : rc.kind().jsonName();
        if (actualKind.equals(c.kind())) {
            kindCorrect++;
        } else {
            misses.add(new Miss(name, n, "kind", c.kind(), c.kind(), actualKind, text));
        }
        Expected.Target actualTarget = rc == null ? null : r.target(rc);
        if (rc != null && Objects.equals(c.target(), actualTarget)) {
            chainCorrect++;
        } else {
            misses.add(new Miss(name, n, "chain", c.kind(), r.expected().render(c.target()),
                    rc == null ? "missing" : actualKind + " → " + r.expected().render(actualTarget) + " ("
                            + rc.status().name().toLowerCase(Locale.ROOT) + ")", text));
        }
        if (c.locatorScored()) {
            Locator l = rc == null ? null : rc.locator();
            Count count = fields.get(LOCATOR);
            if (c.locator() != null) {
                count.expected++;
            }
            if (l != null) {
                count.produced++;
            }
            boolean right = l != null && c.locator() != null
                    && FieldValues.fold(c.locator()).equals(FieldValues.fold(l.value()))
                    && (c.label() == null || c.label().equals(l.label()));
            if (right) {
                count.correct++;
            } else if (l != null || c.locator() != null) {
                misses.add(new Miss(name, n, "field", LOCATOR, c.locator() == null ? "—" : c.locator(),
                        l == null ? "—" : (l.label().equals("page") ? "" : l.label() + " ") + l.value(), text));
            }
        }
        Map<String, Object> actual = rc != null && rc.kind() == CitationKind.FULL
                ? FieldValues.of(rc.work()) : Map.of();
        if (!c.kind().equals("full")) {
            countProducedOnly(actual, Set.of());
            return;
        }
        Set<String> handled = new HashSet<>(c.ignore());
        for (Map.Entry<String, JsonNode> e : c.csl().entrySet()) {
            if (c.ignore().contains(e.getKey())) {
                continue;
            }
            String[] alternatives = e.getKey().split("\\|");
            Count count = fields.get(alternatives[0]);
            if (count == null) {
                throw new IllegalStateException(name + " note " + n + ": unknown CSL field " + e.getKey());
            }
            count.expected++;
            Object produced = null;
            boolean right = false;
            for (String field : alternatives) {
                handled.add(field);
                Object value = actual.get(field);
                if (value != null) {
                    produced = produced == null ? value : produced;
                    right |= FieldValues.matches(field, e.getValue(), value);
                }
            }
            if (produced != null) {
                count.produced++;
            }
            if (right) {
                count.correct++;
            } else {
                misses.add(new Miss(name, n, "field", alternatives[0], FieldValues.display(alternatives[0], e.getValue()),
                        FieldValues.display(produced), text));
            }
        }
        for (Map.Entry<String, Object> a : actual.entrySet()) {
            if (!handled.contains(a.getKey())) {
                fields.get(a.getKey()).produced++;
                misses.add(new Miss(name, n, "field", a.getKey(), "—", FieldValues.display(a.getValue()), text));
            }
        }
    }

    private void countProducedOnly(Map<String, Object> actual, Set<String> skip) {
        for (String key : actual.keySet()) {
            if (!skip.contains(key)) {
                fields.get(key).produced++;
            }
        }
    }

    /** Micro-averaged counts over the CSL fields of full citations (the locator apart). */
    Count overallFields() {
        Count all = new Count();
        fields.forEach((k, v) -> {
            if (!k.equals(LOCATOR)) {
                all.add(v);
            }
        });
        return all;
    }

    double kindAccuracy() {
        return citationsExpected == 0 ? 1.0 : (double) kindCorrect / citationsExpected;
    }

    double chainAccuracy() {
        return citationsExpected == 0 ? 1.0 : (double) chainCorrect / citationsExpected;
    }
}

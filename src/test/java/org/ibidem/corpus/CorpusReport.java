package org.ibidem.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders {@link CorpusMetrics} as Markdown tables for the README, and the disagreements for the parser's authors. */
final class CorpusReport {

    private CorpusReport() {
    }

    /** The summary and per-field tables, ready to paste into the README. */
    static String tables(CorpusMetrics all, Map<String, CorpusMetrics> byFormat,
                         Map<String, CorpusMetrics> byDocument) {
        StringBuilder out = new StringBuilder();
        CorpusMetrics.Count overall = all.overallFields();
        CorpusMetrics.Count locator = all.fields.get(CorpusMetrics.LOCATOR);
        out.append("| measure | value |\n|---|---|\n");
        row(out, "documents", Integer.toString(all.documents));
        row(out, "notes found / expected", all.notesFound + " / " + all.notesExpected);
        row(out, "citations expected", Integer.toString(all.citationsExpected));
        row(out, "kind accuracy", percent(all.kindAccuracy()) + " (" + all.kindCorrect + "/" + all.citationsExpected + ")");
        row(out, "chain accuracy", percent(all.chainAccuracy()) + " (" + all.chainCorrect + "/" + all.citationsExpected + ")");
        row(out, "spurious citations", Integer.toString(all.spurious));
        row(out, "CSL fields P / R / F1", percent(overall.precision()) + " / " + percent(overall.recall()) + " / "
                + percent(overall.f1()));
        row(out, "locator P / R / F1", percent(locator.precision()) + " / " + percent(locator.recall()) + " / "
                + percent(locator.f1()));
        out.append('\n');

        groupTable(out, "format", byFormat);
        groupTable(out, "document", byDocument);

        out.append("| field | expected | produced | correct | precision | recall | F1 |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, CorpusMetrics.Count> e : all.fields.entrySet()) {
            CorpusMetrics.Count c = e.getValue();
            if (c.expected == 0 && c.produced == 0) {
                continue;
            }
            fieldRow(out, e.getKey(), c);
        }
        fieldRow(out, "**all CSL fields**", overall);
        return out.toString();
    }

    private static void groupTable(StringBuilder out, String group, Map<String, CorpusMetrics> groups) {
        out.append("| ").append(group)
                .append(" | docs | notes | citations | kind | chain | fields P | fields R | fields F1 | locator F1 |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, CorpusMetrics> e : groups.entrySet()) {
            CorpusMetrics m = e.getValue();
            CorpusMetrics.Count f = m.overallFields();
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %s | %s | %s | %s | %s | %s |%n", e.getKey(),
                    m.documents, m.notesExpected, m.citationsExpected, percent(m.kindAccuracy()),
                    percent(m.chainAccuracy()), percent(f.precision()), percent(f.recall()), percent(f.f1()),
                    percent(m.fields.get(CorpusMetrics.LOCATOR).f1())));
        }
        out.append('\n');
    }

    /** Every disagreement, grouped by category and field, largest group first. */
    static String misses(CorpusMetrics all) {
        Map<String, List<CorpusMetrics.Miss>> groups = new LinkedHashMap<>();
        for (CorpusMetrics.Miss m : all.misses) {
            String key = m.category().equals("field") ? "field " + m.field() : m.category() + " (expected " + m.field() + ")";
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
        }
        List<Map.Entry<String, List<CorpusMetrics.Miss>>> sorted = new ArrayList<>(groups.entrySet());
        sorted.sort(Comparator.comparingInt((Map.Entry<String, List<CorpusMetrics.Miss>> e) -> e.getValue().size())
                .reversed());
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<CorpusMetrics.Miss>> e : sorted) {
            out.append("\n## ").append(e.getKey()).append(" — ").append(e.getValue().size()).append("\n\n");
            for (CorpusMetrics.Miss m : e.getValue()) {
                out.append("- ").append(m.document()).append(" note ").append(m.note()).append(": expected `")
                        .append(m.expected()).append("`, got `").append(m.actual()).append('`');
                if (m.noteText() != null) {
                    out.append("  \n  > ").append(m.noteText().replace('\n', ' '));
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String name, String value) {
        out.append("| ").append(name).append(" | ").append(value).append(" |\n");
    }

    private static void fieldRow(StringBuilder out, String name, CorpusMetrics.Count c) {
        out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %s | %s | %s |%n", name, c.expected, c.produced,
                c.correct, percent(c.precision()), percent(c.recall()), percent(c.f1())));
    }

    static String percent(double x) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * x);
    }
}

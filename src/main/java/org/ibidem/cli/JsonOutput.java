package org.ibidem.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ibidem.Analysis;
import org.ibidem.diagnostic.Diagnostic;
import org.ibidem.document.Note;
import org.ibidem.reference.CslJson;
import org.ibidem.reference.Reference;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;

/**
 * The JSON the CLI prints: the published {@code notes --json} contract and the diagnostics of
 * {@code check --format json}.
 *
 * <p>The contract (issue "Ibidem 0.1"): a top-level object with {@code notes}, {@code sources} (CSL-JSON items)
 * and {@code diagnostics}. Each note has {@code number}, {@code text}, {@code line}, {@code column} and
 * {@code citations}; each citation {@code kind}, {@code source} (an id in {@code sources}, or null),
 * {@code locator}, {@code label} and {@code antecedent} (the number of the note it leans on, or null). Keys are
 * only ever added, never renamed or removed.
 *
 * <p>Stateless and thread-safe.
 */
final class JsonOutput {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() {
    }

    static String notes(Analysis analysis) {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Object> notes = new ArrayList<>();
        for (ResolvedNote rn : analysis.notes()) {
            notes.add(note(rn, analysis));
        }
        root.put("notes", notes);
        List<Object> sources = new ArrayList<>();
        for (Reference r : analysis.sources()) {
            sources.add(CslJson.toMap(r));
        }
        root.put("sources", sources);
        root.put("diagnostics", diagnostics(analysis.diagnostics()));
        return write(root);
    }

    static String diagnosticsDocument(String file, Analysis analysis) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("file", file);
        root.put("notes", analysis.notes().size());
        root.put("diagnostics", diagnostics(analysis.diagnostics()));
        return write(root);
    }

    private static Map<String, Object> note(ResolvedNote rn, Analysis analysis) {
        Note n = rn.note();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", n.number() > 0 ? n.number() : null);
        m.put("index", n.index());
        m.put("label", n.label());
        m.put("text", n.text());
        m.put("line", n.position().line());
        m.put("column", n.position().column());
        m.put("chapter", n.chapter());
        List<Object> citations = new ArrayList<>();
        for (ResolvedCitation rc : rn.citations()) {
            citations.add(citation(rc, analysis));
        }
        m.put("citations", citations);
        return m;
    }

    private static Map<String, Object> citation(ResolvedCitation rc, Analysis analysis) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", rc.citation().kind());
        m.put("source", rc.sourceId());
        m.put("locator", rc.locator() == null ? null : rc.locator().value());
        m.put("label", rc.locator() == null ? null : rc.locator().label());
        boolean leans = rc.antecedent() > 0 && !"full".equals(rc.citation().kind());
        Note antecedent = leans ? analysis.notes().get(rc.antecedent() - 1).note() : null;
        m.put("antecedent", antecedent == null || antecedent.number() == 0 ? null : antecedent.number());
        m.put("antecedentIndex", antecedent == null ? null : antecedent.index());
        m.put("status", rc.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        m.put("locatorInherited", rc.locatorInherited());
        m.put("text", rc.citation().text());
        if (rc.citation().prefix() != null) {
            m.put("prefix", rc.citation().prefix());
        }
        if (rc.citation().suffix() != null) {
            m.put("suffix", rc.citation().suffix());
        }
        if (!rc.candidates().isEmpty()) {
            List<Object> candidates = new ArrayList<>();
            for (int index : rc.candidates()) {
                Note c = analysis.notes().get(index - 1).note();
                candidates.add(c.number() > 0 ? c.number() : c.label());
            }
            m.put("candidates", candidates);
        }
        return m;
    }

    static List<Object> diagnostics(List<Diagnostic> diagnostics) {
        List<Object> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("severity", d.severity().label());
            m.put("code", d.code());
            m.put("note", d.note() == null ? null : parseOrNull(d.note()));
            m.put("index", d.noteIndex() > 0 ? d.noteIndex() : null);
            m.put("line", d.position().line());
            m.put("column", d.position().column());
            if (d.end() != null) {
                m.put("endLine", d.end().line());
                m.put("endColumn", d.end().column());
            }
            m.put("message", d.message());
            out.add(m);
        }
        return out;
    }

    private static Integer parseOrNull(String label) {
        try {
            return Integer.valueOf(label);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e); // only plain maps and lists reach here
        }
    }
}

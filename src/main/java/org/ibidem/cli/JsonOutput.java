package org.ibidem.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ibidem.Analysis;
import org.ibidem.citation.CitationKind;
import org.ibidem.diagnostic.Diagnostic;
import org.ibidem.document.Note;
import org.ibidem.json.JsonTree;
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
 * <p>The documents are built as plain maps and lists and written by {@link JsonTree} (Jackson's streaming
 * generator, not its {@code ObjectMapper}, for start-up's sake). The layout is Jackson's default pretty printer.
 *
 * <p>Stateless and thread-safe.
 */
final class JsonOutput {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonOutput() {
    }

    static String notes(Analysis analysis) {
        StringWriter out = new StringWriter();
        try {
            writeNotes(analysis, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * Writes the {@code notes --json} document to {@code out}, note by note, so that its size is bounded by the
     * writer and not by memory: 100,000 notes make some 100 MB of JSON. The bytes are exactly those of
     * {@link #notes(Analysis)}. The writer is flushed, not closed.
     *
     * @throws IOException when the writer fails
     */
    static void writeNotes(Analysis analysis, Writer out) throws IOException {
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeFieldName("notes");
            g.writeStartArray();
            for (ResolvedNote rn : analysis.notes()) {
                JsonTree.write(g, note(rn));
            }
            g.writeEndArray();
            g.writeFieldName("sources");
            g.writeStartArray();
            for (Reference r : analysis.sources()) {
                JsonTree.write(g, CslJson.toMap(r));
            }
            g.writeEndArray();
            g.writeFieldName("diagnostics");
            JsonTree.write(g, diagnostics(analysis.diagnostics()));
            g.writeEndObject();
        }
    }

    private static Map<String, Object> note(ResolvedNote rn) {
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
            citations.add(citation(rc));
        }
        m.put("citations", citations);
        return m;
    }

    private static Map<String, Object> citation(ResolvedCitation rc) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", rc.kind().jsonName());
        m.put("source", rc.sourceId());
        m.put("locator", rc.locator() == null ? null : rc.locator().value());
        m.put("label", rc.locator() == null ? null : rc.locator().label());
        Note antecedent = rc.kind() != CitationKind.FULL ? rc.antecedent() : null;
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
            for (Note c : rc.candidates()) {
                candidates.add(c.number() > 0 ? c.number() : c.label());
            }
            m.put("candidates", candidates);
            if (rc.candidateCount() > rc.candidates().size()) {
                // The list stops at ResolvedCitation.MAX_CANDIDATES; the count says how many there were.
                m.put("candidateCount", rc.candidateCount());
            }
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

    /**
     * Writes a tree of maps (string keys), lists, strings, numbers, booleans and nulls as indented JSON.
     *
     * @throws IllegalArgumentException for any other kind of value (a programming error)
     */
    static String write(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = generator(out)) {
            JsonTree.write(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** A pretty-printing generator that leaves {@code out} open when it is closed (it may be standard output). */
    private static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.useDefaultPrettyPrinter();
        return g;
    }
}

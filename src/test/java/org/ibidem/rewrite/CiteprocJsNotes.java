package org.ibidem.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.ibidem.OutsidePrograms;
import org.ibidem.export.ExportFormat;
import org.ibidem.export.Exporter;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Reference;
import org.ibidem.style.CitationFormatter;
import org.ibidem.style.Cite;
import org.ibidem.style.CitePosition;

/**
 * A sequence of notes rendered by citeproc-js (the project's {@code citeprocjs/cites.js} on node) and by Ibidem's
 * {@link CitationFormatter.Session}, for the integration tests that compare the two. A note is written {@code
 * number: cite; cite}, a cite {@code work} or {@code work@page}.
 */
final class CiteprocJsNotes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CiteprocJsNotes() {
    }

    /** Where citeproc-js is installed: {@code -Dibidem.citeprocjs}, {@code $IBIDEM_CITEPROCJS}, or .ci/run's place. */
    static Path installed() {
        String dir = System.getProperty("ibidem.citeprocjs");
        if (dir == null || dir.isBlank()) {
            dir = System.getenv("IBIDEM_CITEPROCJS");
        }
        return Path.of(dir == null || dir.isBlank() ? "/tmp/ibidem-citeprocjs" : dir, "node_modules");
    }

    /** Whether node and citeproc-js are there; if not, says on standard error that the test is skipped. */
    static boolean available(String test) {
        boolean available = OutsidePrograms.runs("node") && Files.isDirectory(installed().resolve("citeproc"));
        if (!available) {
            System.err.println(test + ": node or citeproc-js (" + installed()
                    + ") is missing; the comparison with citeproc-js is SKIPPED (.ci/run installs it)");
        }
        return available;
    }

    /** The notes as Ibidem's position logic takes them. */
    static List<Positions.NoteCites> sequence(List<String> lines) {
        List<Positions.NoteCites> notes = new ArrayList<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            List<Positions.Cite> cites = new ArrayList<>();
            for (String c : line.substring(colon + 1).split(";")) {
                String[] parts = c.strip().split("@");
                cites.add(new Positions.Cite(parts[0], parts.length > 1 ? "page " + parts[1] : null));
            }
            notes.add(new Positions.NoteCites(Integer.parseInt(line.substring(0, colon)), null, cites));
        }
        return notes;
    }

    /** citeproc-js's notes and bibliography for the sequence in a bundled style, as text or html. */
    static JsonNode citeprocJs(Path work, Map<String, Reference> works, String styleId, List<String> lines,
                               String format) throws Exception {
        Path style = work.resolve(styleId + ".csl");
        Files.writeString(style, resource("/" + styleId + ".csl"), StandardCharsets.UTF_8);
        for (String lang : List.of("en-US", "en-GB")) {
            Files.writeString(work.resolve("locales-" + lang + ".xml"), resource("/locales-" + lang + ".xml"),
                    StandardCharsets.UTF_8);
        }
        Path items = work.resolve("items.json");
        Files.writeString(items, Exporter.of(ExportFormat.CSL_JSON).export(List.copyOf(works.values())),
                StandardCharsets.UTF_8);
        ArrayNode notes = JSON.createArrayNode();
        for (Positions.NoteCites note : sequence(lines)) {
            ObjectNode n = notes.addObject();
            n.put("note", note.number());
            ArrayNode cites = n.putArray("cites");
            for (Positions.Cite c : note.cites()) {
                ObjectNode o = cites.addObject().put("id", c.item());
                if (c.locator() != null) {
                    o.put("locator", c.locator().substring("page ".length())).put("label", "page");
                }
            }
        }
        Path notesFile = work.resolve("notes.json");
        JSON.writeValue(notesFile.toFile(), notes);
        Path script = work.resolve("cites.js");
        Files.writeString(script, resource("/citeprocjs/cites.js"), StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder("node", script.toString(), style.toString(), work.toString(),
                items.toString(), notesFile.toString(), format);
        pb.environment().put("NODE_PATH", installed().toString());
        Path err = work.resolve("stderr.txt");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(err)).isZero();
        return JSON.readTree(out);
    }

    /**
     * Ibidem's notes for the sequence, in one session told every work and the note that first cites it
     * beforehand, as {@code Analysis.formatNotes} tells it (citeproc-js gives an early note its final text once a
     * later one makes its work ambiguous).
     */
    static List<String> ours(CitationFormatter.Session session, Map<String, Reference> works, List<String> lines) {
        List<Positions.NoteCites> notes = sequence(lines);
        for (Positions.NoteCites note : notes) {
            note.cites().forEach(c -> session.firstNote(works.get(c.item()), note.number()));
        }
        List<List<CitePosition>> positions = Positions.compute(notes, Positions.DEFAULT_NEAR_NOTE_DISTANCE);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            List<Cite> cites = new ArrayList<>();
            for (int k = 0; k < notes.get(i).cites().size(); k++) {
                Positions.Cite c = notes.get(i).cites().get(k);
                cites.add(new Cite(works.get(c.item()),
                        c.locator() == null ? null : Locator.page(c.locator().substring("page ".length())),
                        positions.get(i).get(k)));
            }
            out.add(session.formatNote(cites));
        }
        return out;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CiteprocJsNotes.class.getResourceAsStream(name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

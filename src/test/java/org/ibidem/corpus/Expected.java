package org.ibidem.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a careful human reader of Chicago style finds in one corpus document: its sidecar
 * {@code <doc>.expected.json}, read. The format is described in {@code src/test/resources/corpus/README.md}.
 *
 * <p>Immutable and thread-safe once loaded.
 */
final class Expected {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Expected() {
    }

    /** The work a citation points at: the note (index from 1) and the citation in it (from 0) that first gives it in full. */
    record Target(int note, int ordinal) {
    }

    /**
     * One expected document.
     *
     * @param name     the document's file name
     * @param format   "text", "markdown", "html", "latex" or "docx"
     * @param source   for a .docx built at test time, the file it is built from; otherwise null
     * @param mustPass the notes whose chain must resolve exactly (empty: none); the sidecar says "all", lists
     *                 them, or lists the exceptions: {"except": [11, 14]}
     * @param notes    the notes, in order
     */
    record Document(String name, String format, String source, Set<Integer> mustPass, List<Note> notes) {
        Document {
            mustPass = Set.copyOf(mustPass);
            notes = List.copyOf(notes);
        }

        Note note(int number) {
            return number >= 1 && number <= notes.size() ? notes.get(number - 1) : null;
        }

        int citationCount() {
            return notes.stream().mapToInt(n -> n.citations().size()).sum();
        }

        /** How a target reads in a chain line: "4" when note 4 gives one work in full, "4.2" otherwise. */
        String render(Target t) {
            if (t == null) {
                return "none";
            }
            if (t.ordinal() < 0) {
                return t.note() + ".?";
            }
            Note n = note(t.note());
            long full = n == null ? 0 : n.citations().stream().filter(c -> c.kind().equals("full")).count();
            return full == 1 && t.ordinal() == n.firstFull() ? Integer.toString(t.note())
                    : t.note() + "." + (t.ordinal() + 1);
        }
    }

    /** One expected note: its number (its index, from 1) and the citations in it, in order. */
    record Note(int number, List<Citation> citations, String breakage) {
        Note {
            citations = List.copyOf(citations);
        }

        int firstFull() {
            for (int i = 0; i < citations.size(); i++) {
                if (citations.get(i).kind().equals("full")) {
                    return i;
                }
            }
            return -1;
        }
    }

    /**
     * One expected citation.
     *
     * @param kind          "full", "short" or "ibid"
     * @param target        the work it points at, or null for none (a broken chain)
     * @param locatorScored whether the locator is compared at all
     * @param locator       the place cited, after inheritance (a bare ibid: its antecedent's), or null for none
     * @param label         the locator's label when it is not a page, or null
     * @param csl           for a full citation, the CSL fields a human reads in it: a string, a list of
     *                      acceptable strings, or a list of names
     * @param ignore        CSL fields not scored for this citation (not modelled, or no single right answer)
     */
    record Citation(String kind, Target target, boolean locatorScored, String locator, String label,
                    Map<String, JsonNode> csl, Set<String> ignore) {
        Citation {
            csl = Map.copyOf(csl);
            ignore = Set.copyOf(ignore);
        }
    }

    /** Reads an expected file. */
    static Document read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        String name = text(root, "document");
        List<JsonNode> rawNotes = new ArrayList<>();
        root.path("notes").forEach(rawNotes::add);
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < rawNotes.size(); i++) {
            JsonNode n = rawNotes.get(i);
            int number = n.path("note").asInt();
            if (number != i + 1) {
                throw new IllegalStateException(name + ": notes must be numbered 1, 2, 3…; found " + number
                        + " at position " + (i + 1));
            }
            List<JsonNode> cs = new ArrayList<>();
            n.path("citations").forEach(cs::add);
            List<Citation> citations = new ArrayList<>();
            for (int k = 0; k < cs.size(); k++) {
                citations.add(citation(name, number, k, cs.get(k), rawNotes));
            }
            notes.add(new Note(number, citations, n.hasNonNull("breakage") ? n.get("breakage").asText() : null));
        }
        Set<Integer> mustPass = new LinkedHashSet<>();
        JsonNode mp = root.path("mustPass");
        if (mp.isTextual() && mp.asText().equals("all")) {
            for (int i = 1; i <= notes.size(); i++) {
                mustPass.add(i);
            }
        } else if (mp.isArray()) {
            mp.forEach(x -> mustPass.add(x.asInt()));
        } else if (mp.has("except")) {
            Set<Integer> except = new LinkedHashSet<>();
            mp.get("except").forEach(x -> except.add(x.asInt()));
            for (int i = 1; i <= notes.size(); i++) {
                if (!except.contains(i)) {
                    mustPass.add(i);
                }
            }
        }
        return new Document(name, text(root, "format"), root.hasNonNull("source") ? root.get("source").asText() : null,
                mustPass, notes);
    }

    private static Citation citation(String doc, int note, int ordinal, JsonNode c, List<JsonNode> rawNotes) {
        String kind = text(c, "kind");
        if (!Set.of("full", "short", "ibid").contains(kind)) {
            throw new IllegalStateException(doc + " note " + note + ": unknown kind " + kind);
        }
        Target target;
        if (c.has("resolves")) {
            target = target(doc, note, c.get("resolves"), rawNotes);
        } else if (kind.equals("full")) {
            target = new Target(note, ordinal);
        } else {
            throw new IllegalStateException(doc + " note " + note + ": a " + kind + " citation needs \"resolves\"");
        }
        boolean locatorScored = c.has("locator");
        String locator = locatorScored && !c.get("locator").isNull() ? c.get("locator").asText() : null;
        String label = c.hasNonNull("label") ? c.get("label").asText() : null;
        Map<String, JsonNode> csl = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : c.path("csl").properties()) {
            csl.put(e.getKey(), e.getValue());
        }
        Set<String> ignore = new LinkedHashSet<>();
        c.path("ignore").forEach(x -> ignore.add(x.asText()));
        return new Citation(kind, target, locatorScored, locator, label, csl, ignore);
    }

    /** "resolves": 4 (the one full citation of note 4), "4.2" (its second citation), or null. */
    private static Target target(String doc, int note, JsonNode r, List<JsonNode> rawNotes) {
        if (r.isNull()) {
            return null;
        }
        int targetNote;
        int ordinal;
        if (r.isInt()) {
            targetNote = r.asInt();
            ordinal = -1;
        } else {
            String[] parts = r.asText().split("\\.");
            targetNote = Integer.parseInt(parts[0]);
            ordinal = parts.length > 1 ? Integer.parseInt(parts[1]) - 1 : -1;
        }
        if (targetNote < 1 || targetNote > rawNotes.size()) {
            throw new IllegalStateException(doc + " note " + note + ": resolves to a missing note " + r);
        }
        List<JsonNode> cs = new ArrayList<>();
        rawNotes.get(targetNote - 1).path("citations").forEach(cs::add);
        if (ordinal < 0) {
            for (int k = 0; k < cs.size(); k++) {
                if (cs.get(k).path("kind").asText().equals("full")) {
                    if (ordinal >= 0) {
                        throw new IllegalStateException(doc + " note " + note + ": note " + targetNote
                                + " gives several works in full; say which, e.g. \"" + targetNote + ".2\"");
                    }
                    ordinal = k;
                }
            }
        }
        if (ordinal < 0 || ordinal >= cs.size() || !cs.get(ordinal).path("kind").asText().equals("full")) {
            throw new IllegalStateException(doc + " note " + note + ": " + r + " is not a full citation");
        }
        return new Target(targetNote, ordinal);
    }

    private static String text(JsonNode node, String field) {
        return Objects.requireNonNull(node.get(field), "missing \"" + field + "\"").asText();
    }
}

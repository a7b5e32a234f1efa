package org.ibidem.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ibidem.json.JsonTree;
import org.ibidem.reference.CslJson;
import org.ibidem.reference.Reference;
import org.jspecify.annotations.NullMarked;

/**
 * CSL-JSON as text: references written as the array of items citeproc-js, Zotero and pandoc read, and the items
 * Zotero ("Export → CSL JSON"), pandoc ({@code --to csljson}) or citation-js write read back as references, so
 * that Ibidem can format and export data it did not parse. The item for each reference is
 * {@link CslJson#toMap(Reference)}, the one mapping; reading goes through {@link CslJson#fromMap(Map)}.
 *
 * <pre>{@code
 * String json = CslJsonText.write(analysis.sources());
 * List<Reference> refs = CslJsonText.read(Files.newBufferedReader(Path.of("zotero.json")));
 * String bib = Exporter.of(ExportFormat.BIBLATEX).export(refs);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
@NullMarked
public final class CslJsonText {

    private static final JsonFactory FACTORY = new JsonFactory();

    private CslJsonText() {
    }

    /** The references as a CSL-JSON array, indented, ending in a newline. */
    public static String write(List<Reference> references) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            write(references, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * Writes the references as a CSL-JSON array to {@code out}, item by item; the writer is flushed, not closed.
     *
     * @throws IOException when the writer fails
     */
    public static void write(List<Reference> references, Writer out) throws IOException {
        Objects.requireNonNull(references, "references");
        try (JsonGenerator g = FACTORY.createGenerator(Objects.requireNonNull(out, "out"))) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (Reference r : references) {
                JsonTree.write(g, CslJson.toMap(r));
            }
            g.writeEndArray();
        }
        out.write('\n');
        out.flush();
    }

    /**
     * The references of a CSL-JSON text: an array of items, or one item alone.
     *
     * @throws IllegalArgumentException if the text is not JSON, not an item or an array of items, or an item
     *                                  is not CSL-JSON (no type, a name that is not an object…); the message
     *                                  says where
     */
    public static List<Reference> read(String json) {
        try {
            return read(new StringReader(json));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringReader does not fail
        }
    }

    /**
     * The references of a CSL-JSON text read from {@code in}, which is not closed.
     *
     * @throws IllegalArgumentException as {@link #read(String)}
     * @throws IOException              when reading fails
     */
    public static List<Reference> read(Reader in) throws IOException {
        Object tree;
        try {
            tree = new ObjectMapper().readValue(Objects.requireNonNull(in, "in"), Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")"), e);
        }
        List<?> items = tree instanceof List<?> list ? list : List.of(tree);
        List<Reference> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof Map<?, ?> item)) {
                throw new IllegalArgumentException("CSL-JSON item " + (i + 1) + " is not an object");
            }
            Map<String, Object> keyed = new java.util.LinkedHashMap<>();
            item.forEach((k, v) -> keyed.put(String.valueOf(k), v));
            out.add(CslJson.fromMap(keyed));
        }
        return out;
    }

    /**
     * The references of a CSL-JSON stream in UTF-8, which is not closed.
     *
     * @throws IllegalArgumentException as {@link #read(String)}
     * @throws IOException              when reading fails
     */
    public static List<Reference> read(InputStream in) throws IOException {
        return read(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
}

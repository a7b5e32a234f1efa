package org.ibidem.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;

/**
 * Writes a tree of maps, lists, strings, numbers, booleans and nulls with Jackson's streaming generator: the one
 * walker behind the command line's JSON documents and the CSL-JSON export.
 *
 * <p>Not Jackson's {@code ObjectMapper}: its start-up (introspection, serializer caches) cost about a third of a
 * cold command-line run, and plain maps and lists need none of it. Internal: this package is not exported.
 *
 * <p>Stateless and thread-safe.
 */
public final class JsonTree {

    private JsonTree() {
    }

    /**
     * Writes the value and everything under it, maps in their iteration order.
     *
     * @throws IllegalArgumentException for any other kind of value (a programming error)
     * @throws IOException              when the generator's target fails
     */
    public static void write(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Integer i) {
            g.writeNumber(i);
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Double d) {
            g.writeNumber(d);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName((String) e.getKey());
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                write(g, item);
            }
            g.writeEndArray();
        } else {
            throw new IllegalArgumentException("Not a JSON value: " + value.getClass().getName());
        }
    }
}

package org.ibidem.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Reference} as a CSL-JSON item: the map that a JSON library writes out as the object citeproc-js,
 * Zotero and pandoc read. Keys follow the CSL 1.0.2 schema ({@code container-title}, {@code publisher-place},
 * {@code issued: {"date-parts": [[1956, 12, 29]]}}); absent fields are left out. The keys and their order come
 * from {@link CslField}, the one table of how a reference field becomes a CSL variable.
 *
 * <pre>{@code
 * Map<String, Object> item = CslJson.toMap(reference);
 * item.get("type");   // "book"
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class CslJson {

    private static final CslField[] FIELDS = CslField.values(); // values() copies the array on each call

    private CslJson() {
    }

    /** The CSL-JSON item for a reference, keys in a stable order. */
    public static Map<String, Object> toMap(Reference r) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "id", r.id());
        m.put("type", r.type().cslName());
        for (CslField field : FIELDS) {
            Object value = field.value(r);
            if (value == null) {
                continue;
            }
            switch (field.kind()) {
                case TEXT, NUMBER -> m.put(field.variable(), value);
                case NAMES -> names(m, field.variable(), (List<?>) value);
                case DATE -> date(m, field.variable(), (PartialDate) value);
                default -> throw new AssertionError(field);
            }
        }
        Object custom = m.remove(CUSTOM);
        if (custom != null) {
            m.put(CUSTOM, custom); // after the CSL variables, so their keys keep their order
        }
        return m;
    }

    private static void put(Map<String, Object> m, String key, @Nullable String value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static void names(Map<String, Object> m, String key, List<?> names) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object o : names) {
            Name n = (Name) o;
            if (n.isOthers()) {
                etAl(m, key);
                continue;
            }
            Map<String, Object> nm = new LinkedHashMap<>();
            if (n.isLiteral()) {
                nm.put("literal", n.literal());
            } else {
                nm.put("family", n.family());
                put(nm, "given", n.given());
                put(nm, "non-dropping-particle", n.particle());
                put(nm, "suffix", n.suffix());
            }
            out.add(nm);
        }
        m.put(key, out);
    }

    /**
     * Records that a name list ended in "et al." in the note: {@code "custom": {"et-al": ["author"]}}. CSL-JSON
     * 1.0.2 keeps what has no variable of its own in {@code custom}; a last name "others" in the list itself (as
     * pandoc reads BibTeX's "and others") would be counted as an author by readers that do not know the custom.
     */
    @SuppressWarnings("unchecked")
    private static void etAl(Map<String, Object> m, String key) {
        Map<String, Object> custom = (Map<String, Object>) m.computeIfAbsent(CUSTOM, k -> new LinkedHashMap<>());
        ((List<String>) custom.computeIfAbsent(ET_AL, k -> new ArrayList<String>())).add(key);
    }

    /** The key of the item's extensions, as CSL-JSON 1.0.2 names it. */
    public static final String CUSTOM = "custom";
    /** The key, in {@link #CUSTOM}, of the name variables whose list ended in "et al." in the note. */
    public static final String ET_AL = "et-al";

    private static void date(Map<String, Object> m, String key, PartialDate d) {
        Map<String, Object> dm = new LinkedHashMap<>();
        List<List<Integer>> parts = new ArrayList<>();
        parts.add(dateParts(d.year(), d.month(), d.day()));
        if (d.endMonth() > 0) {
            parts.add(dateParts(d.year(), d.endMonth(), 0));
        }
        dm.put("date-parts", parts);
        if (d.season() != null) {
            dm.put("season", d.season());
        }
        m.put(key, dm);
    }

    private static List<Integer> dateParts(int year, int month, int day) {
        List<Integer> p = new ArrayList<>();
        p.add(year);
        if (month > 0) {
            p.add(month);
            if (day > 0) {
                p.add(day);
            }
        }
        return p;
    }
}

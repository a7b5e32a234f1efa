package org.ibidem.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Reference} as a CSL-JSON item, and back: the map that a JSON library writes out as the object
 * citeproc-js, Zotero and pandoc read, or has read from what they write. Keys follow the CSL 1.0.2 schema ({@code container-title}, {@code publisher-place},
 * {@code issued: {"date-parts": [[1956, 12, 29]]}}); absent fields are left out. The keys and their order come
 * from {@link CslField}, the one table of how a reference field becomes a CSL variable.
 *
 * <pre>{@code
 * Map<String, Object> item = CslJson.toMap(reference);
 * item.get("type");   // "book"
 * Reference back = CslJson.fromMap(item);   // equal to reference
 * }</pre>
 *
 * <p>Dates are written as {@code date-parts}, a span of months as two parts in order ("December/January 1969"
 * as {@code [[1969, 12], [1970, 1]]}, see {@link PartialDate#endYear()}), a season as the name the note gave
 * ({@code "season": "Spring"}). Reading accepts what Zotero and pandoc write besides: numbers where we write
 * strings, numbered seasons, {@code raw} and {@code literal} dates, names with a {@code dropping-particle}.
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

    /**
     * The reference a CSL-JSON item describes: every variable of {@link CslField} it gives, its {@code id} and
     * its {@code type}. What Ibidem has no field for (an abstract, an ISBN, a second date part's day) is left
     * out; a type Ibidem does not model becomes the nearest one ({@link #itemType(String)}).
     *
     * @throws IllegalArgumentException if the item has no {@code type} or a value is not of its variable's kind
     *                                  (a name that is not an object, a date without a year); the message
     *                                  names the variable
     */
    public static Reference fromMap(Map<String, ?> item) {
        Object type = item.get("type");
        if (!(type instanceof String typeName)) {
            throw new IllegalArgumentException("A CSL-JSON item needs a \"type\": " + item.get("id"));
        }
        Reference.Builder b = Reference.builder(itemType(typeName));
        Object id = item.get("id");
        b.id(id == null ? null : String.valueOf(id));
        for (CslField field : FIELDS) {
            Object value = item.get(field.variable());
            if (value == null) {
                continue;
            }
            try {
                switch (field.kind()) {
                    case TEXT, NUMBER -> field.set(b, value instanceof String || value instanceof Number
                            || value instanceof Boolean ? String.valueOf(value) : fail("text"));
                    case NAMES -> field.set(b, readNames(value));
                    case DATE -> field.set(b, readDate(value));
                    default -> throw new AssertionError(field);
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("CSL-JSON item " + item.get("id") + ", \"" + field.variable()
                        + "\": " + e.getMessage(), e);
            }
        }
        return b.build();
    }

    /**
     * The item type for a CSL type name: its own when Ibidem models it, else the nearest one ("bill",
     * "regulation" and "treaty" are legislation; "classic", "collection" and "pamphlet" books; "entry" an
     * encyclopedia entry; "review" and "review-book" articles; anything else a document).
     */
    public static ItemType itemType(String cslName) {
        for (ItemType t : ItemType.values()) {
            if (t.cslName().equals(cslName)) {
                return t;
            }
        }
        return switch (cslName) {
            case "bill", "regulation", "treaty" -> ItemType.LEGISLATION;
            case "classic", "collection", "pamphlet", "periodical" -> ItemType.BOOK;
            case "entry" -> ItemType.ENTRY_ENCYCLOPEDIA;
            case "review", "review-book" -> ItemType.ARTICLE;
            default -> ItemType.DOCUMENT;
        };
    }

    private static String fail(String what) {
        throw new IllegalArgumentException("expected " + what);
    }

    private static List<Name> readNames(Object value) {
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("expected a list of names");
        }
        List<Name> names = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> n)) {
                throw new IllegalArgumentException("expected a name object, not " + o);
            }
            String literal = string(n.get("literal"));
            String family = string(n.get("family"));
            String given = string(n.get("given"));
            String dropping = string(n.get("dropping-particle"));
            if (dropping != null) {
                // Ibidem keeps one particle, the one that stays with the family name; a dropping particle
                // ("Charles de Gaulle" sorted under G) reads after the given names.
                given = given == null ? dropping : given + " " + dropping;
            }
            if (literal != null || family == null) {
                String whole = literal != null ? literal : given;
                if (whole == null) {
                    throw new IllegalArgumentException("a name with neither family nor literal: " + n);
                }
                names.add(Name.literal(whole));
            } else {
                names.add(new Name(family, given, string(n.get("non-dropping-particle")),
                        string(n.get("suffix")), null));
            }
        }
        return names;
    }

    private static @Nullable String string(@Nullable Object o) {
        return o == null ? null : String.valueOf(o);
    }

    private static PartialDate readDate(Object value) {
        if (value instanceof String raw) {
            return parseRaw(raw);
        }
        if (!(value instanceof Map<?, ?> d)) {
            throw new IllegalArgumentException("expected a date object");
        }
        String season = seasonName(d.get("season"));
        if (d.get("date-parts") instanceof List<?> parts && !parts.isEmpty()
                && parts.get(0) instanceof List<?> first && !first.isEmpty()) {
            int[] start = ints(first);
            int endMonth = 0;
            if (parts.size() > 1 && parts.get(1) instanceof List<?> second && second.size() >= 2) {
                int[] end = ints(second);
                // Ibidem keeps a span of months within a year, or running into the next one.
                boolean sameYear = end[0] == start[0] && end[1] > start[1];
                boolean nextYear = end[0] == start[0] + 1 && end[1] < start[1];
                if (start[1] > 0 && (sameYear || nextYear)) {
                    endMonth = end[1];
                }
            }
            return new PartialDate(start[0], start[1], endMonth > 0 ? 0 : start[2], endMonth, season);
        }
        Object raw = d.get("raw") != null ? d.get("raw") : d.get("literal");
        if (raw != null) {
            PartialDate parsed = parseRaw(String.valueOf(raw));
            return season == null ? parsed
                    : new PartialDate(parsed.year(), parsed.month(), parsed.day(), parsed.endMonth(), season);
        }
        throw new IllegalArgumentException("a date without date-parts, raw or literal");
    }

    /** Year, month and day of one date part; strings such as "1956" count, missing parts are 0. */
    private static int[] ints(List<?> part) {
        int[] out = new int[3];
        for (int i = 0; i < Math.min(3, part.size()); i++) {
            Object o = part.get(i);
            try {
                out[i] = o instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(o).strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("a date part that is not a number: " + o, e);
            }
        }
        // A month above 12 is an EDTF season (21 spring … 24 winter); CSL gives the season on its own.
        if (out[1] > 12) {
            out[1] = 0;
            out[2] = 0;
        }
        return out;
    }

    private static final Pattern ISO = Pattern.compile(
            "(-?\\d{1,4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?(?:/(-?\\d{1,4})-(\\d{1,2}))?.*");

    private static final Pattern YEAR = Pattern.compile("\\b(\\d{4})\\b");

    /** An ISO or EDTF date ("1956-02-25", "1969-12/1970-01", "2003-21"), or text that begins with a year. */
    private static PartialDate parseRaw(String raw) {
        Matcher m = ISO.matcher(raw.strip());
        if (!m.matches()) {
            Matcher year = YEAR.matcher(raw);
            if (year.find()) {
                return PartialDate.ofYear(Integer.parseInt(year.group(1)));
            }
            throw new IllegalArgumentException("a date with no year: " + raw);
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (month >= 21 && month <= 24) {
            return new PartialDate(year, 0, 0, 0, SEASONS.get(month - 21));
        }
        int endMonth = 0;
        if (m.group(4) != null && month > 0) {
            List<Integer> end = List.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
            boolean sameYear = end.get(0) == year && end.get(1) > month;
            boolean nextYear = end.get(0) == year + 1 && end.get(1) < month;
            endMonth = sameYear || nextYear ? end.get(1) : 0;
        }
        return new PartialDate(year, month, endMonth > 0 ? 0 : day, endMonth, null);
    }

    private static final List<String> SEASONS = List.of("Spring", "Summer", "Autumn", "Winter");

    /** A season as a name: CSL numbers them 1–4 from spring, and a name is kept as written. */
    private static @Nullable String seasonName(@Nullable Object season) {
        if (season == null) {
            return null;
        }
        String s = String.valueOf(season).strip();
        return switch (s) {
            case "1", "21" -> "Spring";
            case "2", "22" -> "Summer";
            case "3", "23" -> "Autumn";
            case "4", "24" -> "Winter";
            default -> s.isEmpty() ? null : s;
        };
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
        if (d.isMonthSpan()) {
            // In order: "December/January 1969" runs from December 1969 into January 1970 (PartialDate.endYear).
            parts.add(dateParts(d.endYear(), d.endMonth(), 0));
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

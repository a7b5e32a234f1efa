package org.ibidem.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.ibidem.reference.CslField;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;

/**
 * The CSL fields of a parsed {@link Reference}, and how a parsed value is compared with the value a reader
 * expects: equal after folding case, unifying quotes and dashes, collapsing spaces, and trimming punctuation at
 * both ends. Names compare part by part (a particle may sit in the family part or beside it); dates compare
 * as "1969-07/10", "2003 Spring".
 */
final class FieldValues {

    /**
     * The CSL fields scored, in the order the report lists them: the item type, then every variable of
     * {@link CslField} except {@code note}, the free text a reader's expectations do not describe.
     */
    static final List<String> FIELDS = scoredFields();

    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s\\p{Punct}]+|[\\s\\p{Punct}]+$");
    private static final Pattern ORDINAL = Pattern.compile("\\b(\\d+)(?:st|nd|rd|th)\\b");
    private static final Pattern EDITION_WORD = Pattern.compile("\\s*\\b(?:ed|edition)\\.?$");

    private FieldValues() {
    }

    /** The scored fields a parsed reference has, by CSL name: String, List of Name, or PartialDate. */
    static Map<String, Object> of(Reference r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", r.type().cslName());
        for (CslField field : CslField.values()) {
            Object value = field.value(r);
            if (field != CslField.NOTE && value != null) {
                m.put(field.variable(), value);
            }
        }
        return m;
    }

    private static List<String> scoredFields() {
        List<String> fields = new ArrayList<>();
        fields.add("type");
        for (CslField field : CslField.values()) {
            if (field != CslField.NOTE) {
                fields.add(field.variable());
            }
        }
        return List.copyOf(fields);
    }

    /** Whether a parsed value matches what the reader expects (a value, or a list of acceptable values). */
    static boolean matches(String field, JsonNode expected, Object actual) {
        if (actual == null) {
            return false;
        }
        if (isNames(field)) {
            return namesMatch(expected, actual);
        }
        for (JsonNode alternative : alternatives(expected)) {
            if (normalize(field, alternative.asText()).equals(normalize(field, display(actual)))) {
                return true;
            }
        }
        return false;
    }

    private static List<JsonNode> alternatives(JsonNode expected) {
        List<JsonNode> out = new ArrayList<>();
        if (expected.isArray()) {
            expected.forEach(out::add);
        } else {
            out.add(expected);
        }
        return out;
    }

    private static boolean namesMatch(JsonNode expected, Object actual) {
        if (!(actual instanceof List<?>) || !expected.isArray()) {
            return false;
        }
        List<?> names = (List<?>) actual;
        if (names.size() != expected.size()) {
            return false;
        }
        for (int i = 0; i < names.size(); i++) {
            Name n = (Name) names.get(i);
            JsonNode e = expected.get(i);
            if (e.hasNonNull("literal")) {
                if (!n.isLiteral() || !fold(n.literal()).equals(fold(e.get("literal").asText()))) {
                    return false;
                }
                continue;
            }
            if (n.isLiteral()) {
                return false;
            }
            String surname = join(e.path("non-dropping-particle").asText(""), e.path("family").asText(""));
            if (!fold(surname).equals(fold(join(n.particle(), n.family())))
                    || !fold(e.path("given").asText("")).equals(fold(n.given()))
                    || !fold(e.path("suffix").asText("")).equals(fold(n.suffix()))) {
                return false;
            }
        }
        return true;
    }

    private static String join(String particle, String family) {
        if (particle == null || particle.isEmpty()) {
            return family == null ? "" : family;
        }
        return particle + " " + family;
    }

    /** A parsed value as the report shows it. */
    static String display(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof PartialDate) {
            return date((PartialDate) value);
        }
        if (value instanceof List<?>) {
            List<String> parts = new ArrayList<>();
            for (Object o : (List<?>) value) {
                parts.add(name((Name) o));
            }
            return String.join("; ", parts);
        }
        return value.toString();
    }

    /** An expected value as the report shows it. */
    static String display(String field, JsonNode expected) {
        if (expected == null) {
            return "—";
        }
        if (isNames(field) && expected.isArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonNode e : expected) {
                if (e.hasNonNull("literal")) {
                    parts.add("{" + e.get("literal").asText() + "}");
                } else {
                    parts.add(e.path("family").asText() + " | " + e.path("given").asText("")
                            + (e.hasNonNull("non-dropping-particle") ? " | particle " + e.get("non-dropping-particle").asText() : "")
                            + (e.hasNonNull("suffix") ? " | suffix " + e.get("suffix").asText() : ""));
                }
            }
            return String.join("; ", parts);
        }
        if (expected.isArray()) {
            List<String> parts = new ArrayList<>();
            expected.forEach(x -> parts.add(x.asText()));
            return String.join(" OR ", parts);
        }
        return expected.asText();
    }

    private static String name(Name n) {
        if (n.isLiteral()) {
            return "{" + n.literal() + "}";
        }
        return n.family() + " | " + (n.given() == null ? "" : n.given())
                + (n.particle() == null ? "" : " | particle " + n.particle())
                + (n.suffix() == null ? "" : " | suffix " + n.suffix());
    }

    /** A date as the expected files write it: "1956-12-29", "1969-07/10", "2003 Spring". */
    static String date(PartialDate d) {
        StringBuilder out = new StringBuilder(d.toIso());
        if (d.endMonth() > 0) {
            out.append(String.format(Locale.ROOT, "/%02d", d.endMonth()));
        }
        if (d.season() != null) {
            out.append(' ').append(d.season());
        }
        return out.toString();
    }

    /** Folds a value for comparison; editions also lose "ed." and ordinal endings ("2nd ed." equals "2"). */
    static String normalize(String field, String value) {
        String s = fold(value);
        if (field.equals("edition")) {
            s = ORDINAL.matcher(EDITION_WORD.matcher(s).replaceAll("")).replaceAll("$1");
        }
        return s;
    }

    /** Case, quotes, dashes and spaces folded; punctuation trimmed at both ends. */
    static String fold(String value) {
        if (value == null) {
            return "";
        }
        String s = Normalizer.normalize(value, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = s.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"');
        s = DASHES.matcher(s).replaceAll("-");
        s = s.replaceAll("\\s+", " ");
        s = EDGE_PUNCTUATION.matcher(s).replaceAll("");
        return s;
    }

    static boolean isDate(String field) {
        return kind(field) == CslField.Kind.DATE;
    }

    private static boolean isNames(String field) {
        return kind(field) == CslField.Kind.NAMES;
    }

    /** The kind of a CSL variable; null for "type" and anything else the table does not map. */
    private static CslField.Kind kind(String field) {
        for (CslField f : CslField.values()) {
            if (f.variable().equals(field)) {
                return f.kind();
            }
        }
        return null;
    }
}

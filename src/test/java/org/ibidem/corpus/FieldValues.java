package org.ibidem.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
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

    /** The CSL fields scored, in the order the report lists them. */
    static final List<String> FIELDS = List.of("type", "author", "editor", "translator", "recipient", "title",
            "container-title", "collection-title", "collection-number", "volume", "number-of-volumes", "issue", "edition", "page", "publisher",
            "publisher-place", "issued", "original-date", "accessed", "URL", "DOI", "genre", "archive",
            "archive_location", "archive-place", "event-place", "authority", "director", "medium", "number");

    private static final List<String> NAME_FIELDS = List.of("author", "editor", "translator", "recipient",
            "director");
    private static final List<String> DATE_FIELDS = List.of("issued", "original-date", "accessed");
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
        putNames(m, "author", r.authors());
        putNames(m, "editor", r.editors());
        putNames(m, "translator", r.translators());
        putNames(m, "recipient", r.recipients());
        put(m, "title", r.title());
        put(m, "container-title", r.containerTitle());
        put(m, "collection-title", r.collectionTitle());
        put(m, "collection-number", r.collectionNumber());
        put(m, "volume", r.volume());
        put(m, "number-of-volumes", r.numberOfVolumes());
        put(m, "issue", r.issue());
        put(m, "edition", r.edition());
        put(m, "page", r.page());
        put(m, "publisher", r.publisher());
        put(m, "publisher-place", r.publisherPlace());
        put(m, "issued", r.issued());
        put(m, "original-date", r.originalDate());
        put(m, "accessed", r.accessed());
        put(m, "URL", r.url());
        put(m, "DOI", r.doi());
        put(m, "genre", r.genre());
        put(m, "archive", r.archive());
        put(m, "archive_location", r.archiveLocation());
        put(m, "archive-place", r.archivePlace());
        put(m, "event-place", r.eventPlace());
        put(m, "authority", r.authority());
        putNames(m, "director", r.directors());
        put(m, "medium", r.medium());
        put(m, "number", r.number());
        return m;
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static void putNames(Map<String, Object> m, String key, List<Name> names) {
        if (!names.isEmpty()) {
            m.put(key, names);
        }
    }

    /** Whether a parsed value matches what the reader expects (a value, or a list of acceptable values). */
    static boolean matches(String field, JsonNode expected, Object actual) {
        if (actual == null) {
            return false;
        }
        if (NAME_FIELDS.contains(field)) {
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
        if (NAME_FIELDS.contains(field) && expected.isArray()) {
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
        return DATE_FIELDS.contains(field);
    }
}

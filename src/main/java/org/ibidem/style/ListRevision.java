package org.ibidem.style;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The two things a CSL processor decides from the whole sorted list, which citeproc-java 3.5 does not do:
 * <ul>
 *   <li><b>Year suffixes</b> (CSL {@code disambiguate-add-year-suffix}; APA 7 §9.47): works whose cites
 *       would read the same, "Goodell, n.d.", get "a", "b"… in bibliography order, printed where the style puts
 *       {@code year-suffix}: "(n.d.-a)", "(1956a, February 19)".</li>
 *   <li><b>Subsequent-author substitution</b> (CSL {@code subsequent-author-substitute}, rule
 *       {@code complete-all}; MLA 9 for works by the same author): an entry whose names are those of the entry
 *       before starts with the style's substitute, "———.", instead.</li>
 * </ul>
 * Both are done on the CSL-JSON items before the list is rendered in the order already found, so that
 * citeproc-java prints them with the style's own punctuation: the suffix as the {@code year-suffix} variable, the
 * substitute as a single literal name in place of the repeated ones.
 *
 * <pre>{@code
 * Map<String, Map<String, Object>> revised = ListRevision.revise(items, sortedIds, StyleTraits.of(apaXml));
 * // null when nothing changes; otherwise a copy with "year-suffix": "a" on the first Goodell, "b" on the second
 * }</pre>
 *
 * <p>When cites are ambiguous: same family names of all the names the entry starts with (or, without names, the
 * same title) and the same year (or both undated). Like citeproc-js, a difference in given names counts only when
 * every work of the group has one and the first names' initials all differ (then initials tell them apart).
 *
 * <p>Stateless and thread-safe; never changes its arguments.
 */
final class ListRevision {

    private ListRevision() {
    }

    /**
     * The items with year suffixes and substituted names, or null if the style asks for neither or no item needs
     * them.
     *
     * @param items  the CSL-JSON items by id
     * @param order  the ids in bibliography order (ids not listed are left as they are)
     * @param traits what the style asks for
     */
    static Map<String, Map<String, Object>> revise(Map<String, Map<String, Object>> items, List<String> order,
            StyleTraits traits) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>(items);
        boolean changed = false;
        if (traits.addYearSuffix()) {
            for (Map.Entry<String, String> e : yearSuffixes(items, order, traits).entrySet()) {
                Map<String, Object> copy = new LinkedHashMap<>(out.get(e.getKey()));
                copy.put("year-suffix", e.getValue());
                out.put(e.getKey(), copy);
                changed = true;
            }
        }
        if (traits.authorSubstitute() != null && traits.substituteRule().equals("complete-all")) {
            Object previous = null;
            for (String id : order) {
                Names names = names(items.get(id), traits.nameVariables());
                if (names != null && previous != null && names.list().equals(previous)) {
                    Map<String, Object> copy = new LinkedHashMap<>(out.get(id));
                    copy.put(names.variable(), List.of(Map.of("literal", traits.authorSubstitute())));
                    out.put(id, copy);
                    changed = true;
                }
                previous = names == null ? null : names.list();
            }
        }
        return changed ? out : null;
    }

    /** The suffix of each work whose cite is ambiguous, by id; letters in bibliography order. */
    static Map<String, String> yearSuffixes(Map<String, Map<String, Object>> items, List<String> order,
            StyleTraits traits) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String id : order) {
            Map<String, Object> item = items.get(id);
            if (item != null) {
                groups.computeIfAbsent(citeKey(item, traits), k -> new ArrayList<>()).add(id);
            }
        }
        Map<String, String> out = new HashMap<>();
        for (List<String> group : groups.values()) {
            if (group.size() < 2 || toldApartByInitials(group, items, traits)) {
                continue;
            }
            for (int i = 0; i < group.size(); i++) {
                out.put(group.get(i), letters(i));
            }
        }
        return out;
    }

    /** "a" … "z", then "aa", "ab" …, as citeproc-js counts. */
    static String letters(int index) {
        StringBuilder s = new StringBuilder();
        int n = index;
        do {
            s.insert(0, (char) ('a' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return s.toString();
    }

    /** What an author-date cite shows: the family names (or the title) and the year. */
    private static String citeKey(Map<String, Object> item, StyleTraits traits) {
        Names names = names(item, traits.citeNameVariables());
        StringBuilder key = new StringBuilder();
        if (names != null) {
            for (Object o : names.list()) {
                Map<?, ?> name = (Map<?, ?>) o;
                Object literal = name.get("literal");
                key.append(literal != null ? literal
                        : Objects.toString(name.get("non-dropping-particle"), "") + " " + name.get("family"));
                key.append('\u0001');
            }
        } else {
            key.append("title:").append(Objects.toString(item.get("title"), ""));
        }
        return key.append('\u0002').append(year(item)).toString().toLowerCase(Locale.ROOT);
    }

    /** Whether the first names' initials all differ, every work having given names. */
    private static boolean toldApartByInitials(List<String> group, Map<String, Map<String, Object>> items,
            StyleTraits traits) {
        Set<String> initials = new HashSet<>();
        for (String id : group) {
            Names names = names(items.get(id), traits.citeNameVariables());
            if (names == null) {
                return false;
            }
            Object given = ((Map<?, ?>) names.list().get(0)).get("given");
            if (!(given instanceof String g) || g.isBlank() || !initials.add(initials(g))) {
                return false;
            }
        }
        return true;
    }

    private static String initials(String given) {
        StringBuilder out = new StringBuilder();
        for (String part : given.split("[\\s.\\-]+")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0)));
            }
        }
        return out.toString();
    }

    /** The year of "issued", or "" for an undated work. */
    private static String year(Map<String, Object> item) {
        if (item.get("issued") instanceof Map<?, ?> date && date.get("date-parts") instanceof List<?> parts
                && !parts.isEmpty() && parts.get(0) instanceof List<?> first && !first.isEmpty()) {
            return String.valueOf(first.get(0));
        }
        return "";
    }

    /** The names an entry or a cite starts with: the first of the variables the item has. */
    private static Names names(Map<String, Object> item, List<String> variables) {
        if (item == null) {
            return null;
        }
        for (String variable : variables) {
            if (item.get(variable) instanceof List<?> list && !list.isEmpty()) {
                return new Names(variable, list);
            }
        }
        return null;
    }

    /** A name variable and its names, as CSL-JSON maps. */
    private record Names(String variable, List<?> list) {
    }
}

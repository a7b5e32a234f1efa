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
import org.ibidem.reference.Reference;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Cite disambiguation (CSL 1.0.2, "Disambiguation"), which citeproc-java 3.5 does not do: among the works cited
 * in one document, the cites of different works that would read alike are told apart in the steps the style asks
 * for, in the specification's order.
 * <ol>
 *   <li>{@code disambiguate-add-names}: more names before "et al." ("Lee, Park, et al. 2010");</li>
 *   <li>{@code disambiguate-add-givenname}: initials, then full given names ("P. Brown 2001"). Under the
 *       {@code givenname-disambiguation-rule} {@code by-cite} (the default) only in ambiguous cites; under
 *       {@code all-names}, {@code primary-name} and their {@code -with-initials} forms for every cite of a name
 *       shared by different people, whether or not the cites are alike;</li>
 *   <li>{@code disambiguate-add-year-suffix}: "1999a", "1999b". The letters are those of the bibliography
 *       ({@link ListRevision}), so that a cite and its entry carry the same one;</li>
 *   <li>the {@code disambiguate="true"} condition, for the cites still alike. As citeproc-js does, the tests pass
 *       one more at a time, in the order the citation reaches them, until the cites differ (Chicago's "Smith,
 *       History (1999)" adds the date, not the publisher as well); if no number of them tells the cites apart,
 *       all pass.</li>
 * </ol>
 * What is compared is each work's cite as citeproc-js compares it: in the subsequent position, near-note, without
 * a locator, with the number of the note that first cited it (OSCOLA's "Shen (n 1)" and "Shen (n 4)" are
 * already different). Only works whose cites start with the same name (or that have none) are compared: a long
 * document's other works are not rendered at all.
 *
 * <pre>{@code
 * Map<Reference, Form> forms = CiteDisambiguation.forms(works, suffixes, options, traits, renderer::key);
 * forms.get(smithHistory).conditions();   // 5: the first five disambiguate tests pass for its cites
 * }</pre>
 *
 * <p>Stateless and thread-safe; the keys come from the caller.
 */
final class CiteDisambiguation {

    private CiteDisambiguation() {
    }

    /**
     * How the cites of one work are rendered to be told apart.
     *
     * @param extraNames  names shown beyond the style's {@code et-al-use-first}
     * @param givens      for each name of the cite's names, by index: 0 as the style shows it, 1 with initials (or
     *                    the full given name where the style does not initialize), 2 with the full given name
     * @param yearSuffix  the year suffix, "" for none
     * @param conditions  how many of the citation's {@code disambiguate="true"} tests pass, in the order the
     *                    citation reaches them; 0 for none
     */
    record Form(int extraNames, List<Integer> givens, String yearSuffix, int conditions) {

        /** The cite as the style writes it without disambiguation. */
        static final Form PLAIN = new Form(0, List.of(), "", 0);

        Form {
            givens = List.copyOf(givens);
            Objects.requireNonNull(yearSuffix, "yearSuffix");
        }

        Form withExtraNames(int n) {
            return new Form(n, givens, yearSuffix, conditions);
        }

        Form withGivens(List<Integer> g) {
            return new Form(extraNames, g, yearSuffix, conditions);
        }

        Form withConditions(int n) {
            return new Form(extraNames, givens, yearSuffix, n);
        }

        /** Each name up to {@code count} at {@code level} at least. */
        Form atLeast(int level, int count) {
            List<Integer> g = new ArrayList<>(givens);
            while (g.size() < count) {
                g.add(0);
            }
            for (int i = 0; i < count; i++) {
                g.set(i, Math.max(g.get(i), level));
            }
            return withGivens(g);
        }
    }

    /**
     * What a style's citation asks for.
     *
     * @param addNames       {@code disambiguate-add-names}
     * @param addGivenname   {@code disambiguate-add-givenname}, and the citation shows short names a given name can
     *                       be added to
     * @param rule           the {@code givenname-disambiguation-rule}, {@code by-cite} unless the style says
     * @param conditions     how many {@code disambiguate} tests the citation reaches
     * @param initializeWith the citation's first name element's {@code initialize-with}, or null if it does not
     *                       initialize
     * @param sortOrder      whether that element writes the first name family name first
     */
    record Options(boolean addNames, boolean addGivenname, String rule, int conditions,
                   @Nullable String initializeWith, boolean sortOrder) {

        /** Whether the style asks for any step Ibidem does cite by cite (year suffixes come from the list). */
        boolean renders() {
            return addNames || addGivenname || conditions > 0;
        }

        /** Whether given names are added to every cite of a shared name, not only to ambiguous cites. */
        boolean globalGivennames() {
            return addGivenname && !rule.equals("by-cite");
        }

        /** The options of a style, read from its root element. */
        static Options of(Element root, int conditions) {
            Element citation = child(root, "citation");
            if (citation == null) {
                return new Options(false, false, "by-cite", 0, null, false);
            }
            Map<String, Element> macros = macros(root);
            Element name = firstName(child(citation, "layout"), macros, new HashSet<>());
            String form = inherited(name, citation, root, "form", "name-form");
            String init = inherited(name, citation, root, "initialize-with", "initialize-with");
            String initialize = inherited(name, citation, root, "initialize", "initialize");
            String sort = inherited(name, citation, root, "name-as-sort-order", "name-as-sort-order");
            String rule = citation.getAttribute("givenname-disambiguation-rule").strip();
            return new Options("true".equals(citation.getAttribute("disambiguate-add-names").strip()),
                    "true".equals(citation.getAttribute("disambiguate-add-givenname").strip())
                            && "short".equals(form),
                    rule.isEmpty() ? "by-cite" : rule, conditions,
                    init == null || "false".equals(initialize) ? null : init, sort != null);
        }
    }

    /** Gives the text a work's cite is compared by, in a form. */
    @FunctionalInterface
    interface Keys {
        String key(Reference work, Form form);
    }

    /**
     * The form of each work's cites.
     *
     * @param works    the works of the document, distinct
     * @param suffixes the year suffix of each work the bibliography gives one ({@link ListRevision})
     * @param options  what the style asks for
     * @param traits   where the cite's names come from
     * @param keys     renders a work's cite for comparison
     */
    static Map<Reference, Form> forms(List<Reference> works, Map<Reference, String> suffixes, Options options,
                                      StyleTraits traits, Keys keys) {
        Map<Reference, Form> forms = new LinkedHashMap<>();
        Map<Reference, List<Integer>> global = options.globalGivennames()
                ? globalGivens(works, options.rule(), traits) : Map.of();
        for (Reference work : works) {
            forms.put(work, new Form(0, global.getOrDefault(work, List.of()), suffixes.getOrDefault(work, ""), 0));
        }
        if (!options.renders() || works.size() < 2) {
            return forms;
        }
        List<List<Reference>> groups = new ArrayList<>();
        for (List<Reference> candidates : bySurname(works, traits)) {
            groups.addAll(clashes(candidates, forms, keys));
        }
        for (List<Reference> group : groups) {
            if (options.addNames()) {
                int most = 0;
                for (Reference w : group) {
                    most = Math.max(most, nameCount(w, traits));
                }
                step(group, forms, keys, most - 1, (f, n) -> f.withExtraNames(n));
            }
            for (List<Reference> still : clashes(group, forms, keys)) {
                if (options.addGivenname()) {
                    // by-cite: initials, then full given names, in the cites still alike. After a global rule
                    // has done what it could, the cites alike are left to the steps after.
                    if (options.rule().equals("by-cite")) {
                        int count = 1;
                        for (Reference w : still) {
                            count = Math.max(count, nameCount(w, traits));
                        }
                        int names = count;
                        step(still, forms, keys, 2, (f, level) -> f.atLeast(level, names));
                    }
                }
                for (List<Reference> left : clashes(still, forms, keys)) {
                    if (options.conditions() > 0) {
                        int chosen = step(left, forms, keys, options.conditions(), (f, n) -> f.withConditions(n));
                        if (chosen == 0) {
                            // Nothing tells them apart: the specification's condition holds for all of them.
                            for (Reference w : left) {
                                forms.put(w, forms.get(w).withConditions(options.conditions()));
                            }
                        }
                    }
                }
            }
        }
        return forms;
    }

    /** A change of a form by a step's level. */
    @FunctionalInterface
    private interface Change {
        Form apply(Form form, int level);
    }

    /**
     * Tries the levels 1 … {@code max} of one step on a group of alike cites and keeps the first that tells the
     * most of them apart; none if no level tells more apart than the group's forms do now.
     *
     * @return the level kept, 0 for none
     */
    private static int step(List<Reference> group, Map<Reference, Form> forms, Keys keys, int max, Change change) {
        int best = distinct(group, forms, keys);
        int chosen = 0;
        for (int level = 1; level <= max && best < group.size(); level++) {
            Map<Reference, Form> tried = new HashMap<>();
            for (Reference w : group) {
                tried.put(w, change.apply(forms.get(w), level));
            }
            int d = distinct(group, tried, keys);
            if (d > best) {
                best = d;
                chosen = level;
            }
        }
        if (chosen > 0) {
            for (Reference w : group) {
                forms.put(w, change.apply(forms.get(w), chosen));
            }
        }
        return chosen;
    }

    private static int distinct(List<Reference> group, Map<Reference, Form> forms, Keys keys) {
        Set<String> seen = new HashSet<>();
        for (Reference w : group) {
            seen.add(keys.key(w, forms.get(w)));
        }
        return seen.size();
    }

    /**
     * The works in groups of two or more by the first name their cites show (its family name, or the literal
     * name; "" for a work without names): cites that read alike show the same first name, so only these are
     * rendered and compared, not every work of a long document.
     */
    private static List<List<Reference>> bySurname(List<Reference> works, StyleTraits traits) {
        Map<String, List<Reference>> groups = new LinkedHashMap<>();
        for (Reference w : works) {
            List<Map<?, ?>> names = citeNames(CslMapper.toJson(w, "w"), traits);
            String first = "";
            if (!names.isEmpty()) {
                Map<?, ?> name = names.get(0);
                first = name.get("literal") != null ? text(name.get("literal")).toLowerCase(Locale.ROOT)
                        : Objects.toString(family(name), "");
            }
            groups.computeIfAbsent(first, k -> new ArrayList<>()).add(w);
        }
        List<List<Reference>> out = new ArrayList<>();
        for (List<Reference> g : groups.values()) {
            if (g.size() > 1) {
                out.add(g);
            }
        }
        return out;
    }

    /** The groups of two or more works whose cites read alike in their current forms, in the works' order. */
    private static List<List<Reference>> clashes(List<Reference> works, Map<Reference, Form> forms, Keys keys) {
        Map<String, List<Reference>> byKey = new LinkedHashMap<>();
        for (Reference w : works) {
            byKey.computeIfAbsent(keys.key(w, forms.get(w)), k -> new ArrayList<>()).add(w);
        }
        List<List<Reference>> out = new ArrayList<>();
        for (List<Reference> g : byKey.values()) {
            if (g.size() > 1) {
                out.add(g);
            }
        }
        return out;
    }

    private static int nameCount(Reference work, StyleTraits traits) {
        Map<String, Object> json = CslMapper.toJson(work, "w");
        int most = 0;
        for (String variable : traits.citeNameVariables()) {
            if (json.get(variable) instanceof List<?> list) {
                most = Math.max(most, list.size());
            }
        }
        return most;
    }

    /**
     * The given names a global rule adds: a family name shared by different people (by given name) gets their
     * initials where the initials tell them apart, else (unless the rule is one "with initials") the full given
     * names; only the first name of each cite under the {@code primary-name} rules.
     */
    static Map<Reference, List<Integer>> globalGivens(List<Reference> works, String rule, StyleTraits traits) {
        boolean primary = rule.startsWith("primary-name");
        boolean initialsOnly = rule.endsWith("-with-initials");
        Map<String, Set<String>> people = new HashMap<>();   // family → the given names it has
        Map<Reference, List<Map<?, ?>>> names = new LinkedHashMap<>();
        for (Reference w : works) {
            List<Map<?, ?>> list = citeNames(CslMapper.toJson(w, "w"), traits);
            names.put(w, list);
            for (int i = 0; i < list.size() && (!primary || i == 0); i++) {
                String family = family(list.get(i));
                String given = given(list.get(i));
                if (family != null && given != null) {
                    people.computeIfAbsent(family, k -> new HashSet<>()).add(given);
                }
            }
        }
        Map<Reference, List<Integer>> out = new HashMap<>();
        for (Map.Entry<Reference, List<Map<?, ?>>> e : names.entrySet()) {
            List<Integer> levels = new ArrayList<>();
            boolean any = false;
            List<Map<?, ?>> list = e.getValue();
            for (int i = 0; i < list.size(); i++) {
                String family = family(list.get(i));
                String given = given(list.get(i));
                int level = 0;
                if ((!primary || i == 0) && family != null && given != null && people.get(family).size() > 1) {
                    Set<String> initials = new HashSet<>();
                    for (String other : people.get(family)) {
                        if (!other.equals(given)) {
                            initials.add(initials(other, "."));
                        }
                    }
                    level = initials.contains(initials(given, ".")) && !initialsOnly ? 2 : 1;
                    any = true;
                }
                levels.add(level);
            }
            if (any) {
                out.put(e.getKey(), levels);
            }
        }
        return out;
    }

    /** The names a cite shows: those of the first of the style's cite name variables the item has. */
    static List<Map<?, ?>> citeNames(Map<String, Object> item, StyleTraits traits) {
        for (String variable : traits.citeNameVariables()) {
            if (item.get(variable) instanceof List<?> list && !list.isEmpty()) {
                List<Map<?, ?>> out = new ArrayList<>();
                for (Object o : list) {
                    out.add(o instanceof Map<?, ?> m ? m : Map.of());
                }
                return out;
            }
        }
        return List.of();
    }

    /**
     * The item with its cite's names given as the form asks: each name whose level is above 0 becomes a literal
     * name with its initials or given name ("P. Brown"), which the style's short form prints as it stands, and its
     * year suffix set. The item itself is not changed.
     */
    static Map<String, Object> applied(Map<String, Object> item, Form form, Options options, StyleTraits traits) {
        if (form.givens().isEmpty() && form.yearSuffix().isEmpty()) {
            return item;
        }
        Map<String, Object> out = new LinkedHashMap<>(item);
        if (!form.yearSuffix().isEmpty()) {
            out.put("year-suffix", form.yearSuffix());
        }
        for (String variable : traits.citeNameVariables()) {
            if (item.get(variable) instanceof List<?> list && !list.isEmpty()) {
                List<Object> names = new ArrayList<>(list);
                for (int i = 0; i < names.size() && i < form.givens().size(); i++) {
                    int level = form.givens().get(i);
                    if (level > 0 && names.get(i) instanceof Map<?, ?> name && given(name) != null
                            && family(name) != null) {
                        names.set(i, Map.of("literal", expanded(name, level, options, i == 0)));
                    }
                }
                out.put(variable, names);
                break;
            }
        }
        return out;
    }

    /** A name with its initials (level 1, where the style initializes) or its given name, as a cite shows it. */
    static String expanded(Map<?, ?> name, int level, Options options, boolean first) {
        String given = Objects.requireNonNull(given(name));
        String shown = level == 1 && options.initializeWith() != null
                ? initials(given, options.initializeWith()) : given;
        String dropping = text(name.get("dropping-particle"));
        String particle = text(name.get("non-dropping-particle"));
        String family = text(name.get("family"));
        String suffix = text(name.get("suffix"));
        String surname = (particle.isEmpty() ? "" : particle + " ") + family;
        if (options.sortOrder() && first) {
            return surname + ", " + shown + (dropping.isEmpty() ? "" : " " + dropping)
                    + (suffix.isEmpty() ? "" : ", " + suffix);
        }
        return shown + " " + (dropping.isEmpty() ? "" : dropping + " ") + surname
                + (suffix.isEmpty() ? "" : ", " + suffix);
    }

    /** "John Paul" as "J. P.", "Jean-Paul" as "J.-P.", with the style's {@code initialize-with}. */
    static String initials(String given, String initializeWith) {
        String mark = initializeWith.strip();
        boolean spaced = !initializeWith.isEmpty() && Character.isWhitespace(
                initializeWith.charAt(initializeWith.length() - 1));
        List<String> parts = new ArrayList<>();
        for (String word : given.strip().split("\\s+")) {
            List<String> pieces = new ArrayList<>();
            for (String piece : word.split("-")) {
                if (!piece.isEmpty()) {
                    pieces.add(new String(Character.toChars(piece.codePointAt(0))) + mark);
                }
            }
            if (!pieces.isEmpty()) {
                parts.add(String.join("-", pieces));
            }
        }
        return String.join(spaced ? " " : "", parts);
    }

    private static @Nullable String family(Map<?, ?> name) {
        if (name.get("literal") != null || !(name.get("family") instanceof String f) || f.isBlank()) {
            return null;
        }
        return (text(name.get("non-dropping-particle")) + " " + f).strip().toLowerCase(Locale.ROOT);
    }

    private static @Nullable String given(Map<?, ?> name) {
        return name.get("given") instanceof String g && !g.isBlank() ? g.strip() : null;
    }

    private static String text(@Nullable Object o) {
        return o == null ? "" : o.toString().strip();
    }

    /**
     * The citation's {@code disambiguate} tests in the order its layout reaches them, each macro followed where it
     * is first called: the i-th is numbered i, by its place among all the style's {@code if} and {@code else-if}
     * elements in document order ({@link #conditionElements}). Tests the citation never reaches are not listed.
     */
    static Map<Integer, Integer> conditionOrder(Element root) {
        List<Element> all = conditionElements(root);
        Map<Element, Integer> place = new java.util.IdentityHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            place.put(all.get(i), i);
        }
        Map<Integer, Integer> order = new LinkedHashMap<>();
        Element citation = child(root, "citation");
        if (citation != null) {
            walk(citation, macros(root), new HashSet<>(), place, order);
        }
        return order;
    }

    /** Every {@code if} and {@code else-if} of the style, in document order. */
    static List<Element> conditionElements(Element root) {
        List<Element> out = new ArrayList<>();
        NodeList all = root.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if ("if".equals(e.getLocalName()) || "else-if".equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static void walk(Element e, Map<String, Element> macros, Set<String> seen, Map<Element, Integer> place,
                             Map<Integer, Integer> order) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element c) || "sort".equals(c.getLocalName())) {
                continue;
            }
            if (!c.getAttribute("disambiguate").isBlank() && place.containsKey(c)) {
                order.putIfAbsent(place.get(c), order.size());
            }
            String macro = c.getAttribute("macro");
            if ("text".equals(c.getLocalName()) && !macro.isEmpty() && macros.containsKey(macro) && seen.add(macro)) {
                walk(macros.get(macro), macros, seen, place, order);
            }
            walk(c, macros, seen, place, order);
        }
    }

    private static @Nullable Element firstName(@Nullable Element e, Map<String, Element> macros, Set<String> seen) {
        if (e == null) {
            return null;
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element c)) {
                continue;
            }
            if ("name".equals(c.getLocalName())) {
                return c;
            }
            String macro = c.getAttribute("macro");
            Element found = "text".equals(c.getLocalName()) && !macro.isEmpty() && macros.containsKey(macro)
                    && seen.add(macro) ? firstName(macros.get(macro), macros, seen) : firstName(c, macros, seen);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** An attribute of the name element, else the one the citation or the style sets for its names. */
    private static @Nullable String inherited(@Nullable Element name, Element citation, Element root, String own,
                                              String inheritedName) {
        if (name != null && name.hasAttribute(own)) {
            return name.getAttribute(own);
        }
        if (citation.hasAttribute(inheritedName)) {
            return citation.getAttribute(inheritedName);
        }
        return root.hasAttribute(inheritedName) ? root.getAttribute(inheritedName) : null;
    }

    private static Map<String, Element> macros(Element root) {
        Map<String, Element> macros = new HashMap<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "macro".equals(e.getLocalName())) {
                macros.put(e.getAttribute("name"), e);
            }
        }
        return macros;
    }

    private static @Nullable Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }
}

package org.ibidem.style;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What a style asks of the processor that citeproc-java 3.5 does not do, read from the style's XML, so that
 * {@link ListRevision} can do it instead.
 *
 * <pre>{@code
 * StyleTraits apa = StyleTraits.of(apaXml);
 * apa.addYearSuffix();             // true: cs:citation disambiguate-add-year-suffix="true"
 * StyleTraits mla = StyleTraits.of(mlaXml);
 * mla.authorSubstitute();          // "———": cs:bibliography subsequent-author-substitute
 * mla.nameVariables();             // [author, editor, translator, …]: the first cs:names and its substitutes
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param addYearSuffix      whether ambiguous cites are told apart by "a", "b" after the year
 * @param authorSubstitute   what replaces names repeated from the entry before, or null
 * @param substituteRule     the subsequent-author-substitute-rule ({@code complete-all} unless the style says)
 * @param nameVariables      the variables of the first names element of the bibliography, then those of its
 *                           cs:substitute, in order: where the names an entry starts with come from
 * @param demoteParticle     the style's demote-non-dropping-particle ({@code display-and-sort} unless it says)
 * @param citeNameVariables  where the names a cite shows come from, for year suffixes: the variables of the
 *                           bibliography's first names element that has a cs:substitute, then those of every names
 *                           element inside that substitute (macros followed), in order; APA substitutes an edited
 *                           book's editor, "Doe, J. (Ed.). (2010b)", inside a choose of a macro
 * @param pageRangeFormat    the style's page-range-format, "" if it sets none
 * @param noteStyle          whether the style's class is "note" (its cites are footnotes, not in the text)
 */
record StyleTraits(boolean addYearSuffix, String authorSubstitute, String substituteRule,
        List<String> nameVariables, String demoteParticle, List<String> citeNameVariables, String pageRangeFormat,
        boolean noteStyle) {

    /** When a style's layout has no names element at all. */
    private static final List<String> DEFAULT_NAMES = List.of("author", "editor", "translator");

    StyleTraits {
        nameVariables = List.copyOf(nameVariables);
        citeNameVariables = List.copyOf(citeNameVariables);
    }

    /** Whether the processor must rewrite anything for this style. */
    boolean revisesList() {
        return addYearSuffix || (authorSubstitute != null && substituteRule.equals("complete-all"));
    }

    /**
     * The traits of an independent style.
     *
     * @throws IOException if the XML cannot be parsed
     */
    static StyleTraits of(String styleXml) throws IOException {
        Element root = StyleXml.root(styleXml);
        Map<String, Element> macros = new HashMap<>();
        Element citation = null;
        Element bibliography = null;
        for (Node c = root.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e) {
                switch (e.getNodeName()) {
                    case "macro" -> macros.put(e.getAttribute("name"), e);
                    case "citation" -> citation = e;
                    case "bibliography" -> bibliography = e;
                    default -> { }
                }
            }
        }
        boolean yearSuffix = citation != null && "true".equals(citation.getAttribute("disambiguate-add-year-suffix"));
        String substitute = null;
        String rule = "complete-all";
        List<String> names = DEFAULT_NAMES;
        List<String> citeNames = null;
        if (bibliography != null) {
            if (bibliography.hasAttribute("subsequent-author-substitute")) {
                substitute = bibliography.getAttribute("subsequent-author-substitute");
            }
            if (bibliography.hasAttribute("subsequent-author-substitute-rule")) {
                rule = bibliography.getAttribute("subsequent-author-substitute-rule");
            }
            Element first = firstNames(bibliography, macros, new HashSet<>());
            if (first != null) {
                names = variables(first);
            }
            Element substituted = firstSubstitutedNames(bibliography, macros, new HashSet<>());
            if (substituted != null) {
                Set<String> all = new LinkedHashSet<>(split(substituted.getAttribute("variable")));
                for (Node c = substituted.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (c instanceof Element s && s.getNodeName().equals("substitute")) {
                        namesWithin(s, macros, new HashSet<>(), all);
                    }
                }
                citeNames = new ArrayList<>(all);
            }
        }
        String demote = root.hasAttribute("demote-non-dropping-particle")
                ? root.getAttribute("demote-non-dropping-particle") : "display-and-sort";
        return new StyleTraits(yearSuffix, substitute, rule, names, demote,
                citeNames == null || citeNames.isEmpty() ? names : citeNames, root.getAttribute("page-range-format"),
                "note".equals(root.getAttribute("class")));
    }

    /** The first cs:names with a cs:substitute in document order, following macros; null if there is none. */
    private static Element firstSubstitutedNames(Element e, Map<String, Element> macros, Set<String> seen) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element child) || child.getNodeName().equals("sort")) {
                continue;
            }
            if (child.getNodeName().equals("names") && hasChild(child, "substitute")) {
                return child;
            }
            String macro = child.getAttribute("macro");
            Element found = child.getNodeName().equals("text") && !macro.isEmpty() && macros.containsKey(macro)
                    && seen.add(macro) ? firstSubstitutedNames(macros.get(macro), macros, seen)
                    : firstSubstitutedNames(child, macros, seen);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Adds the variables of every cs:names inside the element, in document order, following macros. */
    private static void namesWithin(Element e, Map<String, Element> macros, Set<String> seen, Set<String> out) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element child)) {
                continue;
            }
            if (child.getNodeName().equals("names")) {
                out.addAll(split(child.getAttribute("variable")));
            }
            String macro = child.getAttribute("macro");
            if (child.getNodeName().equals("text") && !macro.isEmpty() && macros.containsKey(macro)
                    && seen.add(macro)) {
                namesWithin(macros.get(macro), macros, seen, out);
            }
            namesWithin(child, macros, seen, out);
        }
    }

    private static boolean hasChild(Element e, String name) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child && child.getNodeName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The first cs:names in document order, following macros; null if there is none. */
    private static Element firstNames(Element e, Map<String, Element> macros, Set<String> seen) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element child) || child.getNodeName().equals("sort")) {
                continue;
            }
            if (child.getNodeName().equals("names")) {
                return child;
            }
            Element found = null;
            String macro = child.getAttribute("macro");
            if (child.getNodeName().equals("text") && !macro.isEmpty() && macros.containsKey(macro)
                    && seen.add(macro)) {
                found = firstNames(macros.get(macro), macros, seen);
            } else {
                found = firstNames(child, macros, seen);
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The names element's variables, then those of the names elements in its cs:substitute. */
    private static List<String> variables(Element names) {
        Set<String> out = new LinkedHashSet<>(split(names.getAttribute("variable")));
        for (Node c = names.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element s && s.getNodeName().equals("substitute")) {
                for (Node n = s.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element sn && sn.getNodeName().equals("names")) {
                        out.addAll(split(sn.getAttribute("variable")));
                    }
                }
            }
        }
        return out.isEmpty() ? DEFAULT_NAMES : new ArrayList<>(out);
    }

    private static List<String> split(String variables) {
        List<String> out = new ArrayList<>();
        for (String v : variables.trim().split("\\s+")) {
            if (!v.isEmpty()) {
                out.add(v);
            }
        }
        return out;
    }
}

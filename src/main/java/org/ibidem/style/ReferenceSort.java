package org.ibidem.style;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.internal.CollectingVariableListener;
import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.SKey;
import de.undercouch.citeproc.csl.internal.SStyle;
import de.undercouch.citeproc.csl.internal.locale.LLocale;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The bibliography order as citeproc-js, the CSL reference processor, sorts it (CSL 1.0.2, "Sorting"), where
 * citeproc-java 3.5 sorts differently:
 * <ul>
 *   <li>Names in a key are compared name by name, each family name then given names ("Bender, Emily M., Timnit
 *       Gebru" before "Bender, Emily M., and Alexander Koller": Gebru before Koller, CMOS 17 §14.70, APA 7 §9.46);
 *       citeproc-java compares the names as printed, with "and" between them.</li>
 *   <li>A date in a key is compared as a date (29 May 1967 before 23 June 1967), not as the text printed.</li>
 *   <li>Keys are collated as citeproc-js collates them ({@link SortCollation}): a title opening with a quotation
 *       mark sorts by its first word, not after Z; a space sorts before a letter.</li>
 *   <li>Equal keys keep the order the works were given in.</li>
 * </ul>
 * The keys are rendered by citeproc-java from a copy of the style changed for sorting, as CSL says a processor
 * renders sort keys: every name in sort order ({@code name-as-sort-order="all"}) without the "and" before the
 * last, every date as a number (year, month, day), and a key on a name or date variable through such a macro.
 * Particles are placed by {@link ParticleDemotion} on the items beforehand (demoted or not, as the style says).
 *
 * <p>And where citeproc-js 2.4 means to but does not (its attempt is defeated by its own key separator): in an
 * English style, an initial "A", "An" or "The" is skipped ("An Essay…" under E, "The Zebra" under Z), as CMOS 17
 * (chapter 14) and MLA 9 (chapter 5, alphabetizing by title) say; see docs/formatting-differences.md.
 *
 * <pre>{@code
 * ReferenceSort sort = ReferenceSort.of(chicagoXml);           // null if the style does not sort
 * List<String> ids = sort.sort(items, locale);                 // the ids in bibliography order
 * }</pre>
 *
 * <p>Immutable; {@link #sort} is not safe to run concurrently for the same instance, as citeproc-java's rendering
 * of one style is not.
 */
final class ReferenceSort {

    private static final Set<String> DATE_VARIABLES = Set.of("accessed", "available-date", "event-date", "issued",
            "original-date", "submitted");
    private static final Set<String> NAME_VARIABLES = Set.of("author", "editor", "translator", "container-author",
            "collection-editor", "composer", "director", "illustrator", "interviewer", "original-author", "recipient",
            "reviewed-author", "editorial-director", "compiler", "chair", "contributor", "curator",
            "executive-producer", "guest", "host", "narrator", "organizer", "performer", "producer", "script-writer",
            "series-creator");

    private static final List<String> ET_AL_OPTIONS = List.of("et-al-min", "et-al-use-first", "et-al-use-last");

    /** Marks that frame a date and its parts in a rendered key; private-use characters no text contains. */
    private static final String DATE_OPEN = "\uE100";
    private static final String DATE_CLOSE = "\uE10F";
    private static final String[] PART_MARKS = {"\uE101", "\uE102", "\uE103"};
    private static final String[] PARTS = {"year", "month", "day"};
    private static final Pattern DATE = Pattern.compile(DATE_OPEN + "([^" + DATE_CLOSE + "]*)" + DATE_CLOSE);

    private final SStyle style;
    private final List<SKey> keys;

    private ReferenceSort(SStyle style, List<SKey> keys) {
        this.style = style;
        this.keys = List.copyOf(keys);
    }

    /**
     * The sort of a style's bibliography.
     *
     * @param styleXml the independent style's XML
     * @return the sort, or null if the style has no bibliography, does not sort it, or sorts by citation number
     * @throws IOException if the XML cannot be parsed
     */
    static ReferenceSort of(String styleXml) throws IOException {
        Element root = StyleXml.root(styleXml);
        Document doc = root.getOwnerDocument();
        Element bibliography = null;
        for (Node c = root.getFirstChild(); c != null; c = c.getNextSibling()) {
            if ("bibliography".equals(c.getNodeName())) {
                bibliography = (Element) c; // citeproc-java keeps the last one
            }
        }
        Element sort = bibliography == null ? null : firstChild(bibliography, "sort");
        if (sort == null) {
            return null;
        }
        for (Element e : elements(doc, "name")) {
            e.setAttribute("name-as-sort-order", "all");
            e.removeAttribute("and");
            // citeproc-java applies the bibliography's et-al options only inside its layout, not to sort keys.
            for (String option : ET_AL_OPTIONS) {
                String inherited = bibliography.hasAttribute(option) ? bibliography.getAttribute(option)
                        : root.getAttribute(option);
                if (!e.hasAttribute(option) && !inherited.isEmpty()) {
                    e.setAttribute(option, inherited);
                }
            }
        }
        // A role is no part of a name's key, as citeproc-js renders keys: "Doe, J. (Ed.)" sorts with "Doe, J.".
        for (Element names : elements(doc, "names")) {
            for (Element label = firstChild(names, "label"); label != null; label = firstChild(names, "label")) {
                names.removeChild(label);
            }
        }
        for (Element e : List.of(root, bibliography)) {
            e.removeAttribute("and");
            e.setAttribute("name-as-sort-order", "all");
        }
        for (Element e : elements(doc, "date")) {
            numericDate(e);
        }
        List<Element> keyElements = new ArrayList<>();
        for (Node c = sort.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element key && key.getNodeName().equals("key")) {
                keyElements.add(key);
            }
        }
        int generated = 0;
        for (Element key : keyElements) {
            String variable = key.getAttribute("variable");
            if (variable.equals("citation-number")) {
                return null;
            }
            if (DATE_VARIABLES.contains(variable) || NAME_VARIABLES.contains(variable)) {
                // citeproc-java renders a key variable as a string; dates and names need a macro.
                String name = "ibidem-sort-key-" + generated++;
                Element macro = doc.createElement("macro");
                macro.setAttribute("name", name);
                if (DATE_VARIABLES.contains(variable)) {
                    Element date = doc.createElement("date");
                    date.setAttribute("variable", variable);
                    macro.appendChild(date);
                    numericDate(date);
                } else {
                    Element names = doc.createElement("names");
                    names.setAttribute("variable", variable);
                    Element n = doc.createElement("name");
                    n.setAttribute("name-as-sort-order", "all");
                    names.appendChild(n);
                    macro.appendChild(names);
                }
                root.insertBefore(macro, root.getFirstChild());
                key.removeAttribute("variable");
                key.setAttribute("macro", name);
            }
        }
        List<SKey> keys = new ArrayList<>();
        for (Element key : keyElements) {
            keys.add(new SKey(key));
        }
        return keys.isEmpty() ? null : new ReferenceSort(new SStyle(doc), keys);
    }

    /**
     * The ids of the items in bibliography order.
     *
     * @param items  the items by id, in the order they were given (which breaks ties)
     * @param locale the processor's merged locale
     * @return the ids in order, or null if a key reads the citation number
     */
    List<String> sort(Map<String, CSLItemData> items, LLocale locale) {
        List<String> ids = new ArrayList<>(items.keySet());
        String[][] collated = new String[ids.size()][];
        for (int i = 0; i < ids.size(); i++) {
            collated[i] = render(items.get(ids.get(i)), locale);
            if (collated[i] == null) {
                return null;
            }
        }
        List<Integer> order = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            order.add(i);
        }
        // List.sort is stable: equal keys keep the given order, as citeproc-js's registration sequence does.
        order.sort(Comparator.comparing((Integer i) -> collated[i], this::compare));
        List<String> sorted = new ArrayList<>(ids.size());
        for (int i : order) {
            sorted.add(ids.get(i));
        }
        return sorted;
    }

    /** The first key that differs decides; an empty key sorts last in ascending order and first in descending. */
    private int compare(String[] a, String[] b) {
        for (int k = 0; k < keys.size(); k++) {
            int direction = keys.get(k).getSort();
            if (a[k] == null || b[k] == null) {
                if (a[k] != b[k]) {
                    return (a[k] == null ? 1 : -1) * direction;
                }
                continue;
            }
            int c = a[k].compareTo(b[k]);
            if (c != 0) {
                return Integer.signum(c) * direction;
            }
        }
        return 0;
    }

    /** The item's collation keys, null for an empty key; null if a key reads the citation number. */
    private String[] render(CSLItemData item, LLocale locale) {
        String[] out = new String[keys.size()];
        for (int k = 0; k < keys.size(); k++) {
            RenderContext ctx = new RenderContext(style, locale, item, null);
            CollectingVariableListener listener = new CollectingVariableListener();
            ctx.addVariableListener(listener);
            keys.get(k).render(ctx);
            ctx.removeVariableListener(listener);
            if (listener.getCalled().contains("citation-number")) {
                return null;
            }
            String rendered = withoutLeadingArticle(numericDates(ctx.getResult().toString()).strip(), locale);
            out[k] = rendered.isEmpty() ? null : SortCollation.key(rendered);
        }
        return out;
    }

    /** An initial English article and its space, after any opening quotation marks, when the next word follows. */
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^[\"'“‘«(\\[]*(?i:the|an|a)\\s+(?=\\S)");

    /**
     * The key without a leading article, in a style written in English; a name in sort order ("An, Jung-hee")
     * has a comma after its first word and keeps it.
     */
    static String withoutLeadingArticle(String key, LLocale locale) {
        if (key.isEmpty() || !"en".equals(locale.getLang().getLanguage())) {
            return key;
        }
        Matcher m = LEADING_ARTICLE.matcher(key);
        return m.find() ? key.substring(m.end()) : key;
    }

    /**
     * Makes a date element render its year, month and day, each behind a mark, whatever form it had; the parts
     * it did not show (a year-only date) are left out, as citeproc-js leaves them out of its key.
     */
    private static void numericDate(Element date) {
        List<String> shown = new ArrayList<>();
        if (date.hasAttribute("date-parts")) {
            String parts = date.getAttribute("date-parts");
            shown.add("year");
            if (parts.contains("month")) {
                shown.add("month");
            }
            if (parts.equals("year-month-day")) {
                shown.add("day");
            }
        } else {
            for (Node c = date.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element part && part.getNodeName().equals("date-part")) {
                    shown.add(part.getAttribute("name"));
                }
            }
            if (shown.isEmpty()) {
                shown.addAll(List.of(PARTS));
            }
        }
        while (date.getFirstChild() != null) {
            date.removeChild(date.getFirstChild());
        }
        String variable = date.getAttribute("variable");
        while (date.getAttributes().getLength() > 0) {
            date.removeAttribute(date.getAttributes().item(0).getNodeName());
        }
        date.setAttribute("variable", variable);
        date.setAttribute("prefix", DATE_OPEN);
        date.setAttribute("suffix", DATE_CLOSE);
        for (int i = 0; i < PARTS.length; i++) {
            if (shown.contains(PARTS[i])) {
                Element part = date.getOwnerDocument().createElement("date-part");
                part.setAttribute("name", PARTS[i]);
                if (i > 0) {
                    part.setAttribute("form", "numeric-leading-zeros");
                }
                part.setAttribute("prefix", PART_MARKS[i]);
                date.appendChild(part);
            }
        }
    }

    /** Each marked date made one number, year, month and day, "00" for a part not given. */
    static String numericDates(String rendered) {
        if (!rendered.contains(DATE_OPEN)) {
            return rendered;
        }
        Matcher m = DATE.matcher(rendered);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String parts = m.group(1);
            StringBuilder number = new StringBuilder("1");
            for (int i = 0; i < PARTS.length; i++) {
                String digits = partDigits(parts, PART_MARKS[i]);
                int width = i == 0 ? 4 : 2;
                number.append("0".repeat(Math.max(0, width - digits.length()))).append(digits);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(" " + number + " "));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The digits right after the first mark of a part, "" if there are none. */
    private static String partDigits(String parts, String mark) {
        int at = parts.indexOf(mark);
        if (at < 0) {
            return "";
        }
        int end = at + mark.length();
        while (end < parts.length() && Character.isDigit(parts.charAt(end))) {
            end++;
        }
        return parts.substring(at + mark.length(), end);
    }

    private static Element firstChild(Element parent, String name) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && e.getNodeName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> elements(Document doc, String name) {
        NodeList list = doc.getElementsByTagName(name);
        List<Element> out = new ArrayList<>(list.getLength());
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }
}

package org.ibidem.style;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.internal.CollectingVariableListener;
import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.SKey;
import de.undercouch.citeproc.csl.internal.SStyle;
import de.undercouch.citeproc.csl.internal.locale.LLocale;
import de.undercouch.citeproc.helper.AlphanumComparator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The order in which citeproc-java 3.5's {@code CSL.registerCitationItems} would list a bibliography, computed
 * without its quadratic cost, so that the items can then be registered already in that order ({@code unsorted}).
 *
 * <p>Why: {@code CSL.registerItems} inserts the items one by one into a sorted list. For each it runs a binary
 * search whose comparator renders the style's sort keys of <em>both</em> items on every comparison (nothing is
 * cached: ~2 log₂ n key renderings per item, with {@code toTitleCase} regexes in them), and after each insertion
 * it gives every item behind the insertion point a new citation number by copying it whole
 * ({@code new CSLItemDataBuilder(item).citationNumber(…).build()} and a map update): n²/4 copies for a list in
 * random order. At 10,000 Chicago works that is 87 % of the time of a bibliography (see benchmarks/README.md).
 *
 * <p>How, equivalently: each item's sort keys are rendered once, by the style's own {@link SKey}s in a
 * {@link RenderContext} like the one citeproc-java's comparator makes, and compared the way that comparator does
 * (empty keys last whatever the direction, else {@link AlphanumComparator} in the style's locale times the key's
 * direction, first difference wins). The insertion itself is replayed with the same
 * {@link Collections#binarySearch} over the same sequence of lists, including citeproc-java's quirk of appending
 * an item at the very end when the search lands on an equal one, so the order is the same even for ties. Items
 * registered in this order with {@code unsorted = true} get the same citation numbers (position + 1) and the
 * same data as in one plain sorted pass; the rendering that follows is untouched.
 *
 * <p>Not applicable, and {@link #sort} says so by returning null, when a sort key reads the citation number
 * (citeproc-java compares a numbered item against an unnumbered one there, and may number in reverse): the caller
 * then makes the plain pass. This relies on citeproc-java's public but internal classes ({@code SKey},
 * {@code RenderContext}, {@code AlphanumComparator}); {@code BibliographyOrderTest} compares the result with a
 * plain pass so that an upgrade that changes them fails a test rather than the output.
 *
 * <p>Immutable and thread-safe; {@link #sort} is not safe to run concurrently for the same style objects, as
 * citeproc-java's rendering is not.
 */
final class BibliographyOrder {

    /** The style's bibliography sort keys in order; empty when the bibliography is not sorted. */
    private final List<SKey> keys;

    private BibliographyOrder(List<SKey> keys) {
        this.keys = List.copyOf(keys);
    }

    /**
     * The sort keys of a style's bibliography, read from the same XML citeproc-java builds its processor from.
     *
     * @param styleXml the independent style's XML
     * @return the order, or null if the XML has no bibliography (the caller's plain pass reports that)
     * @throws IOException if the XML cannot be parsed
     */
    static BibliographyOrder of(String styleXml) throws IOException {
        Element root = StyleXml.root(styleXml);
        // citeproc-java's SStyle keeps the last <bibliography> child, SBibliography the first <sort> in it.
        Node bibliography = null;
        for (Node c = root.getFirstChild(); c != null; c = c.getNextSibling()) {
            if ("bibliography".equals(c.getNodeName())) {
                bibliography = c;
            }
        }
        if (bibliography == null) {
            return null;
        }
        List<SKey> keys = new ArrayList<>();
        Node sort = null;
        for (Node c = bibliography.getFirstChild(); c != null && sort == null; c = c.getNextSibling()) {
            if ("sort".equals(c.getNodeName())) {
                sort = c;
            }
        }
        if (sort != null) {
            for (Node c = sort.getFirstChild(); c != null; c = c.getNextSibling()) {
                if ("key".equals(c.getNodeName())) {
                    keys.add(new SKey(c));
                }
            }
        }
        return new BibliographyOrder(keys);
    }

    /** Whether the style sorts its bibliography at all (if not, citeproc-java keeps the given order). */
    boolean sorts() {
        return !keys.isEmpty();
    }

    /**
     * The ids of the items in the order one plain {@code registerCitationItems(ids)} would give them.
     *
     * @param items  the items by id, in the order they would be registered
     * @param style  the processor's parsed style
     * @param locale the processor's merged locale
     * @return the ids in bibliography order, or null if a sort key reads the citation number
     */
    List<String> sort(Map<String, CSLItemData> items, SStyle style, LLocale locale) {
        List<String> ids = new ArrayList<>(items.keySet());
        if (keys.isEmpty()) {
            return ids;
        }
        String[][] rendered = new String[ids.size()][];
        for (int i = 0; i < ids.size(); i++) {
            rendered[i] = render(items.get(ids.get(i)), style, locale);
            if (rendered[i] == null) {
                return null;
            }
        }
        AlphanumComparator alphanum = new AlphanumComparator(locale.getLang());
        // compare(element of the list, item being inserted): the argument order Collections.binarySearch uses
        // with citeproc-java's comparator, kept in case the collation is not perfectly antisymmetric.
        List<Integer> order = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            int at = Collections.binarySearch(order, i, (a, b) -> compare(rendered[a], rendered[b], alphanum));
            // A hit means an equal item: citeproc-java then appends at the end, not next to it.
            order.add(at < 0 ? -(at + 1) : order.size(), i);
        }
        List<String> sorted = new ArrayList<>(ids.size());
        for (int i : order) {
            sorted.add(ids.get(i));
        }
        return sorted;
    }

    /** The item's rendered sort keys, or null if one of them reads the citation number. */
    private String[] render(CSLItemData item, SStyle style, LLocale locale) {
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
            out[k] = ctx.getResult().toString();
        }
        return out;
    }

    /** citeproc-java's key comparison: the first key that differs decides; an empty key sorts last. */
    private int compare(String[] a, String[] b, AlphanumComparator alphanum) {
        for (int k = 0; k < keys.size(); k++) {
            String sa = a[k];
            String sb = b[k];
            if (sa.isEmpty() && !sb.isEmpty()) {
                return 1;
            }
            if (!sa.isEmpty() && sb.isEmpty()) {
                return -1;
            }
            int c = alphanum.compare(sa, sb);
            if (c != 0) {
                return c * keys.get(k).getSort();
            }
        }
        return 0;
    }
}

package org.ibidem.document;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;

/**
 * What the HTML readers ask of a jsoup tree parsed with positions tracked: where a node starts in the file, which
 * element a {@code #fragment} link names, whether a tag is inline, and sets of elements by identity.
 *
 * <pre>{@code
 * Map<String, Element> anchors = HtmlNodes.anchors(html);
 * Element target = HtmlNodes.target(anchors, "fn3");   // by id, else by <a name>; null when none
 * int at = HtmlNodes.start(target, text);              // an offset into the file
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class HtmlNodes {
    private static final Set<String> INLINE = Set.of("a", "span", "sup", "sub", "b", "i", "em", "strong", "small",
            "cite", "font", "code", "u", "s", "abbr", "q", "var", "mark", "big", "tt", "bdi", "bdo", "time");

    private HtmlNodes() {
    }

    /** Whether the tag sets text within a line ({@code <a>}, {@code <em>}, {@code <sup>}…) rather than a block. */
    static boolean isInline(String tag) {
        return INLINE.contains(tag);
    }

    /** Elements by id and by {@code <a name>}, the targets of {@code #fragment} links. */
    static Map<String, Element> anchors(org.jsoup.nodes.Document html) {
        Map<String, Element> anchors = new HashMap<>();
        for (Element el : html.select("a[name]")) {
            anchors.putIfAbsent(el.attr("name"), el);
        }
        for (Element el : html.select("[id]")) {
            anchors.put(el.id(), el); // an id wins over a name, as browsers resolve fragments
        }
        return anchors;
    }

    /** The element a fragment names, percent-escapes decoded if need be, or null. */
    static Element target(Map<String, Element> anchors, String fragment) {
        Element found = anchors.get(fragment);
        if (found == null && fragment.indexOf('%') >= 0) {
            try {
                found = anchors.get(URLDecoder.decode(fragment, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                return null; // a malformed escape: no element can have that name
            }
        }
        return found;
    }

    /** The file offset where a node starts; nodes jsoup made up (an implied {@code <tbody>}) borrow a neighbour's. */
    static int start(Node node, String source) {
        return Math.min(Math.max(0, start(node)), source.length());
    }

    /** Where a node starts in the file, or where its first child that jsoup read from the file does, or -1. */
    static int start(Node node) {
        Range r = node.sourceRange();
        if (r.isTracked()) {
            return r.startPos();
        }
        for (Node child : node.childNodes()) {
            int s = start(child);
            if (s >= 0) {
                return s;
            }
        }
        return -1;
    }

    /** Whether the element is in the set or inside one that is. */
    static boolean insideAny(Element el, Set<Element> set) {
        for (Element p = el; p != null; p = p.parent()) {
            if (set.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** A new, empty set of elements compared by identity. */
    static Set<Element> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}

package org.ibidem.document;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;

/**
 * Reads the text of one note element: entities decoded, white space collapsed, a space between blocks,
 * {@code <em>}, {@code <i>}, {@code <cite>} and italic {@code style} attributes as emphasis, and each character
 * mapped to where it stands in the file. Backlinks to the note's marker are left out; the first one's label is
 * kept, as Word labels its notes only that way.
 *
 * <pre>{@code
 * HtmlNoteText note = new HtmlNoteText(source, anchors, markerAnchors);
 * note.walk(li);
 * note.text().text();       // "Mary Beard, SPQR, 12."
 * note.backlinkLabel();     // "1" for Word's <a href="#_ftnref1">[1]</a>, else null
 * }</pre>
 *
 * <p>Not thread-safe: one per note, on one thread.
 */
final class HtmlNoteText {
    private static final Pattern ITALIC_STYLE = Pattern.compile("(?i)font-style\\s*:\\s*italic");
    private static final Pattern BACKLINK_CLASS = Pattern.compile("(?i)backlink|footnote-back|reversefootnote|backref");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head");

    private final String source;
    private final Map<String, Element> anchors;
    private final Set<Element> markerAnchors;
    private final NoteTextBuilder text = new NoteTextBuilder();
    private String backlinkLabel;

    /**
     * @param source        the HTML file
     * @param anchors       the page's link targets ({@link HtmlNodes#anchors})
     * @param markerAnchors the markers' elements: a link to one of them, or into one, is a backlink
     */
    HtmlNoteText(String source, Map<String, Element> anchors, Set<Element> markerAnchors) {
        this.source = source;
        this.anchors = anchors;
        this.markerAnchors = markerAnchors;
    }

    /** The text read so far. */
    NoteTextBuilder text() {
        return text;
    }

    /** The label of the first backlink read, or null. */
    String backlinkLabel() {
        return backlinkLabel;
    }

    /** Appends the text of the node's children. */
    void walk(Node node) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode) {
                appendText((TextNode) child);
            } else if (child instanceof Element) {
                element((Element) child);
            }
        }
    }

    private void element(Element e) {
        String tag = e.tagName();
        if (SKIPPED.contains(tag)) {
            return;
        }
        if (isBacklink(e)) {
            if (backlinkLabel == null) {
                String label = HtmlLabels.shownLabel(e.text().strip());
                if (label != null) {
                    backlinkLabel = label;
                }
            }
            return;
        }
        if (tag.equals("br")) {
            text.space();
            return;
        }
        boolean italic = tag.equals("em") || tag.equals("i") || tag.equals("cite")
                || ITALIC_STYLE.matcher(e.attr("style")).find();
        boolean block = !HtmlNodes.isInline(tag);
        if (block) {
            text.space();
        }
        if (italic) {
            text.beginEmphasis();
        }
        walk(e);
        if (italic) {
            text.endEmphasis();
        }
        if (block) {
            text.space();
        }
    }

    /** A link back to a marker, or an element a site marks as one (Wikipedia's "^", pandoc's "↩"). */
    private boolean isBacklink(Element e) {
        if (BACKLINK_CLASS.matcher(e.className()).find()) {
            return true;
        }
        if (!e.tagName().equals("a")) {
            return false;
        }
        if (BACKLINK_CLASS.matcher(e.attr("epub:type") + " " + e.attr("role")).find()) {
            return true; // EPUB's epub:type="backlink", ARIA's role="doc-backlink"
        }
        String href = e.attr("href").strip();
        int hash = href.indexOf('#');
        if (hash < 0) {
            return false;
        }
        Element target = HtmlNodes.target(anchors, href.substring(hash + 1));
        for (Element p = target; p != null; p = p.parent()) {
            if (markerAnchors.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private void appendText(TextNode node) {
        String decoded = node.getWholeText();
        Range range = node.sourceRange();
        int from = range.isTracked() ? Math.min(range.startPos(), source.length()) : -1;
        int to = range.isTracked() ? Math.min(Math.max(range.endPos(), from), source.length()) : -1;
        int[] offsets;
        if (from >= 0) {
            offsets = SourceAlignment.align(decoded, source.subSequence(from, to),
                    SourceAlignment.contiguous(from, to - from), from);
        } else {
            offsets = SourceAlignment.align(decoded, "", new int[0], HtmlNodes.start(node, source));
        }
        for (int k = 0; k < decoded.length(); k++) {
            text.append(decoded.charAt(k), offsets[k]);
        }
    }
}

package org.ibidem.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Which elements of an HTML page hold notes: those the markers link to, Project Gutenberg's
 * {@code [Footnote n: …]} paragraphs, list items with a note-like id ({@code fn1}) or an ARIA
 * {@code doc-endnote}/{@code doc-footnote} role, and the items and labelled paragraphs under a "Notes" heading;
 * of these, the innermost.
 *
 * <pre>{@code
 * Element note = HtmlNoteElements.noteElementFor(anchor);   // the <li> or paragraph around a link's target
 * List<Element> notes = HtmlNoteElements.find(html, List.of(note));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class HtmlNoteElements {
    private static final Pattern NOTES_HEADING = Pattern.compile("(?i)(?:end|foot)?notes?\\s*:?");
    private static final Pattern NOTE_LIST_ITEM_ID = Pattern.compile(
            "(?i)^(fn|footnote|endnote|note|cite_note|ftn|_ftn|en)[-_:.]?[\\p{L}\\p{N}_-]*$");
    private static final Set<String> NOT_A_NOTE = Set.of("html", "head", "body", "section", "ol", "ul", "table",
            "tbody", "thead", "tr", "main", "article", "nav", "header", "footer", "dl", "#root");

    private HtmlNoteElements() {
    }

    /**
     * The page's note elements in document order: those given (the notes markers link to) and those found by their
     * shape, less any that holds another.
     */
    static List<Element> find(org.jsoup.nodes.Document html, List<Element> linked) {
        Set<Element> noteElements = HtmlNodes.identitySet();
        noteElements.addAll(linked);
        noteElements.addAll(gutenbergNotes(html));
        noteElements.addAll(headedNotes(html));
        for (Element li : html.select("li[id], [role~=doc-(end|foot)note]")) {
            if (!li.tagName().equals("li") || NOTE_LIST_ITEM_ID.matcher(li.id()).matches()) {
                noteElements.add(li);
            }
        }
        return innermost(noteElements);
    }

    /** The element a marker's target stands in that holds the note, or null. */
    static Element noteElementFor(Element target) {
        Element el = target;
        while (el != null && HtmlNodes.isInline(el.tagName())) {
            el = el.parent();
        }
        if (el == null || NOT_A_NOTE.contains(el.tagName())) {
            return null;
        }
        if (!el.hasText()) {
            // An empty paragraph that only holds the anchor: the note is the block after it (Project Gutenberg's
            // <p><a name="linknote-208"></a></p><p class="foot">208 (return) [ … ]</p>).
            Element next = el.nextElementSibling();
            if (next == null || !next.hasText() || HtmlNodes.isInline(next.tagName())
                    || NOT_A_NOTE.contains(next.tagName()) || headingLevel(next) > 0) {
                return null;
            }
            el = next;
        }
        Element parent = el.parent();
        if (el.tagName().equals("p") && parent != null
                && (parent.tagName().equals("li") || parent.attr("style").contains("mso-element"))) {
            return parent; // a list item or Word's footnote <div> holding several paragraphs
        }
        return el;
    }

    /**
     * The notes of a section under a "Notes", "Endnotes" or "Footnotes" heading ({@code <h1>}…{@code <h6>}), up to
     * the next heading of the same or a higher level: the items of its lists, and its paragraphs that open with
     * a label ({@code 1.}, {@code [1]}, {@code 1)}, a superscript 1). Found whether or not a marker links to them.
     */
    private static List<Element> headedNotes(org.jsoup.nodes.Document html) {
        List<Element> found = new ArrayList<>();
        for (Element heading : html.select("h1, h2, h3, h4, h5, h6")) {
            if (!NOTES_HEADING.matcher(heading.text().strip()).matches()) {
                continue;
            }
            int level = headingLevel(heading);
            for (Element el = heading.nextElementSibling(); el != null; el = el.nextElementSibling()) {
                int l = headingLevel(el);
                if (l > 0 && l <= level) {
                    break;
                }
                String tag = el.tagName();
                if (tag.equals("ol") || tag.equals("ul")) {
                    for (Element li : el.children()) {
                        if (li.tagName().equals("li")) {
                            found.add(li);
                        }
                    }
                } else if ((tag.equals("p") || tag.equals("div")) && HtmlLabels.opensWithLabel(el.text())) {
                    found.add(el);
                }
            }
        }
        return found;
    }

    /** 1 to 6 for {@code <h1>} to {@code <h6>}, else 0. */
    private static int headingLevel(Element el) {
        String tag = el.tagName();
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6'
                ? tag.charAt(1) - '0' : 0;
    }

    /** Project Gutenberg's {@code [Footnote n: …]} paragraphs. */
    private static List<Element> gutenbergNotes(org.jsoup.nodes.Document html) {
        List<Element> found = new ArrayList<>();
        for (Element block : html.select("p, div, li, blockquote, dd, td")) {
            // text() joins the whole block (and again for each block it is nested in); only a block whose text
            // opens with "[" can match, and that is seen from its first visible character.
            if (firstVisibleChar(block) == '[' && HtmlLabels.opensWithGutenbergLabel(block.text())) {
                found.add(block);
            }
        }
        return found;
    }

    /**
     * The first character of the element's text nodes, in document order, that is neither white space nor
     * invisible (a format character such as a soft hyphen or zero-width space), or 0 when there is none. What
     * {@link Element#text()} trims and drops is a subset of what this skips, so when this is not some character,
     * {@code text()} does not start with it either.
     */
    private static char firstVisibleChar(Element element) {
        Node node = element;
        while (true) {
            if (node instanceof TextNode) {
                String t = ((TextNode) node).getWholeText();
                for (int k = 0; k < t.length(); k++) {
                    char c = t.charAt(k);
                    if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)
                            && Character.getType(c) != Character.FORMAT) {
                        return c;
                    }
                }
            }
            if (node.childNodeSize() > 0) {
                node = node.childNode(0);
                continue;
            }
            while (node != element && node.nextSibling() == null) {
                node = node.parent();
            }
            if (node == element) {
                return 0;
            }
            node = node.nextSibling();
        }
    }

    /** The note elements that contain no other note element, in document order. */
    private static List<Element> innermost(Set<Element> elements) {
        // Mark every ancestor of a note element that is itself one: O(notes × depth), not O(notes²).
        Set<Element> holdsAnother = HtmlNodes.identitySet();
        for (Element el : elements) {
            for (Element p = el.parent(); p != null; p = p.parent()) {
                if (elements.contains(p)) {
                    holdsAnother.add(p);
                }
            }
        }
        List<Element> out = new ArrayList<>();
        for (Element el : elements) {
            if (!holdsAnother.contains(el)) {
                out.add(el);
            }
        }
        out.sort(Comparator.comparingInt(HtmlNodes::start));
        return out;
    }
}

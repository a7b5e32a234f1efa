package org.ibidem.document;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Reads notes from HTML, through jsoup with source positions tracked.
 *
 * <p>It understands the shapes notes take on the web and in exported books:
 * <ul>
 *   <li>body markers that link to the note, {@code <sup><a href="#fn3">3</a></sup>}: blogs, WordPress, pandoc
 *       and Wikipedia ({@code #cite_note-3}), Word's "Save as HTML" ({@code <a href="#_ftn1" name="_ftnref1">}),
 *       and Project Gutenberg's {@code [<a href="#note-25">25</a>]}. A link is a marker when its text is a short
 *       label (digits, one or two letters, *, †…), it sits in or holds a {@code <sup>}, is set in brackets, or
 *       its target's name looks like a note's ({@code fn}, {@code note}, {@code ftn}, {@code cite}), and its
 *       target comes after it (a link back from a note to its marker is a backlink, not a marker);</li>
 *   <li>the note a marker links to: the {@code <li>} of an endnote list, or the paragraph (Word: the footnote
 *       {@code <div>}) around the anchor it names;</li>
 *   <li>Project Gutenberg's {@code <p><a name="note-25" id="note-25"></a>[Footnote 25: …]</p>}, found whether or
 *       not a marker links to it, and list items with a note-like id ({@code fn1}) or an ARIA
 *       {@code doc-endnote}/{@code doc-footnote} role;</li>
 *   <li>under a "Notes", "Endnotes" or "Footnotes" heading, the items of its lists and its paragraphs that open
 *       with a label, with the superscripts that link nowhere ({@code <sup>3</sup>}) as their markers when a note
 *       carries their label.</li>
 * </ul>
 * A note's label is, in this order: its Gutenberg {@code [Footnote n:} label, the text of its backlink
 * ({@code [1]} in Word), its number in an ordered list, a leading {@code 1.} or {@code [1]} in its text, the
 * label of the first marker linking to it. The label and backlinks are removed from the note's text, which is
 * the element's text with entities decoded and white space collapsed; {@code <em>}, {@code <i>},
 * {@code <cite>} and italic {@code style} attributes become {@link Note#emphasis()} spans.
 *
 * <p>Positions point into the HTML file: a note's is its element's start tag, a marker's its {@code <sup>} or
 * {@code <a>} start tag. The {@link TextMap} maps each character of a note's text to its character in the file:
 * exactly for plain text and entities (each character of {@code &mdash;} decoded maps to its {@code &}); inserted
 * spaces between elements map next to their neighbours.
 *
 * <pre>{@code
 * Document doc = new HtmlExtractor().extract("post.html",
 *         "<p>Text.<sup><a href=\"#fn1\">1</a></sup></p>"
 *         + "<ol><li id=\"fn1\">Mary Beard, <em>SPQR</em>, 12.</li></ol>");
 * doc.notes().get(0).text();   // "Mary Beard, SPQR, 12."
 * doc.markers().get(0).label(); // "1"
 * }</pre>
 *
 * <p>Stateless and thread-safe. Never throws on content: jsoup repairs any tag soup.
 */
public final class HtmlExtractor implements NoteExtractor {

    /** Creates an extractor; it keeps no state between documents. */
    public HtmlExtractor() {
        // nothing to set up
    }

    private static final Pattern LABEL_SHAPE = Pattern.compile("\\p{N}{1,9}|[\\p{L}\\p{N}]{1,6}|[*†‡§¶]{1,3}");
    private static final Pattern NOTEISH = Pattern.compile("(?i)fn|ftn|note|cite|sdfoot");
    private static final Pattern GUTENBERG = Pattern.compile(
            "^\\[\\s*Footnote\\s+([0-9]{1,4}|[A-Za-z])\\s*[:;.]?\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_LABEL = Pattern.compile("^\\[?([0-9]{1,4})\\]?[.:)]?\\s+");
    /** What a backlink removed from inside parentheses leaves: {@code 208 (return)} becomes {@code 208 ()}. */
    private static final Pattern EMPTIED_PARENTHESES = Pattern.compile("\\s*\\(\\s*\\)\\s*");
    private static final Pattern NOTES_HEADING = Pattern.compile("(?i)(?:end|foot)?notes?\\s*:?");
    private static final Pattern PLAIN_LABEL = Pattern.compile("[0-9]{1,4}|[*†‡§¶]{1,3}");
    private static final Pattern BRACKETS = Pattern.compile("^[\\[(]\\s*(.*?)\\s*[\\])]$");
    private static final Pattern ITALIC_STYLE = Pattern.compile("(?i)font-style\\s*:\\s*italic");
    private static final Pattern BACKLINK_CLASS = Pattern.compile("(?i)backlink|footnote-back|reversefootnote|backref");
    private static final Pattern NOTE_LIST_ITEM_ID = Pattern.compile(
            "(?i)^(fn|footnote|endnote|note|cite_note|ftn|_ftn|en)[-_:.]?[\\p{L}\\p{N}_-]*$");
    private static final Set<String> INLINE = Set.of("a", "span", "sup", "sub", "b", "i", "em", "strong", "small",
            "cite", "font", "code", "u", "s", "abbr", "q", "var", "mark", "big", "tt", "bdi", "bdo", "time");
    private static final Set<String> NOT_A_NOTE = Set.of("html", "head", "body", "section", "ol", "ul", "table",
            "tbody", "thead", "tr", "main", "article", "nav", "header", "footer", "dl", "#root");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head");

    @Override
    public InputFormat format() {
        return InputFormat.HTML;
    }

    @Override
    public Document extract(String name, String text) {
        LineIndex lines = new LineIndex(text);
        org.jsoup.nodes.Document html = Jsoup.parse(text, "", Parser.htmlParser().setTrackPosition(true));
        Map<String, Element> anchors = anchors(html);

        List<Link> links = candidateMarkers(html, anchors);
        Set<Element> noteElements = identitySet();
        for (Link link : links) {
            if (link.note != null) {
                noteElements.add(link.note);
            }
        }
        noteElements.addAll(gutenbergNotes(html));
        noteElements.addAll(headedNotes(html));
        for (Element li : html.select("li[id], [role~=doc-(end|foot)note]")) {
            if (!li.tagName().equals("li") || NOTE_LIST_ITEM_ID.matcher(li.id()).matches()) {
                noteElements.add(li);
            }
        }
        List<Element> notes = innermost(noteElements);
        Set<Element> inNotes = identitySet();
        inNotes.addAll(notes);

        List<Marker> markers = new ArrayList<>();
        Set<Element> markerAnchors = identitySet();
        Map<Element, String> firstMarkerLabel = new IdentityHashMap<>();
        for (Link link : links) {
            if (insideAny(link.element, inNotes)) {
                continue; // a link between notes, or a backlink
            }
            markers.add(new Marker(link.label, PlainTextExtractor.parseNumber(link.label),
                    lines.position(start(link.outer, text)), null));
            markerAnchors.add(link.element);
            markerAnchors.add(link.outer);
            if (link.note != null) {
                firstMarkerLabel.putIfAbsent(link.note, link.label);
            }
        }
        markers.sort(Comparator.comparingInt(m -> m.position().offset()));

        List<Note> out = new ArrayList<>();
        Ordinals ordinals = new Ordinals();
        for (Element el : notes) {
            NoteBuilder nb = new NoteBuilder(text, anchors, markerAnchors);
            nb.walk(el);
            Labelled labelled = label(el, nb, firstMarkerLabel.get(el), out.size() + 1, ordinals);
            out.add(labelled.text.toNote(out.size() + 1, PlainTextExtractor.parseNumber(labelled.label),
                    labelled.label, lines.position(start(el, text)), null));
        }
        if (plainSuperscriptMarkers(html, inNotes, out, text, lines, markers)) {
            markers.sort(Comparator.comparingInt(m -> m.position().offset()));
        }
        return new Document(name, format(), text, out, markers, List.of(), lines);
    }

    /** A link that looks like a note marker. */
    private static final class Link {
        final Element element;
        final Element outer;
        final String label;
        final Element note;

        Link(Element element, Element outer, String label, Element note) {
            this.element = element;
            this.outer = outer;
            this.label = label;
            this.note = note;
        }
    }

    private static List<Link> candidateMarkers(org.jsoup.nodes.Document html, Map<String, Element> anchors) {
        List<Link> links = new ArrayList<>();
        for (Element a : html.select("a[href]")) {
            String href = a.attr("href").strip();
            int hash = href.indexOf('#');
            if (hash < 0 || hash == href.length() - 1) {
                continue; // only links to a place in a page can be note markers
            }
            String fragment = href.substring(hash + 1);
            if (hash > 0 && target(anchors, fragment) == null) {
                continue; // into another file: a marker only when its note was joined to this one (an e-book's
                          // endnotes file after its chapter)
            }
            Element sup = a.closest("sup");
            String shown = (sup != null && a.text().isBlank() ? sup.text() : a.text()).strip();
            Matcher bracketed = BRACKETS.matcher(shown);
            boolean inBrackets = bracketed.matches() || setInBrackets(a);
            String label = bracketed.matches() ? bracketed.group(1) : shown;
            if (!LABEL_SHAPE.matcher(label).matches()) {
                continue;
            }
            boolean looksLikeNote = sup != null || a.selectFirst("sup") != null || inBrackets
                    || NOTEISH.matcher(fragment).find();
            if (!looksLikeNote) {
                continue;
            }
            Element target = target(anchors, fragment);
            if (target != null && start(target) <= start(a)) {
                continue; // points back: a backlink from a note to its marker
            }
            Element outer = sup != null && sup.text().strip().length() <= shown.length() + 2 ? sup : a;
            links.add(new Link(a, outer, label, target == null ? null : noteElementFor(target)));
        }
        return links;
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
                } else if ((tag.equals("p") || tag.equals("div")) && LEADING_LABEL.matcher(el.text()).lookingAt()) {
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

    /**
     * Adds a marker for each superscript that links nowhere ({@code <sup>3</sup>}) outside the notes whose label is
     * the label of a note, so an exponent or an ordinal ({@code 1<sup>st</sup>}) is not taken for one.
     *
     * @return whether any was added
     */
    private static boolean plainSuperscriptMarkers(org.jsoup.nodes.Document html, Set<Element> inNotes,
                                                   List<Note> notes, String text, LineIndex lines,
                                                   List<Marker> markers) {
        Set<String> labels = new java.util.HashSet<>();
        for (Note n : notes) {
            labels.add(n.label());
        }
        boolean added = false;
        for (Element sup : html.select("sup")) {
            String label = sup.ownText().strip(); // not text(): nested superscripts would make that quadratic
            if (!labels.contains(label) || !PLAIN_LABEL.matcher(label).matches()
                    || sup.selectFirst("a[href]") != null || sup.closest("a") != null || insideAny(sup, inNotes)) {
                continue;
            }
            markers.add(new Marker(label, PlainTextExtractor.parseNumber(label), lines.position(start(sup, text)),
                    null));
            added = true;
        }
        return added;
    }

    /** Project Gutenberg's {@code [Footnote n: …]} paragraphs. */
    private static List<Element> gutenbergNotes(org.jsoup.nodes.Document html) {
        List<Element> found = new ArrayList<>();
        for (Element block : html.select("p, div, li, blockquote, dd, td")) {
            // text() joins the whole block (and again for each block it is nested in); only a block whose text
            // opens with "[" can match, and that is seen from its first visible character.
            if (firstVisibleChar(block) == '[' && GUTENBERG.matcher(block.text()).lookingAt()) {
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

    /** Whether the link stands between a "[" and a "]", as in Gutenberg's {@code [<a href="#note-3">3</a>]}. */
    private static boolean setInBrackets(Element a) {
        Node before = a.previousSibling();
        Node after = a.nextSibling();
        return before instanceof TextNode && ((TextNode) before).getWholeText().endsWith("[")
                && after instanceof TextNode && ((TextNode) after).getWholeText().startsWith("]");
    }

    /** The element a marker's target stands in that holds the note. */
    private static Element noteElementFor(Element target) {
        Element el = target;
        while (el != null && INLINE.contains(el.tagName())) {
            el = el.parent();
        }
        if (el == null || NOT_A_NOTE.contains(el.tagName())) {
            return null;
        }
        if (!el.hasText()) {
            // An empty paragraph that only holds the anchor: the note is the block after it (Project Gutenberg's
            // <p><a name="linknote-208"></a></p><p class="foot">208 (return) [ … ]</p>).
            Element next = el.nextElementSibling();
            if (next == null || !next.hasText() || INLINE.contains(next.tagName())
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

    /** Elements by id and by {@code <a name>}, the targets of {@code #fragment} links. */
    private static Map<String, Element> anchors(org.jsoup.nodes.Document html) {
        Map<String, Element> anchors = new HashMap<>();
        for (Element el : html.select("a[name]")) {
            anchors.putIfAbsent(el.attr("name"), el);
        }
        for (Element el : html.select("[id]")) {
            anchors.put(el.id(), el); // an id wins over a name, as browsers resolve fragments
        }
        return anchors;
    }

    private static Element target(Map<String, Element> anchors, String fragment) {
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

    /** The note elements that contain no other note element, in document order. */
    private static List<Element> innermost(Set<Element> elements) {
        // Mark every ancestor of a note element that is itself one: O(notes × depth), not O(notes²).
        Set<Element> holdsAnother = identitySet();
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
        out.sort(Comparator.comparingInt(HtmlExtractor::start));
        return out;
    }

    private static boolean insideAny(Element el, Set<Element> set) {
        for (Element p = el; p != null; p = p.parent()) {
            if (set.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** A note's label and its text without the label. */
    private static final class Labelled {
        final String label;
        final NoteTextBuilder text;

        Labelled(String label, NoteTextBuilder text) {
            this.label = label;
            this.text = text;
        }
    }

    /**
     * The label is the number a reader sees: Gutenberg's {@code [Footnote n:}, else the text of the marker that
     * links to the note, else the number its list shows, else a number opening its text, else a backlink's
     * label ({@code [1]} in Word), else its place. A label opening the text is cut off whichever label wins, with
     * the empty parentheses a removed backlink leaves ({@code 208 (return)}) and square brackets around the
     * whole rest (Gutenberg's {@code [ … ]}).
     */
    private static Labelled label(Element el, NoteBuilder nb, String markerLabel, int index, Ordinals ordinals) {
        NoteTextBuilder b = nb.text;
        String t = b.text();
        Matcher g = GUTENBERG.matcher(t);
        if (g.lookingAt()) {
            int end = t.endsWith("]") ? t.length() - 1 : t.length();
            return new Labelled(g.group(1), b.slice(g.end(), end));
        }
        int from = 0;
        Matcher leading = LEADING_LABEL.matcher(t);
        String leadingLabel = null;
        if (leading.lookingAt()) {
            leadingLabel = leading.group(1);
            from = leading.end();
        }
        Matcher emptied = EMPTIED_PARENTHESES.matcher(t).region(from, t.length());
        if (emptied.lookingAt()) {
            from = emptied.end();
        }
        int to = t.length();
        if (from < to && t.charAt(from) == '[' && t.charAt(to - 1) == ']' && closingBracket(t, from) == to - 1) {
            from++;
            to--;
        }
        NoteTextBuilder rest = b.slice(from, to);
        if (markerLabel != null) {
            return new Labelled(markerLabel, rest);
        }
        Element parent = el.parent();
        if (el.tagName().equals("li") && parent != null && parent.tagName().equals("ol")) {
            return new Labelled(Integer.toString(ordinals.of(el, parent)), rest);
        }
        if (leadingLabel != null) {
            return new Labelled(leadingLabel, rest);
        }
        return new Labelled(nb.backlinkLabel != null ? nb.backlinkLabel : Integer.toString(index), rest);
    }

    /** Where the {@code [} at {@code open} closes, or -1. */
    private static int closingBracket(String t, int open) {
        int depth = 0;
        for (int i = open; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The numbers a browser shows for list items: the list's {@code start}, an item's {@code value}. Each list is
     * numbered once, when one of its items is first asked for (counting the items before each one anew made a
     * list of 100,000 notes quadratic).
     */
    private static final class Ordinals {
        private final Map<Element, Map<Element, Integer>> byList = new IdentityHashMap<>();

        int of(Element li, Element ol) {
            return byList.computeIfAbsent(ol, Ordinals::number).get(li);
        }

        private static Map<Element, Integer> number(Element ol) {
            Map<Element, Integer> numbers = new IdentityHashMap<>();
            int n = parseIntOr(ol.attr("start"), 1) - 1;
            for (Element sibling : ol.children()) {
                if (sibling.tagName().equals("li")) {
                    n = sibling.hasAttr("value") ? parseIntOr(sibling.attr("value"), n + 1) : n + 1;
                    numbers.put(sibling, n);
                }
            }
            return numbers;
        }
    }

    private static int parseIntOr(String s, int fallback) {
        String t = s.strip();
        if (t.isEmpty() || t.length() > PlainTextExtractor.MAX_DIGITS || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return fallback;
        }
        return Integer.parseInt(t);
    }

    /** Walks a note element, collecting its text without backlinks. */
    private static final class NoteBuilder {
        final String source;
        final Map<String, Element> anchors;
        final Set<Element> markerAnchors;
        final NoteTextBuilder text = new NoteTextBuilder();
        String backlinkLabel;

        NoteBuilder(String source, Map<String, Element> anchors, Set<Element> markerAnchors) {
            this.source = source;
            this.anchors = anchors;
            this.markerAnchors = markerAnchors;
        }

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
                    String shown = e.text().strip();
                    Matcher m = BRACKETS.matcher(shown);
                    String label = m.matches() ? m.group(1) : shown;
                    if (LABEL_SHAPE.matcher(label).matches()) {
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
            boolean block = !INLINE.contains(tag);
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
            Element target = target(anchors, href.substring(hash + 1));
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
                offsets = SourceAlignment.align(decoded, "", new int[0], start(node, source));
            }
            for (int k = 0; k < decoded.length(); k++) {
                text.append(decoded.charAt(k), offsets[k]);
            }
        }
    }

    /** The file offset where a node starts; nodes jsoup made up (an implied {@code <tbody>}) borrow a neighbour's. */
    private static int start(Node node, String source) {
        return Math.min(Math.max(0, start(node)), source.length());
    }

    private static int start(Node node) {
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

    private static Set<Element> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}

package org.ibidem.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
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
 *
 * <p>This class finds the markers and puts the page together; which elements hold notes is decided by
 * {@code HtmlNoteElements}, a note's text is read by {@code HtmlNoteText}, and its label chosen by
 * {@code HtmlLabels}.
 */
public final class HtmlExtractor implements NoteExtractor {

    /** Creates an extractor; it keeps no state between documents. */
    public HtmlExtractor() {
        // nothing to set up
    }

    private static final Pattern NOTEISH = Pattern.compile("(?i)fn|ftn|note|cite|sdfoot");
    private static final Pattern PLAIN_LABEL = Pattern.compile("[0-9]{1,4}|[*†‡§¶]{1,3}");

    @Override
    public InputFormat format() {
        return InputFormat.HTML;
    }

    @Override
    public Document extract(String name, String text) {
        LineIndex lines = new LineIndex(text);
        org.jsoup.nodes.Document html = Jsoup.parse(text, "", Parser.htmlParser().setTrackPosition(true));
        Map<String, Element> anchors = HtmlNodes.anchors(html);

        List<Link> links = candidateMarkers(html, anchors);
        List<Element> linked = new ArrayList<>();
        for (Link link : links) {
            if (link.note != null) {
                linked.add(link.note);
            }
        }
        List<Element> notes = HtmlNoteElements.find(html, linked);
        Set<Element> inNotes = HtmlNodes.identitySet();
        inNotes.addAll(notes);

        List<Marker> markers = new ArrayList<>();
        Set<Element> markerAnchors = HtmlNodes.identitySet();
        Map<Element, String> firstMarkerLabel = new IdentityHashMap<>();
        for (Link link : links) {
            if (HtmlNodes.insideAny(link.element, inNotes)) {
                continue; // a link between notes, or a backlink
            }
            markers.add(new Marker(link.label, PlainTextExtractor.parseNumber(link.label),
                    lines.position(HtmlNodes.start(link.outer, text)), null));
            markerAnchors.add(link.element);
            markerAnchors.add(link.outer);
            if (link.note != null) {
                firstMarkerLabel.putIfAbsent(link.note, link.label);
            }
        }
        markers.sort(Comparator.comparingInt(m -> m.position().offset()));

        List<Note> out = new ArrayList<>();
        HtmlLabels labels = new HtmlLabels();
        for (Element el : notes) {
            HtmlNoteText note = new HtmlNoteText(text, anchors, markerAnchors);
            note.walk(el);
            HtmlLabels.Labelled labelled = labels.label(el, note.text(), note.backlinkLabel(),
                    firstMarkerLabel.get(el), out.size() + 1);
            out.add(labelled.text().toNote(out.size() + 1, PlainTextExtractor.parseNumber(labelled.label()),
                    labelled.label(), lines.position(HtmlNodes.start(el, text)), null));
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
            if (hash > 0 && HtmlNodes.target(anchors, fragment) == null) {
                continue; // into another file: a marker only when its note was joined to this one (an e-book's
                          // endnotes file after its chapter)
            }
            Element sup = a.closest("sup");
            String shown = (sup != null && a.text().isBlank() ? sup.text() : a.text()).strip();
            boolean inBrackets = HtmlLabels.bracketed(shown) || setInBrackets(a);
            String label = HtmlLabels.shownLabel(shown);
            if (label == null) {
                continue;
            }
            boolean looksLikeNote = sup != null || a.selectFirst("sup") != null || inBrackets
                    || NOTEISH.matcher(fragment).find();
            if (!looksLikeNote) {
                continue;
            }
            Element target = HtmlNodes.target(anchors, fragment);
            if (target != null && HtmlNodes.start(target) <= HtmlNodes.start(a)) {
                continue; // points back: a backlink from a note to its marker
            }
            Element outer = sup != null && sup.text().strip().length() <= shown.length() + 2 ? sup : a;
            links.add(new Link(a, outer, label, target == null ? null : HtmlNoteElements.noteElementFor(target)));
        }
        return links;
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
        Set<String> labels = new HashSet<>();
        for (Note n : notes) {
            labels.add(n.label());
        }
        boolean added = false;
        for (Element sup : html.select("sup")) {
            String label = sup.ownText().strip(); // not text(): nested superscripts would make that quadratic
            if (!labels.contains(label) || !PLAIN_LABEL.matcher(label).matches()
                    || sup.selectFirst("a[href]") != null || sup.closest("a") != null
                    || HtmlNodes.insideAny(sup, inNotes)) {
                continue;
            }
            markers.add(new Marker(label, PlainTextExtractor.parseNumber(label),
                    lines.position(HtmlNodes.start(sup, text)), null));
            added = true;
        }
        return added;
    }

    /** Whether the link stands between a "[" and a "]", as in Gutenberg's {@code [<a href="#note-3">3</a>]}. */
    private static boolean setInBrackets(Element a) {
        Node before = a.previousSibling();
        Node after = a.nextSibling();
        return before instanceof TextNode && ((TextNode) before).getWholeText().endsWith("[")
                && after instanceof TextNode && ((TextNode) after).getWholeText().startsWith("]");
    }
}

package org.ibidem.style;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLLabel;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Reference;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A CSL note style that renders one cite at a time in the position Ibidem computed for it.
 *
 * <p>citeproc-java 3.5 evaluates the {@code position} test from its own history of citations, and only "first"
 * and a loose "ibid"; it ignores a position passed in. So each position gets its own copy of the style in which
 * every {@code position="…"} test is decided beforehand: each position name becomes a test of a variable that is
 * always set (for a position that holds) or never set (for one that does not), under the same {@code match}, so
 * that "any", "all" and "none" keep their meaning. The layout's suffix (the period that closes a note) is taken
 * off and given by {@link #layoutSuffix()}, since the caller knows whether the cite ends its note.
 *
 * <pre>{@code
 * NoteStyle chicago = NoteStyle.load("chicago-notes-bibliography-subsequent-ibid");
 * chicago.format(shen, Locator.page("141"), CitePosition.FIRST, OutputFormat.TEXT);
 * // "Zhihua Shen, Reviewing and Reconsidering ... (Social Sciences Academic Press, 2016), 141"
 * chicago.format(shen, null, new CitePosition(CitePosition.Kind.IBID, true, 2), OutputFormat.TEXT);  // "ibid."
 * }</pre>
 *
 * <p>Thread-safe: the processors, one per position and output format, are built on first use (0.2–1 s each) and
 * used under the style's lock. Loading throws {@link IllegalArgumentException} for an unknown style or one that
 * is not a note style (the message lists the choices) and {@link UncheckedIOException} if it cannot be read.
 */
@NullMarked
public final class NoteStyle {

    /** Variables a style might test but never renders in notes, one of which stands for "true". */
    private static final List<String> TRUE_CANDIDATES = List.of("scale", "dimensions", "archive-place",
            "call-number", "references", "reviewed-title");
    /** A name no CSL variable has, so that a test of it never passes. */
    private static final String FALSE_VARIABLE = "ibidem-position-never";
    private static final String FIRST_NOTE = "first-reference-note-number";
    private static final List<String> POSITIONS = List.of("first", "subsequent", "ibid", "ibid-with-locator",
            "near-note");

    private final ResolvedStyle style;
    private final String xml;
    private final String trueVariable;
    private final @Nullable String noteNumberVariable;
    private final int nearNoteDistance;
    private final String layoutSuffix;
    private final StyleTraits traits;
    private final boolean punctuationInQuote;
    private final Map<String, CSL> processors = new HashMap<>();
    private final SwappableItem items = new SwappableItem();

    private NoteStyle(ResolvedStyle style, String xml) {
        this.style = style;
        this.xml = xml;
        Element root = StyleResolver.parse(xml, style.id()).getDocumentElement();
        if (!"note".equals(root.getAttribute("class"))) {
            throw new IllegalArgumentException("The style " + style.id() + " is an in-text style; rewriting notes"
                    + " needs a note style, e.g. chicago-notes-bibliography, chicago-notes-bibliography-subsequent-"
                    + "ibid, chicago-notes-bibliography-17th-edition, mhra-notes, modern-humanities-research-"
                    + "association, oscola, or any style whose class is \"note\"");
        }
        Element citation = child(root, "citation");
        if (citation == null || child(citation, "layout") == null) {
            throw new IllegalArgumentException("The style " + style.id() + " has no citation layout");
        }
        String distance = citation.getAttribute("near-note-distance").strip();
        int d = 5;
        if (!distance.isEmpty()) {
            try {
                d = Math.max(0, Integer.parseInt(distance));
            } catch (NumberFormatException e) {
                d = 5;
            }
        }
        this.nearNoteDistance = d;
        this.layoutSuffix = Objects.requireNonNull(child(citation, "layout")).getAttribute("suffix");
        String chosen = null;
        for (String candidate : TRUE_CANDIDATES) {
            if (!xml.contains(candidate)) {
                chosen = candidate;
                break;
            }
        }
        if (chosen == null) {
            throw new IllegalArgumentException("The style " + style.id() + " uses every variable Ibidem could use"
                    + " to decide its positions; it cannot be rendered note by note");
        }
        this.trueVariable = chosen;
        String spare = null;
        for (String candidate : TRUE_CANDIDATES) {
            if (!xml.contains(candidate) && !candidate.equals(chosen)) {
                spare = candidate;
                break;
            }
        }
        // citeproc-java does not read first-reference-note-number from a cite: a spare variable carries it.
        this.noteNumberVariable = xml.contains(FIRST_NOTE) ? spare : null;
        String locale = root.getAttribute("default-locale").strip();
        this.punctuationInQuote = xml.contains("punctuation-in-quote=\"true\"")
                || (!xml.contains("punctuation-in-quote=\"false\"")
                && (locale.isEmpty() || locale.equals("en") || locale.startsWith("en-US")));
        try {
            this.traits = StyleTraits.of(xml);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the style " + style.id(), e);
        }
    }

    /**
     * The note style a name stands for, found as {@link StyleResolver} finds styles ({@code ./styles} first).
     *
     * @param name a style id, an alias or a path to a .csl file
     * @throws IllegalArgumentException if the style is unknown or not a note style
     */
    public static NoteStyle load(String name) {
        return load(name, new StyleResolver());
    }

    /** The note style a name stands for, found by the given resolver; see {@link #load(String)}. */
    public static NoteStyle load(String name, StyleResolver resolver) {
        StyleResolver.Loaded loaded = resolver.load(name);
        String source = loaded.cslSource();
        String xml = source.stripLeading().startsWith("<") ? source : StyleResolver.readBundled(source + ".csl");
        return new NoteStyle(loaded.style(), xml);
    }

    /** The style as resolved (its id, where it was found). */
    public ResolvedStyle style() {
        return style;
    }

    /** The style's {@code near-note-distance}, 5 when it sets none. */
    public int nearNoteDistance() {
        return nearNoteDistance;
    }

    /** The suffix of the style's citation layout (usually "."), which {@link #format} leaves off. */
    public String layoutSuffix() {
        return layoutSuffix;
    }

    /**
     * Whether the style's locale puts a period inside closing quotation marks (American English), which matters
     * where a caller adds the {@link #layoutSuffix()} after a cite that ends with a quoted title.
     */
    public boolean punctuationInQuote() {
        return punctuationInQuote;
    }

    /**
     * One cite of a work in this style, in the given position, without the layout's suffix.
     *
     * @param reference the work
     * @param locator   the place cited, or null
     * @param position  the position Ibidem computed for the cite
     * @param format    text, or HTML ({@code <i>} for italics)
     * @return the rendered cite; empty if the style renders nothing for it
     */
    public synchronized String format(Reference reference, @Nullable Locator locator, CitePosition position,
                                      OutputFormat format) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(format, "format");
        CSL csl = processor(position, format);
        Map<String, Object> json = BibliographyFormatter.prepare(CslMapper.toJson(reference, "cite"), traits);
        json.put(trueVariable, "x");
        if (noteNumberVariable != null && position.firstReferenceNoteNumber() > 0) {
            json.put(noteNumberVariable, Integer.toString(position.firstReferenceNoteNumber()));
        }
        CSLItemData item = CSLItemData.fromJson(json);
        CSLCitationItemBuilder cite = new CSLCitationItemBuilder("cite").itemData(item);
        if (locator != null) {
            cite.locator(locator.value());
            CSLLabel label = label(locator.label());
            if (label != null) {
                cite.label(label);
            }
        }
        if (position.firstReferenceNoteNumber() > 0) {
            cite.firstReferenceNoteNumber(position.firstReferenceNoteNumber());
        }
        CSLCitationItem built = cite.build();
        items.set(item);
        try {
            csl.reset();
            csl.setOutputFormat(format.cslName());
            List<de.undercouch.citeproc.output.Citation> out = csl.makeCitation(new CSLCitation(built));
            // Title case as in bibliographies: citeproc-java's own lowers "SPQR" to "Spqr" (TitleCaseRepair); and
            // no delimiters of an empty slot ("Pensées, , trans.", EntryCleaner).
            if (out.isEmpty()) {
                return "";
            }
            String text = EntryCleaner.withoutEmptySlots(TitleCaseRepair.repair(out.get(0).getText(), json, format));
            if (format == OutputFormat.HTML && text.indexOf('&') >= 0) {
                text = text.replace("&lsquo;", "‘").replace("&rsquo;", "’").replace("&ldquo;", "“")
                        .replace("&rdquo;", "”");
            }
            // Nested quotations alternate, and British punctuation stays outside (NoteQuotes).
            return NoteQuotes.repair(text, punctuationInQuote);
        } finally {
            csl.reset();
            items.set(null);
        }
    }

    private static @Nullable CSLLabel label(String label) {
        try {
            return CSLLabel.fromString(label);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private CSL processor(CitePosition position, OutputFormat format) {
        StringBuilder key = new StringBuilder(format.name());
        for (String p : POSITIONS) {
            key.append(position.tests(p) ? '1' : '0');
        }
        CSL csl = processors.get(key.toString());
        if (csl == null) {
            try {
                csl = new CSL(items, decided(position));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot load the style " + style.id(), e);
            }
            processors.put(key.toString(), csl);
        }
        return csl;
    }

    /** The singular of a term the style's own locale defines in that form, or null. */
    private static @Nullable String styleTerm(Element root, String name, String form) {
        NodeList terms = root.getElementsByTagNameNS("*", "term");
        for (int i = 0; i < terms.getLength(); i++) {
            Element term = (Element) terms.item(i);
            String termForm = term.hasAttribute("form") ? term.getAttribute("form") : "long";
            if (name.equals(term.getAttribute("name")) && form.equals(termForm)) {
                NodeList single = term.getElementsByTagNameNS("*", "single");
                return (single.getLength() > 0 ? single.item(0).getTextContent() : term.getTextContent()).strip();
            }
        }
        return null;
    }

    /** The style's XML with every position test decided for this position, and no layout suffix. */
    String decided(CitePosition position) {
        Document doc = StyleResolver.parse(xml, style.id());
        Element root = doc.getDocumentElement();
        for (String tag : List.of("if", "else-if")) {
            NodeList conditions = root.getElementsByTagNameNS("*", tag);
            for (int i = 0; i < conditions.getLength(); i++) {
                Element condition = (Element) conditions.item(i);
                String positions = condition.getAttribute("position").strip();
                if (positions.isEmpty()) {
                    continue;
                }
                StringBuilder variables = new StringBuilder(condition.getAttribute("variable").strip());
                for (String p : positions.split("\\s+")) {
                    variables.append(variables.length() == 0 ? "" : " ")
                            .append(POSITIONS.contains(p) && position.tests(p) ? trueVariable : FALSE_VARIABLE);
                }
                condition.removeAttribute("position");
                condition.setAttribute("variable", variables.toString());
            }
        }
        if (noteNumberVariable != null) {
            // OSCOLA's "(n 2)": a label of the note number, from a term the style defines. citeproc-java gives
            // labels to locators and numbers only, so the label becomes the term it names (one note, singular).
            NodeList labels = root.getElementsByTagNameNS("*", "label");
            for (int i = labels.getLength() - 1; i >= 0; i--) {
                Element label = (Element) labels.item(i);
                if (label.getAttribute("variable").strip().equals(FIRST_NOTE)) {
                    Element term = doc.createElementNS(label.getNamespaceURI(), label.getTagName().replace("label",
                            "text"));
                    String form = label.hasAttribute("form") ? label.getAttribute("form") : "long";
                    String value = styleTerm(root, FIRST_NOTE, form);
                    if (value != null) {
                        // citeproc-java ignores strip-periods on a term: the style's own term, stripped here.
                        term.setAttribute("value", "true".equals(label.getAttribute("strip-periods"))
                                ? value.replace(".", "") : value);
                    } else {
                        term.setAttribute("term", FIRST_NOTE);
                        term.setAttribute("form", form);
                    }
                    for (String a : List.of("prefix", "suffix", "text-case")) {
                        if (label.hasAttribute(a)) {
                            term.setAttribute(a, label.getAttribute(a));
                        }
                    }
                    label.getParentNode().replaceChild(term, label);
                }
            }
            NodeList all = root.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                String variable = e.getAttribute("variable");
                if (variable.contains(FIRST_NOTE)) {
                    e.setAttribute("variable", variable.replace(FIRST_NOTE, noteNumberVariable));
                }
            }
        }
        Element citation = Objects.requireNonNull(child(root, "citation"));
        Objects.requireNonNull(child(citation, "layout")).removeAttribute("suffix");
        try {
            StringWriter out = new StringWriter();
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "no");
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (javax.xml.transform.TransformerException e) {
            throw new IllegalStateException("Cannot write the style " + style.id() + " back", e);
        }
    }

    private static @Nullable Element child(Element parent, String name) {
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "NoteStyle[" + style.id() + "]";
    }

    /** The one item a processor sees while it renders a cite. Used under the style's lock only. */
    private static final class SwappableItem implements ItemDataProvider {
        private @Nullable CSLItemData item;

        void set(@Nullable CSLItemData item) {
            this.item = item;
        }

        @Override
        public @Nullable CSLItemData retrieveItem(String id) {
            return item != null && id.equals(item.getId()) ? item : null;
        }

        @Override
        public Collection<String> getIds() {
            return item == null ? List.of() : List.of(item.getId());
        }
    }
}

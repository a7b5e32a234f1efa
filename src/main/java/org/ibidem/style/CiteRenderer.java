package org.ibidem.style;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLLabel;
import de.undercouch.citeproc.csl.CSLType;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Reference;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Renders one cite of a work in a CSL style, in the position Ibidem computed for it: the one place where a
 * style's {@code position} tests are decided and citeproc-java is asked for a citation. {@link NoteStyle} (which
 * the rewrite uses) and {@link CitationFormatter} (the library's {@code format} and {@code formatNote}) both
 * render through it, so both give the same text for the same work, position and locator.
 *
 * <p>citeproc-java 3.5 evaluates {@code position} from its own history of citations, only as "first" and a loose
 * "ibid", and ignores a position passed in. So each position gets its own copy of the style in which every
 * {@code position="…"} test is decided beforehand: each position name becomes a test of a variable that is always
 * set (for a position that holds) or never set (for one that does not), under the same {@code match}, so that
 * "any", "all" and "none" keep their meaning. The citation layout's prefix, suffix and delimiter are taken off
 * ({@link Layout}): the caller knows whether the cite ends its note and what stands beside it.
 *
 * <p>Two variables citeproc-java does not give a cite are given here: {@code first-reference-note-number}
 * (OSCOLA's "(n 2)"), carried by a spare variable the style never reads, its {@code cs:label} replaced by the
 * style's own term; and {@code citation-number}, which citeproc-java counts from the items registered before, so
 * a cite numbered {@code n} is registered after {@code n - 1} stand-ins.
 *
 * <p>Thread-safe: one processor per position is built on first use (0.2–1 s each) and used under the renderer's
 * lock. Throws {@link IllegalArgumentException} for a style without a citation layout, or whose position tests
 * cannot be decided (it uses every variable that could carry them).
 */
final class CiteRenderer {

    /** Variables a style might test but never renders in citations, one of which stands for "true". */
    private static final List<String> TRUE_CANDIDATES = List.of("scale", "dimensions", "archive-place",
            "call-number", "references", "reviewed-title");
    /** A name no CSL variable has, so that a test of it never passes. */
    private static final String FALSE_VARIABLE = "ibidem-position-never";
    private static final String FIRST_NOTE = "first-reference-note-number";
    private static final List<String> POSITIONS = List.of("first", "subsequent", "ibid", "ibid-with-locator",
            "near-note");
    private static final String ITEM = "cite";
    private static final String EARLIER = "ibidem-earlier-";

    /**
     * What the citation layout puts around and between cites, and what the style is.
     *
     * @param prefix           the citation layout's prefix, "" if none
     * @param suffix           its suffix ("." in Chicago notes), "" if none
     * @param delimiter        its delimiter between cites ("; "), "" if none
     * @param noteStyle        whether the style's class is "note": its citations are footnotes
     * @param nearNoteDistance the citation's {@code near-note-distance}, 5 when the style sets none
     * @param numbered         whether the citation prints {@code citation-number} (IEEE's "[1]")
     * @param sortsByNumber    whether the citation sorts its cites by citation number first
     * @param collapsesNumbers whether the citation collapses runs of numbers ("1–3"):
     *                         {@code collapse="citation-number"}
     * @param lowercaseIbid    whether the style sets its "ibid" term in lower case on purpose (OSCOLA's "ibid"),
     *                         even at the start of a note
     * @param htmlOpen         the HTML tags the layout's own formatting opens around the whole citation (Nature's
     *                         {@code vertical-align="sup"}: "&lt;sup&gt;"), "" if none
     * @param htmlClose        the tags that close them
     * @param numberedAsListed whether the style's bibliography is sorted by something other than the citation
     *                         number (author, title): then a work's number is its place in that list
     */
    record Layout(String prefix, String suffix, String delimiter, boolean noteStyle, int nearNoteDistance,
                  boolean numbered, boolean sortsByNumber, boolean collapsesNumbers, boolean lowercaseIbid,
                  String htmlOpen, String htmlClose, boolean numberedAsListed) {

        /** The text inside the layout's own formatting, in HTML; as it is in plain text. */
        String formatted(String text, OutputFormat format) {
            return format == OutputFormat.HTML && !text.isEmpty() ? htmlOpen + text + htmlClose : text;
        }
    }

    /** The layout's formatting attributes Ibidem applies around a whole citation, and the HTML tag of each. */
    private static final List<String[]> LAYOUT_FORMATTING = List.of(
            new String[] {"font-style", "italic", "i"}, new String[] {"font-style", "oblique", "i"},
            new String[] {"font-weight", "bold", "b"}, new String[] {"vertical-align", "sup", "sup"},
            new String[] {"vertical-align", "sub", "sub"});

    /**
     * One cite as rendered.
     *
     * @param text               the cite, without the layout's affixes; empty if the style renders nothing for it
     * @param punctuationInQuote whether the locale the processor used puts a period inside closing quotation marks
     */
    record Rendered(String text, boolean punctuationInQuote) {
    }

    private final String xml;
    private final ResolvedStyle style;
    private final OutputFormat format;
    private final @Nullable String locale;
    private final Layout layout;
    private final StyleTraits traits;
    private final @Nullable String trueVariable;
    private final @Nullable String noteNumberVariable;
    /** Whether the style tests a cite's locator label, which then decides the style's copy too. */
    private final boolean testsLocator;
    private final @Nullable Boolean styleLocalePunctuationInQuote;
    private final @Nullable String datesLocale;
    // The citation's disambiguate tests, by place among the style's conditions, in the order the citation reaches
    // them; and what the style asks of disambiguation.
    private final Map<Integer, Integer> conditionOrder;
    private final CiteDisambiguation.Options disambiguation;
    private final ReentrantLock lock = new ReentrantLock();
    private final BibliographyFormatter.SwappableItems items = new BibliographyFormatter.SwappableItems();
    // Guarded by lock: one processor per combination of position tests, built on first use.
    private final Map<String, CSL> processors = new HashMap<>();
    private final List<CSLItemData> earlier = new ArrayList<>();
    // Guarded by lock: the texts works' cites are compared by, the most recently used kept. A document's works are
    // compared again each time a session or rewrite of it starts (Analysis.formatNote starts one per call).
    private final Map<Compared, String> compared = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Compared, String> eldest) {
            return size() > MAX_COMPARED;
        }
    };
    private static final int MAX_COMPARED = 50_000;

    /** A work's cite in a form, naming a first note, as {@link #key} renders it. */
    private record Compared(Reference work, CiteDisambiguation.Form form, int firstNote) {
    }

    /**
     * A renderer for a style's XML.
     *
     * @param xml    the style's XML
     * @param style  the style as resolved, for messages and the style-specific repairs
     * @param format the markup of the rendered cites
     * @param locale a bundled CSL locale (already checked), or null for the style's own
     */
    CiteRenderer(String xml, ResolvedStyle style, OutputFormat format, @Nullable String locale) {
        this.xml = Objects.requireNonNull(xml, "xml");
        this.style = Objects.requireNonNull(style, "style");
        this.format = Objects.requireNonNull(format, "format");
        this.locale = locale;
        Element root = StyleResolver.parse(xml, style.id()).getDocumentElement();
        Element citation = child(root, "citation");
        Element layoutElement = citation == null ? null : child(citation, "layout");
        if (citation == null || layoutElement == null) {
            throw new IllegalArgumentException("The style " + style.id() + " has no citation layout");
        }
        this.layout = new Layout(layoutElement.getAttribute("prefix"), layoutElement.getAttribute("suffix"),
                layoutElement.getAttribute("delimiter"), "note".equals(root.getAttribute("class").strip()),
                nearNoteDistance(citation), usesCitationNumber(layoutElement, root),
                sortsByNumber(citation), citation.getAttribute("collapse").strip().equals("citation-number"),
                lowercaseIbid(root), tags(layoutElement, false), tags(layoutElement, true),
                usesCitationNumber(layoutElement, root) && bibliographySortedOtherwise(root));
        String chosen = null;
        String spare = null;
        for (String candidate : TRUE_CANDIDATES) {
            if (!xml.contains(candidate)) {
                if (chosen == null) {
                    chosen = candidate;
                } else if (spare == null) {
                    spare = candidate;
                }
            }
        }
        if (chosen == null && (xml.contains("position=\"") || xml.contains("disambiguate=\""))) {
            throw new IllegalArgumentException("The style " + style.id() + " uses every variable Ibidem could use"
                    + " to decide its positions; it cannot be rendered cite by cite");
        }
        this.trueVariable = chosen;
        this.testsLocator = chosen != null && xml.contains("locator=\"");
        // citeproc-java does not read first-reference-note-number from a cite: a spare variable carries it.
        this.noteNumberVariable = xml.contains(FIRST_NOTE) ? spare : null;
        // Given no locale, citeproc-java 3.5.2 reports punctuation inside quotation marks even for an en-GB style;
        // citeproc-js follows the style's default-locale, and en-GB puts it outside (MHRA, OSCOLA).
        String own = root.getAttribute("default-locale").strip();
        // The locale whose date formats the cites print in: the one given, else the style's own (LocaleDates).
        this.datesLocale = locale != null ? locale : LocaleDates.defaultLocale(xml);
        this.styleLocalePunctuationInQuote = locale != null ? null
                : xml.contains("punctuation-in-quote=\"true\"") || !xml.contains("punctuation-in-quote=\"false\"")
                && (own.isEmpty() || own.equals("en") || own.startsWith("en-US"));
        try {
            this.traits = StyleTraits.of(xml);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the style " + style.id(), e);
        }
        this.conditionOrder = CiteDisambiguation.conditionOrder(root);
        this.disambiguation = CiteDisambiguation.Options.of(root, conditionOrder.size());
    }

    /** What the style asks of cite disambiguation. */
    CiteDisambiguation.Options disambiguation() {
        return disambiguation;
    }

    /** What the style asks of the processor beyond citeproc-java, and where a cite's names come from. */
    StyleTraits traits() {
        return traits;
    }

    /**
     * The text a work's cite is compared by to tell it from other works' (as citeproc-js compares cites): in the
     * subsequent position, near-note, without a locator, naming the note that first cited the work.
     *
     * @param firstNote the note that first cited the work, 0 if unknown
     */
    String key(Reference work, CiteDisambiguation.Form form, int firstNote) {
        Compared c = new Compared(work, form, firstNote);
        lock.lock();
        try {
            String text = compared.get(c);
            if (text == null) {
                text = render(work, null, new CitePosition(CitePosition.Kind.SUBSEQUENT, true, firstNote), 1, form)
                        .text();
                compared.put(c, text);
            }
            return text;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Whether the style's own locale puts punctuation inside closing quotation marks (American English), for a
     * renderer given no locale; with a locale, what that locale says decides, as each {@link Rendered} tells.
     */
    boolean punctuationInQuote() {
        return styleLocalePunctuationInQuote == null || styleLocalePunctuationInQuote;
    }

    /** The layout's affixes and what the style is. */
    Layout layout() {
        return layout;
    }

    /**
     * One cite, without the citation layout's prefix, suffix and delimiter.
     *
     * @param work     the work
     * @param locator  the place cited, or null
     * @param position the position Ibidem computed for the cite
     * @param number   the work's citation number (1 for the first work cited), which a numeric style prints
     */
    Rendered render(Reference work, @Nullable Locator locator, CitePosition position, int number) {
        return render(work, locator, position, number, CiteDisambiguation.Form.PLAIN);
    }

    /**
     * One cite in the form that tells it from other works' cites ({@link CiteDisambiguation}); see
     * {@link #render(Reference, Locator, CitePosition, int)}.
     */
    Rendered render(Reference work, @Nullable Locator locator, CitePosition position, int number,
                    CiteDisambiguation.Form form) {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(position, "position");
        if (number < 1) {
            throw new IllegalArgumentException("A citation number starts at 1: " + number);
        }
        lock.lock();
        CSL csl = null;
        try {
            String label = locator == null ? null : CslLocators.label(locator);
            csl = processor(position, form, label);
            Map<String, Object> json = new LinkedHashMap<>(CiteDisambiguation.applied(
                    BibliographyFormatter.prepare(work, ITEM, traits), form, disambiguation, traits));
            if (trueVariable != null) {
                json.put(trueVariable, "x");
            }
            if (noteNumberVariable != null && position.firstReferenceNoteNumber() > 0) {
                json.put(noteNumberVariable, Integer.toString(position.firstReferenceNoteNumber()));
            }
            CSLItemData item = CSLItemData.fromJson(json);
            CSLCitationItemBuilder cite = new CSLCitationItemBuilder(ITEM).itemData(item);
            if (locator != null) {
                cite.locator(CslLocators.value(locator));
                CSLLabel cslLabel = label(locator.label());
                if (cslLabel != null) {
                    cite.label(cslLabel);
                }
            }
            if (position.firstReferenceNoteNumber() > 0) {
                cite.firstReferenceNoteNumber(position.firstReferenceNoteNumber());
            }
            Map<String, CSLItemData> batch = new LinkedHashMap<>();
            List<String> before = new ArrayList<>();
            if (layout.numbered()) {
                // citeproc-java numbers an item by how many were registered before it: stand-ins take the places
                // of the works cited before this one, registered in the order given, not sorted.
                for (int i = 1; i < number; i++) {
                    CSLItemData standIn = standIn(i);
                    batch.put(standIn.getId(), standIn);
                    before.add(standIn.getId());
                }
            }
            batch.put(ITEM, item);
            items.set(batch);
            csl.reset();
            BibliographyFormatter.CapturingFormat output = new BibliographyFormatter.CapturingFormat(format);
            csl.setOutputFormat(output);
            if (!before.isEmpty()) {
                before.add(ITEM);
                csl.registerCitationItems(before, true);
            }
            List<de.undercouch.citeproc.output.Citation> out = csl.makeCitation(new CSLCitation(cite.build()));
            // Title case as in bibliographies: citeproc-java's own lowers "SPQR" to "Spqr" (TitleCaseRepair); and
            // no delimiters of an empty slot ("Pensées, , trans.", EntryCleaner).
            String text = out.isEmpty() ? ""
                    : EntryCleaner.withoutEmptySlots(TitleCaseRepair.repair(out.get(0).getText(), json, format));
            boolean inQuote = styleLocalePunctuationInQuote != null ? styleLocalePunctuationInQuote
                    : output.locale() != null && output.locale().getStyleOptions().isPunctuationInQuote();
            if (format == OutputFormat.HTML && text.indexOf('&') >= 0) {
                // HTML output writes quotation marks as entities; NoteQuotes reads the marks themselves.
                text = EntryCleaner.unescapeQuotes(text);
            }
            // Nested quotations alternate, and British punctuation stays outside the quotes (NoteQuotes).
            return new Rendered(NoteQuotes.repair(text, inQuote), inQuote);
        } finally {
            if (csl != null) {
                csl.reset();
            }
            items.set(Map.of());
            lock.unlock();
        }
    }

    /** The stand-in for the work cited {@code n}th, built once. Called under the lock. */
    private CSLItemData standIn(int n) {
        while (earlier.size() < n) {
            earlier.add(new CSLItemDataBuilder().id(EARLIER + (earlier.size() + 1)).type(CSLType.BOOK)
                    .title("Earlier").build());
        }
        return earlier.get(n - 1);
    }

    private static @Nullable CSLLabel label(String label) {
        try {
            return CSLLabel.fromString(label);
        } catch (IllegalArgumentException e) {
            return null; // a label CSL does not know: the locator is still printed, unlabelled
        }
    }

    private CSL processor(CitePosition position, CiteDisambiguation.Form form, @Nullable String locatorLabel) {
        StringBuilder key = new StringBuilder();
        for (String p : POSITIONS) {
            key.append(position.tests(p) ? '1' : '0');
        }
        key.append('/').append(form.extraNames()).append('/').append(form.conditions());
        if (testsLocator) {
            key.append('/').append(locatorLabel);
        }
        CSL csl = processors.get(key.toString());
        if (csl == null) {
            try {
                String decided = LocaleDates.withDates(decided(position, form.extraNames(), form.conditions(),
                        locatorLabel), datesLocale);
                csl = locale == null ? new CSL(items, decided) : new CSL(items, decided, locale);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot load the style " + style.id(), e);
            }
            processors.put(key.toString(), csl);
        }
        return csl;
    }

    private static int nearNoteDistance(Element citation) {
        String distance = citation.getAttribute("near-note-distance").strip();
        if (distance.isEmpty()) {
            return 5;
        }
        try {
            return Math.max(0, Integer.parseInt(distance));
        } catch (NumberFormatException e) {
            return 5;
        }
    }

    /** Whether the citation layout prints the citation number, itself or through the macros it calls. */
    private static boolean usesCitationNumber(Element layout, Element root) {
        Map<String, Element> macros = new HashMap<>();
        NodeList all = root.getElementsByTagNameNS("*", "macro");
        for (int i = 0; i < all.getLength(); i++) {
            Element macro = (Element) all.item(i);
            macros.put(macro.getAttribute("name"), macro);
        }
        List<Element> todo = new ArrayList<>(List.of(layout));
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            Element scope = todo.remove(todo.size() - 1);
            NodeList inside = scope.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < inside.getLength(); i++) {
                Element e = (Element) inside.item(i);
                if (List.of(e.getAttribute("variable").strip().split("\\s+")).contains("citation-number")
                        && !"key".equals(e.getLocalName())) {
                    return true;
                }
                String macro = e.getAttribute("macro");
                if (!macro.isEmpty() && seen.add(macro) && macros.containsKey(macro)) {
                    todo.add(macros.get(macro));
                }
            }
        }
        return false;
    }

    /**
     * The HTML tags of the layout's own formatting (it applies to the whole citation, so it is put around the
     * joined cites rather than around each), opening or closing.
     */
    private static String tags(Element layout, boolean closing) {
        List<String> tags = new ArrayList<>();
        for (String[] f : LAYOUT_FORMATTING) {
            if (layout.getAttribute(f[0]).strip().equals(f[1])) {
                tags.add(f[2]);
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tags.size(); i++) {
            out.append(closing ? "</" + tags.get(tags.size() - 1 - i) + ">" : "<" + tags.get(i) + ">");
        }
        return out.toString();
    }

    private static boolean lowercaseIbid(Element root) {
        NodeList texts = root.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            if (text.getAttribute("term").strip().equals("ibid")
                    && text.getAttribute("text-case").strip().equals("lowercase")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the bibliography has a sort whose first key is not the citation number. */
    private static boolean bibliographySortedOtherwise(Element root) {
        Element bibliography = child(root, "bibliography");
        Element sort = bibliography == null ? null : child(bibliography, "sort");
        Element key = sort == null ? null : child(sort, "key");
        return key != null && !key.getAttribute("variable").strip().equals("citation-number");
    }

    private static boolean sortsByNumber(Element citation) {
        Element sort = child(citation, "sort");
        if (sort == null) {
            return false;
        }
        Element key = child(sort, "key");
        return key != null && key.getAttribute("variable").strip().equals("citation-number")
                && !"descending".equals(key.getAttribute("sort").strip());
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

    /**
     * The style's XML with every position test decided for this position, every {@code disambiguate} test
     * failing, and no layout affixes or formatting of the whole citation. citeproc-java takes
     * {@code disambiguate="true"} alone for a test that always passes, which put OSCOLA's title into every short
     * form ("Shen, Reviewing (n 1)"); the specification, and citeproc-js, pass it only where a cite would read
     * exactly like another work's. A cite that does gets a copy in which the test passes
     * ({@link #decided(CitePosition, int, int, String)}), as {@link CiteDisambiguation} decides.
     */
    String decided(CitePosition position) {
        return decided(position, 0, 0, null);
    }

    /**
     * The style's XML decided for a position, as {@link #decided(CitePosition)}, with the first
     * {@code conditions} of the citation's {@code disambiguate} tests (in the order it reaches them) passing, and
     * {@code extraNames} more names shown before "et al." ({@link CiteDisambiguation}), and every
     * {@code locator} test decided for a cite whose locator has this CSL label (none: null). citeproc-java does not
     * evaluate {@code locator} tests: an {@code if} whose only test is one passes for every cite, so Chicago's
     * "chap. 2", "sec. 4" and "n. 14" lost their labels (docs/upstream/locator-condition.md).
     */
    String decided(CitePosition position, int extraNames, int conditions, @Nullable String locatorLabel) {
        Document doc = StyleResolver.parse(xml, style.id());
        Element root = doc.getDocumentElement();
        List<Element> tests = CiteDisambiguation.conditionElements(root);
        for (int i = 0; i < tests.size(); i++) {
            Element condition = tests.get(i);
            Integer rank = conditionOrder.get(i);
            boolean disambiguating = rank != null && rank < conditions;
            String positions = condition.getAttribute("position").strip();
            String ambiguity = condition.getAttribute("disambiguate").strip();
            String labels = trueVariable == null ? "" : condition.getAttribute("locator").strip();
            if (positions.isEmpty() && ambiguity.isEmpty() && labels.isEmpty()) {
                continue;
            }
            StringBuilder variables = new StringBuilder(condition.getAttribute("variable").strip());
            for (String p : positions.isEmpty() ? new String[0] : positions.split("\\s+")) {
                // A position name CSL does not define never holds: a style's typo renders nothing.
                variables.append(variables.length() == 0 ? "" : " ")
                        .append(POSITIONS.contains(p) && position.tests(p) ? trueVariable : FALSE_VARIABLE);
            }
            if (!ambiguity.isEmpty()) {
                variables.append(variables.length() == 0 ? "" : " ")
                        .append(ambiguity.equals("true") == disambiguating ? trueVariable : FALSE_VARIABLE);
            }
            for (String l : labels.isEmpty() ? new String[0] : labels.split("\\s+")) {
                variables.append(variables.length() == 0 ? "" : " ")
                        .append(l.equals(locatorLabel) ? trueVariable : FALSE_VARIABLE);
            }
            if (!labels.isEmpty()) {
                condition.removeAttribute("locator");
            }
            condition.removeAttribute("position");
            condition.removeAttribute("disambiguate");
            condition.setAttribute("variable", variables.toString());
        }
        if (extraNames > 0) {
            // disambiguate-add-names: more names before "et al.", wherever the style sets how many.
            NodeList elements = root.getElementsByTagNameNS("*", "*");
            List<Element> scopes = new ArrayList<>(List.of(root));
            for (int i = 0; i < elements.getLength(); i++) {
                scopes.add((Element) elements.item(i));
            }
            for (Element e : scopes) {
                for (String a : List.of("et-al-use-first", "et-al-subsequent-use-first")) {
                    if (e.hasAttribute(a)) {
                        try {
                            e.setAttribute(a, Integer.toString(Integer.parseInt(e.getAttribute(a).strip())
                                    + extraNames));
                        } catch (NumberFormatException ignored) {
                            // a style's typo: the processor ignores it as well
                        }
                    }
                }
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
        Element layoutElement = Objects.requireNonNull(child(Objects.requireNonNull(child(root, "citation")),
                "layout"));
        layoutElement.removeAttribute("prefix");
        layoutElement.removeAttribute("suffix");
        layoutElement.removeAttribute("delimiter");
        for (String[] f : LAYOUT_FORMATTING) {
            if (layoutElement.getAttribute(f[0]).strip().equals(f[1])) {
                layoutElement.removeAttribute(f[0]);   // put around the whole citation (Layout.htmlOpen)
            }
        }
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            var transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "no");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
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
        return "CiteRenderer[" + style.id() + ", " + format + (locale == null ? "" : ", " + locale) + "]";
    }
}

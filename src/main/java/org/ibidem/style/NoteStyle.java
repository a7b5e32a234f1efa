package org.ibidem.style;

import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Reference;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * A CSL note style that renders one cite at a time in the position Ibidem computed for it.
 *
 * <p>A cite renders as {@link CitationFormatter} renders it (both go through one renderer, which decides the
 * style's {@code position} tests beforehand, since citeproc-java 3.5 ignores a position passed in). The layout's
 * suffix (the period that closes a note) is left off and given by {@link #layoutSuffix()}, since the caller knows
 * whether the cite ends its note.
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

    private final ResolvedStyle style;
    private final String xml;
    private final String layoutSuffix;
    private final int nearNoteDistance;
    private final boolean punctuationInQuote;
    private final Map<OutputFormat, CiteRenderer> renderers = new EnumMap<>(OutputFormat.class);

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
        // Built for text now, so that a style that cannot be rendered fails at once; HTML on first use.
        CiteRenderer text = new CiteRenderer(xml, style, OutputFormat.TEXT, null);
        renderers.put(OutputFormat.TEXT, text);
        this.layoutSuffix = text.layout().suffix();
        this.nearNoteDistance = text.layout().nearNoteDistance();
        this.punctuationInQuote = text.punctuationInQuote();
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
    public String format(Reference reference, @Nullable Locator locator, CitePosition position,
                         OutputFormat format) {
        return cite(reference, locator, position, format, CiteDisambiguation.Form.PLAIN);
    }

    /** One cite in the given form, with the layout's prefix and formatting. */
    private String cite(Reference reference, @Nullable Locator locator, CitePosition position, OutputFormat format,
                        CiteDisambiguation.Form form) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(format, "format");
        CiteRenderer renderer = renderer(format);
        String text = renderer.render(reference, locator, position, 1, form).text();
        // A note style with a layout prefix is rare; it stands before the cite as the processor would put it.
        return text.isEmpty() ? text : renderer.layout().prefix() + renderer.layout().formatted(text, format);
    }

    /**
     * The cites of one document in this style: it knows every work the document cites and the note that first
     * cites each, so that the later cites of two works that would read alike are told apart as the style asks
     * (CSL disambiguation: OSCOLA's "Shen, Reviewing (n 1)" beside "Shen, Mao (n 1)", Chicago's "Smith, History
     * of Rome (1999)"). A cite renders as {@link #format} renders it where no other work's reads alike.
     *
     * <pre>{@code
     * NoteStyle.Cites cites = oscola.cites(Map.of(reviewing, 1, korea, 1));
     * cites.format(reviewing, Locator.page("12"), new CitePosition(CitePosition.Kind.SUBSEQUENT, false, 1),
     *         OutputFormat.TEXT);   // "Shen, Reviewing and Reconsidering the History of Sino-Soviet Relations (n 1) 12"
     * }</pre>
     *
     * @param firstNotes every work the document cites, with the number of the note that first cites it (0 if that
     *                   note has no number)
     */
    public Cites cites(Map<Reference, Integer> firstNotes) {
        Objects.requireNonNull(firstNotes, "firstNotes");
        CiteForms forms = new CiteForms(renderer(OutputFormat.TEXT), this::yearSuffixes);
        firstNotes.forEach(forms::firstNote);
        return new Cites(forms, new java.util.HashMap<>());
    }

    /**
     * The cites of one document; see {@link NoteStyle#cites}. Not thread-safe: it works out which cites to tell
     * apart on first use.
     */
    public final class Cites {
        private final CiteForms forms;
        private final Map<Rendered, String> rendered;

        private Cites(CiteForms forms, Map<Rendered, String> rendered) {
            this.forms = forms;
            this.rendered = rendered;
        }

        /**
         * One cite, as {@link NoteStyle#format}, in the form that tells it from the document's other works' cites.
         */
        public String format(Reference reference, @Nullable Locator locator, CitePosition position,
                             OutputFormat format) {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(format, "format");
            CiteDisambiguation.Form form = forms.form(reference);
            // A cite is a function of these alone: one rendered before, by this or an earlier revision, is reused.
            return rendered.computeIfAbsent(new Rendered(reference, locator, position, format, form),
                    k -> cite(reference, locator, position, format, form));
        }

        /**
         * The cites of a revised text of the same document (its works and first notes as given, see
         * {@link NoteStyle#cites}), reusing the cites this one and its own earlier revisions have rendered: a
         * rewrite reads its text back several times, and most cites come back unchanged.
         *
         * <pre>{@code
         * NoteStyle.Cites again = cites.revised(firstNotesOfTheRewrittenText);
         * }</pre>
         */
        public Cites revised(Map<Reference, Integer> firstNotes) {
            Objects.requireNonNull(firstNotes, "firstNotes");
            CiteForms revised = new CiteForms(renderer(OutputFormat.TEXT), NoteStyle.this::yearSuffixes);
            firstNotes.forEach(revised::firstNote);
            return new Cites(revised, rendered);
        }
    }

    /** What one cite is rendered from. */
    private record Rendered(Reference reference, @Nullable Locator locator, CitePosition position,
                            OutputFormat format, CiteDisambiguation.Form form) {
    }

    /** The year suffixes the style's bibliography gives the works, for the rare note style that adds them. */
    private Map<Reference, String> yearSuffixes(java.util.List<Reference> works) {
        try {
            return new BibliographyFormatter().yearSuffixes(works, xml, OutputFormat.TEXT, null);
        } catch (IllegalArgumentException e) {
            return Map.of();   // a style without a bibliography: no list to take the letters from
        }
    }

    private synchronized CiteRenderer renderer(OutputFormat format) {
        return renderers.computeIfAbsent(format, f -> new CiteRenderer(xml, style, f, null));
    }

    @Override
    public String toString() {
        return "NoteStyle[" + style.id() + "]";
    }
}

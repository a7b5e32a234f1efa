package org.ibidem.style;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.ibidem.reference.Reference;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Formats one citation, or one note of several, in a CSL style: the full form of a first cite, the short form of
 * a later one, "Ibid." right after the same work.
 *
 * <pre>{@code
 * CitationFormatter formatter = new CitationFormatter();
 * formatter.format(new Cite(shen, Locator.page("141"), CitePosition.FIRST), "chicago", OutputFormat.TEXT);
 * // Zhihua Shen, Reviewing and Reconsidering the History of Sino-Soviet Relations (Social Sciences Academic
 * //   Press, 2016), 141.
 * formatter.format(new Cite(shen, Locator.page("11-22"), CitePosition.SUBSEQUENT), "chicago", OutputFormat.TEXT);
 * // Shen, Reviewing and Reconsidering the History of Sino-Soviet Relations, 11–22.
 * formatter.formatNote(List.of(first, other), "chicago", OutputFormat.TEXT, "de-DE");   // "…, 141; …"
 * }</pre>
 *
 * <p>The position is the caller's: citeproc-java computes only {@code first} and {@code ibid} and ignores a
 * position it is given, so each position renders through a copy of the style whose {@code position} tests are
 * decided in advance ({@link CitePosition}); a cite renders exactly as {@link NoteStyle} renders it for
 * {@code rewrite}, OSCOLA's "(n 2)" included when the position names the note that first cited the work.
 * {@code Analysis.formatNote} computes positions from a document's notes. In an author-date style every
 * position renders the style's one in-text form, "(Shen 2016, 141)"; in a numeric style the works of a
 * {@link #session} are numbered in order of first citation ("[1]", "[2]"), as citeproc-js numbers them. In a note
 * style the note's first letter is a capital, as a sentence's: "Ibid.", not citeproc-java's "ibid.".
 *
 * <p>Within a {@link #session}, cites of different works that would read alike are told apart as the style asks
 * (CSL disambiguation, which citeproc-java does not do): more names before "et al.", initials ("P. Brown 2001"),
 * the year suffixes of the session's bibliography ("Jones 1999a"), and the style's {@code disambiguate}
 * conditions (Chicago's "Smith, History of Rome (1999)", OSCOLA's title before "(n 1)").
 *
 * <p>Thread-safe: as {@link BibliographyFormatter}, it keeps one citeproc-java processor per style, position,
 * output format and locale behind a lock. Create one and share it; a {@link Session} is for one document.
 *
 * <p>Throws {@link IllegalArgumentException} for an unknown style or locale (the message lists the choices) or a
 * style without a citation layout, and {@link UncheckedIOException} if a style cannot be read.
 */
public final class CitationFormatter {

    private final StyleResolver resolver;
    private final ConcurrentMap<Key, CiteRenderer> renderers = new ConcurrentHashMap<>();
    private volatile @Nullable BibliographyFormatter bibliographies;

    /** A formatter that finds styles with a {@link StyleResolver} for {@code ./styles}. */
    @NullMarked
    public CitationFormatter() {
        this(new StyleResolver());
    }

    /** A formatter that finds styles with the given resolver. */
    @NullMarked
    public CitationFormatter(StyleResolver resolver) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /**
     * One cite, as a note (or an in-text citation) that cites only this work; in a numeric style the work is
     * number 1 (a {@link #session} numbers several).
     *
     * @param style an alias, a style id, a path to a .csl file, or a style's XML (see {@link StyleResolver})
     * @throws IllegalArgumentException for an unknown style or a style without a citation layout
     */
    @NullMarked
    public String format(Cite cite, String style, OutputFormat format) {
        return formatNote(List.of(Objects.requireNonNull(cite, "cite")), style, format, null);
    }

    /**
     * One cite in a locale other than the style's own; see {@link #format(Cite, String, OutputFormat)}.
     *
     * @param locale a bundled CSL locale ({@link CslLocales}) such as "de-DE", or null for the style's own
     * @throws IllegalArgumentException for an unknown style or locale, or a style without a citation layout
     */
    @NullMarked
    public String format(Cite cite, String style, OutputFormat format, @Nullable String locale) {
        return formatNote(List.of(Objects.requireNonNull(cite, "cite")), style, format, locale);
    }

    /**
     * A note of several cites, each in its own position, joined as the style's citation layout joins them
     * ("; " in Chicago) inside its prefix and suffix. In a numeric style the note's works are numbered 1, 2… in
     * the order cited; a {@link #session} keeps the numbers from note to note.
     *
     * @param cites  the cites, in the note's order; at least one
     * @param style  an alias, a style id, a path to a .csl file, or a style's XML
     * @param format the markup of the result
     * @param locale a bundled CSL locale such as "de-DE", or null for the style's own
     * @throws IllegalArgumentException for no cites, an unknown style or locale, or a style without a citation
     *                                  layout
     */
    @NullMarked
    public String formatNote(List<Cite> cites, String style, OutputFormat format, @Nullable String locale) {
        return session(style, format, locale).formatNote(cites);
    }

    /**
     * A session of citations in one style, format and locale: the notes (or in-text citations) of one document,
     * formatted in order. In a numeric style (IEEE, Vancouver, Nature) a work keeps the number it was given when
     * first cited in the session, as citeproc-js numbers works in order of first citation, and
     * {@link Session#bibliography()} lists the works cited with the same numbers. A numeric style whose
     * bibliography is sorted by author or title numbers a work by its place in that bibliography of the works the
     * session knows, as citeproc-js does; citeproc-js renumbers earlier citations as works are added, so a caller
     * that knows the works to come registers them first ({@link Session#number}), as {@code Analysis} does.
     *
     * <pre>{@code
     * CitationFormatter.Session ieee = formatter.session("ieee", OutputFormat.TEXT, null);
     * ieee.format(new Cite(shen, Locator.page("141"), CitePosition.FIRST));   // "[1, p. 141]"
     * ieee.format(new Cite(rush, null, CitePosition.FIRST));                  // "[2]"
     * ieee.format(new Cite(shen, null, CitePosition.SUBSEQUENT));             // "[1]"
     * ieee.bibliography().entries().get(1);   // "[2] M. Rush, “After Khrushchev: …"
     * }</pre>
     *
     * @param style  an alias, a style id, a path to a .csl file, or a style's XML
     * @param format the markup of the results
     * @param locale a bundled CSL locale such as "de-DE", or null for the style's own
     * @throws IllegalArgumentException for an unknown style or locale, or a style without a citation layout
     */
    @NullMarked
    public Session session(String style, OutputFormat format, @Nullable String locale) {
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(format, "format");
        String lang = locale == null ? null : CslLocales.require(locale);
        StyleResolver.Loaded loaded = resolver.load(style);
        CiteRenderer renderer = renderers.computeIfAbsent(new Key(loaded.cslSource(), format, lang),
                key -> new CiteRenderer(styleXml(key.cslSource()), loaded.style(), format, lang));
        return new Session(this, style, loaded.style(), renderer, format, lang);
    }

    /**
     * The citations of one document in one style, format and locale, formatted in order; see
     * {@link CitationFormatter#session}. A work is known by {@link Reference#equals}: the same record, or one
     * equal to it.
     *
     * <p>Not thread-safe: a session follows one document from start to end. The formatter it came from may be
     * shared.
     */
    @NullMarked
    public static final class Session {
        private final CitationFormatter formatter;
        private final String styleName;
        private final ResolvedStyle style;
        private final CiteRenderer renderer;
        private final OutputFormat format;
        private final @Nullable String locale;
        private final Map<Reference, Integer> numbers = new LinkedHashMap<>();
        // The forms that tell the cites of works that would read alike apart (CiteDisambiguation).
        private final CiteForms forms;
        // For a style that numbers works in its bibliography's order: that order, as of the works known then.
        private Map<Reference, Integer> listed = Map.of();
        private int listedFor = -1;

        private Session(CitationFormatter formatter, String styleName, ResolvedStyle style, CiteRenderer renderer,
                        OutputFormat format, @Nullable String locale) {
            this.formatter = formatter;
            this.styleName = styleName;
            this.style = style;
            this.renderer = renderer;
            this.format = format;
            this.locale = locale;
            this.forms = new CiteForms(renderer, works -> formatter.bibliographies().yearSuffixes(works, styleName,
                    format, locale));
        }

        /** The style as resolved. */
        public ResolvedStyle style() {
            return style;
        }

        /**
         * The work's number in order of first citation in this session: the one it got when first cited, or the
         * next one, given now (as if the work were cited here without being printed). A numeric style prints it,
         * unless its bibliography is sorted by author or title: then it prints the work's place in that list.
         */
        public int number(Reference work) {
            Objects.requireNonNull(work, "work");
            forms.work(work);
            return numbers.computeIfAbsent(work, w -> numbers.size() + 1);
        }

        /**
         * Tells the session which note first cites a work (and registers the work, as {@link #number}). A style
         * whose later cites name that note (OSCOLA's "Shen (n 1)") needs nothing more to tell two works by the same
         * author apart when they were first cited in different notes, as citeproc-js compares them; a later cite's
         * {@link CitePosition#firstReferenceNoteNumber()} tells the session as well. {@code Analysis} tells it of
         * every work before the first note is formatted.
         *
         * @param note the note's number, from 1
         * @throws IllegalArgumentException for a number below 1
         */
        public void firstNote(Reference work, int note) {
            if (note < 1) {
                throw new IllegalArgumentException("A note number starts at 1: " + note);
            }
            number(work);
            forms.firstNote(work, note);
        }

        /**
         * The works cited so far, in order of first citation: the work at index {@code i} has {@link #number}
         * {@code i + 1}.
         */
        public List<Reference> cited() {
            return List.copyOf(numbers.keySet());
        }

        /** One cite, as a note or in-text citation that cites only this work; see {@link #formatNote}. */
        public String format(Cite cite) {
            return formatNote(List.of(Objects.requireNonNull(cite, "cite")));
        }

        /**
         * A note of several cites, each in its own position, joined as the style's citation layout joins them.
         * In a numeric style the cites are sorted by number where the style sorts them, and runs of three or more
         * numbers collapse where it says so ("1–3"), as citeproc-js prints them.
         *
         * @throws IllegalArgumentException for no cites
         */
        public String formatNote(List<Cite> cites) {
            Objects.requireNonNull(cites, "cites");
            if (cites.isEmpty()) {
                throw new IllegalArgumentException("A note needs at least one cite");
            }
            CiteRenderer.Layout layout = renderer.layout();
            List<NumberedCite> rendered = new ArrayList<>(cites.size());
            boolean inQuote = false;
            for (Cite cite : cites) {
                number(Objects.requireNonNull(cite, "cite").work());   // the note's works, numbered in order
                if (cite.position().firstReferenceNoteNumber() > 0) {
                    firstNote(cite.work(), cite.position().firstReferenceNoteNumber());
                }
            }
            for (Cite cite : cites) {
                int n = printedNumber(cite.work());
                CiteRenderer.Rendered r = renderer.render(cite.work(), cite.locator(), cite.position(), n,
                        forms.form(cite.work()));
                rendered.add(new NumberedCite(n, r.text().strip(), cite.locator() == null));
                inQuote = r.punctuationInQuote();
            }
            if (layout.numbered() && layout.sortsByNumber()) {
                rendered.sort(java.util.Comparator.comparingInt(NumberedCite::number));
            }
            List<String> texts = layout.numbered() && layout.collapsesNumbers() ? collapsed(rendered)
                    : rendered.stream().map(NumberedCite::text).toList();
            String text = EntryCleaner.clean(join(texts, layout, format), format, style, inQuote);
            // A style that lowercases "ibid" on purpose (OSCOLA) keeps it so at the start of a note, as citeproc-js.
            return layout.noteStyle() && !layout.lowercaseIbid() ? capitalizeFirst(text) : text;
        }

        /**
         * The number a numeric style prints for the work: its number in order of first citation, or, where the
         * style's bibliography is sorted by author or title, its place in that bibliography of the works known to
         * the session (as citeproc-js numbers it once every work is cited).
         */
        private int printedNumber(Reference work) {
            int n = number(work);
            if (!renderer.layout().numberedAsListed()) {
                return n;
            }
            if (listedFor != numbers.size()) {
                List<Reference> order = formatter.bibliographies().listOrder(cited(), styleName, format, locale);
                Map<Reference, Integer> places = new java.util.HashMap<>();
                for (int i = 0; i < order.size(); i++) {
                    places.putIfAbsent(order.get(i), i + 1);
                }
                listed = places;
                listedFor = numbers.size();
            }
            return listed.getOrDefault(work, n);
        }

        /**
         * The bibliography of the works cited so far, in the session's style, format and locale; in a numeric
         * style each work has the number its citations have (the style's bibliography lists them in order of
         * first citation). See {@link BibliographyFormatter#format(List, String, OutputFormat, String)}.
         */
        public FormattedBibliography bibliography() {
            return formatter.bibliographies().format(cited(), styleName, format, locale);
        }
    }

    /** A cite rendered, with its work's number and whether it has a locator (one with a locator never collapses). */
    private record NumberedCite(int number, String text, boolean bare) {
    }

    /**
     * Runs of three or more consecutive numbers, each cite printing only its number, as "first–last"
     * (citeproc-js collapses {@code citation-number} so; two in a row stay "1,2").
     */
    private static List<String> collapsed(List<NumberedCite> cites) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < cites.size()) {
            int j = i;
            while (j + 1 < cites.size() && plainNumber(cites.get(j)) && plainNumber(cites.get(j + 1))
                    && cites.get(j + 1).number() == cites.get(j).number() + 1) {
                j++;
            }
            if (j - i >= 2) {
                out.add(cites.get(i).text() + "\u2013" + cites.get(j).text());
            } else {
                for (int k = i; k <= j; k++) {
                    out.add(cites.get(k).text());
                }
            }
            i = j + 1;
        }
        return out;
    }

    private static boolean plainNumber(NumberedCite cite) {
        return cite.bare() && cite.text().equals(Integer.toString(cite.number()));
    }

    private BibliographyFormatter bibliographies() {
        BibliographyFormatter b = bibliographies;
        if (b == null) {
            synchronized (this) {
                b = bibliographies;
                if (b == null) {
                    b = new BibliographyFormatter(resolver);
                    bibliographies = b;
                }
            }
        }
        return b;
    }

    /**
     * A footnote begins a sentence: its first letter is a capital ("Ibid.", never "ibid."), as pandoc and
     * citeproc-js write notes; citeproc-java renders the term as the locale spells it, in lower case. Markup and
     * opening quotation marks before the letter are skipped.
     */
    static String capitalizeFirst(String note) {
        boolean inTag = false;
        for (int i = 0; i < note.length(); i++) {
            char c = note.charAt(i);
            if (inTag) {
                inTag = c != '>';
            } else if (c == '<') {
                inTag = true;
            } else if (c == '&' && note.indexOf(';', i) > i) {
                i = note.indexOf(';', i); // an HTML entity such as &ldquo; is a mark, not a word
            } else if (Character.isLetter(c)) {
                return Character.isLowerCase(c)
                        ? note.substring(0, i) + Character.toUpperCase(c) + note.substring(i + 1) : note;
            } else if (Character.isLetterOrDigit(c)) {
                return note;
            }
        }
        return note;
    }

    /** The cites inside the layout's prefix and suffix, without a doubled full stop where one meets the other. */
    static String join(List<String> cites, CiteRenderer.Layout layout, OutputFormat format) {
        String body = layout.formatted(String.join(layout.delimiter(), cites.stream().map(String::strip).toList()),
                format);
        String suffix = layout.suffix();
        if (!suffix.isEmpty() && ".!?".indexOf(suffix.charAt(0)) >= 0 && endsWithStop(body)) {
            suffix = suffix.substring(1); // "Ibid." + "." is "Ibid.", as citeproc-js writes it
        }
        return layout.prefix() + body + suffix;
    }

    private static boolean endsWithStop(String text) {
        String plain = text.replaceAll("(?:</[a-z]+>)+$", "");
        return !plain.isEmpty() && ".!?".indexOf(plain.charAt(plain.length() - 1)) >= 0;
    }

    private static String styleXml(String source) {
        // As citeproc-java tells them apart: XML starts with '<', anything else is a bundled style's name.
        return source.stripLeading().startsWith("<") ? source : StyleResolver.readBundled(source + ".csl");
    }

    /** What a renderer is built from: the style's classpath name or XML, the output format and the locale. */
    private record Key(String cslSource, OutputFormat format, @Nullable String locale) {
    }
}

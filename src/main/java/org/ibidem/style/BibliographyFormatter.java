package org.ibidem.style;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.SBibliography;
import de.undercouch.citeproc.csl.internal.SStyle;
import de.undercouch.citeproc.csl.internal.format.Format;
import de.undercouch.citeproc.csl.internal.format.HtmlFormat;
import de.undercouch.citeproc.csl.internal.token.TextToken;
import de.undercouch.citeproc.csl.internal.token.Token;
import de.undercouch.citeproc.csl.internal.format.TextFormat;
import de.undercouch.citeproc.csl.internal.locale.LLocale;
import de.undercouch.citeproc.output.Bibliography;
import de.undercouch.citeproc.output.SecondFieldAlign;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import org.ibidem.reference.Reference;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Formats references as a bibliography in a CSL style, through citeproc-java.
 *
 * <pre>{@code
 * BibliographyFormatter formatter = new BibliographyFormatter();
 * FormattedBibliography bib = formatter.format(List.of(shen), "chicago", OutputFormat.HTML);
 * bib.styleId();   // "chicago-notes-bibliography"
 * bib.text();      // <div class="csl-entry">Shen, Zhihua. <i>Reviewing and Reconsidering the History of
 *                  //   Sino-Soviet Relations</i>. Social Sciences Academic Press, 2016.</div>
 * bib.omitted();   // the works the style lists no entry for, e.g. an unpublished speech in Chicago
 * }</pre>
 *
 * <p>No work is lost silently. A style may deliberately render nothing for a work (Chicago leaves unpublished
 * speeches, interviews, manuscripts and private documents out of the bibliography, APA inaccessible interviews),
 * and citeproc-java then drops the entry without saying which; such works are returned in
 * {@link FormattedBibliography#omitted()}, so that every reference is either an entry or omitted.
 *
 * <p>Thread-safe. Building a citeproc-java processor for a style costs 0.2–1 s, so the formatter keeps one per
 * style and output format for its whole life and reuses it; as a processor is not thread-safe, each sits behind
 * its own lock. Calls for different styles or formats run in parallel; calls for the same one take turns. Create
 * one formatter and share it.
 *
 * <p>The cost is linear in the number of references (about 1,500 Chicago entries a second, warm): large lists are
 * sorted by {@link ReferenceSort} (as citeproc-js sorts them) and registered in that order, rather than by
 * citeproc-java's quadratic sorted registration.
 *
 * <p>{@link #format} throws {@link IllegalArgumentException} for an unknown style (the message lists the choices)
 * or a style without a bibliography layout, and {@link UncheckedIOException} if a style cannot be loaded.
 */
public final class BibliographyFormatter {

    private final StyleResolver resolver;
    private final ConcurrentMap<Key, Engine> engines = new ConcurrentHashMap<>();

    /** A formatter that finds styles with a {@link StyleResolver} for {@code ./styles}. */
    @NullMarked
    public BibliographyFormatter() {
        this(new StyleResolver());
    }

    /** A formatter that finds styles with the given resolver. */
    @NullMarked
    public BibliographyFormatter(StyleResolver resolver) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /**
     * The bibliography of the references in the style, sorted as the style sorts it.
     *
     * @param refs   the works to list; each is listed once per occurrence, so pass distinct works
     * @param style  an alias, a style id, a path to a .csl file, or a style's XML (see {@link StyleResolver})
     * @param format the markup of the entries
     * @return one entry per reference, except the references the style renders nothing for, which are listed in
     *         {@link FormattedBibliography#omitted()}
     * @throws IllegalArgumentException if the style is unknown, unusable or has no bibliography layout
     * @throws UncheckedIOException     if the style cannot be read or parsed
     */
    @NullMarked
    public FormattedBibliography format(List<Reference> refs, String style, OutputFormat format) {
        return format(refs, style, format, null);
    }

    /**
     * The bibliography of the references in the style and in a locale other than the style's own, sorted as the
     * style sorts it: the locale supplies the terms ("Herausgegeben von", "Hrsg."), date formats and
     * punctuation rules, the style everything else.
     *
     * <pre>{@code
     * formatter.format(List.of(book), "apa", OutputFormat.TEXT, "de-DE").text();
     * // Westad, O. A. (Hrsg.). (1998). Brothers in arms ...
     * }</pre>
     *
     * @param refs   the works to list; each is listed once per occurrence, so pass distinct works
     * @param style  an alias, a style id, a path to a .csl file, or a style's XML (see {@link StyleResolver})
     * @param format the markup of the entries
     * @param locale a bundled CSL locale ({@link CslLocales#bundled()}) such as "de-DE", or null for the style's
     *               default (as {@link #format(List, String, OutputFormat)})
     * @return one entry per reference, except the references the style renders nothing for, which are listed in
     *         {@link FormattedBibliography#omitted()}
     * @throws IllegalArgumentException if the style is unknown, unusable or has no bibliography layout, or the
     *                                  locale is not bundled (the message lists the locales there are)
     * @throws UncheckedIOException     if the style cannot be read or parsed
     */
    @NullMarked
    public FormattedBibliography format(List<Reference> refs, String style, OutputFormat format,
                                        @Nullable String locale) {
        Objects.requireNonNull(refs, "refs");
        Objects.requireNonNull(format, "format");
        // Checked before the style is loaded, so that a typo fails at once with the list of locales.
        String lang = locale == null ? null : CslLocales.require(locale);
        StyleResolver.Loaded loaded = resolver.load(style);
        String styleId = loaded.style().id();
        if (refs.isEmpty()) {
            return new FormattedBibliography(styleId, format, List.of(), List.of());
        }
        // Positional ids: a reference's own id may be missing or repeated, and citeproc-java keys items by id.
        Engine engine = engines.computeIfAbsent(new Key(loaded.cslSource(), format, lang), Engine::new);
        StyleTraits traits = engine.traits(loaded.style());
        Map<String, Map<String, Object>> json = new LinkedHashMap<>();
        for (int i = 0; i < refs.size(); i++) {
            String id = "item-" + i;
            Map<String, Object> item = prepare(Objects.requireNonNull(refs.get(i), "reference " + i), id, traits);
            PluralLabels.hyphenateRanges(item);
            json.put(id, item);
        }
        Rendered rendered = engine.render(items(json), loaded.style(), null);
        Map<String, Map<String, Object>> shown = json;
        if (traits.revisesList()) {
            // Year suffixes and repeated-author substitutes follow the sorted order: a second pass in that order.
            Map<String, Map<String, Object>> revised = ListRevision.revise(json, rendered.listedIds(), traits);
            if (revised != null) {
                List<String> order = new ArrayList<>(rendered.listedIds());
                Set<String> seen = new HashSet<>(order);
                for (String id : json.keySet()) {
                    if (!seen.contains(id)) {
                        order.add(id);
                    }
                }
                rendered = engine.render(items(revised), loaded.style(), order);
                shown = revised;
            }
        }
        Map<String, String> signed = signedEntries(engine, rendered, shown, traits, loaded.style());
        List<String> cleaned = new ArrayList<>(rendered.entries().size());
        for (int i = 0; i < rendered.entries().size(); i++) {
            String entry = rendered.entries().get(i);
            if (i < rendered.listedIds().size()) {
                String id = rendered.listedIds().get(i);
                if (signed.containsKey(id)) {
                    entry = UnsignedTitles.requote(entry, signed.get(id), format);
                }
                entry = TitleCaseRepair.repair(entry, shown.get(id), format);
                if (rendered.labels() != null) {
                    entry = rendered.labels().repair(entry, shown.get(id));
                }
                entry = NameSuffixes.repair(entry, shown.get(id));
                if (traits.pageRangeFormat().equals("minimal-two")) {
                    entry = MinimalTwoPages.repair(entry, shown.get(id));
                }
            }
            cleaned.add(EntryCleaner.clean(entry, format, loaded.style(), rendered.punctuationInQuote()));
        }
        // citeproc-java skips an item whose entry renders empty and does not say which; the format saw the rest.
        Set<String> listed = new HashSet<>(rendered.listedIds());
        List<Reference> omitted = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            if (!listed.contains("item-" + i)) {
                omitted.add(refs.get(i));
            }
        }
        return new FormattedBibliography(styleId, format, cleaned, omitted);
    }

    /**
     * The references in the order the style's bibliography lists them, those it lists no entry for last, in the
     * order given: the order a numeric style whose bibliography is sorted by author numbers them in
     * ({@link CitationFormatter.Session}).
     */
    List<Reference> listOrder(List<Reference> refs, String style, OutputFormat format, @Nullable String locale) {
        String lang = locale == null ? null : CslLocales.require(locale);
        StyleResolver.Loaded loaded = resolver.load(style);
        if (refs.isEmpty()) {
            return List.of();
        }
        Engine engine = engines.computeIfAbsent(new Key(loaded.cslSource(), format, lang), Engine::new);
        StyleTraits traits = engine.traits(loaded.style());
        Map<String, Map<String, Object>> json = new LinkedHashMap<>();
        for (int i = 0; i < refs.size(); i++) {
            json.put("item-" + i, prepare(refs.get(i), "item-" + i, traits));
        }
        List<Reference> out = new ArrayList<>(refs.size());
        Set<Integer> listed = new HashSet<>();
        for (String id : engine.render(items(json), loaded.style(), null).listedIds()) {
            int i = Integer.parseInt(id.substring("item-".length()));
            if (listed.add(i)) {
                out.add(refs.get(i));
            }
        }
        for (int i = 0; i < refs.size(); i++) {
            if (!listed.contains(i)) {
                out.add(refs.get(i));
            }
        }
        return out;
    }

    /**
     * The year suffix the style's bibliography of the references gives each work that has one, as
     * {@link #format(List, String, OutputFormat, String)} prints it ({@link ListRevision}): what the cites of the
     * same works carry ({@link CitationFormatter.Session}). Empty when the style adds none or no two works need one.
     */
    Map<Reference, String> yearSuffixes(List<Reference> refs, String style, OutputFormat format,
                                        @Nullable String locale) {
        String lang = locale == null ? null : CslLocales.require(locale);
        StyleResolver.Loaded loaded = resolver.load(style);
        if (refs.isEmpty()) {
            return Map.of();
        }
        Engine engine = engines.computeIfAbsent(new Key(loaded.cslSource(), format, lang), Engine::new);
        StyleTraits traits = engine.traits(loaded.style());
        if (!traits.addYearSuffix()) {
            return Map.of();
        }
        Map<String, Map<String, Object>> json = new LinkedHashMap<>();
        for (int i = 0; i < refs.size(); i++) {
            String id = "item-" + i;
            Map<String, Object> item = prepare(Objects.requireNonNull(refs.get(i)), id, traits);
            PluralLabels.hyphenateRanges(item);
            json.put(id, item);
        }
        // Which works need a letter does not depend on the order, only which letter: the list is rendered (for its
        // order) only when some do.
        if (ListRevision.yearSuffixes(json, new ArrayList<>(json.keySet()), traits).isEmpty()) {
            return Map.of();
        }
        Map<String, String> letters = ListRevision.yearSuffixes(json,
                engine.render(items(json), loaded.style(), null).listedIds(), traits);
        Map<Reference, String> out = new java.util.HashMap<>();
        letters.forEach((id, letter) -> out.put(refs.get(Integer.parseInt(id.substring("item-".length()))), letter));
        return out;
    }

    /**
     * The entries of the unsigned works with a container title, rendered as if signed, by id: where their titles'
     * quotation marks are taken from ({@link UnsignedTitles}). Empty when the list has no such work.
     */
    private static Map<String, String> signedEntries(Engine engine, Rendered rendered,
            Map<String, Map<String, Object>> shown, StyleTraits traits, ResolvedStyle style) {
        Map<String, Map<String, Object>> unsigned = new LinkedHashMap<>();
        for (String id : rendered.listedIds()) {
            Map<String, Object> item = shown.get(id);
            if (item != null && UnsignedTitles.isCandidate(item, traits)) {
                unsigned.put(id, UnsignedTitles.signed(item));
            }
        }
        if (unsigned.isEmpty()) {
            return Map.of();
        }
        Rendered again = engine.render(items(unsigned), style, new ArrayList<>(unsigned.keySet()));
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < again.listedIds().size() && i < again.entries().size(); i++) {
            out.put(again.listedIds().get(i), again.entries().get(i));
        }
        return out;
    }

    /**
     * The CSL item of a reference, under the given id ({@link CslMapper#toJson}), with what citeproc-java does not
     * do for this style done beforehand.
     */
    static Map<String, Object> prepare(Reference ref, String id, StyleTraits traits) {
        Map<String, Object> item = CslMapper.toJson(ref, id);
        if (traits.noteStyle()) {
            LegalYears.inNotes(ref, item);
        }
        QuoteMarks.smarten(item);
        if (ParticleDemotion.applies(traits)) {
            ParticleDemotion.demote(item);
        }
        return item;
    }

    private static Map<String, CSLItemData> items(Map<String, Map<String, Object>> json) {
        Map<String, CSLItemData> items = new LinkedHashMap<>();
        json.forEach((id, item) -> items.put(id, CSLItemData.fromJson(item)));
        return items;
    }

    /**
     * The entries as citeproc-java rendered them, the ids of the items that got one, whether the locale puts
     * punctuation inside quotation marks, and its plural labels (null if the locale could not be seen).
     */
    private record Rendered(List<String> entries, List<String> listedIds, boolean punctuationInQuote,
                            @Nullable PluralLabels labels) {
    }

    /**
     * What a processor is built from: the classpath name or XML of the style, the output format and the locale
     * (null: the one citeproc-java picks when given none, so the default path stays as it always was). Keying on
     * the XML of a file (not its path) means an edited file gets a fresh processor.
     */
    private record Key(String cslSource, OutputFormat format, @Nullable String locale) {
    }

    /**
     * One citeproc-java processor, the items it currently sees, and the lock that serialises its use.
     *
     * <p>A plain {@code registerCitationItems} sorts with a binary insertion that is quadratic in the number of
     * items, and not in citeproc-js's order, so the engine works out the order itself ({@link ReferenceSort}) and
     * registers the items already in that order; a style that does not sort keeps the order given. Sorting needs
     * the processor's parsed style and locale, which citeproc-java hands only to its output format: every pass goes
     * through a {@link CapturingFormat} that keeps them, and the first asks for one citation of a stand-in item to
     * capture them. Only a style that sorts by citation number takes the plain pass.
     */
    private static final class Engine {
        private static final String PROBE_ID = "ibidem-probe";

        private final Key key;
        private final ReentrantLock lock = new ReentrantLock();
        private final SwappableItems items = new SwappableItems();
        // All guarded by lock. csl is built on first use so that building does not block the map.
        private CSL csl;
        private CapturingFormat captured;      // the style and locale of csl, once seen
        private ReferenceSort sort;            // the style's sort as citeproc-js does it, once read
        private boolean noReferenceSort;       // the style does not sort its bibliography
        private StyleTraits traits;            // what the style asks for beyond citeproc-java, once read
        private PluralLabels labels;           // the locale's plural labels, once its locale is seen

        Engine(Key key) {
            this.key = key;
        }

        /**
         * The bibliography of the batch; in the given order if there is one (the ids of the whole batch), else
         * sorted as the style sorts.
         */
        Rendered render(Map<String, CSLItemData> batch, ResolvedStyle style, List<String> order) {
            lock.lock();
            try {
                if (csl == null) {
                    csl = build(style);
                }
                List<String> sorted = order != null ? order : referenceOrder(batch, style);
                // reset() also sets the output format back to HTML, so the format is set after it, every time.
                csl.reset();
                CapturingFormat format = new CapturingFormat(key.format());
                csl.setOutputFormat(format);
                items.set(batch);
                if (sorted != null) {
                    // Already in the order citeproc-java would sort them into: registered as they come, each
                    // item gets the citation number it would have got from the sorted registration.
                    csl.registerCitationItems(sorted, true);
                } else {
                    csl.registerCitationItems(batch.keySet());
                }
                Bibliography bibliography;
                try {
                    bibliography = csl.makeBibliography();
                } catch (IllegalStateException e) {
                    throw new IllegalArgumentException("The style " + style.id()
                            + " has no bibliography layout; choose a style that formats bibliographies", e);
                }
                if (captured == null && format.style() != null) {
                    captured = format;
                }
                boolean inQuote = captured != null && captured.locale().getStyleOptions().isPunctuationInQuote();
                if (labels == null && captured != null) {
                    labels = PluralLabels.of(captured.locale());
                }
                return new Rendered(List.of(bibliography.getEntries()), format.takeEntryIds(), inQuote, labels);
            } finally {
                // Drop the references so a cached processor does not keep the last bibliography alive.
                if (csl != null) {
                    csl.reset();
                }
                items.set(Map.of());
                lock.unlock();
            }
        }

        /** What the style asks for that citeproc-java does not do; read once. */
        StyleTraits traits(ResolvedStyle style) {
            lock.lock();
            try {
                if (traits == null) {
                    traits = StyleTraits.of(styleXml());
                }
                return traits;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot load the style " + style.id(), e);
            } finally {
                lock.unlock();
            }
        }

        private String styleXml() {
            String source = key.cslSource();
            // As citeproc-java tells them apart: XML starts with '<', anything else is a bundled style's name.
            return source.stripLeading().startsWith("<") ? source : StyleResolver.readBundled(source + ".csl");
        }

        /**
         * The ids in the order citeproc-js sorts them (see {@link ReferenceSort}), the given order for a style that
         * does not sort, or null for the plain pass: the style sorts by citation number, or its style and locale
         * could not be captured.
         */
        private List<String> referenceOrder(Map<String, CSLItemData> batch, ResolvedStyle style) {
            if (noReferenceSort) {
                return new ArrayList<>(batch.keySet());
            }
            if (sort == null) {
                try {
                    sort = ReferenceSort.of(styleXml());
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot load the style " + style.id(), e);
                }
                if (sort == null) {
                    noReferenceSort = true;
                    return new ArrayList<>(batch.keySet());
                }
            }
            if (captured == null) {
                captured = probe();
                if (captured == null) {
                    return null;
                }
            }
            return sort.sort(batch, captured.locale());
        }

        /**
         * The processor's style and locale, seen by asking for one citation of a stand-in item (a citation is
         * rendered even when it comes out empty, unlike a bibliography entry); null if that fails, and then the
         * plain pass is used.
         */
        private CapturingFormat probe() {
            CapturingFormat format = new CapturingFormat(key.format());
            try {
                csl.reset();
                csl.setOutputFormat(format);
                items.set(Map.of(PROBE_ID, new CSLItemDataBuilder().id(PROBE_ID).type(CSLType.BOOK)
                        .title("Title").author("Family", "Given").issued(2000).build()));
                csl.makeCitation(PROBE_ID);
            } catch (RuntimeException e) {
                // Only a shortcut is lost: a style whose citation layout citeproc-java cannot render still gets
                // its bibliography from the plain pass, which reports what is wrong with it if anything is.
                return null;
            } finally {
                csl.reset();
                items.set(Map.of());
            }
            return format.style() != null ? format : null;
        }

        private CSL build(ResolvedStyle style) {
            try {
                // The locale's date order, which citeproc-java ignores, written into the style (LocaleDates); a
                // style that needs none is handed over as before.
                String source = key.cslSource();
                String xml = source.stripLeading().startsWith("<") ? source : StyleResolver.readBundled(source + ".csl");
                String dated = LocaleDates.withDates(xml,
                        key.locale() != null ? key.locale() : LocaleDates.defaultLocale(xml));
                String given = dated.equals(xml) ? source : dated;
                return key.locale() == null ? new CSL(items, given) : new CSL(items, given, key.locale());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot load the style " + style.id(), e);
            }
        }
    }

    /**
     * An output format that formats as citeproc-java's own format of that name does and keeps the style and locale
     * of the first context it is handed: the only public way to the processor's parsed style and merged locale.
     * It also notes the id of each item it formats a bibliography entry for: {@code CSL.makeBibliography} hands it
     * only the items whose entry is not empty, and its {@code Bibliography} carries no ids.
     */
    static final class CapturingFormat implements Format {
        private final Format delegate;
        private SStyle style;
        private LLocale locale;
        private List<String> entryIds = new ArrayList<>();

        CapturingFormat(OutputFormat format) {
            // The formats setOutputFormat(format.cslName()) would make; exhaustive, so a new constant must be added.
            delegate = switch (format) {
                case TEXT -> new TextFormat();
                case HTML -> new HtmlFormat();
            };
        }

        SStyle style() {
            return style;
        }

        LLocale locale() {
            return locale;
        }

        /** The ids of the items formatted as bibliography entries so far, in order; forgets them. */
        List<String> takeEntryIds() {
            List<String> ids = entryIds;
            entryIds = new ArrayList<>();
            return ids;
        }

        private void see(RenderContext ctx) {
            if (style == null) {
                style = ctx.getStyle();
                locale = ctx.getLocale();
            }
        }

        @Override
        public String getName() {
            return delegate.getName();
        }

        @Override
        public void setConvertLinks(boolean convert) {
            delegate.setConvertLinks(convert);
        }

        @Override
        public String formatCitation(RenderContext ctx) {
            see(ctx);
            return delegate.formatCitation(ctx);
        }

        @Override
        public String formatBibliographyEntry(RenderContext ctx, int index) {
            see(ctx);
            entryIds.add(ctx.getItemData().getId());
            String entry = delegate.formatBibliographyEntry(ctx, index);
            return delegate instanceof TextFormat ? separateFirstField(ctx, entry) : entry;
        }

        /**
         * A style that aligns its second field (IEEE's "[1]", Nature's "1.") sets the first apart in HTML with a
         * block of its own; citeproc-java's text output just runs the two together ("[1]M. Humphreys"). A space
         * goes between them, where the first field ends.
         */
        private static String separateFirstField(RenderContext ctx, String entry) {
            SBibliography bibliography = ctx.getStyle().getBibliography();
            if (bibliography == null || bibliography.getSecondFieldAlign() == null
                    || bibliography.getSecondFieldAlign() == SecondFieldAlign.FALSE) {
                return entry; // every token counts as a first field when nothing is aligned
            }
            StringBuilder first = new StringBuilder();
            for (Token token : ctx.getResult().getTokens()) {
                if (!token.isFirstField()) {
                    break;
                }
                if (token instanceof TextToken) {
                    first.append(((TextToken) token).getText());
                }
            }
            int end = first.length();
            if (end == 0 || end >= entry.length() || !entry.startsWith(first.toString())
                    || Character.isWhitespace(entry.charAt(end))) {
                return entry;
            }
            return entry.substring(0, end) + " " + entry.substring(end);
        }

        @Override
        public Bibliography makeBibliography(String[] entries, SBibliography bibliography) {
            return delegate.makeBibliography(entries, bibliography);
        }
    }

    /**
     * The item source of a cached processor. citeproc-java takes its {@link ItemDataProvider} once, at
     * construction, so a processor that outlives one bibliography needs a provider whose items can be replaced.
     * Only touched while the owning {@link Engine}'s lock is held.
     */
    static final class SwappableItems implements ItemDataProvider {
        private Map<String, CSLItemData> items = Map.of();

        void set(Map<String, CSLItemData> batch) {
            items = batch;
        }

        @Override
        public CSLItemData retrieveItem(String id) {
            return items.get(id);
        }

        @Override
        public Collection<String> getIds() {
            return items.keySet();
        }
    }
}

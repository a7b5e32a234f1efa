package org.ibidem.style;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.output.Bibliography;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import org.ibidem.reference.Reference;

/**
 * Formats references as a bibliography in a CSL style, through citeproc-java.
 *
 * <pre>{@code
 * BibliographyFormatter formatter = new BibliographyFormatter();
 * FormattedBibliography bib = formatter.format(List.of(shen), "chicago", OutputFormat.HTML);
 * bib.styleId();   // "chicago-notes-bibliography"
 * bib.text();      // <div class="csl-entry">Shen, Zhihua. <i>Reviewing and Reconsidering the History of
 *                  //   Sino-Soviet Relations</i>. Social Sciences Academic Press, 2016.</div>
 * }</pre>
 *
 * <p>Thread-safe. Building a citeproc-java processor for a style costs 0.2–1 s, so the formatter keeps one per
 * style and output format for its whole life and reuses it; as a processor is not thread-safe, each sits behind
 * its own lock. Calls for different styles or formats run in parallel; calls for the same one take turns. Create
 * one formatter and share it.
 *
 * <p>{@link #format} throws {@link IllegalArgumentException} for an unknown style (the message lists the choices)
 * or a style without a bibliography layout, and {@link UncheckedIOException} if a style cannot be loaded.
 */
public final class BibliographyFormatter {

    private final StyleResolver resolver;
    private final ConcurrentMap<Key, Engine> engines = new ConcurrentHashMap<>();

    /** A formatter that finds styles with a {@link StyleResolver} for {@code ./styles}. */
    public BibliographyFormatter() {
        this(new StyleResolver());
    }

    /** A formatter that finds styles with the given resolver. */
    public BibliographyFormatter(StyleResolver resolver) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /**
     * The bibliography of the references in the style, sorted as the style sorts it.
     *
     * @param refs   the works to list; each is listed once per occurrence, so pass distinct works
     * @param style  an alias, a style id or a path to a .csl file (see {@link StyleResolver})
     * @param format the markup of the entries
     * @return one entry per reference
     * @throws IllegalArgumentException if the style is unknown, unusable or has no bibliography layout
     * @throws UncheckedIOException     if the style cannot be read or parsed
     */
    public FormattedBibliography format(List<Reference> refs, String style, OutputFormat format) {
        Objects.requireNonNull(refs, "refs");
        Objects.requireNonNull(format, "format");
        StyleResolver.Loaded loaded = resolver.load(style);
        String styleId = loaded.style().id();
        if (refs.isEmpty()) {
            return new FormattedBibliography(styleId, format, List.of());
        }
        // Positional ids: a reference's own id may be missing or repeated, and citeproc-java keys items by id.
        Map<String, CSLItemData> items = new LinkedHashMap<>();
        for (int i = 0; i < refs.size(); i++) {
            String id = "item-" + i;
            items.put(id, CslMapper.toItem(Objects.requireNonNull(refs.get(i), "reference " + i), id));
        }
        Engine engine = engines.computeIfAbsent(new Key(loaded.cslSource(), format), Engine::new);
        List<String> entries = engine.render(items, loaded.style());
        List<String> cleaned = new ArrayList<>(entries.size());
        for (String entry : entries) {
            cleaned.add(EntryCleaner.clean(entry, format, loaded.style()));
        }
        return new FormattedBibliography(styleId, format, cleaned);
    }

    /**
     * What a processor is built from: the classpath name or XML of the style, and the output format. Keying on
     * the XML of a file (not its path) means an edited file gets a fresh processor.
     */
    private record Key(String cslSource, OutputFormat format) {
    }

    /** One citeproc-java processor, the items it currently sees, and the lock that serialises its use. */
    private static final class Engine {
        private final Key key;
        private final ReentrantLock lock = new ReentrantLock();
        private final SwappableItems items = new SwappableItems();
        private CSL csl;   // guarded by lock; built on first use so that building does not block the map

        Engine(Key key) {
            this.key = key;
        }

        List<String> render(Map<String, CSLItemData> batch, ResolvedStyle style) {
            lock.lock();
            try {
                if (csl == null) {
                    csl = build(style);
                }
                // reset() also sets the output format back to HTML, so the format is set after it, every time.
                csl.reset();
                csl.setOutputFormat(key.format().cslName());
                items.set(batch);
                csl.registerCitationItems(batch.keySet());
                Bibliography bibliography;
                try {
                    bibliography = csl.makeBibliography();
                } catch (IllegalStateException e) {
                    throw new IllegalArgumentException("The style " + style.id()
                            + " has no bibliography layout; choose a style that formats bibliographies", e);
                }
                return List.of(bibliography.getEntries());
            } finally {
                // Drop the references so a cached processor does not keep the last bibliography alive.
                if (csl != null) {
                    csl.reset();
                }
                items.set(Map.of());
                lock.unlock();
            }
        }

        private CSL build(ResolvedStyle style) {
            try {
                return new CSL(items, key.cslSource());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot load the style " + style.id(), e);
            }
        }
    }

    /**
     * The item source of a cached processor. citeproc-java takes its {@link ItemDataProvider} once, at
     * construction, so a processor that outlives one bibliography needs a provider whose items can be replaced.
     * Only touched while the owning {@link Engine}'s lock is held.
     */
    private static final class SwappableItems implements ItemDataProvider {
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

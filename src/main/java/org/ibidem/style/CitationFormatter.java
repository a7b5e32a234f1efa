package org.ibidem.style;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLLabel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import org.ibidem.reference.Locator;
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
 * decided in advance ({@link CitePosition}). {@code Analysis.formatNote} computes positions from a document's
 * notes. In an author-date or numeric style every position renders the style's one in-text form, "(Shen 2016,
 * 141)". In a note style the note's first letter is a capital, as a sentence's: "Ibid.", not citeproc-java's
 * "ibid.".
 *
 * <p>Thread-safe: as {@link BibliographyFormatter}, it keeps one citeproc-java processor per style, position,
 * output format and locale behind a lock. Create one and share it.
 *
 * <p>Throws {@link IllegalArgumentException} for an unknown style or locale (the message lists the choices) or a
 * style without a citation layout, and {@link UncheckedIOException} if a style cannot be read.
 */
public final class CitationFormatter {

    private static final String ITEM = "cite";

    private final StyleResolver resolver;
    private final ConcurrentMap<Key, Engine> engines = new ConcurrentHashMap<>();

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
     * One cite, as a note (or an in-text citation) that cites only this work.
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
     * ("; " in Chicago) inside its prefix and suffix.
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
        Objects.requireNonNull(cites, "cites");
        Objects.requireNonNull(format, "format");
        if (cites.isEmpty()) {
            throw new IllegalArgumentException("A note needs at least one cite");
        }
        String lang = locale == null ? null : CslLocales.require(locale);
        StyleResolver.Loaded loaded = resolver.load(style);
        List<String> rendered = new ArrayList<>(cites.size());
        PositionedStyle layout = null;
        boolean inQuote = false;
        for (Cite cite : cites) {
            // One processor per position, whatever note the work was first cited in: the layout never reads it.
            Engine engine = engines.computeIfAbsent(
                    new Key(loaded.cslSource(), new CitePosition(cite.position().kind(), cite.position().nearNote(), 0),
                            format, lang), Engine::new);
            Engine.Result result = engine.render(cite, loaded.style());
            rendered.add(result.text());
            layout = result.layout();
            inQuote = result.punctuationInQuote();
        }
        String text = EntryCleaner.clean(join(rendered, layout), format, loaded.style(), inQuote);
        return layout.noteStyle() ? capitalizeFirst(text) : text;
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
    static String join(List<String> cites, PositionedStyle layout) {
        String body = String.join(layout.delimiter(), cites.stream().map(String::strip).toList());
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

    /** What a processor is built from: the style's classpath name or XML, the position, format and locale. */
    private record Key(String cslSource, CitePosition position, OutputFormat format, @Nullable String locale) {
    }

    /** One processor for one key, with the lock that serialises its use. */
    private static final class Engine {
        record Result(String text, PositionedStyle layout, boolean punctuationInQuote) {
        }

        private final Key key;
        private final ReentrantLock lock = new ReentrantLock();
        private final BibliographyFormatter.SwappableItems items = new BibliographyFormatter.SwappableItems();
        // Guarded by lock; built on first use.
        private CSL csl;
        private PositionedStyle layout;
        private StyleTraits traits;

        Engine(Key key) {
            this.key = key;
        }

        Result render(Cite cite, ResolvedStyle style) {
            lock.lock();
            try {
                if (csl == null) {
                    String xml = styleXml(key.cslSource());
                    layout = PositionedStyle.of(xml, key.position(), style.id());
                    traits = StyleTraits.of(xml);
                    csl = key.locale() == null ? new CSL(items, layout.xml())
                            : new CSL(items, layout.xml(), key.locale());
                }
                csl.reset();
                BibliographyFormatter.CapturingFormat format = new BibliographyFormatter.CapturingFormat(key.format());
                csl.setOutputFormat(format);
                Map<String, Object> json = BibliographyFormatter.prepare(CslMapper.toJson(cite.work(), ITEM), traits);
                items.set(Map.of(ITEM, CSLItemData.fromJson(json)));
                CSLCitationItemBuilder item = new CSLCitationItemBuilder(ITEM);
                Locator locator = cite.locator();
                if (locator != null) {
                    item.locator(locator.value());
                    CSLLabel label = label(locator.label());
                    if (label != null) {
                        item.label(label);
                    }
                }
                // Title case as in bibliographies: citeproc-java's own lowers "SPQR" to "Spqr" (TitleCaseRepair).
                String text = TitleCaseRepair.repair(csl.makeCitation(new CSLCitation(item.build())).get(0).getText(),
                        json, key.format());
                boolean inQuote = format.locale() != null && format.locale().getStyleOptions().isPunctuationInQuote();
                return new Result(text, layout, inQuote);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot load the style " + style.id(), e);
            } finally {
                if (csl != null) {
                    csl.reset();
                }
                items.set(Map.of());
                lock.unlock();
            }
        }

        private static @Nullable CSLLabel label(String name) {
            try {
                return CSLLabel.fromString(name);
            } catch (IllegalArgumentException e) {
                return null; // a label CSL does not know: the locator is still printed, unlabelled
            }
        }

        private static String styleXml(String source) {
            // As citeproc-java tells them apart: XML starts with '<', anything else is a bundled style's name.
            return source.stripLeading().startsWith("<") ? source : StyleResolver.readBundled(source + ".csl");
        }
    }
}

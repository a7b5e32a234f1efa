package org.ibidem.style;

import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The formatter registers a list in an order it computes itself instead of letting citeproc-java sort it: the
 * order of citeproc-js ({@link ReferenceSort}). These tests hold it to the promise that the entries are byte for
 * byte those a plain citeproc-java pass renders in that order.
 */
class BibliographyOrderTest {

    /** A list long enough that citeproc-java's own sorted registration would be slow. */
    private static final int WORKS = 300;

    private static final List<Reference> REFS = works(WORKS, 7);

    private static final BibliographyFormatter FORMATTER = new BibliographyFormatter();

    private static final StyleResolver RESOLVER = new StyleResolver();

    static Stream<Arguments> stylesAndFormats() {
        return Stream.of(
                Arguments.of("chicago", OutputFormat.TEXT),
                Arguments.of("apa", OutputFormat.TEXT),
                Arguments.of("mla", OutputFormat.TEXT),
                Arguments.of("chicago", OutputFormat.HTML));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("stylesAndFormats")
    void formatsExactlyAsOnePlainCiteprocPass(String style, OutputFormat format) throws IOException {
        StyleResolver.Loaded loaded = RESOLVER.load(style);
        StyleTraits traits = StyleTraits.of(StyleResolver.readBundled(loaded.cslSource() + ".csl"));
        CSL plain = new CSL(new ListItemDataProvider(items(REFS, traits).values().toArray(new CSLItemData[0])),
                loaded.cslSource());
        BibliographyFormatter.CapturingFormat capture = new BibliographyFormatter.CapturingFormat(format);
        plain.setOutputFormat(capture);
        // The order is citeproc-js's (ReferenceSort); the entries must be those citeproc-java renders in it.
        plain.makeCitation(items(REFS, traits).keySet().iterator().next());
        plain.reset();
        plain.setOutputFormat(capture);
        List<String> sorted = ReferenceSort.of(StyleResolver.readBundled(loaded.cslSource() + ".csl"))
                .sort(items(REFS, traits), capture.locale());
        plain.registerCitationItems(sorted, true);
        String[] entries = plain.makeBibliography().getEntries();
        // Year suffixes and author substitutes follow the sorted order: applied, then rendered in that order.
        List<String> order = new ArrayList<>(capture.takeEntryIds());
        Map<String, Map<String, Object>> revised = ListRevision.revise(json(REFS, traits), order, traits);
        if (revised != null) {
            revised.keySet().stream().filter(id -> !order.contains(id)).toList().forEach(order::add);
            List<CSLItemData> items = new ArrayList<>();
            revised.values().forEach(item -> items.add(CSLItemData.fromJson(item)));
            CSL second = new CSL(new ListItemDataProvider(items.toArray(new CSLItemData[0])), loaded.cslSource());
            second.setOutputFormat(format.cslName());
            second.registerCitationItems(order, true);
            entries = second.makeBibliography().getEntries();
        }
        Map<String, Map<String, Object>> shown = revised != null ? revised : json(REFS, traits);
        // Unsigned works with a container title take their title's quotation marks from a signed rendering.
        Map<String, Map<String, Object>> unsigned = new LinkedHashMap<>();
        for (int i = 0; i < entries.length; i++) {
            if (UnsignedTitles.isCandidate(shown.get(order.get(i)), traits)) {
                unsigned.put(order.get(i), UnsignedTitles.signed(shown.get(order.get(i))));
            }
        }
        Map<String, String> signed = new HashMap<>();
        if (!unsigned.isEmpty()) {
            List<CSLItemData> items = new ArrayList<>();
            unsigned.values().forEach(item -> items.add(CSLItemData.fromJson(item)));
            CSL third = new CSL(new ListItemDataProvider(items.toArray(new CSLItemData[0])), loaded.cslSource());
            third.setOutputFormat(format.cslName());
            third.registerCitationItems(List.copyOf(unsigned.keySet()), true);
            String[] signedEntries = third.makeBibliography().getEntries();
            List<String> ids = List.copyOf(unsigned.keySet());
            for (int i = 0; i < signedEntries.length; i++) {
                signed.put(ids.get(i), signedEntries[i]);
            }
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < entries.length; i++) {
            String entry = signed.containsKey(order.get(i))
                    ? UnsignedTitles.requote(entries[i], signed.get(order.get(i)), format) : entries[i];
            entry = TitleCaseRepair.repair(entry, shown.get(order.get(i)), format);
            entry = PluralLabels.of(capture.locale()).repair(entry, shown.get(order.get(i)));
            entry = NameSuffixes.repair(entry, shown.get(order.get(i)));
            if (traits.pageRangeFormat().equals("minimal-two")) {
                entry = MinimalTwoPages.repair(entry, shown.get(order.get(i)));
            }
            expected.add(EntryCleaner.clean(entry, format, loaded.style(),
                    capture.locale().getStyleOptions().isPunctuationInQuote()));
        }

        List<String> ours = FORMATTER.format(REFS, style, format).entries();

        assertThat(ours).hasSizeGreaterThan(WORKS / 2).containsExactlyElementsOf(expected);
    }

    private static Map<String, Map<String, Object>> json(List<Reference> refs, StyleTraits traits) {
        Map<String, Map<String, Object>> items = new LinkedHashMap<>();
        for (int i = 0; i < refs.size(); i++) {
            Map<String, Object> item = BibliographyFormatter.prepare(refs.get(i), "item-" + i, traits);
            PluralLabels.hyphenateRanges(item);
            items.put("item-" + i, item);
        }
        return items;
    }

    private static Map<String, CSLItemData> items(List<Reference> refs, StyleTraits traits) {
        Map<String, CSLItemData> items = new LinkedHashMap<>();
        json(refs, traits).forEach((id, item) -> items.put(id, CSLItemData.fromJson(item)));
        return items;
    }

    /**
     * Varied works in random order, chosen to exercise every branch of sorting: few authors with many works
     * (same author and year, for APA's and Chicago's ties), particles and accents (collation), corporate and
     * missing authors (sorted by title), titles opening with an article, a quotation mark or a number, missing
     * dates, and exact duplicates (citeproc-java puts an item equal to one already listed at the very end).
     */
    static List<Reference> works(int count, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Name> people = List.of(Name.of("Smith", "John"), Name.of("Smith", "Jane"), Name.of("Smith", "J."),
                Name.of("Ørsted", "Hans Christian"), Name.of("Orsted", "Anna"), Name.of("Çelik", "Ayşe"),
                Name.of("Celik", "Mehmet"), new Name("Gaulle", "Charles", "de", null, null),
                new Name("Beethoven", "Ludwig", "van", null, null), new Name("King", "Martin Luther", null, "Jr.", null),
                Name.of("Mao", "Zedong"), Name.of("Li", null), Name.of("Müller", "Karl"), Name.of("Muller", "Karl"),
                Name.literal("People’s Press Editorial"), Name.literal("World Health Organization"));
        List<String> titles = List.of("The History of Things", "A History of Things", "History of Things",
                "“Secret” Speeches", "10 Days That Shook the World", "2 Days", "Volume 2", "Volume 10",
                "on the origin of species", "Économie et société", "Zen and the Art", "the last word",
                "An Essay: On Method", "Über die Natur", "War and Peace");
        ItemType[] types = {ItemType.BOOK, ItemType.BOOK, ItemType.ARTICLE_JOURNAL, ItemType.CHAPTER,
                ItemType.ARTICLE_NEWSPAPER, ItemType.WEBPAGE, ItemType.THESIS, ItemType.SPEECH, ItemType.DOCUMENT};
        List<Reference> out = new ArrayList<>();
        while (out.size() < count) {
            if (!out.isEmpty() && rnd.nextInt(12) == 0) {
                out.add(out.get(rnd.nextInt(out.size())));
                continue;
            }
            ItemType type = types[rnd.nextInt(types.length)];
            Reference.Builder b = Reference.builder(type)
                    .title(titles.get(rnd.nextInt(titles.size())) + (rnd.nextInt(3) == 0 ? "" : " " + rnd.nextInt(40)));
            int authors = rnd.nextInt(8) == 0 ? 0 : 1 + (rnd.nextInt(4) == 0 ? rnd.nextInt(3) : 0);
            List<Name> names = new ArrayList<>();
            for (int a = 0; a < authors; a++) {
                names.add(people.get(rnd.nextInt(people.size())));
            }
            b.authors(names);
            if (rnd.nextInt(6) == 0) {
                b.editors(List.of(people.get(rnd.nextInt(people.size()))));
            }
            if (rnd.nextInt(7) != 0) {
                int year = 1990 + rnd.nextInt(6);
                b.issued(rnd.nextBoolean() ? PartialDate.ofYear(year) : PartialDate.of(year, 1 + rnd.nextInt(12), 0));
            }
            switch (type) {
                case ARTICLE_JOURNAL -> b.containerTitle("Journal of Studies").volume(String.valueOf(rnd.nextInt(30)))
                        .issue(String.valueOf(1 + rnd.nextInt(4))).page((1 + rnd.nextInt(90)) + "–" + (100 + rnd.nextInt(50)));
                case CHAPTER -> b.containerTitle("Collected Essays").publisher("Beacon Press").publisherPlace("Boston")
                        .page("12–34");
                case ARTICLE_NEWSPAPER -> b.containerTitle("New York Times");
                case WEBPAGE -> b.containerTitle("Example Site").url("https://example.org/" + rnd.nextInt(1000))
                        .accessed(PartialDate.of(2020, 5, 1 + rnd.nextInt(28)));
                case THESIS -> b.genre("PhD diss.").publisher("Yale University");
                case SPEECH -> b.eventPlace("Moscow");
                case DOCUMENT -> b.archive("National Archives").archiveLocation("Box " + rnd.nextInt(20));
                default -> b.publisher("Liveright").publisherPlace("New York");
            }
            out.add(b.build());
        }
        return List.copyOf(out);
    }
}

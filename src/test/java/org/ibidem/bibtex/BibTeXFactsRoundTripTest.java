package org.ibidem.bibtex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;
import org.jbibtex.Value;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The BibTeX export read back by JBibTeX gives the same authors, titles, dates (to the day), containers and
 * pages; "et al." and the recipient of a letter are kept where BibTeX can hold them.
 */
class BibTeXFactsRoundTripTest {

    private static final Reference LETTER = Reference.builder(ItemType.MANUSCRIPT).id("mao1949")
            .authors(List.of(Name.of("Mao", "Zedong"))).recipients(List.of(Name.of("Stalin", "Joseph")))
            .genre("letter").issued(PartialDate.of(1949, 12, 16)).archive("Archive of the President")
            .archiveLocation("fond 45").archivePlace("Moscow").build();

    private static final List<Reference> ALL = Stream.concat(Sources.ALL.stream(), Stream.of(LETTER)).toList();
    private static BibTeXDatabase parsed;
    private static List<BibTeXEntry> entries;

    @BeforeAll
    static void exportAndReadBack() throws ParseException {
        parsed = new BibTeXParser().parse(new StringReader(new BibTeXExporter().export(ALL)));
        entries = List.copyOf(parsed.getEntries().values());
    }

    static Stream<Arguments> sources() {
        return IntStream.range(0, ALL.size()).mapToObj(i -> Arguments.of(i, ALL.get(i).type(), ALL.get(i)));
    }

    private static String printed(BibTeXEntry e, String field) {
        Value v = e.getField(new Key(field));
        if (v == null) {
            return null;
        }
        try {
            return new LaTeXPrinter().print(new LaTeXParser().parse(v.toUserString())).replace('\u2019', '\'');
        } catch (ParseException | RuntimeException e1) {
            // JBibTeX's LaTeX parser knows no letters outside Latin: such a field holds no LaTeX to undo.
            return v.toUserString();
        }
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("sources")
    void bringsBackTheSameAuthors(int index, ItemType type, Reference reference) {
        String written = printed(entries.get(index), "author");
        if (reference.authors().isEmpty()) {
            assertThat(written).isNull();
            return;
        }
        assertThat(written.split(" and ")).hasSize(reference.authors().size());
        for (int i = 0; i < reference.authors().size(); i++) {
            Name n = reference.authors().get(i);
            assertThat(written.split(" and ")[i].replace('\u2019', '\''))
                    .contains(n.isLiteral() ? n.literal() : n.family());
        }
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("sources")
    void bringsBackTheSameDateToTheDay(int index, ItemType type, Reference reference) {
        BibTeXEntry e = entries.get(index);
        PartialDate d = reference.issued();
        assertThat(printed(e, "year")).isEqualTo(d == null ? null : String.valueOf(d.year()));
        assertThat(printed(e, "day")).isEqualTo(d == null || d.day() == 0 ? null : String.valueOf(d.day()));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("sources")
    void bringsBackTheSameContainerAndPages(int index, ItemType type, Reference reference) {
        BibTeXEntry e = entries.get(index);
        if (reference.containerTitle() != null) {
            String container = Stream.of("journal", "booktitle", "howpublished", "note")
                    .map(f -> printed(e, f)).filter(v -> v != null).findFirst().orElse(null);
            assertThat(container).contains(reference.containerTitle());
        }
        if (reference.page() != null) {
            assertThat(printed(e, "pages")).isEqualTo(reference.page().replace("-", "–").replace("––", "–"));
        }
    }

    @Test
    void keepsTheRecipientAndWhereTheArchiveIs() {
        BibTeXEntry letter = entries.get(ALL.indexOf(LETTER));
        assertThat(printed(letter, "howpublished")).isEqualTo("Archive of the President, Moscow");
        assertThat(printed(letter, "note")).isEqualTo("letter to Joseph Stalin, fond 45");
        assertThat(printed(letter, "day")).isEqualTo("16");
    }
}

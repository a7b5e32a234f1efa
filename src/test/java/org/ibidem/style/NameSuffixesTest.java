package org.ibidem.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Suffixes of inverted names; the expected entries are citeproc-js 2.4.63's for the same items. */
class NameSuffixesTest {

    private static final BibliographyFormatter FORMATTER = new BibliographyFormatter();

    private static final Reference ARTICLE = Reference.builder(ItemType.ARTICLE_JOURNAL)
            .authors(List.of(Name.of("Doe", "Jane"), new Name("Noe", "John", null, "Jr", null), Name.of("Roe", "Ann")))
            .title("Three Authors").containerTitle("Journal of Tests").volume("5").issue("2").page("10-20")
            .issued(PartialDate.ofYear(2012)).build();
    private static final Reference BOOK = Reference.builder(ItemType.BOOK)
            .authors(List.of(new Name("King", "Martin", null, "Jr.", null))).title("A Book").publisher("Acme")
            .issued(PartialDate.ofYear(1960)).build();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "apa     | Doe, J., Noe, J., Jr, & Roe, A. (2012). Three Authors. Journal of Tests, 5(2), 10–20. | King, M., Jr. (1960). A Book. Acme.",
        "chicago | Doe, Jane, John Noe Jr, and Ann Roe. “Three Authors.” Journal of Tests 5, no. 2 (2012): 10–20. | King, Martin, Jr. A Book. Acme, 1960.",
        "mla     | Doe, Jane, et al. “Three Authors.” Journal of Tests, vol. 5, no. 2, 2012, pp. 10–20. | King, Martin, Jr. A Book. Acme, 1960."})
    void printsTheSuffixAfterTheGivenNamesOfAnInvertedName(String style, String article, String book) {
        assertThat(FORMATTER.format(List.of(ARTICLE, BOOK), style, OutputFormat.TEXT).entries())
                .containsExactly(article, book);
    }

    @Test
    void leavesANameInDisplayOrderAlone() {
        String entry = "Doe, Jane, John Noe Jr, and Ann Roe. “Three Authors.”";
        assertThat(NameSuffixes.repair(entry, Map.of("author", List.of(
                Map.of("family", "Noe", "given", "John", "suffix", "Jr"))))).isEqualTo(entry);
    }

    @Test
    void keepsTheFullStopOfAnInitialBeforeTheSuffix() {
        Map<String, Object> item = Map.of("author", List.of(Map.of("family", "Vale", "given", "Tom A.", "suffix", "Jr.")));
        assertThat(NameSuffixes.repair("Vale Jr., Tom A. “A Title.” Journal 8, no. 1 (1987): 41–60.", item))
                .isEqualTo("Vale, Tom A., Jr. “A Title.” Journal 8, no. 1 (1987): 41–60.");
    }
}

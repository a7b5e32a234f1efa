package org.ibidem.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;

/** MLA's page ranges; the expected entries are citeproc-js 2.4.63's for the same items. */
class MinimalTwoPagesTest {

    private static final BibliographyFormatter FORMATTER = new BibliographyFormatter();

    @Test
    void mlaKeepsTwoDigitsOfTheSecondNumberWithTheirZero() {
        List<String> pages = List.of("601-608", "321-328", "1003-1005", "96-101", "1100-1109", "701-8");
        List<Reference> works = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            works.add(Reference.builder(ItemType.ARTICLE_JOURNAL).authors(List.of(Name.of("Doe", "Jane")))
                    .title("Study " + (char) ('A' + i)).containerTitle("Journal of Tests").volume("3")
                    .page(pages.get(i)).issued(PartialDate.ofYear(1990 + i)).build());
        }
        assertThat(FORMATTER.format(works, "mla", OutputFormat.TEXT).entries()).containsExactly(
                "Doe, Jane. “Study A.” Journal of Tests, vol. 3, 1990, pp. 601–08.",
                "———. “Study B.” Journal of Tests, vol. 3, 1991, pp. 321–28.",
                "———. “Study C.” Journal of Tests, vol. 3, 1992, pp. 1003–05.",
                "———. “Study D.” Journal of Tests, vol. 3, 1993, pp. 96–101.",
                "———. “Study E.” Journal of Tests, vol. 3, 1994, pp. 1100–09.",
                "———. “Study F.” Journal of Tests, vol. 3, 1995, pp. 701–08.");
    }
}

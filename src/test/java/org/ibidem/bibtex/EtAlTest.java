package org.ibidem.bibtex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ibidem.reference.CslJson;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;

/** "et al." kept: the names a note left out are "others", as BibTeX's "and others" says. */
class EtAlTest {

    private static final Reference ABRIDGED = Reference.builder(ItemType.ARTICLE_JOURNAL)
            .authors(List.of(Name.of("Lind", "Ada"), Name.others()))
            .title("Counting Mills").containerTitle("Mill Studies").volume("4").issued(PartialDate.ofYear(2011))
            .build();

    @Test
    void keepsTheOthersOutOfTheCslNamesAndSaysSoInTheCustomObject() {
        Map<String, Object> item = CslJson.toMap(ABRIDGED);
        assertThat((List<?>) item.get("author")).hasSize(1);
        assertThat(item.get("custom")).isEqualTo(Map.of("et-al", List.of("author")));
        assertThat(List.copyOf(item.keySet())).last().isEqualTo("custom");
    }

    @Test
    void writesTheOthersAsBibTeXsAndOthers() {
        String bib = new BibTeXExporter().export(List.of(ABRIDGED));
        assertThat(bib).contains("author = {Lind, Ada and others}");
    }

    @Test
    void addsNoCustomObjectToAListWithoutEtAl() {
        Reference whole = Reference.builder(ItemType.BOOK).authors(List.of(Name.of("Lind", "Ada"))).title("Mills")
                .build();
        assertThat(CslJson.toMap(whole)).doesNotContainKey("custom");
        assertThat(Name.of("Lind", "Ada").isOthers()).isFalse();
        assertThat(Name.others().isOthers()).isTrue();
    }
}

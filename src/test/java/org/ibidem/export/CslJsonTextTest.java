package org.ibidem.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ibidem.reference.FieldSamples;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** CSL-JSON out and in: what Ibidem writes reads back the same, and what Zotero and pandoc write reads too. */
class CslJsonTextTest {

    @ParameterizedTest
    @EnumSource(ItemType.class)
    void readsBackEveryFieldItWrites(ItemType type) {
        Reference all = FieldSamples.all(type);
        assertThat(CslJsonText.read(CslJsonText.write(List.of(all)))).containsExactly(all);
    }

    @Test
    void readsBackSpansAndSeasons() {
        Reference span = Reference.builder(ItemType.ARTICLE_MAGAZINE).id("span")
                .issued(new PartialDate(1969, 12, 0, 1, null)).build();
        Reference season = Reference.builder(ItemType.ARTICLE_JOURNAL).id("season")
                .issued(new PartialDate(2003, 0, 0, 0, "Spring")).build();
        assertThat(CslJsonText.read(CslJsonText.write(List.of(span, season)))).containsExactly(span, season);
    }

    @Test
    void readsAZoteroItem() {
        String zotero = """
                [{"id": "http://zotero.org/users/1/items/ABCD", "type": "article-journal",
                  "title": "Sino-Soviet Relations", "container-title": "Cold War History",
                  "volume": 12, "issue": "3", "page": "189-225", "ISSN": "1468-2745",
                  "author": [{"family": "Gaulle", "given": "Charles", "dropping-particle": "de"},
                             {"family": "Beethoven", "given": "Ludwig", "non-dropping-particle": "van"},
                             {"literal": "World Health Organization"}],
                  "issued": {"date-parts": [["1956", "2", "25"]]},
                  "accessed": {"date-parts": [[2020, 5, 3]]},
                  "note": "extra"}]""";

        Reference r = CslJsonText.read(zotero).get(0);

        assertThat(r.id()).isEqualTo("http://zotero.org/users/1/items/ABCD");
        assertThat(r.type()).isEqualTo(ItemType.ARTICLE_JOURNAL);
        assertThat(r.volume()).isEqualTo("12");
        assertThat(r.authors()).containsExactly(Name.of("Gaulle", "Charles de"),
                new Name("Beethoven", "Ludwig", "van", null, null), Name.literal("World Health Organization"));
        assertThat(r.issued()).isEqualTo(PartialDate.of(1956, 2, 25));
        assertThat(r.accessed()).isEqualTo(PartialDate.of(2020, 5, 3));
    }

    @Test
    void readsPandocStyleRawDatesNumberedSeasonsAndOneItemAlone() {
        Reference raw = CslJsonText.read("{\"id\": 7, \"type\": \"book\", \"issued\": {\"raw\": \"1969-12/1970-01\"},"
                + " \"original-date\": {\"date-parts\": [[1859]], \"season\": 3}}").get(0);

        assertThat(raw.id()).isEqualTo("7");
        assertThat(raw.issued()).isEqualTo(new PartialDate(1969, 12, 0, 1, null));
        assertThat(raw.originalDate()).isEqualTo(new PartialDate(1859, 0, 0, 0, "Autumn"));
    }

    @Test
    void takesTheNearestTypeForATypeIbidemDoesNotModel() {
        assertThat(CslJsonText.read("[{\"id\": \"b\", \"type\": \"bill\"}, {\"id\": \"d\", \"type\": \"dataset\"}]"))
                .extracting(Reference::type).containsExactly(ItemType.LEGISLATION, ItemType.DOCUMENT);
    }

    @Test
    void saysWhereAnItemIsNotCslJson() {
        assertThatThrownBy(() -> CslJsonText.read("[{\"id\": \"a\"}]"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"type\"");
        assertThatThrownBy(() -> CslJsonText.read("[{\"id\": \"a\", \"type\": \"book\", \"author\": \"Smith\"}]"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"author\"");
        assertThatThrownBy(() -> CslJsonText.read("[{"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Not JSON");
    }
}

package org.ibidem.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ItemTypeTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "NEEDS_PUBLICATION_FACTS | BOOK",
        "NEEDS_VOLUME_AND_PAGES  | ARTICLE_JOURNAL",
        "FIRST_PAGE_ONLY         | LEGAL_CASE",
        "PUBLISHED_AS_A_VOLUME   | BOOK REPORT",
        "IN_A_BOOK               | CHAPTER",
        "UNPUBLISHED             | MANUSCRIPT",
        "EVENT                   | SPEECH INTERVIEW",
        "NAMED_BY_TITLE          | LEGISLATION LEGAL_CASE",
        "IDENTIFIED_BY_REPORT    | LEGAL_CASE",
        "PRINTED_IN_A_CONTAINER  | CHAPTER ARTICLE_JOURNAL ARTICLE_MAGAZINE PAPER_CONFERENCE",
    })
    void givesEachTraitToTheKindsItIsTrueOf(ItemTrait trait, String types) {
        assertThat(ItemType.withTrait(trait)).containsExactlyElementsOf(
                Arrays.stream(types.split(" ")).map(ItemType::valueOf).toList());
    }

    @Test
    void listsTheTraitsOfAType() {
        assertThat(ItemType.LEGAL_CASE.traits())
                .containsExactly(ItemTrait.FIRST_PAGE_ONLY, ItemTrait.NAMED_BY_TITLE,
                        ItemTrait.IDENTIFIED_BY_REPORT);
        assertThat(ItemType.SONG.traits()).isEmpty();
        assertThat(ItemType.BOOK.has(ItemTrait.IN_A_BOOK)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(ItemType.class)
    void findsEachTypeByItsCslName(ItemType type) {
        assertThat(ItemType.fromCslName(type.cslName())).isSameAs(type);
    }

    @Test
    void spellsAFewCslTypesWithAnUnderscore() {
        assertThat(ItemType.ARTICLE_JOURNAL.cslName()).isEqualTo("article-journal");
        assertThat(ItemType.LEGAL_CASE.cslName()).isEqualTo("legal_case");
        assertThat(ItemType.MOTION_PICTURE.cslName()).isEqualTo("motion_picture");
        assertThat(ItemType.PERSONAL_COMMUNICATION.cslName()).isEqualTo("personal_communication");
    }

    @Test
    void refusesAnUnknownCslName() {
        assertThatThrownBy(() -> ItemType.fromCslName("patent-application"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("patent-application");
    }
}

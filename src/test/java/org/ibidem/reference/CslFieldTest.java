package org.ibidem.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CslFieldTest {

    static Stream<String> referenceComponents() {
        return Arrays.stream(Reference.class.getRecordComponents()).map(RecordComponent::getName)
                .filter(name -> !name.equals("id") && !name.equals("type"));
    }

    @ParameterizedTest
    @MethodSource("referenceComponents")
    void givesEveryReferenceFieldARow(String component) throws Exception {
        // Setting every row of the table sets every field of the record: a field without a row stays empty.
        Reference all = FieldSamples.all(ItemType.BOOK);
        Object value = Reference.class.getMethod(component).invoke(all);

        assertThat(value).as(component + " has no row in CslField").isNotNull().isNotEqualTo(List.of());
    }

    @ParameterizedTest
    @EnumSource(CslField.class)
    void readsBackWhatItSetsAndTouchesNoOtherField(CslField field) {
        Reference only = FieldSamples.only(field, ItemType.BOOK);

        assertThat(field.value(only)).isEqualTo(FieldSamples.sample(field));
        assertThat(Arrays.stream(CslField.values()).filter(f -> f.isPresent(only))).containsExactly(field);
    }

    @ParameterizedTest
    @EnumSource(CslField.class)
    void findsEachFieldByItsVariable(CslField field) {
        assertThat(CslField.fromVariable(field.variable())).isSameAs(field);
    }

    @Test
    void namesTheMappedVariablesWhenAskedForAnUnknownOne() {
        assertThatThrownBy(() -> CslField.fromVariable("container_title"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("container-title").hasMessageContaining("archive_location");
    }

    @Test
    void treatsAnEmptyNameListAsNotGiven() {
        Reference r = Reference.builder(ItemType.BOOK).title("T").build();

        assertThat(CslField.AUTHOR.value(r)).isNull();
        assertThat(CslField.AUTHOR.isPresent(r)).isFalse();
        assertThat(CslField.AUTHOR.names(r)).isEmpty();
    }

    @Test
    void refusesAValueOfAnotherKind() {
        assertThatThrownBy(() -> CslField.ISSUED.set(Reference.builder(ItemType.BOOK), "1956"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("issued");
        assertThatThrownBy(() -> CslField.AUTHOR.set(Reference.builder(ItemType.BOOK), List.of("Shen")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names");
        assertThatThrownBy(() -> CslField.TITLE.date(Reference.builder(ItemType.BOOK).build()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesCslJsonKeysInTheOrderOfTheTable() {
        List<String> expected = new ArrayList<>(List.of("id", "type"));
        Arrays.stream(CslField.values()).map(CslField::variable).forEach(expected::add);

        assertThat(CslJson.toMap(FieldSamples.all(ItemType.CHAPTER)).keySet()).containsExactlyElementsOf(expected);
    }

    @Test
    void writesEachKindAsCslJsonDoes() {
        var item = CslJson.toMap(Reference.builder(ItemType.BOOK).authors(List.of(Name.of("Shen", "Zhihua")))
                .title("T").volume("2").issued(PartialDate.of(1956, 12, 29)).build());

        assertThat(item).containsEntry("title", "T").containsEntry("volume", "2");
        assertThat(item.get("author")).isEqualTo(List.of(Map.of("family", "Shen", "given", "Zhihua")));
        assertThat(item.get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(1956, 12, 29))));
    }
}

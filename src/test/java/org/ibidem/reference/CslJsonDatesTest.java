package org.ibidem.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dates of {@code notes --json}: spans of months in order, seasons kept. */
class CslJsonDatesTest {

    private static Object issued(PartialDate date) {
        return CslJson.toMap(Reference.builder(ItemType.ARTICLE_MAGAZINE).issued(date).build()).get("issued");
    }

    @Test
    void writesASpanRunningIntoTheNextYearInOrder() {
        // "December/January 1969": December 1969 to January 1970, as the bibliographies print it.
        assertThat(issued(new PartialDate(1969, 12, 0, 1, null)))
                .isEqualTo(Map.of("date-parts", List.of(List.of(1969, 12), List.of(1970, 1))));
    }

    @Test
    void writesASpanWithinAYearAsTwoParts() {
        assertThat(issued(new PartialDate(1969, 7, 0, 10, null)))
                .isEqualTo(Map.of("date-parts", List.of(List.of(1969, 7), List.of(1969, 10))));
    }

    @Test
    void keepsTheSeasonAsCslsSeason() {
        assertThat(issued(new PartialDate(2003, 0, 0, 0, "Spring")))
                .isEqualTo(Map.of("date-parts", List.of(List.of(2003)), "season", "Spring"));
    }

    @Test
    void knowsTheEndOfASpan() {
        PartialDate decJan = new PartialDate(1969, 12, 0, 1, null);
        assertThat(decJan.isMonthSpan()).isTrue();
        assertThat(decJan.endYear()).isEqualTo(1970);
        assertThat(decJan.toIsoInterval()).isEqualTo("1969-12/1970-01");
        assertThat(PartialDate.of(1956, 2, 25).toIsoInterval()).isEqualTo("1956-02-25");
        assertThat(new PartialDate(2003, 0, 0, 0, "Fall").seasonNumber()).isEqualTo(3);
    }
}

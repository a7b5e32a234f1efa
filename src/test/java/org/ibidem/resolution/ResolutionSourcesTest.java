package org.ibidem.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;

/**
 * A resolution's sources by id, for ids as {@code SourceIds} gives them to thousands of works of one author and
 * year: "hale1990a" … "hale1990fqw", which differ only in their letter suffix. Every one is found, and only it.
 * (Their hashes crowd together; the index they are kept in must not degrade on them, which the benchmarks'
 * {@code ScalingProbe adversarial tied-titles} measures, not this test.)
 */
class ResolutionSourcesTest {

    private static List<Reference> reports(int count) {
        String[] stems = {"hale1990", "thornton1990", "higgins1990", "shaw1990", "lennox1990"};
        List<Reference> sources = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sources.add(Reference.builder(ItemType.BOOK).title("Report on the State of Things " + i)
                    .id(stems[i % stems.length] + SourceIds.suffix(i / stems.length)).build());
        }
        return sources;
    }

    @Test
    void findsEachOfThousandsOfSuffixedIds() {
        List<Reference> sources = reports(40_000);
        Resolution r = new Resolution(List.of(), sources);

        for (Reference s : sources) {
            assertThat(r.source(s.id())).isSameAs(s);
        }
    }

    @Test
    void findsNoSourceForAnIdNotGiven() {
        Resolution r = new Resolution(List.of(), reports(2_000));

        assertThat(r.source("hale1990zzzz")).isNull();
        assertThat(r.source("marsh1990")).isNull();
        assertThat(r.source(null)).isNull();
    }

    @Test
    void keepsTheFirstSourceOfARepeatedId() {
        Reference first = Reference.builder(ItemType.BOOK).title("First").id("hale1990a").build();
        Reference second = Reference.builder(ItemType.BOOK).title("Second").id("hale1990a").build();

        assertThat(new Resolution(List.of(), List.of(first, second)).source("hale1990a")).isSameAs(first);
    }
}

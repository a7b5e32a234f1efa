package org.ibidem.citation.parse;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link CrossReferenceReader#hasOpOrLocCit}, the cheap test before {@link CrossReferenceReader#OP_CIT}, never
 * says no where the pattern finds "op. cit." or "loc. cit.": on texts drawn from those words and their neighbours.
 */
class CrossReferenceGuardsTest {

    @Provide
    Arbitrary<String> notes() {
        return Arbitraries.of("op", "Op", "OP", "loc", "Loc", "cit", "Cit", "CIT", ".", ". ", " ", "  ", "\t", ",",
                        "City", "citizens", "Smith", "12", "é", "\u212A", "opcit", "loc.cit.")
                .list().ofMinSize(1).ofMaxSize(8).map(list -> String.join("", list));
    }

    @Property(tries = 3000)
    void everyOpCitThePatternFindsPassesTheTest(@ForAll("notes") String t) {
        if (CrossReferenceReader.OP_CIT.matcher(t).find()) {
            assertThat(CrossReferenceReader.hasOpOrLocCit(t)).as(t).isTrue();
        }
    }

    @Example
    void passesOpCitAndRefusesACity() {
        assertThat(CrossReferenceReader.hasOpOrLocCit("Smith, op. cit., 12")).isTrue();
        assertThat(CrossReferenceReader.hasOpOrLocCit("Hadfield, loc. cit.")).isTrue();
        assertThat(CrossReferenceReader.hasOpOrLocCit("Culver City, CA: Sony, 1992")).isFalse();
    }
}

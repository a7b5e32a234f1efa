package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The cheap tests {@link Names} makes before a pattern never say no where the pattern alone says yes: on words
 * drawn from what the pattern reads, letters whose case folds outside ASCII among them, each answers as the
 * pattern does.
 */
class NameGuardsTest {

    @Provide
    Arbitrary<String> words() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("St", "st", "ST", "sT", "Saint", "SAINT", "Ste", "ste.", ".", "e", "t", "aint",
                        "\u017Ft", "\u017F", "\u212A", "Smith", " ", "\n", "-"),
                Arbitraries.strings().withChars("sStTeE.ainAIN\u017F").ofMaxLength(3));
        return pieces.list().ofMaxSize(4).map(list -> String.join("", list));
    }

    @Property(tries = 3000)
    void saintIsWhatItsPatternAccepts(@ForAll("words") String word) throws ReflectiveOperationException {
        assertThat(Names.isSaint(word)).as(word).isEqualTo(pattern("SAINT").matcher(word).matches());
    }

    @Provide
    Arbitrary<String> fields() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("and", " and ", "&", " & ", "  ", "Smith", "Jane", "J.", "van", "de", "Jr.", "of",
                        "the", "History", "Army:", "1956", "\u2003", "\u0085", "\n", "\t", ",", ".", ":", "andrew"),
                Arbitraries.strings().withChars("aAndN& \t\n.JSm:").ofMaxLength(3));
        return pieces.list().ofMaxSize(8).map(list -> String.join("", list));
    }

    @Property(tries = 3000)
    void personsAreTriedPieceByPieceAsTheSplitGivesThem(@ForAll("fields") String text) {
        boolean expected = java.util.Arrays.stream(Names.splitJoined(text)).allMatch(Names::looksLikePerson);
        assertThat(Names.allLookLikePersons(text)).as(text).isEqualTo(expected);
    }

    private static Pattern pattern(String name) throws ReflectiveOperationException {
        Field field = Names.class.getDeclaredField(name);
        field.setAccessible(true);
        return (Pattern) field.get(null);
    }
}

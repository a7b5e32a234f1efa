package org.ibidem.citation.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The cheap tests the book and quoted-title readers make before a pattern never say no where the pattern alone
 * says yes: on texts drawn from the words and characters each pattern reads (both cases, letters whose case folds
 * outside ASCII, white space of every kind), each answers as its pattern alone answers.
 */
class ReaderGuardsTest {

    @Provide
    Arbitrary<String> facts() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("2nd ed., ", "Second edition,", "rev. and exp. edn, ", "2nd", "3d", "Second", "rev.",
                        "and", "exp.", "new", "English", " ", ", ", ",", "  ",
                        "\t", "\n", "ed", "ed.", "Ed.", "ED", "eD", "edn", "edn.", "edition", "EDITION", "e", "d", ".",
                        "New York", ":", "Norton", "1999", "\u212A", "\u017F", "\u0130", "é"),
                Arbitraries.strings().withChars("edEDn., 2thirsv").ofMaxLength(3));
        return pieces.list().ofMaxSize(8).map(list -> String.join("", list));
    }

    @Property(tries = 3000)
    void leadingEditionIsFoundWhereItsPatternFindsIt(@ForAll("facts") String facts)
            throws ReflectiveOperationException {
        Matcher whole = pattern(PublicationFacts.class, "LEADING_EDITION").matcher(facts);
        Matcher guarded = PublicationFacts.leadingEdition(facts);
        if (whole.lookingAt()) {
            assertThat(guarded).as(facts).isNotNull();
            assertThat(guarded.group(1)).as(facts).isEqualTo(whole.group(1));
            assertThat(guarded.end()).as(facts).isEqualTo(whole.end());
        } else {
            assertThat(guarded).as(facts).isNull();
        }
    }

    static Pattern pattern(Class<?> owner, String name) throws ReflectiveOperationException {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return (Pattern) field.get(null);
    }
}

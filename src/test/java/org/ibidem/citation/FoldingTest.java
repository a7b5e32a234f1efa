package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link Folding#fold}'s ASCII path, which reads dashes, curly quotation marks and no-break spaces itself and gives
 * up at any other character outside ASCII, folds as Unicode's decomposition and character classes do.
 */
class FoldingTest {

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("L\u00fcthi", "Luthi", "O'Brien", "O\u2019Brien", "\u00c9mile", "  ", "--", "\u00a0",
                        "1848", "A.", "de la", "\u017F", "\u212A", "\u2013", "\u2014", "\u201c", "\u201d", "\u2018",
                        "\u00a0", "\u0301", "\u2013\u0301", "1855\u20131861"),
                Arbitraries.strings().ascii().ofMaxLength(6),
                Arbitraries.strings().withChars("aZ09 '.,-\u00e9\u2019\t\u2013\u201c\u0301\u00a0").ofMaxLength(4));
        return pieces.list().ofMaxSize(6).map(list -> String.join("", list));
    }

    @Property(tries = 3000)
    void foldsAsUnicodeDoes(@ForAll("texts") String text) {
        assertThat(Folding.fold(text)).as(text).isEqualTo(Folding.foldUnicode(text));
    }

    @Test
    void foldsAccentsCaseAndPunctuationAway() {
        assertThat(Folding.fold("L\u00fcthi")).isEqualTo(Folding.fold("Luthi")).isEqualTo("luthi");
        assertThat(Folding.fold("The Rise, and Fall.")).isEqualTo("the rise and fall");
        assertThat(Folding.fold("O\u2019Brien's")).isEqualTo("obriens");
        assertThat(Folding.fold("Frontier, 1855\u20131861: \u201cRivalry\u201d")).isEqualTo("frontier 1855 1861 rivalry");
        assertThat(Folding.fold(null)).isEmpty();
    }
}

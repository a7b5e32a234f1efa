package org.ibidem.citation.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BibliographyStyleOpeningTest {
    // The pattern BibliographyStyle.opensInverted replaced: it must answer exactly as this does.
    private static final Pattern INVERTED_START = Pattern.compile(
            "^[\\p{Lu}][\\p{L}'’-]+(?: [\\p{Lu}][\\p{L}'’-]+)?, [\\p{Lu}][\\p{L}.'’ -]{0,40}");

    @Test
    void readsAFamilyNameFirst() {
        assertThat(BibliographyStyle.opensInverted("Feinstein, Charles H. and Mark Thomas, Making")).isTrue();
        assertThat(BibliographyStyle.opensInverted("Van Dyke, Henry, Title")).isTrue();
        assertThat(BibliographyStyle.opensInverted("O’Brien-Smith, Ann")).isTrue();
        assertThat(BibliographyStyle.opensInverted("Anne Langley, Fighting the Broken Revolution")).isTrue();
        assertThat(BibliographyStyle.opensInverted("Anne Marie Langley, Fighting")).isFalse();
        assertThat(BibliographyStyle.opensInverted("A, Bee")).isFalse();
        assertThat(BibliographyStyle.opensInverted("Smith, bee")).isFalse();
        assertThat(BibliographyStyle.opensInverted("smith, Bee")).isFalse();
        assertThat(BibliographyStyle.opensInverted("Smith,")).isFalse();
    }

    @Test
    void answersAsThePatternOnGeneratedText() {
        String alphabet = "AbCdÉé'’-, ., 1\uD835\uDC00\uD801\uDC28";
        Random random = new Random(20261207);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(16);
            for (int i = 0; i < length; i++) {
                int k = random.nextInt(alphabet.length());
                char c = alphabet.charAt(k);
                text.append(Character.isHighSurrogate(c) ? alphabet.substring(k, k + 2)
                        : Character.isLowSurrogate(c) ? "b" : String.valueOf(c));
            }
            String s = text.toString();
            assertThat(BibliographyStyle.opensInverted(s)).as(s).isEqualTo(INVERTED_START.matcher(s).lookingAt());
        }
    }
}

package org.ibidem.citation.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class JournalMarksTest {
    // The searches JournalMarks replaced: it must answer exactly as they do.
    private static final Pattern ABBREVIATION = Pattern.compile("(?:L\\.\\s?J\\.|L\\.\\s?Rev\\.|Rev\\.|J\\.|"
            + "L\\.\\s?Q\\.|Q\\.)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPITALS = Pattern.compile("\\s\\p{Lu}{3,20}\\s\\d");

    @Test
    void findsTheAbbreviationsOfLawJournals() {
        assertThat(JournalMarks.hasAbbreviation("Jane Doe, Title, 62 Am. U. L. Rev. 1, 5 (2012)")).isTrue();
        assertThat(JournalMarks.hasAbbreviation("12 YALE L.J. 44")).isTrue();
        assertThat(JournalMarks.hasAbbreviation("45 CALIF. L. REV. 3")).isTrue();
        assertThat(JournalMarks.hasAbbreviation("30 L.Q. 2")).isTrue();
        assertThat(JournalMarks.hasAbbreviation("Mary Beard, SPQR (New York: Liveright, 2015), 60.")).isFalse();
        assertThat(JournalMarks.hasAbbreviation("rev")).isFalse();
        assertThat(JournalMarks.hasAbbreviation(".")).isFalse();
    }

    @Test
    void findsAJournalInOneWordOfCapitals() {
        assertThat(JournalMarks.hasWordInCapitalsBeforeNumber("Doe, Title, 359 SCIENCE 1146 (2018)")).isTrue();
        assertThat(JournalMarks.hasWordInCapitalsBeforeNumber("359 SC 1146")).isFalse();
        assertThat(JournalMarks.hasWordInCapitalsBeforeNumber("SCIENCE 1146")).isFalse();
        assertThat(JournalMarks.hasWordInCapitalsBeforeNumber("1 ABCDEFGHIJKLMNOPQRSTU 2")).isFalse();
        assertThat(JournalMarks.hasWordInCapitalsBeforeNumber("1 ABCDEFGHIJKLMNOPQRST 2")).isTrue();
        assertThat(JournalMarks.hasWordInCapitalsBeforeNumber("1 \uD835\uDC00\uD835\uDC01\u00C9 2")).isTrue();
    }

    @Test
    void answersAsTheRegularExpressionsOnGeneratedText() {
        String alphabet = "jJqQrReEvVlL. \t\nABCÉ1234,x\uD835\uDC00";
        Random random = new Random(20261207);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                int k = random.nextInt(alphabet.length());
                char c = alphabet.charAt(k);
                text.append(Character.isHighSurrogate(c) ? alphabet.substring(k, k + 2) : Character.isLowSurrogate(c)
                        ? "A" : String.valueOf(c));
                if (random.nextInt(6) == 0) {
                    text.append("AAAAAAAAAAAAAAAAAAAA", 0, random.nextInt(22) > 20 ? 20 : random.nextInt(21));
                }
            }
            String s = text.toString();
            assertThat(JournalMarks.hasAbbreviation(s)).as(s).isEqualTo(ABBREVIATION.matcher(s).find());
            assertThat(JournalMarks.hasWordInCapitalsBeforeNumber(s)).as(s)
                    .isEqualTo(CAPITALS.matcher(s).find());
        }
    }
}

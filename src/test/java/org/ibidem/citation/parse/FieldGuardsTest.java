package org.ibidem.citation.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The cheap tests that {@link Dates} and {@link FieldNormalizer} make before their patterns never say no where the
 * pattern alone says yes, and {@link PublicationFacts#yearAtEnd} finds what a search from the first character
 * finds: on generated field texts, each answers as its pattern alone answers.
 */
class FieldGuardsTest {
    private static final List<String> PIECES = List.of("January", "Jan.", "jan", "September", "Sept.", "SEPT",
            "Spring", "fall", "Winter", "May", "mayday", "Journal", "of", "Modern", "History", "Smithsonian",
            "Magazine", "accessed", "posted", "27", "3", "1967", "1684-5", "12th", "2nd", "–", "-", "/", ",", ".",
            " ", "  ", "\t", "\n", "(", ")", "infra", "SUPRA", "Below", "above", "see", "in", "app.", "Appendix",
            "I", "p. 4", "Berkeley:", "Press", "é", "ſ", "\u212A", "\uD835\uDC00", "Oct", "December", "wi", "x");

    @Test
    void monthDayAndDayOfWritingAnswerAsTheirPatterns() throws ReflectiveOperationException {
        Pattern monthDay = pattern(Dates.class, "MONTH_DAY");
        Pattern dayOfWriting = pattern(Dates.class, "DAY_OF_WRITING");
        Random random = new Random(20261207);
        int yes = 0;
        for (int n = 0; n < 200_000; n++) {
            String text = generated(random);
            String t = text.strip();
            boolean expectedMonthDay = monthDay.matcher(t).matches();
            assertThat(Dates.isMonthDay(text)).as(text).isEqualTo(expectedMonthDay);
            assertThat(Dates.isDayOfWriting(text)).as(text).isEqualTo(dayOfWriting.matcher(t).matches());
            yes += expectedMonthDay ? 1 : 0;
        }
        assertThat(yes).isGreaterThan(200);
    }

    @Test
    void dateOfALetterFirstTextIsReadAsItsPatternsRead() throws ReflectiveOperationException {
        List<Pattern> letterFirst = List.of(pattern(Dates.class, "MONTH_DAY_YEAR"),
                pattern(Dates.class, "MONTH_SPAN_YEAR"), pattern(Dates.class, "SEASON_YEAR"));
        Random random = new Random(20261208);
        int read = 0;
        for (int n = 0; n < 200_000; n++) {
            String t = generated(random).strip();
            if (t.isEmpty() || t.length() > 40 || Character.isDigit(t.charAt(0)) || !Dates.hasDigits(t, 4)) {
                continue;
            }
            boolean any = letterFirst.stream().anyMatch(p -> p.matcher(t).matches());
            assertThat(Dates.parse(t) != null).as(t).isEqualTo(any);
            read += any ? 1 : 0;
        }
        assertThat(read).isGreaterThan(100);
    }

    @Test
    void internalReferenceAnswersAsItsPattern() throws ReflectiveOperationException {
        Pattern internal = pattern(FieldNormalizer.class, "INTERNAL_REFERENCE");
        Random random = new Random(20261209);
        int yes = 0;
        for (int n = 0; n < 200_000; n++) {
            String t = generated(random);
            if (t.isEmpty() || t.length() > 50 || "iIsSbBaA".indexOf(t.charAt(0)) < 0) {
                continue;
            }
            boolean expected = internal.matcher(t).matches();
            assertThat(FieldNormalizer.isInternalReference(
                    new org.ibidem.citation.parse.Field(org.ibidem.citation.parse.Field.Kind.PAREN, t, 0, 1, false)))
                    .as(t).isEqualTo(expected);
            yes += expected ? 1 : 0;
        }
        assertThat(yes).isGreaterThan(100);
    }

    @Test
    void yearAtEndIsFoundAsFromTheFirstCharacter() throws ReflectiveOperationException {
        Pattern yearAtEnd = pattern(PublicationFacts.class, "YEAR_AT_END");
        List<String> pieces = List.of("Oxford", "University Press", "Norton", ",", ", ", ": ", " ", "  ", "\t", "1941",
                "2013a", "20", "1812", "n.d.", "n. d.", "forthcoming", "[", "]", "[1920]", "–", "—", "-", "45", "1",
                "repr.", "ed.", "ſ", "\u212A", "é", "(", ")", "x", "OUP 1980", "2nd ed.", "Allen Lane",
                "\n", "\r\n", "\u0085", "\u2028");
        Random random = new Random(20261210);
        int found = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            int count = 1 + random.nextInt(6);
            for (int i = 0; i < count; i++) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            }
            String t = text.toString();
            java.util.regex.Matcher whole = yearAtEnd.matcher(t);
            java.util.regex.Matcher guarded = PublicationFacts.yearAtEnd(t);
            if (whole.find()) {
                found++;
                assertThat(guarded).as(t).isNotNull();
                assertThat(guarded.start()).as(t).isEqualTo(whole.start());
                assertThat(guarded.group(1)).as(t).isEqualTo(whole.group(1));
            } else {
                assertThat(guarded).as(t).isNull();
            }
        }
        assertThat(found).isGreaterThan(1000);
    }

    private static String generated(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = 1 + random.nextInt(5);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES.get(random.nextInt(PIECES.size())));
            if (random.nextInt(3) > 0) {
                text.append(' ');
            }
        }
        return text.toString();
    }

    private static Pattern pattern(Class<?> owner, String name) throws ReflectiveOperationException {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return (Pattern) field.get(null);
    }
}

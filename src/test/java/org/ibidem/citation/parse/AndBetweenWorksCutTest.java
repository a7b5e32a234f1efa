package org.ibidem.citation.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.ibidem.document.TextSpan;
import org.junit.jupiter.api.Test;

/**
 * {@link AndBetweenWorks#split}, which tries the second-work pattern only where a match can start and only when
 * the first work before it ends as it must, cuts as the pattern's own {@code find} over the whole segment, followed
 * by those tests, cuts: on generated text, the same pieces.
 */
class AndBetweenWorksCutTest {
    private static final List<String> PIECES = List.of("Ida Fenn", "Carl Dunn", "C. D. Marsh", "Ann Lee-Ray",
            ", ", ",", " ", "  ", "\t", "\n", " and ", " with ", ", and ", ", with ", "and", "with", "andrew",
            "withal", "sand", "<i>Ships</i>", "*Tides*", "“Quays”", "‘Docks’", "The Sea", "(London: Hale, 1989)",
            "(1989)", "(Leeds: Moor, 2003)", ")", "(", ", 12", ", chap. 4", " 309–34 (322)", "x", "É", "é");

    @Test
    void cutsAsThePatternFoundEverywhere() {
        Random random = new Random(20261207);
        int cut = 0;
        for (int n = 0; n < 100_000; n++) {
            String s = random.nextInt(3) == 0 ? pieces(random, 14) : secondWork(random);
            List<TextSpan> segments = segments(s, random);
            // The split's first look, unchanged: the first work's parentheses, "and" or "with" between spaces.
            List<TextSpan> expected = s.indexOf(')') >= 0 && (s.contains(" and ") || s.contains(" with "))
                    ? SegmentCuts.apply(segments, span -> byPattern(s, span)) : segments;
            assertThat(AndBetweenWorks.split(s, segments)).as(s).isEqualTo(expected);
            cut += expected != segments ? 1 : 0;
        }
        assertThat(cut).isGreaterThan(1_000);
    }

    /** The cut as the pattern's {@code find}, tried from every position, gives it. */
    private static List<TextSpan> byPattern(String text, TextSpan s) {
        Matcher m = AndBetweenWorks.SECOND_WORK.matcher(text);
        List<TextSpan> pieces = new ArrayList<>(2);
        int from = s.start();
        m.region(s.start(), s.end());
        while (m.find()) {
            if (m.start() > from && AndBetweenWorks.hasFacts(text, from, m.start())
                    && AndBetweenWorks.endsAtFactsOrPinpoint(text, m.start())) {
                pieces.add(new TextSpan(from, m.start()));
                from = m.end();
            }
        }
        if (pieces.isEmpty()) {
            return null;
        }
        pieces.add(new TextSpan(from, s.end()));
        return pieces;
    }

    private static String pieces(Random random, int most) {
        StringBuilder text = new StringBuilder();
        int pieces = 1 + random.nextInt(most);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return text.toString();
    }

    /** Random pieces around the shape the pattern looks for: a work, a joining word, a name, a title and facts. */
    private static String secondWork(Random random) {
        return pieces(random, 3) + pick(random, "(London: Hale, 1989)", "(1989)", "(1989): 22–44, at 30", "")
                + pick(random, "", ", 12", ", chap. 4", ", at 7", ": 12", " 12")
                + pick(random, ", and ", " and ", ",\tand  ", " with ", ", with ", "and ")
                + pick(random, "Ida Fenn", "C. D. Marsh", "ida Fenn", "Ann Lee-Ray Smith Jones Brown")
                + pick(random, ", ", ",", ", *", ", “")
                + pick(random, "Tides", "tides", "The Sea") + pieces(random, 3)
                + pick(random, "(London: Hale, 1989)", "(1989)", "(n.d.)", "(Leeds") + pieces(random, 4);
    }

    private static String pick(Random random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** The whole text, or it cut in two or three at random. */
    private static List<TextSpan> segments(String s, Random random) {
        int n = s.length();
        if (n < 3 || random.nextBoolean()) {
            return List.of(new TextSpan(0, n));
        }
        int a = 1 + random.nextInt(n - 2);
        int b = a + 1 + random.nextInt(n - a - 1);
        return List.of(new TextSpan(0, a), new TextSpan(a, b), new TextSpan(b, n));
    }
}

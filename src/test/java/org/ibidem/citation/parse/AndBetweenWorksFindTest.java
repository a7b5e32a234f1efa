package org.ibidem.citation.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * {@link AndBetweenWorks#find}, which tries the second-work pattern only where a match can start, finds what the
 * pattern's own {@code find} finds: on generated text and regions, the same matches in the same order.
 */
class AndBetweenWorksFindTest {
    private static final List<String> PIECES = List.of("Ida Fenn", "Carl Dunn", "C. D. Marsh", "Ann Lee-Ray",
            ", ", ",", " ", "  ", "\t", "\n", " and ", " with ", ", and ", ", with ", "and", "with", "andrew",
            "withal", "sand", "<i>Ships</i>", "*Tides*", "“Quays”", "‘Docks’", "The Sea", "(London: Hale, 1989)",
            "(1989)", "(Leeds: Moor, 2003)", ")", "(", ", 12", ", chap. 4", " 309–34 (322)", "x", "É", "é");

    @Test
    void findsWhatThePatternFinds() {
        Random random = new Random(20261207);
        int matched = 0;
        for (int n = 0; n < 100_000; n++) {
            String s = random.nextBoolean() ? pieces(random, 14) : secondWork(random);
            int from = random.nextInt(4) == 0 ? random.nextInt(s.length() + 1) : 0;
            int end = random.nextInt(4) == 0 ? from + random.nextInt(s.length() - from + 1) : s.length();
            List<String> expected = byPattern(s, from, end);
            assertThat(byGuard(s, from, end)).as("%s [%d, %d)", s, from, end).isEqualTo(expected);
            matched += expected.isEmpty() ? 0 : 1;
        }
        assertThat(matched).isGreaterThan(1_000);
    }

    private static String pieces(Random random, int most) {
        StringBuilder text = new StringBuilder();
        int pieces = 1 + random.nextInt(most);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return text.toString();
    }

    /** Random pieces around the shape the pattern looks for: a joining word, a name, a title and facts. */
    private static String secondWork(Random random) {
        return pieces(random, 4) + pick(random, ", and ", " and ", ",\tand  ", " with ", ", with ", "and ")
                + pick(random, "Ida Fenn", "C. D. Marsh", "ida Fenn", "Ann Lee-Ray Smith Jones Brown")
                + pick(random, ", ", ",", ", *", ", “")
                + pick(random, "Tides", "tides", "The Sea") + pieces(random, 3)
                + pick(random, "(London: Hale, 1989)", "(1989)", "(n.d.)", "(Leeds") + pieces(random, 3);
    }

    private static String pick(Random random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static List<String> byPattern(String s, int from, int end) {
        Matcher m = AndBetweenWorks.SECOND_WORK.matcher(s);
        m.region(from, end);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.start() + "-" + m.end());
        }
        return found;
    }

    private static List<String> byGuard(String s, int from, int end) {
        Matcher m = AndBetweenWorks.SECOND_WORK.matcher(s);
        List<String> found = new ArrayList<>();
        int searchFrom = from;
        while (AndBetweenWorks.find(m, s, searchFrom, end)) {
            found.add(m.start() + "-" + m.end());
            searchFrom = m.end();
        }
        return found;
    }
}

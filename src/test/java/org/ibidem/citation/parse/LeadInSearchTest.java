package org.ibidem.citation.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.ibidem.citation.Names;
import org.junit.jupiter.api.Test;

/**
 * {@link HeadReader#leadIn}, which finds the sentence ends before the first quote or parenthesis with indexOf,
 * answers as a reading of every character does, on generated notes.
 */
class LeadInSearchTest {
    private static final List<String> PIECES = List.of("The book is partisan but indispensable", ". ", ": ", ".",
            ":", " ", "Henry M. Field", "History of the Church", ", ", ",", "(New York: Scribner, 1866)", "211",
            "“Agency,”", "\"Agency,\"", "[", "]", "Hoff", "this supports", "the view that", "it is clear", "X. ",
            "and the fullest is Hamlin's", "Charles S. Hamlin, diary", "é", "* ", "Ibid.", "See");

    @Test
    void findsWhatAReadingOfEveryCharacterFinds() {
        Random random = new Random(20261213);
        int found = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder text = new StringBuilder();
            int count = 1 + random.nextInt(10);
            for (int i = 0; i < count; i++) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String s = text.toString();
            int expected = byEveryCharacter(s);
            assertThat(HeadReader.leadIn(s)).as(s).isEqualTo(expected);
            found += expected > 0 ? 1 : 0;
        }
        assertThat(found).isGreaterThan(500);
    }

    /** The search as it was written before: every character read in turn. */
    private static int byEveryCharacter(String s) {
        int limit = Math.min(s.length() - 2, 300);
        for (int i = 1; i < limit; i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '“' || c == '"' || c == '[') {
                return -1;
            }
            if ((c != '.' && c != ':') || s.charAt(i + 1) != ' ') {
                continue;
            }
            int next = i + 2 < s.length() ? StraySymbols.skip(s, i + 2) : i + 2;
            if (next < s.length() && Character.isUpperCase(s.charAt(next)) && Character.isLowerCase(s.charAt(i - 1))) {
                String before = s.substring(0, i);
                int comma = before.indexOf(',');
                String firstField = comma < 0 ? before : before.substring(0, comma);
                String lastField = before.substring(before.lastIndexOf(',') + 1);
                if (Prose.isProse(before) && Prose.splitLength(firstField) >= 4
                        && !Names.looksLikeNames(firstField) && Prose.hasLowerCaseWord(lastField)) {
                    return next;
                }
            }
        }
        return -1;
    }
}

package org.ibidem.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TitleMatchDistanceTest {

    @Test
    void countsEdits() {
        assertThat(TitleMatch.distance("sino soviet split", "sino sovet split", 3)).isEqualTo(1);
        assertThat(TitleMatch.distance("kitten", "sitting", 5)).isEqualTo(3);
        assertThat(TitleMatch.distance("", "abc", 3)).isEqualTo(3);
        assertThat(TitleMatch.distance("abc", "abc", 0)).isZero();
    }

    @Test
    void givesUpPastTheLimit() {
        assertThat(TitleMatch.distance("kitten", "sitting", 2)).isEqualTo(3);
        assertThat(TitleMatch.distance("a", "abcdefgh", 2)).isEqualTo(3);
        assertThat(TitleMatch.distance("history of rome", "rome of history", 2)).isEqualTo(3);
    }

    @Test
    void agreesWithTheFullTableOnGeneratedWords() {
        Random random = new Random(7);
        for (int n = 0; n < 50_000; n++) {
            String a = word(random);
            String b = random.nextBoolean() ? word(random) : mutate(a, random);
            int limit = random.nextInt(6);
            int exact = levenshtein(a, b);
            assertThat(TitleMatch.distance(a, b, limit)).as("%s / %s within %d", a, b, limit)
                    .isEqualTo(Math.min(exact, limit + 1));
        }
    }

    @Test
    void agreesWithTheFullTableOnTitlesThatOpenAndEndAlike() {
        // What two titles open and end with alike is left out before the table: the distance must not change.
        Random random = new Random(11);
        for (int n = 0; n < 50_000; n++) {
            String opening = random.nextBoolean() ? "history of the " : word(random);
            String ending = random.nextBoolean() ? " of yorkshire and cumbria" : word(random);
            String a = opening + word(random) + ending;
            String b = random.nextBoolean() ? opening + word(random) + ending : mutate(a, random);
            int limit = random.nextInt(12);
            int exact = levenshtein(a, b);
            assertThat(TitleMatch.distance(a, b, limit)).as("%s / %s within %d", a, b, limit)
                    .isEqualTo(Math.min(exact, limit + 1));
        }
    }

    @Test
    void agreesWithTheFullTableOnLongTextsAndLettersPastAscii() {
        // Past 64 letters, or with a letter past ASCII, the distance is the banded table's, not the bit vectors'.
        Random random = new Random(13);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder a = new StringBuilder();
            for (int k = random.nextInt(10); k >= 0; k--) {
                a.append(word(random));
            }
            if (random.nextInt(4) == 0) {
                a.insert(random.nextInt(a.length() + 1), random.nextBoolean() ? 'é' : 'ß');
            }
            String b = random.nextBoolean() ? mutate(a.toString(), random) : a + word(random);
            int limit = random.nextInt(30);
            int exact = levenshtein(a.toString(), b);
            assertThat(TitleMatch.distance(a.toString(), b, limit)).as("%s / %s within %d", a, b, limit)
                    .isEqualTo(Math.min(exact, limit + 1));
        }
    }

    @Test
    void aPatternMadeOnceGivesTheFullTablesDistance() {
        // The bit vectors of one text made once (TitleMatch.Pattern), read from past what the two texts open with:
        // the distance of the full table, for texts of up to 64 letters and longer (up to 64 letters differing,
        // and more), and letters past ASCII on either side.
        Random random = new Random(17);
        for (int n = 0; n < 50_000; n++) {
            // Openings and endings long enough that what differs lies past the first 64 letters, or across them.
            String opening = switch (random.nextInt(3)) {
                case 0 -> "history of the ";
                case 1 -> "history of the ancient and broken harbours of the northern towns of ".repeat(
                        1 + random.nextInt(2));
                default -> word(random);
            };
            String ending = random.nextBoolean() ? " of yorkshire and cumbria" : word(random);
            String a = opening + word(random) + (random.nextInt(5) == 0 ? word(random) + word(random) : "") + ending;
            if (random.nextInt(8) == 0) {
                a = a + 'é';
            }
            String b = random.nextBoolean() ? opening + word(random) + ending : mutate(a, random);
            if (random.nextInt(8) == 0) {
                b = 'ß' + b;
            }
            int limit = random.nextInt(14);
            int exact = levenshtein(a, b);
            assertThat(TitleMatch.distance(a, b, limit, TitleMatch.Pattern.of(a)))
                    .as("%s / %s within %d", a, b, limit).isEqualTo(Math.min(exact, limit + 1));
        }
    }

    @Test
    void countsTheEditsBetweenWhatTwoTitlesShare() {
        assertThat(TitleMatch.distance("history of the ancient harbours of kent",
                "history of the broken harbours of kent", 10)).isEqualTo(levenshtein("ancient", "broken"));
        assertThat(TitleMatch.distance("aaa", "aaaa", 1)).isEqualTo(1);
        assertThat(TitleMatch.distance("abab", "ab", 1)).isEqualTo(2);
    }

    private static String word(Random random) {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(14); i > 0; i--) {
            s.append("abcde ".charAt(random.nextInt(6)));
        }
        return s.toString();
    }

    private static String mutate(String a, Random random) {
        StringBuilder s = new StringBuilder(a);
        for (int i = random.nextInt(4); i > 0; i--) {
            int at = s.length() == 0 ? 0 : random.nextInt(s.length());
            switch (random.nextInt(3)) {
                case 0 -> s.insert(at, 'x');
                case 1 -> { if (s.length() > 0) { s.deleteCharAt(at); } }
                default -> { if (s.length() > 0) { s.setCharAt(at, 'y'); } }
            }
        }
        return s.toString();
    }

    private static int levenshtein(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                        d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
        }
        return d[a.length()][b.length()];
    }
}

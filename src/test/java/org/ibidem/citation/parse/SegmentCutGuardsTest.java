package org.ibidem.citation.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.ibidem.document.TextSpan;
import org.junit.jupiter.api.Test;

/**
 * The cheap tests that {@link MissingSeparators} and {@link AfterAddress} make before their patterns change no
 * cut: on generated text, each cuts exactly where its pattern alone, tried on every segment, cuts.
 */
class SegmentCutGuardsTest {
    private static final List<String> PIECES = List.of("Welwood", "Hartley", "Hartley’s", "139", "12345", "7",
            "i.", "ii. 41", ",", ", ", " ", "  ", "\t", "and", " and ", ", and ", "The", "Pandas Team", "Series",
            "https://example.org/a", "http://x.example/trade-and-economy", "https://e.org/b,", "for docs", "(", ")",
            "Book 2 Revised", "A", "é", "\uD835\uDC00", ":", "/", "x", "NumPy, Data types,",
            ", 139 Hartley, i. 609", "Welwood, 139 ", ", 12 ", "Lowther’s, 5", ", 7\tHume,  ii. 3");

    @Test
    void cutsAsThePatternsAloneOnGeneratedText() {
        Random random = new Random(20261207);
        int runOn = 0;
        int afterAddress = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(12);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String s = text.toString();
            List<TextSpan> segments = segments(s, random);
            List<TextSpan> expectedRunOn = SegmentCuts.apply(segments, span -> MissingSeparators.cutByPattern(s, span));
            assertThat(MissingSeparators.split(s, segments)).as(s).isEqualTo(expectedRunOn);
            runOn += expectedRunOn != segments ? 1 : 0;
            List<TextSpan> expectedAfter = s.contains("://") && s.contains(" and ")
                    ? SegmentCuts.apply(segments, span -> AfterAddress.cutByPattern(s, span)) : segments;
            assertThat(AfterAddress.split(s, segments)).as(s).isEqualTo(expectedAfter);
            afterAddress += expectedAfter != segments ? 1 : 0;
        }
        assertThat(runOn).isGreaterThan(200);
        assertThat(afterAddress).isGreaterThan(200);
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

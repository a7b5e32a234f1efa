package org.ibidem.citation.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.document.TextSpan;
import org.junit.jupiter.api.Test;

/**
 * The cheap tests that {@link MissingSeparators} and {@link AfterAddress} make before their patterns change no
 * cut: on generated text, each cuts exactly where its pattern alone, tried on every segment, cuts.
 */
class SegmentCutGuardsTest {
    // The patterns of the two conventions, as they are there.
    private static final Pattern RUN_ON = Pattern.compile(
            ",\\s+\\d{1,4}(\\s+)(?=\\p{Lu}\\p{Ll}+(?:['’]s)?,\\s+(?:[ivxlc]{1,5}\\.\\s+)?\\d)");
    private static final Pattern ADDRESS = Pattern.compile("\\bhttps?://\\S+");
    private static final Pattern NEXT_WORK = Pattern.compile(
            "^[^:/()\\[\\]]{0,100}?,?\\s+and\\s+(?=\\p{Lu}\\p{L}|[^\\s,]{2,80},\\s+https?://)");
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
            List<TextSpan> expectedRunOn = SegmentCuts.apply(segments, span -> runOn(s, span));
            assertThat(MissingSeparators.split(s, segments)).as(s).isEqualTo(expectedRunOn);
            runOn += expectedRunOn != segments ? 1 : 0;
            List<TextSpan> expectedAfter = s.contains("://") && s.contains(" and ")
                    ? SegmentCuts.apply(segments, span -> afterAddress(s, span)) : segments;
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

    private static List<TextSpan> runOn(String text, TextSpan span) {
        Matcher m = RUN_ON.matcher(text).region(span.start(), span.end());
        List<TextSpan> pieces = null;
        int from = span.start();
        while (m.find()) {
            pieces = pieces == null ? new ArrayList<>() : pieces;
            pieces.add(new TextSpan(from, m.start(1)));
            from = m.end(1);
        }
        if (pieces != null) {
            pieces.add(new TextSpan(from, span.end()));
        }
        return pieces;
    }

    private static List<TextSpan> afterAddress(String text, TextSpan s) {
        Matcher address = ADDRESS.matcher(text);
        List<TextSpan> pieces = new ArrayList<>(2);
        int from = s.start();
        address.region(s.start(), s.end());
        while (address.find()) {
            int end = address.end();
            Matcher next = NEXT_WORK.matcher(text).region(end, s.end());
            if (next.lookingAt() && !text.substring(end, next.end()).contains("://")) {
                int stop = text.lastIndexOf("and", next.end());
                while (stop > end && (Character.isWhitespace(text.charAt(stop - 1)) || text.charAt(stop - 1) == ',')) {
                    stop--;
                }
                pieces.add(new TextSpan(from, stop));
                from = next.end();
                address.region(from, s.end());
            }
        }
        if (pieces.isEmpty()) {
            return null;
        }
        pieces.add(new TextSpan(from, s.end()));
        return pieces;
    }
}

package org.ibidem.citation.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.ibidem.document.TextSpan;

/**
 * {@link AndBetweenWorks#split}, which tries the second-work pattern only where a match can start and only when
 * the first work before it ends as it must (each found by searches that go forward only), cuts as the pattern's
 * own {@code find} over the whole segment, followed by those tests written plainly, cuts: on texts drawn from
 * names, titles, facts and joining words, the same pieces.
 */
class AndBetweenWorksCutTest {

    @Provide
    Arbitrary<String> notes() {
        Arbitrary<String> piece = Arbitraries.of("Ida Fenn", "Carl Dunn", "C. D. Marsh", "Ann Lee-Ray", ", ", ",",
                " ", "  ", "\t", "\n", " and ", " with ", ", and ", ", with ", "and", "with", "andrew", "withal",
                "sand", "<i>Ships</i>", "*Tides*", "“Quays”", "‘Docks’", "The Sea", "(London: Hale, 1989)", "(1989)",
                "(Leeds: Moor, 2003)", ")", "(", ", 12", ", chap. 4", " 309–34 (322)", "x", "É", "é");
        Arbitrary<String> pieces = piece.list().ofMinSize(1).ofMaxSize(14).map(list -> String.join("", list));
        // The shape the pattern looks for: a work, a joining word, a name, a comma, a title and facts.
        Arbitrary<String> shaped = Combinators.combine(
                piece.list().ofMaxSize(3).map(list -> String.join("", list)),
                Arbitraries.of("(London: Hale, 1989)", "(1989)", "(1989): 22–44, at 30", ""),
                Arbitraries.of("", ", 12", ", chap. 4", ", at 7", ": 12", " 12"),
                Arbitraries.of(", and ", " and ", ",\tand  ", " with ", ", with ", "and "),
                Arbitraries.of("Ida Fenn", "C. D. Marsh", "ida Fenn", "Ann Lee-Ray Smith Jones Brown"),
                Arbitraries.of(", ", ",", ", *", ", “"),
                Arbitraries.of("Tides", "tides", "The Sea"),
                Arbitraries.of("(London: Hale, 1989)", "(1989)", "(n.d.)", "(Leeds"))
                .as((before, facts, pinpoint, joiner, name, comma, title, after) ->
                        before + facts + pinpoint + joiner + name + comma + title + " " + after);
        return Arbitraries.oneOf(pieces, shaped);
    }

    @Property(tries = 5000)
    void cutsAsThePatternFoundEverywhere(@ForAll("notes") String s, @ForAll @IntRange(max = 200) int a,
                                         @ForAll @IntRange(max = 200) int b) {
        List<TextSpan> segments = segments(s, a, b);
        // The split's first look, unchanged: the first work's parentheses, "and" or "with" between spaces.
        List<TextSpan> expected = s.indexOf(')') >= 0 && (s.contains(" and ") || s.contains(" with "))
                ? SegmentCuts.apply(segments, span -> byPattern(s, span)) : segments;
        assertThat(AndBetweenWorks.split(s, segments)).as(s).isEqualTo(expected);
    }

    @Example
    void cutsTwoWorksComparedAsThePatternDoes() {
        String s = "Compare Ida Fenn, *Tides* (London: Hale, 1989), chap. 4, with Carl Dunn, *Ships* (Leeds: Moor, "
                + "2003), 172";
        List<TextSpan> whole = List.of(new TextSpan(0, s.length()));
        List<TextSpan> cut = AndBetweenWorks.split(s, whole);
        assertThat(cut).hasSize(2).isEqualTo(byPattern(s, whole.get(0)));
    }

    /** The cut as the pattern's {@code find}, tried from every position, gives it. */
    private static List<TextSpan> byPattern(String text, TextSpan s) {
        Matcher m = AndBetweenWorks.SECOND_WORK.matcher(text);
        List<TextSpan> pieces = new ArrayList<>(2);
        int from = s.start();
        m.region(s.start(), s.end());
        while (m.find()) {
            if (m.start() > from && hasFacts(text, from, m.start())
                    && endsAtFactsOrPinpoint(text, m.start())) {
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

    /** The whole text, or (when {@code a} is odd) it cut in three at two places drawn from {@code a} and {@code b}. */
    private static List<TextSpan> segments(String s, int a, int b) {
        int n = s.length();
        if (n < 3 || a % 2 == 0) {
            return List.of(new TextSpan(0, n));
        }
        int first = 1 + a % (n - 2);
        int second = first + 1 + b % (n - first - 1);
        return List.of(new TextSpan(0, first), new TextSpan(first, second), new TextSpan(second, n));
    }

    /**
     * The first work's close, as the rule reads plainly: the text between the last ")" before {@code at} and
     * {@code at}, stripped, is empty or a comma or colon and a locator of at most 40 characters ("at" allowed).
     */
    private static boolean endsAtFactsOrPinpoint(String text, int at) {
        int close = text.lastIndexOf(')', at - 1);
        if (close < 0) {
            return false;
        }
        String between = text.substring(close + 1, at).strip();
        if (between.isEmpty()) {
            return true;
        }
        if (between.charAt(0) != ',' && between.charAt(0) != ':') {
            return false;
        }
        String pinpoint = between.substring(1).strip();
        if (pinpoint.regionMatches(true, 0, "at ", 0, 3)) {
            pinpoint = pinpoint.substring(3);
        }
        return pinpoint.length() <= 40 && Locators.isLocator(pinpoint);
    }

    /** The first work's facts, as the rule reads plainly: a year in the text from the first "(" after from to to. */
    private static boolean hasFacts(String text, int from, int to) {
        int open = text.indexOf('(', from);
        return open >= 0 && open < to && Dates.lastYearIn(text.substring(open, to)) > 0;
    }
}

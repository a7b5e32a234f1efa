package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ibidem.citation.parse.Dates;
import org.ibidem.citation.parse.KeywordPattern;
import org.ibidem.citation.parse.Prose;
import org.ibidem.citation.parse.WordSet;

/**
 * The parser reads some patterns by hand, for speed; each must answer exactly as the pattern it replaces, on any
 * text. Texts are drawn from the characters and words those patterns care about (white space of every kind, a
 * final line terminator, "and", "&amp;", digits, periods, letters whose case folds outside ASCII).
 */
class HandWrittenPatternsTest {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern HAS_YEAR = Pattern.compile("(?<![\\d.])(1[0-9]{3}|20[0-9]{2})(?![\\d])");
    private static final Pattern YEAR_ONLY = Pattern.compile("^(\\d{4})[a-z]?$");
    private static final Pattern ET_AL = Pattern.compile("\\s*,?\\s*\\bet\\.?\\s+al\\.?\\s*$",
            Pattern.CASE_INSENSITIVE);

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("and", " and ", "&", " & ", "  ", "et al.", " et al", "al", "AL", "1956", "2020",
                        "19567", ".1956", "Smith", "van", "VAN", "Press", "PRESS", "ban\u212A", "\u0130", "\u017F",
                        "\u2003", "\u0085", "\n", "\t", ",", ".", ":"),
                Arbitraries.strings().withChars("aAndN& \t\n.1920lL,etE:").ofMaxLength(3));
        return pieces.list().ofMaxSize(8).map(list -> String.join("", list));
    }

    @Property(tries = 2000)
    void namesSplitAsTheJoinerPatternDoes(@ForAll("texts") String text) {
        assertThat(Names.splitJoined(text)).containsExactly(Names.JOINER.split(text));
    }

    @Property(tries = 2000)
    void wordsCountAsAWhitespaceSplitDoes(@ForAll("texts") String text) {
        assertThat(Prose.splitLength(text)).isEqualTo(WHITESPACE.split(text).length);
    }

    @Property(tries = 2000)
    void lastYearIsThePatternsLastMatch(@ForAll("texts") String text) {
        Matcher m = HAS_YEAR.matcher(text);
        int year = 0;
        while (m.find()) {
            year = Integer.parseInt(m.group(1));
        }
        assertThat(Dates.lastYearIn(text)).isEqualTo(year);
    }

    @Property(tries = 2000)
    void aYearAloneIsWhatThePatternAccepts(@ForAll("texts") String text) {
        assertThat(Dates.isYear(text)).isEqualTo(YEAR_ONLY.matcher(text.strip()).matches());
    }

    @Property(tries = 2000)
    void etAlIsRemovedOnlyWhereThePatternFindsIt(@ForAll("texts") String text) {
        assertThat(Names.withoutEtAl(text)).isEqualTo(ET_AL.matcher(text).replaceFirst(""));
    }

    @Property(tries = 2000)
    void wordSetAnswersAsALowerCasedLookup(@ForAll("texts") String text) {
        Set<String> words = Set.of("van", "press", "bank", "al", "and", "2020");
        WordSet set = new WordSet(words);
        for (int start = 0; start <= text.length(); start++) {
            for (int end = start; end <= text.length(); end++) {
                assertThat(set.contains(text, start, end))
                        .isEqualTo(words.contains(text.substring(start, end).toLowerCase(Locale.ROOT)));
            }
        }
    }

    @Property(tries = 2000)
    void keywordPatternFindsWhatItsPatternFinds(@ForAll("texts") String text) {
        String regex = "\\b(?:press|and|van|et al)\\b";
        KeywordPattern p = new KeywordPattern(regex, "press", "and", "van", "et al");
        assertThat(p.find(text)).isEqualTo(Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(text).find());
    }
}

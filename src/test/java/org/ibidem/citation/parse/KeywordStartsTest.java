package org.ibidem.citation.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Each {@link KeywordPattern#startingAtKeys} pattern finds, searched from its first key, what it finds searched
 * from the text's start: every alternative of each opens with one of its keys, so no match starts before the first
 * key. On texts drawn from the patterns' words and their neighbours, in both cases.
 */
class KeywordStartsTest {

    @Provide
    Arbitrary<KeywordPattern> patterns() throws ReflectiveOperationException {
        return Arbitraries.of(pattern(ArchivalReader.class, "ARCHIVE_NAME"),
                pattern(ArchivalReader.class, "ARCHIVE_DIVISION"), pattern(ArchivalReader.class, "COLLECTION_NAME"),
                pattern(BookReader.class, "SERIES_NAME"), pattern(Containers.class, "SPEECH"),
                pattern(Containers.class, "CONFERENCE"), pattern(Containers.class, "MEETING"),
                pattern(Containers.class, "INTERVIEW"), pattern(Containers.class, "BLOG"),
                pattern(Containers.class, "ARCHIVE"), pattern(Containers.class, "PREPRINT"),
                pattern(Containers.class, "NEWSPAPER_NAME"), FieldText.THESIS,
                PublicationFacts.PUBLISHER_WORD);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("Archives", "archiv", "Bibliothèque", "Record Office", "records", "Library of",
                        "Papers", "Collections", "division", "Reading Room", "special collections", "Series",
                        "Studies", "monographs", "New Approaches", "History of", "essays in", "speeches", "Report to",
                        "delivered", "Proceedings", "Journées", "journees", "interview", "Blog", "diss.",
                        "Dissertation", "thesis", "Press", "PR", "Co.", "company", "Publishing", "publications",
                        "Verlag", "University", "House", "Gutenberg", "HathiTrust", "Digital Archive", "archive",
                        "Manuscripts", "preprint", "working paper", "e-print", "ePrint", "print", "Times", "Daily",
                        "Le Monde", "le figaro", "Asahi Shimbun", "Yomiuri shimbun", "Shimbun", "Wall Street Journal",
                        "Sun", "Renmin Ribao", "Izvestiia", "pre", "s", "ies", "x", " ", ", ",
                        "-", "(", ")", ".", "é", "\u212A", "\u017F")
                .list().ofMinSize(1).ofMaxSize(6).map(list -> String.join("", list));
    }

    @Property(tries = 5000)
    void findsFromTheFirstKeyWhatItFindsFromTheStart(@ForAll("patterns") KeywordPattern pattern,
                                                    @ForAll("texts") String text)
            throws ReflectiveOperationException {
        Field inner = KeywordPattern.class.getDeclaredField("pattern");
        inner.setAccessible(true);
        Pattern whole = (Pattern) inner.get(pattern);
        assertThat(pattern.find(text)).as(text).isEqualTo(whole.matcher(text).find());
    }

    @Provide
    Arbitrary<KeywordPattern> oddKeys() {
        // Keys of one character, with a period, a digit or a space, and two keys sharing a first letter: what the
        // table of first two characters must never refuse.
        return Arbitraries.of(new KeywordPattern("\\bp\\.\\s*\\d", "p"), new KeywordPattern("\\bp\\b", "p"),
                new KeywordPattern("\\b(?:ed\\.|eds\\.)", "ed"), new KeywordPattern("(?:19|20)\\d\\d", "19", "20"),
                new KeywordPattern("\\b(?:record office|records)\\b", "record"),
                new KeywordPattern("\\b(?:co\\.|company|corp\\.)", "co", "corp"));
    }

    @Provide
    Arbitrary<String> oddTexts() {
        return Arbitraries.of("p. 4", "P.4", "pp", "p", " p", "Ed.", "eds.", "ED", "1999", "2001", "19", "Record Office",
                "RECORDS", "rec", "Co.", "CORP.", "company", "x", " ", ".", "é", "\u212A", "\u017F", "\u0150")
                .list().ofMinSize(1).ofMaxSize(5).map(list -> String.join("", list));
    }

    @Property(tries = 3000)
    void findsWhatThePatternFindsWhateverTheKeys(@ForAll("oddKeys") KeywordPattern pattern,
                                                 @ForAll("oddTexts") String text) throws ReflectiveOperationException {
        Field inner = KeywordPattern.class.getDeclaredField("pattern");
        inner.setAccessible(true);
        assertThat(pattern.find(text)).as(text).isEqualTo(((Pattern) inner.get(pattern)).matcher(text).find());
    }

    @Example
    void findsAWordAfterAnotherKeyThatIsNoWord() throws ReflectiveOperationException {
        // "Papersmith" holds the key "papers" but no whole word; the search from there goes on to "Records".
        KeywordPattern collection = pattern(ArchivalReader.class, "COLLECTION_NAME");
        assertThat(collection.find("Papersmith Records")).isTrue();
        assertThat(collection.find("Papersmith")).isFalse();
    }

    private static KeywordPattern pattern(Class<?> owner, String name) throws ReflectiveOperationException {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return (KeywordPattern) field.get(null);
    }
}

package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.reference.ItemType.ARTICLE_JOURNAL;
import static org.ibidem.reference.ItemType.ARTICLE_NEWSPAPER;
import static org.ibidem.reference.ItemType.BOOK;
import static org.ibidem.reference.ItemType.DOCUMENT;
import static org.ibidem.reference.ItemType.SPEECH;

import java.util.List;
import java.util.stream.Stream;
import org.ibidem.SeedDocument;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What each full note of the seed says about its work, field by field. The expected reference is complete: a
 * field the parser fills that is not listed here fails the test as surely as a wrong one.
 */
class SeedFullNoteTest {

    private static final Name KHRUSHCHEV = Name.of("Khrushchev", "Nikita");
    private static final Name MAO = Name.of("Mao", "Zedong");
    private static final Name EDITORIAL = Name.literal("People’s Press Editorial");

    static Stream<Arguments> fullNotes() {
        return Stream.of(
                note(1, Reference.builder(DOCUMENT).authors(List.of(KHRUSHCHEV))
                        .title("Khrushchev’s Secret Speech, ‘On the Cult of Personality and Its Consequences,’"
                                + " Delivered at the Twentieth Party Congress of the Communist Party of the Soviet"
                                + " Union")
                        .archive("Wilson Center Digital Archive")
                        .issued(PartialDate.of(1956, 2, 25))),
                note(2, Reference.builder(BOOK).authors(List.of(Name.of("Shen", "Zhihua")))
                        .title("Reviewing and Reconsidering the History of Sino-Soviet Relations")
                        .publisherPlace("Beijing").publisher("Social Sciences Academic Press")
                        .issued(PartialDate.ofYear(2016))),
                note(5, Reference.builder(ARTICLE_JOURNAL).authors(List.of(Name.of("Rush", "Myron")))
                        .title("After Khrushchev: Problems of Succession in the Soviet Union")
                        .containerTitle("Studies in Comparative Communism").volume("2").issue("3/4")
                        .issued(new PartialDate(1969, 7, 0, 10, null))),
                note(6, Reference.builder(BOOK).authors(List.of(Name.of("Mikoyan", "Anastas Ivanovich")))
                        .title("Memoirs of Anastas Mikoyan: The Path of Struggle")
                        .publisherPlace("Chicago").publisher("Sphinx Pr")
                        .issued(PartialDate.ofYear(1988))),
                note(7, Reference.builder(BOOK).authors(List.of(MAO))
                        .title("Selected Works of Mao Tse-Tung").volume("5")
                        .publisherPlace("Beijing").publisher("People’s Press")
                        .issued(PartialDate.ofYear(1977))),
                note(9, Reference.builder(ARTICLE_NEWSPAPER).authors(List.of(EDITORIAL))
                        .title("Rediscussing the Historical Experience of the Dictatorship of the Proletariat")
                        .containerTitle("People’s Press").publisherPlace("Beijing")
                        .issued(PartialDate.of(1956, 12, 29))),
                note(12, Reference.builder(BOOK)
                        .authors(List.of(Name.of("Marx", "Karl"), Name.of("Engels", "Frederick")))
                        .title("Communist Manifesto")
                        .publisherPlace("Claremont").publisher("Joshua James Press")
                        .issued(PartialDate.ofYear(1848))),
                note(15, Reference.builder(BOOK).authors(List.of(Name.of("Wu", "Lengxi"))) // "Lengxi, Wu": Wu Lengxi
                        .title("Ten Years Debate: 1956-1966")
                        .publisherPlace("Beijing").publisher("Central Document Press")
                        .issued(PartialDate.ofYear(1999))),
                note(19, Reference.builder(ARTICLE_NEWSPAPER).authors(List.of(EDITORIAL))
                        .title("Reaction to Khrushchev's report")
                        .containerTitle("People’s Press").publisherPlace("Beijing")
                        .issued(PartialDate.of(1956, 2, 19))),
                note(20, Reference.builder(BOOK).authors(List.of(MAO))
                        .title("Selected Works of Mao Tse-Tung").volume("7")
                        .publisherPlace("Beijing").publisher("People’s Press")
                        .issued(PartialDate.ofYear(1999))),
                note(21, Reference.builder(SPEECH).authors(List.of(MAO))
                        .title("Speeches At The Second Session Of The Eighth Party Congress")
                        .archive("Marxists Internet Archive").eventPlace("Beijing")
                        .issued(PartialDate.ofYear(1958))));
    }

    private static Arguments note(int number, Reference.Builder expected) {
        return Arguments.of(number, expected.build());
    }

    private static Reference workOfNote(int number) {
        ResolvedNote note = SeedDocument.NOTES_COPY.analysis().notes().get(number - 1);
        assertThat(note.note().number()).isEqualTo(number);
        assertThat(note.citations()).hasSize(1);
        ResolvedCitation c = note.citations().get(0);
        assertThat(c.citation()).isInstanceOf(FullCitation.class);
        return c.work();
    }

    @ParameterizedTest(name = "note {0}: {1}")
    @MethodSource("fullNotes")
    void readsEveryFieldOfTheFullNote(int number, Reference expected) {
        assertThat(workOfNote(number)).usingRecursiveComparison().ignoringFields("id").isEqualTo(expected);
    }

    @ParameterizedTest(name = "note {0}")
    @MethodSource("fullNotes")
    void keepsTheWorkAsTheNoteGaveItInTheSources(int number, Reference expected) {
        ResolvedCitation c = SeedDocument.NOTES_COPY.analysis().notes().get(number - 1).citations().get(0);
        Reference source = SeedDocument.NOTES_COPY.analysis().resolution().source(c.sourceId());

        assertThat(source).usingRecursiveComparison().ignoringFields("id").isEqualTo(expected);
    }
}

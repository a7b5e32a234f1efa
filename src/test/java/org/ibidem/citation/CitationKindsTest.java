package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.IbidemOptions;
import org.ibidem.document.Document;
import org.ibidem.document.Documents;
import org.ibidem.resolution.ResolutionStatus;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;
import org.ibidem.resolution.Resolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of {@link Citation} is handled by every stage that dispatches on the kinds (STYLE.md point 6): the
 * test walks {@code Citation.class.getPermittedSubclasses()}, so a kind added later fails here until it has a
 * sample note and every stage knows it.
 */
class CitationKindsTest {

    private static final String SHEN = "Zhihua Shen, Reviewing and Reconsidering the History of Sino-Soviet "
            + "Relations (Beijing: Social Sciences Academic Press, 2016), 141.";

    /** A note of each kind, to follow the note above; and how it must resolve there. */
    private static final Map<Class<?>, Sample> SAMPLES = Map.of(
            FullCitation.class, new Sample(SHEN.replace("141", "150"), ResolutionStatus.REPEATED, CitationKind.FULL),
            ShortCitation.class, new Sample("Shen, Reviewing and Reconsidering, 85.", ResolutionStatus.RESOLVED,
                    CitationKind.SHORT),
            IbidCitation.class, new Sample("Ibid., 125.", ResolutionStatus.RESOLVED, CitationKind.IBID),
            CrossReference.class, new Sample("Shen, supra note 1, at 90.", ResolutionStatus.RESOLVED,
                    CitationKind.CROSS_REFERENCE),
            UnparsedCitation.class, new Sample("(Beijing: People’s Press, 1977), 286.", ResolutionStatus.UNPARSED,
                    CitationKind.UNPARSED));

    private record Sample(String note, ResolutionStatus status, CitationKind kind) {
    }

    static Stream<Class<?>> kinds() {
        return Arrays.stream(Citation.class.getPermittedSubclasses());
    }

    private static Sample sampleOf(Class<?> kind) {
        assertThat(SAMPLES).as("a sample note for the citation kind %s", kind.getSimpleName()).containsKey(kind);
        return SAMPLES.get(kind);
    }

    private static Document twoNotes(Sample sample) {
        return Documents.parse("kinds", "[1] " + SHEN + "\n\n[2] " + sample.note() + "\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void parsesTheSampleNoteAsItsKind(Class<?> kind) {
        List<Citation> parsed = new NoteParser().parse(sampleOf(kind).note());

        assertThat(parsed).singleElement().isInstanceOf(kind);
        assertThat(parsed.get(0).kind()).isEqualTo(sampleOf(kind).kind());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void resolvesEveryKindWithoutFallingThroughTheDispatch(Class<?> kind) {
        Sample sample = sampleOf(kind);
        NoteParser parser = new NoteParser();
        List<ParsedNote> notes = twoNotes(sample).notes().stream().map(parser::parse).toList();

        List<ResolvedNote> resolved = new Resolver().resolve(notes).notes();

        ResolvedCitation second = resolved.get(1).citations().get(0);
        assertThat(second.citation()).isInstanceOf(kind);
        assertThat(second.status()).isEqualTo(sample.status());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void checksEveryKindWithoutFallingThroughTheDispatch(Class<?> kind) {
        Analysis analysis = Ibidem.analyze(twoNotes(sampleOf(kind)), IbidemOptions.defaults());

        assertThat(analysis.notes()).hasSize(2);
        assertThat(analysis.notes().get(1).citations()).singleElement()
                .satisfies(c -> assertThat(c.citation()).isInstanceOf(kind));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void keepsCommentaryAfterEveryKind(Class<?> kind) {
        // Commentary between citations is attached to the citation before it: another dispatch on the kinds.
        List<Citation> parsed = new NoteParser().parse(sampleOf(kind).note().replaceFirst("\\.$", "") + "; the translation is mine and"
                + " differs in several places from the one usually quoted by other historians.");

        assertThat(parsed).singleElement().isInstanceOf(kind);
    }

    @Test
    void givesEachRecordAKindOfItsOwn() {
        assertThat(kinds().map(CitationKindsTest::sampleOf).map(Sample::kind))
                .containsExactlyInAnyOrder(CitationKind.values());
    }
}

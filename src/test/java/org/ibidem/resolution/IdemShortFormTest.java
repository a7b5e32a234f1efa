package org.ibidem.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.citation.CitationKind;
import org.ibidem.citation.ShortCitation;
import org.ibidem.citation.StyleFlag;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Idem, 202.": the author of the citation just before, named by a page alone, means that author's work — as
 * "Foner, 202." would — and never a work called "Idem" (issue 17, item 4).
 */
class IdemShortFormTest {

    private static final String FONER = "Eric Foner, _The Fiery Trial_ (New York: Norton, 2010), 45.";

    private static Analysis analyze(String... notes) {
        StringBuilder text = new StringBuilder("Essay.");
        for (int i = 1; i <= notes.length; i++) {
            text.append("[").append(i).append("] ");
        }
        text.append("\n\nNotes\n\n");
        for (int i = 1; i <= notes.length; i++) {
            text.append("[").append(i).append("] ").append(notes[i - 1]).append("\n");
        }
        return Ibidem.analyzeText(text.toString());
    }

    private static ResolvedCitation only(Analysis a, int note) {
        assertThat(a.notes().get(note - 1).citations()).hasSize(1);
        return a.notes().get(note - 1).citations().get(0);
    }

    @Test
    void resolvesIdemWithAPageToTheWorkOfTheAuthorCitedJustBefore() {
        Analysis a = analyze(FONER, "Idem, 202.");

        ResolvedCitation idem = only(a, 2);
        assertThat(idem.status()).isEqualTo(ResolutionStatus.RESOLVED);
        assertThat(idem.sourceId()).isEqualTo("foner2010");
        assertThat(idem.locator().value()).isEqualTo("202");
        assertThat(idem.kind()).isEqualTo(CitationKind.SHORT);
        assertThat(idem.flags()).containsExactly(ResolutionFlag.AUTHORS_OF_PREVIOUS_WORK);
        assertThat(idem.antecedent()).isSameAs(a.notes().get(0).note());
        assertThat(a.sources()).extracting(Reference::id).containsExactly("foner2010");
    }

    @Test
    void keepsIdemAsWrittenOnTheParsedSide() {
        Analysis a = analyze(FONER, "Idem, 202.");

        ShortCitation idem = (ShortCitation) only(a, 2).citation();
        assertThat(idem.form()).isEqualTo(ShortCitation.Form.AUTHOR_ONLY);
        assertThat(idem.authors()).isEmpty();
        assertThat(idem.flags()).contains(StyleFlag.SAME_AUTHOR_AS_BEFORE);
    }

    @Test
    void leavesALaterShortFormOfTheAuthorUnambiguous() {
        Analysis a = analyze(FONER, "Idem, 202.", "Foner, 99.", "Foner, op. cit., 12.");

        assertThat(only(a, 3).status()).isEqualTo(ResolutionStatus.RESOLVED);
        assertThat(only(a, 3).sourceId()).isEqualTo("foner2010");
        assertThat(only(a, 4).sourceId()).isEqualTo("foner2010");
    }

    @Test
    void findsNothingForIdemBeforeAnyWork() {
        Analysis a = analyze("Idem, 202.");

        assertThat(only(a, 1).status()).isEqualTo(ResolutionStatus.NO_MATCH);
        assertThat(a.sources()).isEmpty();
    }

    @Test
    void callsIdemAmbiguousWhenTheAuthorHasSeveralWorks() {
        Analysis a = analyze(FONER, "Eric Foner, _Reconstruction_ (New York: Harper & Row, 1988), 12.",
                "Idem, 30.");

        assertThat(only(a, 3).status()).isEqualTo(ResolutionStatus.AMBIGUOUS);
        assertThat(only(a, 3).candidates()).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"idem", "Idem", "_idem_"})
    void givesAFullCitationAfterIdemInAnyCaseOrTypeTheAuthorBefore(String idem) {
        Analysis a = analyze("Jane Humphries, _Childhood and Child Labour in the British Industrial Revolution_ "
                        + "(Cambridge: Cambridge University Press, 2010), 172.",
                "Humphries, _Childhood and Child Labour_, 180; " + idem + ", \"Childhood and Child Labour,\" "
                        + "_Economic History Review_ 66, no. 2 (2013): 395–418.",
                "Idem, _Another Book on Children_ (London: Verso, 2015), 3.",
                "_Idem_, _A Third Book_ (London: Verso, 2016), 4.");

        assertThat(a.sources()).extracting(Reference::id)
                .containsExactly("humphries2010", "humphries2013", "humphries2015", "humphries2016");
        Reference article = a.sources().get(1);
        assertThat(article.title()).isEqualTo("Childhood and Child Labour");
        assertThat(article.authors()).extracting(n -> n.family()).containsExactly("Humphries");
    }
}

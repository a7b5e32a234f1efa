package org.ibidem.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.IbidemOptions;
import org.ibidem.citation.CitationKind;
import org.ibidem.citation.FullCitation;
import org.ibidem.reference.Name;
import org.junit.jupiter.api.Test;

/**
 * The parser decides the form written; the resolver completes the work and records how the citation resolved on
 * its {@link ResolvedCitation}, but leaves the parsed citation as the note writes it.
 */
class ResolvedBesideTheCitationTest {

    private static ResolvedCitation only(Analysis a, int note) {
        return a.notes().get(note - 1).citations().get(0);
    }

    @Test
    void fillsInIdemsAuthorsOnTheResolvedSideOnly() {
        Analysis a = Ibidem.analyze("doc.txt", """
                Text.[1] More.[2]

                [1] Max Weber, The Protestant Ethic and the Spirit of Capitalism, trans. Talcott Parsons (London: \
                Allen & Unwin, 1930), 13–15.
                [2] Idem, Economy and Society, ed. Guenther Roth and Claus Wittich (Berkeley: University of \
                California Press, 1978), 12.
                """, IbidemOptions.defaults());

        ResolvedCitation idem = only(a, 2);
        assertThat(((FullCitation) idem.citation()).reference().authors()).isEmpty();
        assertThat(idem.work().authors()).containsExactly(Name.of("Weber", "Max"));
        assertThat(idem.flags()).containsExactly(ResolutionFlag.AUTHORS_OF_PREVIOUS_WORK);
        assertThat(a.resolution().source(idem.sourceId()).authors()).containsExactly(Name.of("Weber", "Max"));
    }

    @Test
    void resolvesADescribedDocumentAsAShortFormWithoutRewritingIt() {
        Analysis a = Ibidem.analyze("doc.txt", """
                Text.[1] More.[2]

                [1] Telegram, Kuznetsov to Molotov, 2 October 1950, AVPRF, f. 07, op. 23a, d. 235, l. 4.
                [2] Kuznetsov to Molotov, 2 October 1950.
                """, IbidemOptions.defaults());

        ResolvedCitation again = only(a, 2);
        assertThat(again.citation()).isInstanceOf(FullCitation.class);
        assertThat(again.citation().kind()).isEqualTo(CitationKind.FULL);
        assertThat(again.kind()).isEqualTo(CitationKind.SHORT);
        assertThat(again.flags()).containsExactly(ResolutionFlag.READ_AS_SHORT_FORM);
        assertThat(again.sourceId()).isEqualTo(only(a, 1).sourceId());
        assertThat(again.antecedent()).isSameAs(a.notes().get(0).note());
    }

    @Test
    void completesAChaptersBookInItsSourceNotInItsCitation() {
        Analysis a = Ibidem.analyze("doc.txt", """
                Text.[1] More.[2]

                [1] Emily S. Rosenberg, ed., A World Connecting, 1870–1945 (Cambridge, MA: Belknap Press of Harvard \
                University Press, 2012), 3–4.
                [2] Charles S. Maier, “Leviathan 2.0: Inventing Modern Statehood,” in Rosenberg, World Connecting, \
                29–282.
                """, IbidemOptions.defaults());

        ResolvedCitation chapter = only(a, 2);
        assertThat(((FullCitation) chapter.citation()).reference().publisher()).isNull();
        assertThat(chapter.work().publisher()).isNull();
        assertThat(chapter.flags()).containsExactly(ResolutionFlag.CONTAINING_BOOK_COMPLETED);
        assertThat(a.resolution().source(chapter.sourceId()).publisher())
                .isEqualTo("Belknap Press of Harvard University Press");
    }

    @Test
    void keepsTheKindAndFlagsOfAnOrdinaryCitation() {
        Analysis a = Ibidem.analyze("doc.txt", """
                Text.[1] More.[2]

                [1] Mary Beard, SPQR (New York: Liveright, 2015), 12.
                [2] Beard, SPQR, 14.
                """, IbidemOptions.defaults());

        assertThat(only(a, 1).kind()).isEqualTo(CitationKind.FULL);
        assertThat(only(a, 1).flags()).isEmpty();
        assertThat(only(a, 2).kind()).isEqualTo(CitationKind.SHORT);
        assertThat(only(a, 2).work()).isNull();
    }
}

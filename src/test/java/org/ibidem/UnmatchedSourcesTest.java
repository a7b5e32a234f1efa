package org.ibidem;

import static org.assertj.core.api.Assertions.assertThat;

import org.ibidem.reference.Reference;
import org.ibidem.style.OutputFormat;
import org.junit.jupiter.api.Test;

/**
 * A work known only from a short form that matched nothing is kept in the analysis (later short forms lean on it,
 * the checks report it) but left out of bibliographies and BibTeX unless asked for (issue 17, item 4).
 */
class UnmatchedSourcesTest {

    private static final String NOTES = "Essay.[1] More.[2] Again.[3]\n\nNotes\n\n"
            + "[1] Eric Foner, _The Fiery Trial_ (New York: Norton, 2010), 45.\n"
            + "[2] Smith, Unknown Book, 12.\n"
            + "[3] Foner, Fiery Trial, 60.\n";

    @Test
    void namesTheWorksKnownOnlyFromAShortFormThatMatchedNothing() {
        Analysis a = Ibidem.analyzeText(NOTES);

        assertThat(a.sources()).extracting(Reference::title).containsExactly("The Fiery Trial", "Unknown Book");
        assertThat(a.unmatchedSources()).extracting(Reference::title).containsExactly("Unknown Book");
        assertThat(a.sources(SourceScope.GIVEN_IN_FULL)).extracting(Reference::title)
                .containsExactly("The Fiery Trial");
        assertThat(a.sources(SourceScope.ALL)).isEqualTo(a.sources());
    }

    @Test
    void leavesThemOutOfTheBibliographyUnlessAskedFor() {
        Analysis a = Ibidem.analyzeText(NOTES);

        assertThat(a.bibliography("chicago", OutputFormat.TEXT).text()).contains("Fiery Trial")
                .doesNotContain("Unknown Book");
        assertThat(a.bibliography("chicago", OutputFormat.TEXT, SourceScope.ALL).text()).contains("Unknown Book");
    }

    @Test
    void leavesThemOutOfBibTeXUnlessAskedFor() {
        Analysis a = Ibidem.analyzeText(NOTES);

        assertThat(a.bibtex()).contains("foner2010").doesNotContain("Unknown Book");
        assertThat(a.bibtex(SourceScope.ALL)).contains("Unknown Book");
    }

    @Test
    void keepsEveryWorkGivenInFullEvenWhenItsFullCitationComesAfterAShortForm() {
        Analysis a = Ibidem.analyzeText("A.[1] B.[2]\n\nNotes\n\n[1] Beard, SPQR, 12.\n"
                + "[2] Mary Beard, _SPQR_ (New York: Liveright, 2015), 14.\n");

        assertThat(a.unmatchedSources()).isEmpty();
        assertThat(a.sources(SourceScope.GIVEN_IN_FULL)).hasSize(1);
    }
}

package org.ibidem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.ibidem.diagnostic.Diagnostic;
import org.ibidem.resolution.ResolutionStatus;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.style.OutputFormat;
import org.junit.jupiter.api.Test;

/**
 * A LaTeX note that names its work by citation key ({@code \footcite{beard2015}}) cites a work: an ibid after it
 * leans on that key (issue 17, item 9), and so do later citations of the same key.
 */
class CitationKeyTest {

    private static String latex(String body) {
        return "\\documentclass{article}\n\\begin{document}\n" + body + "\n\\end{document}\n";
    }

    private static Analysis analyze(String body) {
        return Ibidem.analyzeText("essay.tex", latex(body), IbidemOptions.defaults());
    }

    @Test
    void resolvesAnIbidAfterAFootciteToTheKeyedWork() {
        Analysis a = analyze("Text.\\footcite{beard2015} More.\\footnote{Ibid.\\ 46.}");

        ResolvedCitation ibid = a.notes().get(1).citations().get(0);
        assertThat(ibid.status()).isEqualTo(ResolutionStatus.RESOLVED);
        assertThat(ibid.sourceId()).isEqualTo("beard2015");
        assertThat(ibid.antecedent().number()).isEqualTo(1);
        assertThat(ibid.locator().value()).isEqualTo("46");
        assertThat(a.diagnostics()).extracting(Diagnostic::code).containsExactly("citation-key");
    }

    @Test
    void readsTheWordsAroundTheKeyAsSignalAndPage() {
        Analysis a = analyze("Text.\\footcite[see][45]{beard2015} More.\\footnote{Ibid.}");

        ResolvedCitation keyed = a.notes().get(0).citations().get(0);
        assertThat(keyed.citation().prefix()).isEqualTo("see");
        assertThat(keyed.locator().value()).isEqualTo("45");
        ResolvedCitation ibid = a.notes().get(1).citations().get(0);
        assertThat(ibid.sourceId()).isEqualTo("beard2015");
        assertThat(ibid.locator().value()).isEqualTo("45");
        assertThat(ibid.locatorInherited()).isTrue();
    }

    @Test
    void pointsLaterCitationsOfTheSameKeyAtOneWork() {
        Analysis a = analyze("A.\\footcite[3]{beard2015} B.\\footnote{Compare \\cite[12]{shen2016}.}"
                + " C.\\footcite[7]{beard2015}");

        assertThat(a.notes()).extracting(n -> n.citations().get(0).sourceId(), n -> n.citations().get(0).status())
                .containsExactly(tuple("beard2015", ResolutionStatus.DEFINED),
                        tuple("shen2016", ResolutionStatus.DEFINED),
                        tuple("beard2015", ResolutionStatus.RESOLVED));
        assertThat(a.sources()).hasSize(2);
    }

    @Test
    void leavesAnIbidAfterANoteOfSeveralKeysUnresolved() {
        Analysis a = analyze("A.\\footcite{beard2015,shen2016} B.\\footnote{Ibid., 4.}");

        assertThat(a.notes().get(0).citations()).extracting(ResolvedCitation::sourceId)
                .containsExactly("beard2015", "shen2016");
        assertThat(a.notes().get(1).citations().get(0).status()).isEqualTo(ResolutionStatus.AFTER_SEVERAL);
    }

    @Test
    void readsEachKeyOfANoteThatCitesSeveralByCommand() {
        Analysis a = analyze("A.\\footnote{See \\cite[12]{beard2015} and \\cite[4]{shen2016}.}");

        assertThat(a.notes().get(0).citations()).extracting(ResolvedCitation::sourceId,
                        rc -> rc.locator().value(), rc -> rc.citation().prefix())
                .containsExactly(tuple("beard2015", "12", "See"), tuple("shen2016", "4", "and"));
    }

    @Test
    void leavesWorksKnownOnlyByKeyOutOfBibliographiesAndBibTeX() {
        Analysis a = analyze("Text.\\footcite{beard2015} More.\\footnote{Ibid.\\ 46.}");

        assertThat(a.unmatchedSources()).isEmpty();
        assertThat(a.sources(SourceScope.GIVEN_IN_FULL)).isEmpty();
        assertThat(a.sources(SourceScope.ALL)).isEmpty();
        assertThat(a.bibtex()).doesNotContain("beard2015");
        assertThat(a.bibliography("chicago", OutputFormat.TEXT).text()).isEmpty();
    }
}

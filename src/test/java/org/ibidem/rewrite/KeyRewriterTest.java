package org.ibidem.rewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.IbidemOptions;
import org.junit.jupiter.api.Test;

/** Typed notes written as citation keys: pandoc's in Markdown, biblatex's in LaTeX. */
class KeyRewriterTest {

    private static final String BEARD = "Mary Beard, *SPQR: A History of Ancient Rome* (New York: Liveright, 2015)";
    private static final String SHEN = "Zhihua Shen, *Reviewing and Reconsidering the History of Sino-Soviet "
            + "Relations* (Beijing: Social Sciences Academic Press, 2016)";

    private static Analysis analysis(String name, String text) {
        return Ibidem.analyzeText(name, text, IbidemOptions.defaults());
    }

    private static Rewrite toKeys(String name, String text) {
        return analysis(name, text).rewriteToKeys();
    }

    private static String markdown(String... notes) {
        StringBuilder out = new StringBuilder("Body text.");
        for (int i = 1; i <= notes.length; i++) {
            out.append("[^").append(i).append(']');
        }
        out.append("\n\n");
        for (int i = 1; i <= notes.length; i++) {
            out.append("[^").append(i).append("]: ").append(notes[i - 1]).append('\n');
        }
        return out.toString();
    }

    @Test
    void aMarkdownNoteThatIsOneCitationBecomesAPandocCitation() {
        Rewrite r = toKeys("essay.md", markdown(BEARD + ", 45.", "Beard, *SPQR*, 52."));
        assertThat(r.text()).isEqualTo(markdown("[@beard2015, 45]", "[@beard2015, 52]"));
        assertThat(r.rewritten()).isEqualTo(2);
        assertThat(r.left()).isEmpty();
        assertThat(r.summary()).isEqualTo("rewrote 2 citations in citation keys (2 changed), left 0 as written");
    }

    @Test
    void anIbidBecomesTheKeyOfTheWorkItRepeats() {
        Rewrite r = toKeys("essay.md", markdown(BEARD + ", 45.", "Ibid., 47."));
        assertThat(r.text()).isEqualTo(markdown("[@beard2015, 45]", "[@beard2015, 47]"));
    }

    @Test
    void theKeysAreThoseOfTheBibLaTeXExport() {
        Analysis a = analysis("essay.md", markdown(BEARD + ", 45.", SHEN + ", 141."));
        String bib = a.export(org.ibidem.export.ExportFormat.BIBLATEX, org.ibidem.SourceScope.GIVEN_IN_FULL);
        assertThat(a.citationKeys().values()).containsExactly("beard2015", "shen2016");
        assertThat(bib).contains("{beard2015,").contains("{shen2016,");
    }

    @Test
    void aSignalAndCommentaryStayAroundTheKeyInPandocsBareForm() {
        Rewrite r = toKeys("essay.md", markdown(BEARD + ", 45.", "See Beard, *SPQR*, 52; the argument is older."));
        assertThat(r.text()).contains("[^2]: See @beard2015 [52]; the argument is older.\n");
    }

    @Test
    void citationsSideBySideInOneNoteShareOneBracket() {
        Rewrite r = toKeys("essay.md", markdown(BEARD + ", 4; " + SHEN + ", 7."));
        assertThat(r.text()).contains("[^1]: [@beard2015, 4; @shen2016, 7]\n");
        assertThat(r.rewritten()).isEqualTo(2);
        assertThat(r.changes()).hasSize(1);
    }

    @Test
    void aPageLabelIsKeptAsWrittenAndABareNumberStaysBare() {
        Rewrite r = toKeys("essay.md", markdown(BEARD + ", p. 45.", "Beard, *SPQR*, pp. 50-52.",
                "Beard, *SPQR*, 60."));
        assertThat(r.text()).contains("[^1]: [@beard2015, p. 45]\n").contains("[^2]: [@beard2015, pp. 50-52]\n")
                .contains("[^3]: [@beard2015, 60]\n");
    }

    @Test
    void aCitationWithoutLocatorIsTheKeyAlone() {
        Rewrite r = toKeys("essay.md", markdown(BEARD + "."));
        assertThat(r.text()).contains("[^1]: [@beard2015]\n");
    }

    @Test
    void anUnresolvedCitationIsLeftAsWrittenAndCounted() {
        Rewrite r = toKeys("essay.md", markdown("Ibid., 12.", BEARD + ", 45."));
        assertThat(r.text()).contains("[^1]: Ibid., 12.\n").contains("[^2]: [@beard2015, 45]\n");
        assertThat(r.left()).extracting(LeftCitation::reason).containsExactly(LeftCitation.Reason.UNRESOLVED);
        assertThat(r.summary()).endsWith("left 1 as written");
    }

    @Test
    void aShortFormThatMatchedNoFullCitationHasNoKeyAndIsLeft() {
        Rewrite r = toKeys("essay.md", markdown("Beard, *SPQR*, 45."));
        assertThat(r.text()).isEqualTo(markdown("Beard, *SPQR*, 45."));
        assertThat(r.rewritten()).isZero();
        assertThat(r.left()).hasSize(1);
    }

    @Test
    void rewritingToKeysTwiceChangesNothingTheSecondTime() {
        String once = toKeys("essay.md", markdown(BEARD + ", 45.", "See Beard, *SPQR*, 52; the argument is older.",
                "Ibid.")).text();
        Rewrite twice = toKeys("essay.md", once);
        assertThat(twice.text()).isEqualTo(once);
        assertThat(twice.changes()).isEmpty();
    }

    private static String latex(String... notes) {
        StringBuilder out = new StringBuilder("\\documentclass{article}\n\\begin{document}\n");
        for (String note : notes) {
            out.append("Text.\\footnote{").append(note).append("}\n");
        }
        return out.append("\\end{document}\n").toString();
    }

    private static final String BEARD_TEX = "Mary Beard, \\emph{SPQR: A History of Ancient Rome} (New York: "
            + "Liveright, 2015)";

    @Test
    void aLatexFootnoteThatIsOneCitationBecomesAFootcite() {
        Rewrite r = toKeys("essay.tex", latex(BEARD_TEX + ", 45.", "Beard, \\emph{SPQR}, 52."));
        assertThat(r.text()).contains("Text.\\footcite[45]{beard2015}\nText.\\footcite[52]{beard2015}\n");
    }

    @Test
    void aLatexFootnoteWithCommentaryKeepsItAroundACite() {
        Rewrite r = toKeys("essay.tex", latex(BEARD_TEX + ", 45.", "See Beard, \\emph{SPQR}, 52; the argument is older."));
        assertThat(r.text()).contains("Text.\\footnote{See \\cite[52]{beard2015}; the argument is older.}\n");
    }

    @Test
    void aLatexPageRangeWrittenWithTwoHyphensIsKeyedToo() {
        Rewrite r = toKeys("essay.tex", latex(BEARD_TEX + ", 12--14.", "Ibid., 14--15.", "Beard, \\emph{SPQR}, 20--21."));
        assertThat(r.left()).isEmpty();
        assertThat(r.rewritten()).isEqualTo(3);
        assertThat(r.text()).contains("\\footcite[12--14]{beard2015}");
    }

    @Test
    void aLatexRewriteTwiceChangesNothingTheSecondTime() {
        String once = toKeys("essay.tex", latex(BEARD_TEX + ", 45.", "See Beard, \\emph{SPQR}, 52; older.")).text();
        Rewrite twice = toKeys("essay.tex", once);
        assertThat(twice.text()).isEqualTo(once);
        assertThat(twice.changes()).isEmpty();
    }

    @Test
    void plainTextHasNoKeySyntaxAndIsRefused() {
        assertThatThrownBy(() -> toKeys("essay.txt", "Body.[1]\n\n[1] Mary Beard, SPQR (New York: Liveright, "
                + "2015), 45.\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no citation-key syntax").hasMessageContaining("Markdown");
    }

    @Test
    void locatorsOtherThanPagesTakePandocsTerm() {
        assertThat(KeyRewriter.locator(new org.ibidem.reference.Locator("chapter", "3"), "ch. 3", false))
                .isEqualTo("chap. 3");
        assertThat(KeyRewriter.locator(org.ibidem.reference.Locator.page("45"), "p. 45", true)).isEqualTo("45");
    }

    @Test
    void aJoiningWordBetweenTwoCitationsStaysOutsideTheKeys() {
        Rewrite r = toKeys("essay.md", markdown(BEARD + ", 45.", SHEN + ", 141.",
                "See Beard, *SPQR*, 52; and Shen, *Reviewing*, 143."));
        assertThat(r.text()).contains("[^3]: See @beard2015 [52]; and @shen2016 [143].\n");
    }

    @Test
    void anIdWithoutPlaceTakesItsPeriodIntoTheKeyAndThePlaceItRepeats() {
        Rewrite r = toKeys("essay.md", markdown(BEARD + ", 45.", "*See* id.; the argument is older."));
        assertThat(r.text()).contains("[^2]: *See* @beard2015 [45]; the argument is older.\n");
    }

    @Test
    void aCitationWhoseSpanWouldCutALinkInTwoIsLeft() {
        Rewrite r = toKeys("essay.md", markdown("*See* Anna Bahney, *Identity Theft Nightmares:‘I’ve Spent My "
                + "Lifetime Building up My Credit*’ CNN MONEY (Sept. 29, 2017, 11:11 AM), "
                + "https://money.cnn.com/2017/09/29/pf/identity-theft/index.html [https://perma.cc/9MNK-699X]."));
        assertThat(r.text()).doesNotContain("[@").contains("[https://perma.cc/9MNK-699X]");
    }

    @Test
    void citationsThatOpenANoteWithCommentaryAfterThemTakeTheBareFormEach() {
        Rewrite r = toKeys("essay.md", markdown(BEARD + ", 4; " + SHEN + ", 7; both disagree."));
        assertThat(r.text()).contains("[^1]: @beard2015 [4]; @shen2016 [7]; both disagree.\n");
    }
}

package org.ibidem.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.IbidemOptions;
import org.junit.jupiter.api.Test;

/** Rewriting the {@code \footnote{…}} notes of a small LaTeX document: only citation spans change, in LaTeX. */
class LatexRewriteTest {

    private static final String CHAPTER = String.join("\n",
            "\\documentclass{article}",
            "% A comment \\footnote{that is no note}",
            "\\begin{document}",
            "Rome grew.\\footnote{Mary Beard, \\emph{SPQR: A History of Ancient Rome} (New York: Liveright, 2015), 12.}",
            "It grew again.\\footnote{See ibid., 14--15.} % kept",
            "And once more.\\footnote{Beard, \\emph{SPQR}, 60.}",
            "\\end{document}", "");

    private static Rewrite rewrite(String name, String text, String style) {
        return Ibidem.analyzeText(name, text, IbidemOptions.defaults()).rewrite(style);
    }

    @Test
    void rewritesCitationsInsideFootnotesAndNothingElse() {
        Rewrite r = rewrite("chapter.tex", CHAPTER, "chicago-notes-bibliography");
        assertThat(r.text()).startsWith("\\documentclass{article}\n% A comment \\footnote{that is no note}\n"
                        + "\\begin{document}\nRome grew.\\footnote{Mary Beard, \\emph{SPQR: A History of Ancient "
                        + "Rome} (Liveright, 2015), 12.}\n")
                .contains("It grew again.\\footnote{See Beard, \\emph{SPQR}, 14--15.} "
                        + "% kept\n")
                .endsWith("\\end{document}\n");
        assertThat(r.left()).isEmpty();
    }

    @Test
    void italicsFollowTheCommandTheNoteUsed() {
        String text = CHAPTER.replace("\\emph{SPQR: A", "\\textit{SPQR: A");
        Rewrite r = rewrite("chapter.tex", text, "mhra-notes");
        assertThat(r.text()).contains("Mary Beard, \\textit{SPQR: A History of Ancient Rome}");
    }

    @Test
    void escapesTheSpecialCharactersOfLatex() {
        assertThat(LatexMarkup.escape("Brace & World, 100% of $5 #1 a_b {x} ~ ^ \\"))
                .isEqualTo("Brace \\& World, 100\\% of \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{} "
                        + "\\textasciicircum{} \\textbackslash{}");
        String text = String.join("\n", "\\begin{document}",
                "Text.\\footnote{Jane Doe, \\emph{Law \\& Order in 100\\% of Cases} (London: Smith \\& Sons, "
                        + "1990), 4.}",
                "More.\\footnote{Ibid., 5.}", "\\end{document}", "");
        Rewrite r = rewrite("law.tex", text, "chicago-notes-bibliography");
        assertThat(r.text()).contains("\\footnote{Jane Doe, \\emph{Law \\& Order in 100\\% of Cases} "
                        + "(Smith \\& Sons, 1990), 4.}")
                .contains("\\footnote{Doe, \\emph{Law \\& Order in 100\\% of Cases}, 5.}");
        Analysis again = Ibidem.analyzeText("law.tex", r.text(), IbidemOptions.defaults());
        assertThat(again.sources()).hasSize(1);
    }

    @Test
    void theRewrittenDocumentReadsBackAsTheSameWorksAndPlaces() {
        Analysis before = Ibidem.analyzeText("chapter.tex", CHAPTER, IbidemOptions.defaults());
        Rewrite r = before.rewrite("chicago-notes-bibliography");
        Analysis after = Ibidem.analyzeText("chapter.tex", r.text(), IbidemOptions.defaults());
        assertThat(after.notes()).hasSameSizeAs(before.notes());
        for (int n = 0; n < before.notes().size(); n++) {
            assertThat(after.notes().get(n).citations()).extracting(c -> c.sourceId() + " " + c.locator())
                    .isEqualTo(before.notes().get(n).citations().stream()
                            .map(c -> c.sourceId() + " " + c.locator()).toList());
        }
    }

    @Test
    void rewritingTwiceChangesNothingTheSecondTime() {
        for (String style : new String[] {"chicago-notes-bibliography", "mhra-notes",
                "chicago-notes-bibliography-subsequent-ibid-17th-edition"}) {
            Rewrite once = rewrite("chapter.tex", CHAPTER, style);
            assertThat(rewrite("chapter.tex", once.text(), style).changes()).as(style).isEmpty();
        }
    }

    @Test
    void windowsLineEndingsStay() {
        Rewrite r = rewrite("chapter.tex", CHAPTER.replace("\n", "\r\n"), "chicago-notes-bibliography");
        assertThat(r.changes()).isNotEmpty();
        assertThat(r.text().replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void theDiffShowsTheChangedFootnotes() {
        Rewrite r = rewrite("chapter.tex", CHAPTER, "chicago-notes-bibliography");
        assertThat(r.unifiedDiff("chapter.tex", CHAPTER)).contains("-It grew again.\\footnote{See ibid., 14--15.}")
                .contains("+It grew again.\\footnote{See Beard, \\emph{SPQR}, 14--15.}");
    }
}

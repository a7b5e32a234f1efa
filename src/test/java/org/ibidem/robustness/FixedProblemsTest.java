package org.ibidem.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.IbidemOptions;
import org.ibidem.document.Document;
import org.ibidem.document.Documents;
import org.ibidem.resolution.ResolutionStatus;
import org.ibidem.resolution.ResolvedCitation;
import org.junit.jupiter.api.Test;

/**
 * The smallest inputs that showed a wrong result the robustness tests found in {@code src/main}, written as the
 * behaviour that holds now that each is fixed: a repeated unknown short form in one note introduced a second
 * work, plain-text labels of five digits were not read, and nested LaTeX accents overflowed the stack.
 * Inputs that still break something are skipped with their cause (see {@link KnownProblems}).
 */
class FixedProblemsTest {

    @Test
    void repeatsOfOneUnknownShortFormInOneNoteIntroduceOneSource() {
        Analysis a = Ibidem.analyze("essay.txt",
                "Text.[1] More.[2]\n\n[1] Beard, SPQR, 12; Beard, SPQR, 14.\n[2] Beard, SPQR, 16.\n",
                IbidemOptions.defaults());

        assertThat(a.sources()).hasSize(1);
        assertThat(a.notes().get(1).citations()).extracting(ResolvedCitation::status)
                .containsExactly(ResolutionStatus.RESOLVED);
    }

    @Test
    void plainTextWithTenThousandNotesKeepsNoteTenThousand() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 10_000; i++) {
            text.append("Sentence.[").append(i).append("]\n");
        }
        text.append('\n');
        for (int i = 1; i <= 10_000; i++) {
            text.append('[').append(i).append("] Ibid., ").append(i).append(".\n");
        }

        Document doc = Documents.parse("long.txt", text.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(doc.notes()).hasSize(10_000);
        assertThat(doc.notes().get(9_998).text()).isEqualTo("Ibid., 9999.");
        assertThat(doc.markers()).hasSize(10_000);
    }

    @Test
    void deeplyNestedLatexAccentsDoNotOverflowTheStack() {
        String note = "\\'{".repeat(20_000) + "e" + "}".repeat(20_000);
        String tex = "\\documentclass{article}\n\\begin{document}\nText.\\footnote{" + note + "}\n\\end{document}\n";

        Analysis a = PipelineChecks.analyzeText("accents.tex", tex, IbidemOptions.defaults());

        assertThat(a.notes()).hasSize(1);
    }
}

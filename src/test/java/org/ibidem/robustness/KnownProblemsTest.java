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
 * The smallest inputs that show each wrong result the robustness tests found in {@code src/main}, written as the
 * behaviour that should hold. Each is skipped with its cause until the fix lands (see {@link KnownProblems});
 * run them with {@code -Dibidem.knownProblems=run}, and drop the skip once one passes.
 */
class KnownProblemsTest {

    @Test
    void repeatsOfOneUnknownShortFormInOneNoteIntroduceOneSource() {
        KnownProblems.skipUnlessForced("Resolver.Pass.candidates sees only works first cited in an earlier note"
                + " (firstNote < beforeNote), so the second \"Beard, SPQR\" in note 1 introduces a second"
                + " provisional work (sources beardnda and beardndb) and note 2 is then reported as ambiguous");

        Analysis a = Ibidem.analyze("essay.txt",
                "Text.[1] More.[2]\n\n[1] Beard, SPQR, 12; Beard, SPQR, 14.\n[2] Beard, SPQR, 16.\n",
                IbidemOptions.defaults());

        assertThat(a.sources()).hasSize(1);
        assertThat(a.notes().get(1).citations()).extracting(ResolvedCitation::status)
                .containsExactly(ResolutionStatus.RESOLVED);
    }

    @Test
    void plainTextWithTenThousandNotesKeepsNoteTenThousand() {
        KnownProblems.skipUnlessForced("PlainTextExtractor reads labels of at most four digits (\\d{1,4} in"
                + " BRACKET_DEFINITION, NUMBERED_DEFINITION, BRACKET_MARKER…), so \"[10000] …\" is not a note: its"
                + " line is silently appended to note 9999 as a wrapped line, and its marker is not found");

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
        KnownProblems.skipUnlessForced("LatexExtractor.Scan.accent reads a braced argument by calling convert()"
                + " recursively (convert → command → controlSymbol → accent → convert), so 20,000 nested \\'{"
                + " throw StackOverflowError out of Documents.parse and Ibidem.analyze");

        String note = "\\'{".repeat(20_000) + "e" + "}".repeat(20_000);
        String tex = "\\documentclass{article}\n\\begin{document}\nText.\\footnote{" + note + "}\n\\end{document}\n";

        Analysis a = PipelineChecks.analyzeText("accents.tex", tex, IbidemOptions.defaults());

        assertThat(a.notes()).hasSize(1);
    }
}

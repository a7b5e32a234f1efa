package org.ibidem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.ibidem.cli.IbidemCliTest.Run;
import org.junit.jupiter.api.Test;

/** Several FILEs as the chapters of one book: one bibliography, one export; {@code check --project}. */
class ProjectCliTest {

    private static final String CH1 = "src/test/resources/project/ch1.md";
    private static final String CH2 = "src/test/resources/project/ch2.md";

    @Test
    void formatsOneBibliographyForSeveralFiles() {
        Run run = IbidemCliTest.run("bibliography", CH1, CH2);

        assertThat(run.exit()).isZero();
        assertThat(run.outLines()).hasSize(3).anyMatch(l -> l.startsWith("Holland, Tom."));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void exportsEachWorkOnceForSeveralFiles() {
        Run bibtex = IbidemCliTest.run("bibtex", CH1, CH2);
        Run export = IbidemCliTest.run("export", "--to", "bibtex", CH1, CH2);

        assertThat(bibtex.exit()).isZero();
        assertThat(bibtex.out()).containsOnlyOnce("@book{holland2003,").containsOnlyOnce("@book{beard2015,")
                .contains("@book{heather2005,");
        assertThat(export.out()).isEqualTo(bibtex.out());
    }

    @Test
    void namesWorksLeftUnmatchedWhenLaterChapterComesFirst() {
        Run run = IbidemCliTest.run("bibtex", CH2, CH1);

        // Order is the book's: chapter 2's short form, read first, has no earlier chapter to lean on.
        assertThat(run.err()).contains("left out 1 work").contains("Beard, SPQR");
        assertThat(run.out()).containsOnlyOnce("@book{beard2015,");
    }

    @Test
    void checksFilesAsChaptersOfOneBookWithProject() {
        Run run = IbidemCliTest.run("check", "--project", CH1, CH2);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.outLines()).containsExactly(
                CH2 + ":5:7: error[ibid-without-antecedent]: note 1 says \"Ibid.\" but no citation comes before it",
                CH2 + ":6:15: warning[short-form-previous-chapter]: short form \"Beard, SPQR\" in note 2 refers to a "
                        + "work given in full only in an earlier chapter (note 1 of " + CH1 + "); Chicago gives it "
                        + "in full again at its first mention in each chapter",
                "1 error, 1 warning in 7 notes (2 files)");
    }

    @Test
    void checksEachFileAloneWithoutProject() {
        Run run = IbidemCliTest.run("check", CH1, CH2);

        assertThat(run.outLines()).anyMatch(l -> l.contains("error[short-form-unmatched]"))
                .noneMatch(l -> l.contains("short-form-previous-chapter"));
    }

    @Test
    void refusesSeveralCslJsonFiles() {
        Run run = IbidemCliTest.run("export", "--to", "ris", "a.json", "b.json");

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("CSL-JSON items are read from one FILE");
    }
}

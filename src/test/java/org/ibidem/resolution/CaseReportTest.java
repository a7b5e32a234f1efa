package org.ibidem.resolution;

import static org.ibidem.resolution.ResolverTable.assertResolvesAsWritten;

import org.junit.jupiter.api.Test;

/**
 * A court decision is the report it is printed in: a note that names the case in its text and cites only "865
 * F.3d 620 (D.C. Cir. 2017)", and a short form "Acme, 865 F.3d at 624", mean the case with that volume, reporter
 * and first page.
 */
class CaseReportTest {

    @Test
    void readsACaseCitedByItsReportAloneAsTheCaseCitedBefore() {
        assertResolvesAsWritten("""
                0@628–29 | See, e.g., Doe v. Acme Corp., 865 F.3d 620, 628–29 (D.C. Cir. 2017) (finding injury).
                0        | 865 F.3d 620 (D.C. Cir. 2017).
                0@630    | See id. at 630.
                """);
    }

    @Test
    void resolvesAShortCaseNameByVolumeAndReporterWhenTheFullCitationGaveNoName() {
        assertResolvesAsWritten("""
                0       | 136 S. Ct. 1540 (2016).
                1       | Jane Roe, The Widget Cases, 12 YALE L.J. 1, 5 (2001).
                0@1546  | See Widget, Inc., 136 S. Ct. at 1546.
                """);
    }

    @Test
    void keepsTwoCasesInReTwoWorks() {
        assertResolvesAsWritten("""
                0@765   | See In re Acme, Inc., 870 F.3d 763, 765 (8th Cir. 2017). Later courts followed it.
                1@1211  | In re Widget Sys. Privacy Litig., 66 F. Supp. 3d 1197, 1211 (N.D. Cal. 2014).
                0@770   | Acme, 870 F.3d at 770.
                """);
    }

    @Test
    void readsAnIdBeforeProseAndACaseAtTheEndOfTheProse() {
        assertResolvesAsWritten("""
                0@1-4       | See Jane Roe, The Image of Truth, 10 YALE J.L. & HUMAN. 1, 1-4 (1998).
                0@1-4 1@380 | Id. The Court has endorsed the power of video: what it shows happened. Doe v. Acme Corp., 550 U.S. 372, 380 (2007) (ruling that a videotape was proof).
                """);
    }

    @Test
    void readsANewsArticleAtTheEndOfASentenceOfProse() {
        assertResolvesAsWritten("""
                0           | The novelist said he restricted his palette. “There are no cars.’ ” D.T. Roe, The Bleak Brilliance of Comics, NEW YORKER (Jan. 14, 2019), https://www.example.com/comics [https://perma.cc/F5WN-78J9].
                0           | Id.
                0 0         | He watched the videos as a teenager. Roe, supra note 1. He felt compelled to watch. Id.
                """);
    }
}

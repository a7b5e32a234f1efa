package org.ibidem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.ibidem.diagnostic.Severity;
import org.ibidem.export.ExportFormat;
import org.ibidem.reference.Reference;
import org.ibidem.style.OutputFormat;
import org.junit.jupiter.api.Test;

/**
 * A book in two files ({@code src/test/resources/project}): chapter 1 gives Beard and Holland in full; chapter 2
 * opens with an ibid, cites Beard in short and Holland in full again, and adds Heather.
 */
class ProjectAnalysisTest {

    private static final Path CH1 = Path.of("src/test/resources/project/ch1.md");
    private static final Path CH2 = Path.of("src/test/resources/project/ch2.md");

    private static final ProjectAnalysis BOOK = Ibidem.analyzeProject(List.of(CH1, CH2));

    @Test
    void listsEachWorkOnceOverTheChapters() {
        assertThat(BOOK.sources()).extracting(Reference::id)
                .containsExactly("beard2015", "holland2003", "heather2005");
        assertThat(BOOK.unmatchedSources()).isEmpty();
    }

    @Test
    void formatsOneBibliographyForTheBook() {
        String bib = BOOK.bibliography("chicago", OutputFormat.TEXT).text();

        assertThat(bib.lines()).hasSize(3);
        assertThat(bib).containsOnlyOnce("Holland, Tom.").containsOnlyOnce("Beard, Mary.");
    }

    @Test
    void exportsOneEntryAndOneKeyPerWork() {
        assertThat(BOOK.bibtex()).containsOnlyOnce("@book{holland2003,").containsOnlyOnce("@book{beard2015,");
        assertThat(BOOK.export(ExportFormat.RIS, SourceScope.GIVEN_IN_FULL)).containsOnlyOnce("Rubicon");
        assertThat(BOOK.citationKeys()).containsOnlyKeys("beard2015", "holland2003", "heather2005");
    }

    @Test
    void keepsEachNoteWithItsDocument() {
        assertThat(BOOK.chapters()).extracting(a -> a.document().name()).containsExactly(CH1.toString(), CH2.toString());
        assertThat(BOOK.chapters().get(1).notes()).hasSize(4);
        assertThat(BOOK.notes()).hasSize(7);
        // A chapter's own sources are the works it cites, with the book's ids.
        assertThat(BOOK.chapters().get(1).sources()).extracting(Reference::id)
                .containsExactly("beard2015", "holland2003", "heather2005");
    }

    @Test
    void reportsShortFormResolvedIntoEarlierChapterAsWarningNamingThatChapter() {
        assertThat(BOOK.findings()).extracting(ProjectAnalysis.Finding::format).containsExactly(
                CH2 + ":5:7: error[ibid-without-antecedent]: note 1 says \"Ibid.\" but no citation comes before it",
                CH2 + ":6:15: warning[short-form-previous-chapter]: short form \"Beard, SPQR\" in note 2 refers to a "
                        + "work given in full only in an earlier chapter (note 1 of " + CH1 + "); Chicago gives it "
                        + "in full again at its first mention in each chapter");
        assertThat(BOOK.count(Severity.WARNING)).isEqualTo(1);
        assertThat(BOOK.hasErrors()).isTrue();
    }

    @Test
    void analysesEachChapterAloneAsBefore() {
        Analysis alone = Ibidem.analyze(CH1);

        assertThat(BOOK.chapters().get(0).diagnostics()).isEqualTo(alone.diagnostics());
        assertThat(BOOK.chapters().get(0).sources()).isEqualTo(alone.sources());
        assertThat(Ibidem.analyze(CH2).diagnostics()).extracting(d -> d.code())
                .containsExactly("ibid-without-antecedent", "short-form-unmatched");
    }

    @Test
    void keepsWorkKnownOnlyInShortUnmatchedInOneDocumentOfChapters() {
        // In one document, a short form in chapter II leaning on a work chapter I knew only in short is
        // RESOLVED_ACROSS_CHAPTER too: that work was never given in full, and stays out of the bibliography.
        Analysis a = Ibidem.analyzeText("chapters.txt", """
                CHAPTER I. The Alliance

                The alliance was signed in 1950.[1]

                [1] Lüthi, Sino-Soviet Split, 30.

                CHAPTER II. The Split

                It did not last.[2]

                [2] Lüthi, Sino-Soviet Split, 80.
                """, IbidemOptions.defaults());

        assertThat(a.notes().get(1).citations().get(0).status())
                .isEqualTo(org.ibidem.resolution.ResolutionStatus.RESOLVED_ACROSS_CHAPTER);
        assertThat(a.unmatchedSources()).extracting(Reference::title).containsExactly("Sino-Soviet Split");
    }

    @Test
    void refusesAProjectOfNoDocument() {
        assertThatThrownBy(() -> Ibidem.analyzeProject(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one document");
    }
}

package org.ibidem.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ibidem.Analysis;
import org.ibidem.SeedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code check} on the seed: the chains all hold, and only the house-style slips of the essay's author are
 * reported — note 1 cut off, a comma between Marx and Engels, "Lengxi, Wu" inverted, three "Ibid" without
 * period.
 */
class SeedCheckTest {

    private static List<String> found(Analysis analysis) {
        return analysis.diagnostics().stream()
                .map(d -> d.severity().label() + "[" + d.code() + "] note " + d.note() + " at " + d.position())
                .toList();
    }

    @ParameterizedTest
    @EnumSource(SeedDocument.class)
    void findsNoBrokenChainInTheSeed(SeedDocument document) {
        Analysis analysis = document.analysis();

        assertThat(analysis.hasErrors()).isFalse();
        assertThat(analysis.count(Severity.ERROR)).isZero();
        assertThat(analysis.count(Severity.INFO)).isZero();
    }

    @Test
    void reportsExactlyTheHouseStyleSlipsOfTheNotesCopy() {
        assertThat(found(SeedDocument.NOTES_COPY.analysis())).containsExactly(
                "warning[note-cut-off] note 1 at 3:239",
                "warning[ibid-without-period] note 8 at 17:5",
                "warning[authors-joined-by-comma] note 12 at 25:6",
                "warning[inverted-name] note 15 at 31:6",
                "warning[ibid-without-period] note 18 at 37:6",
                "warning[ibid-without-period] note 22 at 45:6");
    }

    @Test
    void reportsExactlyTheHouseStyleSlipsOfTheWholeEssay() {
        // The body's 22 markers all find their notes: no marker diagnostics on top of the notes copy's.
        assertThat(found(SeedDocument.WHOLE_ESSAY.analysis())).containsExactly(
                "warning[note-cut-off] note 1 at 48:239",
                "warning[ibid-without-period] note 8 at 62:5",
                "warning[authors-joined-by-comma] note 12 at 70:6",
                "warning[inverted-name] note 15 at 76:6",
                "warning[ibid-without-period] note 18 at 82:6",
                "warning[ibid-without-period] note 22 at 90:6");
    }

    @Test
    void findsTheEssaysTwentyTwoMarkersAndNoMarkerInTheNotesCopy() {
        assertThat(SeedDocument.WHOLE_ESSAY.analysis().document().markers()).hasSize(22);
        assertThat(SeedDocument.NOTES_COPY.analysis().document().markers()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(SeedDocument.class)
    void keepsThePageChromeAfterTheLastNoteOutOfIt(SeedDocument document) {
        // "Commenting has been turned off." follows note 22 after a blank line in the essay.
        assertThat(document.analysis().notes()).hasSize(22);
        assertThat(document.analysis().notes().get(21).note().text()).isEqualTo("Ibid");
    }

    @Test
    void reportsTheOneDeliberateBrokenChainOfColdWarReading() {
        Analysis analysis = org.ibidem.Ibidem.analyze(SeedDocument.COLD_WAR_READING);

        assertThat(found(analysis)).containsExactly("error[ibid-after-multiple] note 10 at 44:6");
    }
}

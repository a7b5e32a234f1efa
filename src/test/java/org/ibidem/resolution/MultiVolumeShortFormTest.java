package org.ibidem.resolution;

import static org.ibidem.resolution.ResolverTable.assertResolvesAsWritten;

import org.junit.jupiter.api.Test;

/**
 * Older notes cite a multi-volume work by its author or short title and give the volume as a bare Roman numeral
 * before the page ("Hartley, i. 606", "Hartley, i, 606"): one work, the volume part of the locator.
 */
class MultiVolumeShortFormTest {

    @Test
    void readsABareVolumeNumeralAsPartOfTheLocatorNotAsATitle() {
        assertResolvesAsWritten("""
                0 1             | Hartley, i, 606; Chronicle, No. 12.  # short-form-unmatched, short-form-unmatched
                1               | Chronicle, No. 12.
                0               | Hartley, i. 605, 606.
                0               | See Hartley, ii. 14.
                0               | Hartley, i. 605. The Treasury Books prove that Hartley knew.
                0               | Hartley, i. 628.
                """);
    }

    @Test
    void givesAnAuthorAloneTheWorkKnownOnlyByThatName() {
        assertResolvesAsWritten("""
                0               | Hartley, i, 606.  # short-form-unmatched
                1               | Hartley, Mill, 12.  # short-form-unmatched
                0               | Hartley, i. 628.
                """);
    }

    @Test
    void keepsOneDiaryWhateverDayItIsCitedBy() {
        assertResolvesAsWritten("""
                0               | Hartley's Diary, Jan. 28, 1684-5.  # short-form-unmatched
                0               | Hartley's Diary, Sept. 6, 1676, June 11, 1699.
                1 0             | Lowther, Feb. 16-26, 1685; Hartley's Diary, Feb. 6.  # short-form-unmatched
                1               | Lowther, Feb. 18-28, 1685.
                """);
    }
}

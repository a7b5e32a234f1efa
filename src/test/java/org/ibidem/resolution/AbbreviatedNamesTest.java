package org.ibidem.resolution;

import static org.ibidem.resolution.ResolverTable.assertResolvesAsWritten;

import org.junit.jupiter.api.Test;

/**
 * Older notes abbreviate an author's name now more, now less ("Hovend." and "Hovenden.", "Malmesb." and
 * "Malmes."): one author, one work.
 */
class AbbreviatedNamesTest {

    @Test
    void readsALongerAndAShorterAbbreviationAsOneName() {
        assertResolvesAsWritten("""
                0               | Malmesb. p. 42.  # short-form-unmatched
                0               | Malmes. p. 44.
                1               | Hovenden. p. 310.  # short-form-unmatched
                1               | Hovend. p. 312.
                0               | Malmesbur. p. 50.
                """);
    }

    @Test
    void doesNotJoinAWholeNameToALongerOne() {
        assertResolvesAsWritten("""
                0               | Brown, History, 12.  # short-form-unmatched
                1               | Browning, 14.  # short-form-unmatched
                """);
    }

    @Test
    void leavesAnAbbreviationThatFitsTwoNamesAlone() {
        assertResolvesAsWritten("""
                0               | Hovenden. p. 310.  # short-form-unmatched
                1               | Hovington. p. 12.  # short-form-unmatched
                2               | Hov. p. 14.  # short-form-unmatched
                """);
    }
}

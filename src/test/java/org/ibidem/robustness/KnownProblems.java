package org.ibidem.robustness;

import org.junit.jupiter.api.Assumptions;

/**
 * Skips a test whose input still breaks {@code src/main}, naming the cause, unless the build asks to run known
 * problems anyway ({@code -Dibidem.knownProblems=run}, to check a fix). A skipped test shows in the report with
 * its reason; it does not fail the build.
 */
final class KnownProblems {

    private KnownProblems() {
    }

    static void skipUnlessForced(String cause) {
        Assumptions.assumeTrue("run".equals(System.getProperty("ibidem.knownProblems")),
                () -> "known problem, skipped until fixed: " + cause);
    }
}

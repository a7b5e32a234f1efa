package org.ibidem;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Whether an outside program a test drives (node, biber, pandoc) is installed: the tests that need one skip
 * visibly without it, as on a user's machine.
 */
public final class OutsidePrograms {

    private OutsidePrograms() {
    }

    /** Whether {@code program --version} runs and exits 0 within a minute. */
    public static boolean runs(String program) {
        try {
            Process p = new ProcessBuilder(program, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

package org.ibidem.cli;

/** The exit codes the commands share (each command documents its own 0 and 1). */
final class ExitCodes {

    /** Usage errors, unreadable input and output that cannot be written. */
    static final int USAGE = 2;

    private ExitCodes() {
    }
}

package org.ibidem.cli;

/** What the commands' help texts share. */
final class HelpText {

    /**
     * A dot that help text must not be wrapped after, as in ".ibidem.json" and "e.g.": picocli breaks lines where
     * {@link java.text.BreakIterator} allows, which is after any dot followed by a letter. The help is laid out
     * with this private-use character, which never breaks, and printed with a dot in its place.
     */
    static final String DOT = "\uE000";

    private HelpText() {
    }
}

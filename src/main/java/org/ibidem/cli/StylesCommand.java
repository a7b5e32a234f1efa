package org.ibidem.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.ibidem.style.BundledStyle;
import org.ibidem.style.Styles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code ibidem styles [WORD]}: the bundled CSL styles, one per line, id and title separated by a tab; with a
 * word, only those whose id or title contains it. Exit 1 when no style matches.
 */
@Command(name = "styles", mixinStandardHelpOptions = true,
        description = "List the bundled CSL styles (id, a tab, title), or those whose id or title contains WORD "
                + "(case ignored). Any id listed works with --style.")
final class StylesCommand implements Callable<Integer> {

    /** Exit code when the word matches no style: the search ran, but found nothing. */
    static final int EXIT_NONE = 1;

    @Parameters(paramLabel = "WORD", arity = "0..1", description = "Part of a style id or title, e"
            + HelpText.DOT + "g. harvard, vancouver, \"Modern Humanities\".")
    String word;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<BundledStyle> found = word == null ? Styles.bundled() : Styles.search(word);
        if (found.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("ibidem: no bundled style has '" + word.strip() + "' in its id or title; "
                    + "'ibidem styles' lists them all");
            err.flush();
            return EXIT_NONE;
        }
        PrintWriter out = spec.commandLine().getOut();
        StringBuilder lines = new StringBuilder(found.size() * 64);
        for (BundledStyle style : found) {
            lines.append(style.id()).append('\t').append(style.title()).append('\n');
        }
        out.print(lines);
        out.flush();
        return 0;
    }
}

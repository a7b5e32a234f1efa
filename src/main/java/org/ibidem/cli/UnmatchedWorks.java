package org.ibidem.cli;

import java.io.PrintWriter;
import java.util.List;
import org.ibidem.Analysis;
import org.ibidem.SourceScope;
import org.ibidem.reference.Reference;
import picocli.CommandLine.Option;

/**
 * The {@code --include-unmatched} option of the commands that list works ({@code bibliography}, {@code bibtex}),
 * and the warning that names the works they leave out: those known only from a short form that matched nothing.
 * Leaving them out keeps entries such as "Foner, Fiery Trial. n.d." out of a bibliography; naming them keeps the
 * omission from passing in silence.
 */
final class UnmatchedWorks {

    @Option(names = "--include-unmatched", description = "Also list works known only from a short form that "
            + "matched no full citation (left out by default, and named on standard error).")
    boolean include;

    SourceScope scope() {
        return include ? SourceScope.ALL : SourceScope.GIVEN_IN_FULL;
    }

    /** Names on stderr the works left out, one a line; says nothing when none is, or when they are included. */
    void warn(Analysis analysis, PrintWriter err) {
        warn(analysis.unmatchedSources(), err);
    }

    /** Names on stderr the works left out, {@code left}, unless they are included. */
    void warn(List<Reference> left, PrintWriter err) {
        if (include) {
            return;
        }
        if (left.isEmpty()) {
            return;
        }
        int n = left.size();
        err.println("ibidem: warning: left out " + n + (n == 1 ? " work" : " works") + " known only from a short "
                + "form that matched no full citation (check names each; --include-unmatched lists them):");
        for (Reference r : left) {
            StringBuilder line = new StringBuilder("  ").append(r.id());
            if (!r.creators().isEmpty()) {
                line.append(": ").append(r.creators().get(0).surname());
            }
            if (r.title() != null) {
                line.append(r.creators().isEmpty() ? ": " : ", ").append(r.title());
            }
            err.println(line);
        }
        err.flush();
    }
}

package org.ibidem.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.IbidemOptions;
import org.ibidem.diagnostic.Diagnostic;
import org.ibidem.diagnostic.Severity;

/**
 * Resolver tables in the spirit of eyecite's {@code checkResolution}: one line per note, the expected works
 * of its citations on the left, the note on the right.
 *
 * <pre>
 * 0      | Mary Beard, SPQR: A History of Ancient Rome (New York: Liveright, 2015), 12.
 * 0@14   | Ibid., 14.
 * -      | Ibid.          # ibid-after-unresolved
 * </pre>
 *
 * <ul>
 *   <li>Works are numbered 0, 1, 2… in order of first appearance; "-" is a citation that resolves to none. A
 *       note citing several works lists one token per citation ("0 1").</li>
 *   <li>{@code 0@14} also asks for the locator ("0@-": none at all).</li>
 *   <li>After {@code #}, the codes of the errors that note must get, comma-separated; a line without {@code #}
 *       must get no error (warnings are not this table's business).</li>
 * </ul>
 * The table is turned into a plain-text document ({@code [1] …}), analysed, written back in the same shape and
 * compared line by line, so a failure shows the whole table as it came out.
 */
final class ResolverTable {

    private ResolverTable() {
    }

    /** One expected or actual line. */
    private record Line(List<String> tokens, String note, List<String> errors) {

        static Line parse(String line) {
            int bar = line.indexOf('|');
            String left = line.substring(0, bar).strip();
            String right = line.substring(bar + 1);
            List<String> errors = List.of();
            int hash = right.indexOf("  #");
            if (hash >= 0) {
                errors = List.of(right.substring(hash + 3).strip().split("\\s*,\\s*"));
                right = right.substring(0, hash);
            }
            return new Line(left.isEmpty() ? List.of() : List.of(left.split("\\s+")), right.strip(), errors);
        }

        String render() {
            String left = String.join(" ", tokens);
            return String.format("%-8s| %s%s", left, note, errors.isEmpty() ? "" : "  # " + String.join(", ", errors));
        }
    }

    /** Analyses the notes of the table and asserts that they resolve as it says. */
    static void assertResolvesAsWritten(String table) {
        List<Line> expected = table.lines().filter(l -> !l.isBlank()).map(Line::parse).toList();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < expected.size(); i++) {
            text.append('[').append(i + 1).append("] ").append(expected.get(i).note()).append("\n\n");
        }
        Analysis analysis = Ibidem.analyze("table", text.toString(), IbidemOptions.defaults());
        assertThat(analysis.notes()).as("notes read from the table").hasSize(expected.size());

        Map<String, String> workNumbers = new HashMap<>();
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            Line wanted = expected.get(i);
            List<ResolvedCitation> citations = analysis.notes().get(i).citations();
            List<String> tokens = new ArrayList<>();
            for (int c = 0; c < citations.size(); c++) {
                ResolvedCitation rc = citations.get(c);
                String work = rc.sourceId() == null ? "-"
                        : workNumbers.computeIfAbsent(rc.sourceId(), id -> Integer.toString(workNumbers.size()));
                boolean withLocator = c < wanted.tokens().size() && wanted.tokens().get(c).contains("@");
                tokens.add(withLocator ? work + "@" + (rc.locator() == null ? "-" : rc.locator().value()) : work);
            }
            int index = i + 1;
            List<String> errors = analysis.diagnostics().stream()
                    .filter(d -> d.noteIndex() == index && d.severity() == Severity.ERROR)
                    .map(Diagnostic::code).toList();
            actual.add(new Line(tokens, wanted.note(), errors).render());
        }
        assertThat(actual).containsExactlyElementsOf(expected.stream().map(Line::render).toList());
    }
}

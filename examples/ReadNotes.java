import java.nio.file.Path;
import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.diagnostic.Diagnostic;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;
import org.ibidem.style.OutputFormat;

/**
 * A small program that uses Ibidem's Java API: it reads a document, prints what each note cites, the problems in
 * its citation chains, and its bibliography in Chicago style.
 *
 * <p>Run it from the project directory after {@code mvn -B -DskipTests package}:
 * <pre>
 * java -cp "target/ibidem.jar:target/lib/*" examples/ReadNotes.java examples/cold-war-reading.txt
 * </pre>
 */
public class ReadNotes {

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "examples/brothers-no-more-notes.txt");
        Analysis analysis = Ibidem.analyze(file);

        for (ResolvedNote note : analysis.notes()) {
            for (ResolvedCitation c : note.citations()) {
                System.out.printf("note %s: %s -> %s%s%n", note.note().displayName(), c.kind().jsonName(),
                        c.sourceId() == null ? "(unresolved: " + c.status() + ")" : c.sourceId(),
                        c.locator() == null ? "" : ", " + c.locator().label() + " " + c.locator().value());
            }
        }
        for (Diagnostic d : analysis.diagnostics()) {
            System.out.println(d.format(file.toString()));
        }
        System.out.println();
        System.out.print(analysis.bibliography("chicago", OutputFormat.TEXT).text());
    }
}

package org.ibidem;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The seed of issue "Ibidem 0.1": the 22 notes of "Brothers No More", as the copy kept in {@code examples/} and as
 * the whole essay in {@code ../shared/seed/}. Tests that take the whole essay skip, visibly, when that folder is
 * not next to the project (a clone on its own has only the examples copy).
 *
 * <p>Paths are relative to the project directory, which is Maven's working directory for tests.
 */
public enum SeedDocument {

    /** {@code examples/brothers-no-more-notes.txt}: the notes alone, no body and so no markers. */
    NOTES_COPY(Path.of("examples", "brothers-no-more-notes.txt")),

    /** {@code ../shared/seed/brothers-no-more.txt}: the essay with its body, markers and page chrome. */
    WHOLE_ESSAY(Path.of("..", "shared", "seed", "brothers-no-more.txt"));

    /** The example of our own writing, with one deliberate broken chain. */
    public static final Path COLD_WAR_READING = Path.of("examples", "cold-war-reading.txt");

    private static final Map<SeedDocument, Analysis> ANALYSES = new ConcurrentHashMap<>();

    private final Path path;

    SeedDocument(Path path) {
        this.path = path;
    }

    /** The file, after skipping the calling test when it is absent. */
    public Path path() {
        assumeTrue(Files.isRegularFile(path), () -> path + " is absent: the shared seed folder is not next to the"
                + " project, so this test is skipped");
        return path;
    }

    /** The analysis of the file with the default options, made once per test run. */
    public Analysis analysis() {
        Path file = path();
        return ANALYSES.computeIfAbsent(this, d -> Ibidem.analyze(file));
    }

    @Override
    public String toString() {
        return path.toString();
    }
}

package org.ibidem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The launcher's training run must exercise real commands: an option renamed in a command would otherwise turn
 * its training into a usage error, silently, and the start-up archive would miss that command's classes.
 */
class StartupTrainingTest {

    private static final Path EXAMPLE = Path.of("examples", "cold-war-reading.txt");

    @Test
    void everyTrainingCommandRunsOnTheBundledExample() {
        assertThat(EXAMPLE).as("the launcher trains on this file").exists();
        List<List<String>> commands = StartupTraining.commands(EXAMPLE.toString());
        assertThat(commands).extracting(c -> c.get(0))
                .contains("check", "notes", "bibliography", "bibtex");
        for (List<String> command : commands) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = IbidemCli.run(command.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
            assertThat(code).as("%s: %s", command, err).isNotEqualTo(ExitCodes.USAGE);
            assertThat(out.toString()).as("%s prints something", command).isNotBlank();
        }
    }

    @Test
    void theLauncherTrainsOnTheFileThisTestUses() throws Exception {
        assertThat(Files.readString(Path.of("ibidem"))).contains("examples/cold-war-reading.txt")
                .contains("org.ibidem.cli.StartupTraining");
    }
}

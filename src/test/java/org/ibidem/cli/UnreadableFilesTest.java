package org.ibidem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ibidem.SeedDocument;
import org.ibidem.cli.IbidemCliTest.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} over several files, some of which cannot be read: every readable file is checked and reported,
 * each bad one is named once as a finding, the summary line comes last, and the exit code is 2.
 */
class UnreadableFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SARIF_SCHEMA = Path.of("..", "shared", "schemas", "sarif-schema-2.1.0.json");

    @TempDir
    static Path dir;
    private static Path folder;
    private static Path binary;
    private static Path good;

    @BeforeAll
    static void writeAFolderWithABinaryFileBetweenTwoDocuments() throws IOException {
        folder = Files.createDirectory(dir.resolve("essays"));
        // Named so that the walk meets the binary file between the two good documents.
        Files.copy(SeedDocument.NOTES_COPY.path(), folder.resolve("a-brothers.txt"));
        binary = Files.write(folder.resolve("b-picture.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        good = Files.copy(Path.of("examples", "cold-war-reading.txt"), folder.resolve("c-cold-war.txt"));
    }

    private static List<String> bad(Run run) {
        return run.outLines().stream().filter(l -> l.contains("unreadable-file")).toList();
    }

    @Test
    void checksEveryReadableFileInAFolderAndNamesTheBinaryOneOnce() {
        Run run = IbidemCliTest.run("check", folder.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(bad(run)).containsExactly(binary + ":1:1: error[unreadable-file]: looks like a binary file (it "
                + "contains NUL bytes); Ibidem reads text, Markdown, HTML, LaTeX and Word .docx files");
        assertThat(run.outLines()).anyMatch(l -> l.startsWith(good + ":"));
        assertThat(run.outLines()).last().asString().endsWith("(3 files, 1 could not be read)");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void checksAGoodFileNamedBeforeAMissingOne() {
        Path missing = dir.resolve("nonexistent.txt");
        Run run = IbidemCliTest.run("check", good.toString(), missing.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.outLines()).anyMatch(l -> l.startsWith(good + ":") && l.contains("error["));
        assertThat(bad(run)).containsExactly(missing + ":1:1: error[unreadable-file]: no such file");
        assertThat(run.outLines()).last().asString().startsWith("2 errors").endsWith("(2 files, 1 could not be read)");
    }

    @Test
    void writesJsonWithTheBadFileAsAFinding() throws IOException {
        Run run = IbidemCliTest.run("check", "--format", "json", folder.toString());
        JsonNode json = JSON.readTree(run.out());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(json.get("files")).hasSize(3);
        assertThat(json.get("diagnostics").findValuesAsText("code")).containsOnlyOnce("unreadable-file");
        JsonNode finding = json.get("files").get(1).get("diagnostics").get(0);
        assertThat(finding.get("code").asText()).isEqualTo("unreadable-file");
        assertThat(finding.get("severity").asText()).isEqualTo("error");
        assertThat(json.at("/summary/errors").asLong()).isPositive();
    }

    @Test
    void writesSarifThatTheSchemaAcceptsWithTheBadFileAsAResult() throws Exception {
        Run run = IbidemCliTest.run("check", "--format", "sarif", folder.toString());
        JsonNode log = JSON.readTree(run.out());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(log.at("/runs/0/results").findValuesAsText("ruleId")).containsOnlyOnce("unreadable-file");
        assertThat(log.at("/runs/0/tool/driver/rules").findValuesAsText("id")).contains("unreadable-file",
                "unreadable-docx");
        assumeTrue(Files.isRegularFile(SARIF_SCHEMA), "../shared/schemas is absent: schema validation skipped");
        JsonNode node = JSON.readTree(SARIF_SCHEMA.toFile());
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4, b -> b.schemaMappers(
                m -> m.mapPrefix(node.get("id").asText(), SARIF_SCHEMA.toUri().toString()))).getSchema(node);
        assertThat(schema.validate(log)).isEmpty();
    }

    @Test
    void listsTheCodesOfUnreadableFilesAndAcceptsTheirSeverity() {
        assertThat(IbidemCliTest.run("check", "--list-rules").outLines())
                .anyMatch(l -> l.startsWith("unreadable-file "))
                .anyMatch(l -> l.startsWith("unreadable-docx "));

        Run run = IbidemCliTest.run("check", "--severity", "unreadable-file=warning", binary.toString());

        assertThat(run.outLines()).first().asString().contains("warning[unreadable-file]");
        assertThat(run.exit()).as("a file that was not read is never a pass").isEqualTo(2);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void readsTheGoodFileWhateverTheOrder() throws IOException {
        Path only = Files.writeString(dir.resolve("only.txt"), "Text.\n", StandardCharsets.UTF_8);
        Run run = IbidemCliTest.run("check", dir.resolve("missing.md").toString(), only.toString());

        // The good file is read: it has no note, and says so (no-notes-found, the one warning).
        assertThat(run.outLines()).last().asString().isEqualTo("1 error, 1 warning in 0 notes (2 files, 1 could "
                + "not be read)");
    }

    @Test
    void refusesADocxWhoseNotesCannotBeReadInEveryCommand() throws IOException {
        Path docx = Files.write(dir.resolve("damaged.docx"), new byte[] {'P', 'K', 3, 4, 'n', 'o', 't', ' ', 'a'});

        for (String command : List.of("notes", "bibliography", "bibtex")) {
            Run run = IbidemCliTest.run(command, docx.toString());
            assertThat(run.exit()).as(command).isEqualTo(2);
            assertThat(run.out()).as(command).isEmpty();
            assertThat(run.errLines()).as(command).singleElement().asString()
                    .startsWith("ibidem: " + docx + ": cannot read the notes of this Word .docx file: ");
        }
        Run check = IbidemCliTest.run("check", "--severity", "unreadable-docx=error", docx.toString());
        assertThat(check.exit()).isEqualTo(2);
        assertThat(check.outLines()).first().asString().startsWith(docx + ":1:1: error[unreadable-docx]: cannot read");
    }
}

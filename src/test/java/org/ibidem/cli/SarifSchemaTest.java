package org.ibidem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.ibidem.SeedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code check --format sarif} writes logs that the OASIS SARIF 2.1.0 schema accepts, so GitHub code scanning
 * and IDEs can read them. The schema is read from {@code ../shared/schemas/}; without that folder the test is
 * skipped, visibly.
 */
class SarifSchemaTest {

    private static final Path SCHEMA = Path.of("..", "shared", "schemas", "sarif-schema-2.1.0.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        if (!Files.isRegularFile(SCHEMA)) {
            return;
        }
        JsonNode node = MAPPER.readTree(SCHEMA.toFile());
        // The schema names itself by its OASIS address; map that address to the local copy so that nothing is
        // fetched from the network.
        String id = node.get("id").asText();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                builder -> builder.schemaMappers(m -> m.mapPrefix(id, SCHEMA.toUri().toString())));
        schema = factory.getSchema(node);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"seed notes", "cold-war reading (with an error)", "both"})
    void writesSarifThatTheSchemaAccepts(String which) throws Exception {
        assumeTrue(schema != null, "../shared/schemas is absent: SARIF schema validation skipped");
        String[] files = switch (which) {
            case "seed notes" -> new String[] {SeedDocument.NOTES_COPY.path().toString()};
            case "cold-war reading (with an error)" -> new String[] {"examples/cold-war-reading.txt"};
            default -> new String[] {SeedDocument.NOTES_COPY.path().toString(), "examples/cold-war-reading.txt"};
        };
        StringWriter out = new StringWriter();
        String[] args = new String[files.length + 3];
        args[0] = "check";
        args[1] = "--format";
        args[2] = "sarif";
        System.arraycopy(files, 0, args, 3, files.length);
        IbidemCli.run(args, new PrintWriter(out), new PrintWriter(new StringWriter()));

        JsonNode log = MAPPER.readTree(out.toString());
        Set<ValidationMessage> errors = schema.validate(log);

        assertThat(errors).isEmpty();
        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        assertThat(log.at("/runs/0/results").size()).isPositive();
        assertThat(log.at("/runs/0/results/0/locations/0/physicalLocation/region/startLine").asInt()).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"version\": \"2.1.0\"}", "{\"version\": \"9\", \"runs\": []}"})
    void theSchemaRejectsABrokenLog(String broken) throws Exception {
        assumeTrue(schema != null, "../shared/schemas is absent: SARIF schema validation skipped");

        assertThat(schema.validate(MAPPER.readTree(broken))).isNotEmpty();
    }
}

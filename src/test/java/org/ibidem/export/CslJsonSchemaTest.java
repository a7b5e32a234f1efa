package org.ibidem.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.util.List;
import org.ibidem.Ibidem;
import org.ibidem.reference.FieldSamples;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The CSL-JSON export is valid against the CSL-JSON schema ({@code src/test/resources/csl-schema/csl-data.json},
 * from the citation-style-language/schema repository; see its PROVENANCE.md): every item type with every field,
 * the odd dates, and the sources of the example documents.
 */
class CslJsonSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = CslJsonSchemaTest.class.getResourceAsStream("/csl-schema/csl-data.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(MAPPER.readTree(in));
        }
    }

    private static void assertValid(List<Reference> references) throws Exception {
        JsonNode json = MAPPER.readTree(CslJsonText.write(references));
        assertThat(schema.validate(json)).isEmpty();
        assertThat(json.size()).isEqualTo(references.size());
    }

    @ParameterizedTest
    @EnumSource(ItemType.class)
    void writesEveryTypeWithEveryFieldAsTheSchemaAsks(ItemType type) throws Exception {
        assertValid(List.of(FieldSamples.all(type)));
    }

    @Test
    void writesSpansSeasonsAndNamesAsTheSchemaAsks() throws Exception {
        Reference r = Reference.builder(ItemType.ARTICLE_MAGAZINE).id("x")
                .authors(List.of(new Name("Berg", "Jan", "van der", "Jr.", null), Name.literal("Editorial Board")))
                .issued(new PartialDate(1969, 12, 0, 1, null))
                .accessed(new PartialDate(2003, 0, 0, 0, "Spring"))
                .build();
        assertValid(List.of(r));
    }

    @Test
    void theSchemaRejectsWhatIsNotCslJson() throws Exception {
        assertThat(schema.validate(MAPPER.readTree("[{\"id\": \"a\", \"type\": \"speech\", \"venue\": \"x\"}]")))
                .isNotEmpty();
    }

    @Test
    void writesTheSourcesOfTheExamplesAsTheSchemaAsks() throws Exception {
        assertValid(Ibidem.analyze(java.nio.file.Path.of("examples/brothers-no-more-notes.txt")).sources());
        assertValid(Ibidem.analyze(java.nio.file.Path.of("examples/cold-war-reading.txt")).sources());
    }
}

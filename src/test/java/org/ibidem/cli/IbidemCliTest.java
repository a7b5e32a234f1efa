package org.ibidem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.ibidem.SeedDocument;
import org.ibidem.reference.ItemType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line through {@link IbidemCli#run}: help, the published {@code notes --json} contract, the exit
 * codes of {@code check}, and one-line messages for everything that goes wrong.
 */
class IbidemCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode notesJson;

    /** What one run printed and returned. */
    record Run(int exit, String out, String err) {

        List<String> errLines() {
            return err.lines().toList();
        }

        List<String> outLines() {
            return out.lines().toList();
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = IbidemCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeAll
    static void readNotesJson() throws IOException {
        Run run = run("notes", "--json", SeedDocument.NOTES_COPY.path().toString());
        assertThat(run.exit()).isZero();
        notesJson = JSON.readTree(run.out());
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static List<JsonNode> allCitations() {
        return list(notesJson.get("notes")).stream().flatMap(n -> list(n.get("citations")).stream()).toList();
    }

    private static JsonNode citationOfNote(JsonNode notes, int number) {
        JsonNode note = list(notes.get("notes")).stream().filter(n -> n.get("number").asInt() == number)
                .findFirst().orElseThrow();
        assertThat(note.get("citations")).hasSize(1);
        return note.get("citations").get(0);
    }

    // ---- help ----

    @ParameterizedTest(name = "ibidem {0} --help")
    @ValueSource(strings = {"notes", "check", "bibliography", "bibtex"})
    void printsHelpForEveryCommand(String command) {
        Run run = run(command, "--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Usage: ibidem " + command + " ").contains("FILE");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void printsHelpForTheWholeToolListingItsCommands() {
        Run run = run("--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Usage: ibidem").contains("notes", "check", "bibliography", "bibtex");
        assertThat(run.err()).isEmpty();
    }

    // ---- notes --json: the published contract ----

    @Test
    void givesNotesSourcesAndDiagnosticsAtTheTop() {
        assertThat(notesJson.isObject()).isTrue();
        assertThat(notesJson.fieldNames()).toIterable().contains("notes", "sources", "diagnostics");
        assertThat(notesJson.get("notes")).hasSize(22);
        assertThat(notesJson.get("sources")).hasSize(11);
        assertThat(notesJson.get("diagnostics")).hasSize(6);
    }

    @Test
    void givesEveryNoteItsNumberTextPositionAndCitations() {
        List<JsonNode> notes = list(notesJson.get("notes"));

        assertThat(notes).allSatisfy(n -> {
            assertThat(n.fieldNames()).toIterable().contains("number", "text", "line", "column", "citations");
            assertThat(n.get("number").isInt()).isTrue();
            assertThat(n.get("text").isTextual()).isTrue();
            assertThat(n.get("line").asInt()).isPositive();
            assertThat(n.get("column").asInt()).isPositive();
            assertThat(n.get("citations").isArray()).isTrue();
        });
        assertThat(notes).extracting(n -> n.get("number").asInt())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 22).boxed().toList());
    }

    @Test
    void givesEveryCitationItsKindSourceLocatorLabelAndAntecedent() {
        assertThat(allCitations()).hasSize(22).allSatisfy(c -> assertThat(c.fieldNames()).toIterable()
                .contains("kind", "source", "locator", "label", "antecedent"));
        assertThat(allCitations()).extracting(c -> c.get("kind").asText()).containsOnly("full", "short", "ibid");
    }

    @ParameterizedTest
    @EnumSource(SeedDocument.class)
    void writesNoteFourteenAsTheContractShowsIt(SeedDocument document) throws IOException {
        JsonNode notes = JSON.readTree(run("notes", "--json", document.path().toString()).out());
        String shen = citationOfNote(notes, 2).get("source").asText();
        JsonNode fourteen = citationOfNote(notes, 14);
        JsonNode expected = JSON.readTree("{\"kind\":\"ibid\",\"source\":\"" + shen
                + "\",\"locator\":\"11-22\",\"label\":\"page\",\"antecedent\":13}");

        JsonNode contractPart = JSON.createObjectNode().setAll(List.of("kind", "source", "locator", "label",
                "antecedent").stream().collect(Collectors.toMap(k -> k, fourteen::get)));
        assertThat(contractPart).isEqualTo(expected);
        assertThat(shen).isEqualTo("shen2016");
    }

    @Test
    void pointsEverySourceAtAnItemOfSources() {
        Set<String> ids = new HashSet<>();
        list(notesJson.get("sources")).forEach(s -> ids.add(s.get("id").asText()));
        List<String> cited = allCitations().stream().map(c -> c.get("source")).filter(s -> !s.isNull())
                .map(JsonNode::asText).toList();

        assertThat(ids).hasSize(11);
        assertThat(cited).hasSize(22).allMatch(ids::contains);
    }

    @Test
    void writesTheSourcesAsCslJsonItems() {
        assertThat(list(notesJson.get("sources"))).allSatisfy(s -> {
            assertThat(s.get("id").isTextual()).isTrue();
            assertThat(ItemType.fromCslName(s.get("type").asText())).isNotNull();
            assertThat(list(s.get("author"))).allSatisfy(a -> assertThat(a.has("literal")
                    || a.has("family") && a.has("given")).isTrue());
            assertThat(s.get("issued").get("date-parts").get(0).get(0).isInt()).isTrue();
        });
    }

    @Test
    void writesTheRushArticleAsCslJsonSays() throws IOException {
        JsonNode rush = list(notesJson.get("sources")).stream().filter(s -> s.get("id").asText().startsWith("rush"))
                .findFirst().orElseThrow();

        assertThat(rush).isEqualTo(JSON.readTree("""
                {"id": "rush1969", "type": "article-journal", "author": [{"family": "Rush", "given": "Myron"}],
                 "title": "After Khrushchev: Problems of Succession in the Soviet Union",
                 "container-title": "Studies in Comparative Communism", "volume": "2", "issue": "3/4",
                 "issued": {"date-parts": [[1969, 7], [1969, 10]]}}
                """));
    }

    @Test
    void givesTheAntecedentOnlyToCitationsThatLeanOnAnotherNote() {
        assertThat(allCitations()).allSatisfy(c -> assertThat(c.get("antecedent").isNull())
                .as("%s", c).isEqualTo(c.get("kind").asText().equals("full")));
    }

    // ---- check: exit codes ----

    static Stream<Arguments> checkExitCodes() {
        return Stream.of(
                Arguments.of("the seed's notes", (Supplier<Path>) SeedDocument.NOTES_COPY::path, 0),
                Arguments.of("the whole seed essay", (Supplier<Path>) SeedDocument.WHOLE_ESSAY::path, 0),
                Arguments.of("cold-war-reading", (Supplier<Path>) () -> SeedDocument.COLD_WAR_READING, 1),
                Arguments.of("a missing file", (Supplier<Path>) () -> Path.of("no-such-file.txt"), 2));
    }

    @ParameterizedTest(name = "check {0} exits with {2}")
    @MethodSource("checkExitCodes")
    void exitsWithZeroWithoutErrorsOneWithErrorsTwoWhenUnreadable(String what, Supplier<Path> file, int exit) {
        assertThat(run("check", file.get().toString()).exit()).isEqualTo(exit);
    }

    @Test
    void endsTheCheckOutputWithASummary() {
        Run run = run("check", SeedDocument.COLD_WAR_READING.toString());

        assertThat(run.out().lines()).containsExactly(
                SeedDocument.COLD_WAR_READING + ":44:6: error[ibid-after-multiple]: note 10 says \"Ibid.\" but note 9 cites"
                        + " 2 works; give the short form of the one meant",
                "1 error, 0 warnings in 11 notes");
    }

    // ---- bibliography and bibtex ----

    @Test
    void formatsTheBibliographyInApa() throws IOException {
        Run run = run("bibliography", "--style", "apa", SeedDocument.NOTES_COPY.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(Files.readString(
                Path.of("src", "test", "resources", "golden", "bibliography", "apa.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void warnsOnStandardErrorAboutWorksTheStyleLeavesOut(@TempDir Path dir) throws IOException {
        Path doc = dir.resolve("speeches.txt");
        Files.writeString(doc, """
                [1] Zhihua Shen, Reviewing and Reconsidering the History of Sino-Soviet Relations (Beijing: Social \
                Sciences Academic Press, 2016), 141.

                [2] Aisha Murphy, “Speech on Rural Order” (speech, Columbia University, New York, June 13, 1904).
                """, StandardCharsets.UTF_8);

        Run chicago = run("bibliography", "--style", "chicago", doc.toString());
        Run mla = run("bibliography", "--style", "mla", doc.toString());

        assertThat(chicago.exit()).isZero();
        assertThat(chicago.outLines()).singleElement().asString().startsWith("Shen, Zhihua.");
        assertThat(chicago.errLines()).hasSize(2);
        assertThat(chicago.errLines().get(0)).startsWith(
                "ibidem: warning: chicago-notes-bibliography lists no entry for 1 work (the style leaves out");
        assertThat(chicago.errLines().get(1)).isEqualTo("  murphy1904 (speech): Speech on Rural Order");
        assertThat(mla.exit()).isZero();
        assertThat(mla.outLines()).hasSize(2);
        assertThat(mla.err()).isEmpty();
    }

    @Test
    void readsEastAsianNamesInTheirOwnOrderUnlessToldTheyAreGivenFirst(@TempDir Path dir) throws IOException {
        Path doc = dir.resolve("names.txt");
        Files.writeString(doc, """
                [1] Chen Jian, Mao's China and the Cold War (Chapel Hill: University of North Carolina Press, \
                2001), 64.

                [2] Ma Jun, The Cultural Revolution in the Foreign Ministry of China (Hong Kong: Chinese University \
                Press, 2012), 9.
                """, StandardCharsets.UTF_8);

        assertThat(families(run("notes", "--json", doc.toString()))).containsExactly("Chen", "Ma");
        assertThat(families(run("notes", "--json", "--given-first-name", "Ma Jun", doc.toString())))
                .containsExactly("Chen", "Jun");
        Files.writeString(dir.resolve(".ibidem.json"), "{\"givenNameFirst\": [\"Chen Jian\"]}",
                StandardCharsets.UTF_8);
        assertThat(families(run("notes", "--json", doc.toString()))).containsExactly("Jian", "Ma");
    }

    private static List<String> families(Run run) throws IOException {
        List<String> families = new java.util.ArrayList<>();
        JSON.readTree(run.out()).get("sources")
                .forEach(s -> families.add(s.get("author").get(0).get("family").asText()));
        return families;
    }

    @Test
    void writesTheBibtexToTheFileGivenWithDashO(@TempDir Path dir) throws IOException {
        Path bib = dir.resolve("seed.bib");
        Run run = run("bibtex", "-o", bib.toString(), SeedDocument.NOTES_COPY.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("ibidem: wrote 11 entries to " + bib);
        assertThat(Files.readString(bib, StandardCharsets.UTF_8))
                .isEqualTo(SeedDocument.NOTES_COPY.analysis().bibtex())
                .contains("@book{shen2016,");
    }

    // ---- failures: one line on standard error, exit 2 ----

    @Test
    void refusesAnUnknownStyleInOneLineListingTheAliases() {
        Run run = run("bibliography", "--style", "chicagoo", SeedDocument.NOTES_COPY.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("ibidem: Unknown style 'chicagoo'.")
                .contains("chicago (chicago-notes-bibliography)", "apa (apa)", "mla (modern-language-association)");
    }

    @Test
    void refusesAnUnknownOutputFormatInOneLine() {
        Run run = run("bibliography", "--format", "rtf", SeedDocument.NOTES_COPY.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains("'rtf'", "text", "html");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"notes", "bibliography", "bibtex"})
    void reportsAMissingFileInOneLineWithoutAStackTrace(String command) {
        Run run = run(command, "no-such-file.txt");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("ibidem: no-such-file.txt: no such file");
    }

    @Test
    void reportsAMissingFileToCheckAsAFindingAndExitsWithTwo() {
        Run run = run("check", "no-such-file.txt");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.outLines()).containsExactly("no-such-file.txt:1:1: error[unreadable-file]: no such file",
                "1 error, 0 warnings in 0 notes (1 could not be read)");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void reportsADirectoryInOneLine() {
        Run run = run("notes", "examples");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("ibidem: examples: is a directory");
    }

    @Test
    void checksEveryDocumentUnderADirectory() {
        Run run = run("check", "examples");

        assertThat(run.exit()).as("examples/cold-war-reading.txt has one deliberate error").isEqualTo(1);
        assertThat(run.outLines()).anyMatch(l -> l.startsWith("examples/brothers-no-more-notes.txt:"))
                .anyMatch(l -> l.startsWith("examples/cold-war-reading.txt:"));
        assertThat(run.outLines()).last().asString().endsWith("(2 files)");
    }

    @Test
    void reportsAnUnwritableOutputFileInOneLine(@TempDir Path dir) {
        Path bib = dir.resolve("missing-folder").resolve("seed.bib");
        Run run = run("bibtex", "-o", bib.toString(), SeedDocument.NOTES_COPY.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith("ibidem: ").contains(bib.toString())
                .doesNotContain("Exception");
    }

    @Test
    void rejectsAnUnknownOptionAsAUsageError() {
        Run run = run("check", "--colour", SeedDocument.NOTES_COPY.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(new ArrayList<>(run.errLines())).first().asString().contains("--colour");
    }
}

package org.ibidem.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ibidem.cli.IbidemCli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scores the project on the real documents of the shared corpus against their hand-made answers
 * ({@code ../shared/corpus/gold/NAME-gold.json}, never copied into the repository), exactly as
 * {@code ../shared/tools/corpus-score} does: each document read as a user reads it ({@code notes --json FILE}, no
 * options), scored by {@link GoldScore}, a faithful port of {@code score.py}. Prints the same table as
 * {@code corpus-score} and holds each count (chains, locators, kinds, fields) at or above its floor in
 * {@code src/test/resources/corpus-gold-floors.tsv}. Skipped, and reported as skipped, where {@code ../shared} is
 * absent.
 *
 * <pre>
 * mvn -B test -Dtest=CorpusGoldTest                                  # check the floors
 * mvn -B test -Dtest=CorpusGoldTest -Dibidem.gold.writeFloors=true   # raise them to today's counts
 * </pre>
 *
 * Floors only rise: rewriting them still checks this run against the floors as they were, so a rewrite never
 * hides a fall.
 */
class CorpusGoldTest {
    private static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static final Path GOLD = CORPUS.resolve("gold");
    private static final Path FLOORS = Path.of("src", "test", "resources", "corpus-gold-floors.tsv");
    private static final String TOTAL = "TOTAL";
    private static final String HEADER = """
            # Floors of CorpusGoldTest: per gold document of ../shared/corpus, the counts the project reached
            # (chains, locators, kinds and fields right, as ../shared/tools/corpus-score counts them); TOTAL sums them.
            # They only rise. After raising the counts, rewrite this file from them:
            #   mvn -B test -Dtest=CorpusGoldTest -Dibidem.gold.writeFloors=true
            document\tchains\tlocators\tkinds\tfields
            """;

    /** The four scored counts of one document (their numerators), or of all of them. */
    record Counts(int chains, int locators, int kinds, int fields) {
        Counts plus(Counts o) {
            return new Counts(chains + o.chains, locators + o.locators, kinds + o.kinds, fields + o.fields);
        }

        String tsv() {
            return chains + "\t" + locators + "\t" + kinds + "\t" + fields;
        }
    }

    /** Today's counts by document and {@link #TOTAL}; null where the corpus is absent. */
    private static Map<String, Counts> counts;
    /** The floors as the file had them before this run (a rewrite does not lower what this run is held to). */
    private static Map<String, Counts> floors;

    @BeforeAll
    static void scoreTheCorpus() throws IOException {
        floors = readFloors();
        if (!Files.isDirectory(GOLD)) {
            return;
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, Counts> now = new LinkedHashMap<>();
        Counts sum = new Counts(0, 0, 0, 0);
        int citations = 0;
        int fieldChecks = 0;
        StringBuilder table = new StringBuilder("\nCorpusGoldTest (as ../shared/tools/corpus-score)\n");
        for (Path goldFile : goldFiles()) {
            JsonNode gold = json.readTree(goldFile.toFile());
            String document = gold.get("document").textValue();
            Path file = CORPUS.resolve(document);
            if (!Files.isRegularFile(file)) {
                table.append(document).append(": missing\n");
                continue;
            }
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = IbidemCli.run(new String[] {"notes", "--json", file.toString()}, new PrintWriter(out),
                    new PrintWriter(err));
            if (code != 0) {
                table.append(document).append(": notes --json failed: ").append(err.toString().strip()).append('\n');
                continue;
            }
            GoldScore.Result r = GoldScore.score(gold, json.readTree(out.toString()));
            table.append(document).append(": ").append(r.line()).append('\n');
            Counts c = new Counts(r.chains(), r.locators(), r.kinds(), r.fields());
            now.put(document, c);
            sum = sum.plus(c);
            citations += r.total();
            fieldChecks += r.fieldChecks();
        }
        now.put(TOTAL, sum);
        table.append("TOTAL citations=").append(citations)
                .append(" chains=").append(sum.chains()).append(" (").append(GoldScore.percent(sum.chains(), citations))
                .append(") locators=").append(sum.locators()).append(" (")
                .append(GoldScore.percent(sum.locators(), citations))
                .append(") kinds=").append(sum.kinds()).append(" (").append(GoldScore.percent(sum.kinds(), citations))
                .append(") fields=").append(sum.fields()).append('/').append(fieldChecks).append(" (")
                .append(GoldScore.percent(sum.fields(), fieldChecks)).append(")\n");
        System.out.print(table);
        counts = now;
        if (Boolean.getBoolean("ibidem.gold.writeFloors")) {
            StringBuilder tsv = new StringBuilder(HEADER);
            now.forEach((document, c) -> tsv.append(document).append('\t').append(c.tsv()).append('\n'));
            Files.writeString(FLOORS, tsv, StandardCharsets.UTF_8);
            System.out.println("CorpusGoldTest: wrote the floors to " + FLOORS.toAbsolutePath());
        }
    }

    static Stream<String> floorRows() throws IOException {
        return readFloors().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("floorRows")
    void holdsEveryCountAtOrAboveItsFloor(String row) {
        assumeCorpus();
        Counts floor = floors.get(row);
        Counts now = counts.get(row);

        assertThat(now).as("%s is scored (its file is in ../shared/corpus and notes --json reads it)", row)
                .isNotNull();
        assertThat(now.chains()).as("%s chains (floor %d)", row, floor.chains()).isGreaterThanOrEqualTo(floor.chains());
        assertThat(now.locators()).as("%s locators (floor %d)", row, floor.locators())
                .isGreaterThanOrEqualTo(floor.locators());
        assertThat(now.kinds()).as("%s kinds (floor %d)", row, floor.kinds()).isGreaterThanOrEqualTo(floor.kinds());
        assertThat(now.fields()).as("%s fields (floor %d)", row, floor.fields()).isGreaterThanOrEqualTo(floor.fields());
    }

    @Test
    void floorsNameExactlyTheGoldDocumentsAndTheTotal() throws IOException {
        assumeCorpus();
        ObjectMapper json = new ObjectMapper();
        List<String> documents = new ArrayList<>();
        for (Path goldFile : goldFiles()) {
            documents.add(json.readTree(goldFile.toFile()).get("document").textValue());
        }
        documents.add(TOTAL);

        assertThat(readFloors().keySet()).containsExactlyElementsOf(documents);
    }

    private static void assumeCorpus() {
        assumeTrue(counts != null, () -> "the gold answers " + GOLD.toAbsolutePath().normalize() + " are absent");
    }

    private static List<Path> goldFiles() throws IOException {
        try (Stream<Path> files = Files.list(GOLD)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-gold.json")).sorted().toList();
        }
    }

    private static Map<String, Counts> readFloors() throws IOException {
        Map<String, Counts> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(FLOORS, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("document\t")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 5) {
                throw new UncheckedIOException(new IOException(FLOORS + ": expected document and four counts: " + line));
            }
            out.put(f[0], new Counts(Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                    Integer.parseInt(f[4])));
        }
        return out;
    }
}

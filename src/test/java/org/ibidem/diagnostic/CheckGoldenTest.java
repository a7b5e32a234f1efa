package org.ibidem.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.ibidem.Analysis;
import org.ibidem.ConfigFile;
import org.ibidem.IbidemOptions;
import org.ibidem.Ibidem;
import org.ibidem.cli.IbidemCli;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden cases of {@code check}: for every {@link BuiltInCode} a small broken document that triggers it
 * ({@code golden/check/<code>/}) and a near miss that does not ({@code golden/check/<code>-near-miss/}). Each
 * directory holds {@code input.txt} (or {@code input.tex}), {@code expected.txt} (the text output of {@code ibidem check input.txt}) and
 * {@code expected.json} (the output of {@code check --json}, which gives severity, code, note, line and column as
 * fields).
 *
 * <p>The golden files were written from the output of the version under test and then read line by line: each
 * position was counted by hand in its input.
 */
class CheckGoldenTest {

    static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "check");
    private static final String NEAR_MISS = "-near-miss";
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(GOLDEN)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    /** Every built-in code: those on by default, and those off by default (their case switches them on). */
    static Stream<String> codes() {
        // internal-error has no golden input: it reports a parser bug, and a known bug gets fixed, not a golden
        // file (ParserStrictnessTest covers it).
        return Arrays.stream(BuiltInCode.values()).filter(c -> c != BuiltInCode.INTERNAL_ERROR).map(BuiltInCode::id);
    }

    /** A case's input: {@code input.txt}, or {@code input.tex} for what only LaTeX can show. */
    static Path input(String caseName) {
        Path tex = GOLDEN.resolve(caseName).resolve("input.tex");
        return Files.isRegularFile(tex) ? tex : GOLDEN.resolve(caseName).resolve("input.txt");
    }

    /** Runs the command line on a case's input; its path is printed as "input.txt", as if run in the directory. */
    private static Run check(String caseName, String... options) {
        Path input = input(caseName);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = Stream.concat(Stream.of("check"), Stream.concat(Stream.of(options),
                Stream.of(input.toString()))).toArray(String[]::new);
        int exit = IbidemCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString().replace(input.toString(), input.getFileName().toString()), err.toString());
    }

    private record Run(int exit, String out, String err) {
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The analysis with the case's own .ibidem.json, when it has one (rules that need an option). */
    private static Analysis analyze(String caseName) {
        Path input = input(caseName);
        Path config = GOLDEN.resolve(caseName).resolve(ConfigFile.NAME);
        IbidemOptions options = Files.isRegularFile(config) ? ConfigFile.apply(config, IbidemOptions.defaults())
                : IbidemOptions.defaults();
        return Ibidem.analyze(input, options);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsTheExpectedCheckOutput(String caseName) {
        String expected = read(GOLDEN.resolve(caseName).resolve("expected.txt"));
        Run run = check(caseName);

        assertThat(run.out()).isEqualTo(expected);
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).as("exit code: 1 exactly when an error is printed")
                .isEqualTo(expected.contains(": error[") ? 1 : 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsTheExpectedCheckJson(String caseName) throws IOException {
        JsonNode expected = JSON.readTree(read(GOLDEN.resolve(caseName).resolve("expected.json")));
        ObjectNode actual = (ObjectNode) JSON.readTree(check(caseName, "--json").out());
        actual.put("file", input(caseName).getFileName().toString());
        // The per-file list and the summary repeat what the golden file pins down once.
        actual.remove("files");
        actual.remove("summary");

        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codes")
    void hasATriggerAndANearMissForEveryBuiltInCode(String code) {
        assertThat(input(code)).isRegularFile();
        assertThat(input(code + NEAR_MISS)).isRegularFile();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codes")
    void triggersTheCodeAtItsDefaultSeverity(String code) {
        BuiltInCode builtIn = BuiltInCode.byId(code);
        Severity severity = builtIn.defaultSeverity();
        assertThat(!builtIn.onByDefault()
                || !Files.isRegularFile(GOLDEN.resolve(code).resolve(ConfigFile.NAME))
                || code.equals("ibid-discouraged"))
                .as("only rules that need an option have a configuration file").isTrue();
        List<Diagnostic> found = analyze(code).diagnostics().stream().filter(d -> d.code().equals(code)).toList();

        assertThat(found).as("diagnostics with code %s", code).hasSize(1);
        assertThat(found.get(0).severity()).isEqualTo(severity);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codes")
    void doesNotTriggerTheCodeOnTheNearMiss(String code) {
        Analysis analysis = analyze(code + NEAR_MISS);

        assertThat(analysis.diagnostics()).extracting(Diagnostic::code).doesNotContain(code);
        assertThat(analysis.notes()).as("the near miss still has notes to check").isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void namesOnlyDirectoriesOfKnownCodes(String caseName) {
        String code = caseName.endsWith(NEAR_MISS) ? caseName.substring(0, caseName.length() - NEAR_MISS.length())
                : caseName;

        assertThat(codes()).contains(code);
    }
}

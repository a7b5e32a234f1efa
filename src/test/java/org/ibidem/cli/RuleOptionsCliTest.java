package org.ibidem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.ibidem.ConfigFile;
import org.ibidem.SeedDocument;
import org.ibidem.diagnostic.BuiltInCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules as the command line shows and configures them: {@code --list-rules} lists {@link BuiltInCode}, and
 * {@code --severity}, {@code --enable} and a {@code .ibidem.json} change what {@code check} reports. The seed
 * essay writes "Ibid" without its period in notes 8, 18 and 22, and repeats long short titles (a rule off by
 * default).
 */
class RuleOptionsCliTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = IbidemCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    private static String seed() {
        return SeedDocument.NOTES_COPY.path().toString();
    }

    @Test
    void listsEveryBuiltInCodeWithItsSeverityAndSummaryInEnumOrder() {
        Run run = run("check", "--list-rules");

        assertThat(run.exit()).isZero();
        List<String> expected = new java.util.ArrayList<>(Arrays.stream(BuiltInCode.values())
                .map(c -> String.format("%-28s %-8s %s", c.id(), c.defaultSeverity().label(), c.summary()))
                .toList());
        org.ibidem.diagnostic.ReadingCodes.all().forEach(c -> expected.add(
                String.format("%-28s %-8s %s", c.code(), c.defaultSeverity().label(), c.summary())));
        assertThat(run.out().lines().toList()).containsExactlyElementsOf(expected);
    }

    @Test
    void raisesASeverityGivenOnTheCommandLine() {
        Run run = run("check", "--severity", "ibid-without-period=error", seed());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("error[ibid-without-period]").doesNotContain("warning[ibid-without-period]");
    }

    @Test
    void switchesACodeOffWithSeverityOff() {
        Run run = run("check", "--severity", "ibid-without-period=off", seed());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).doesNotContain("ibid-without-period").contains("note-cut-off");
    }

    @Test
    void switchesOnARuleThatIsOffByDefault() {
        assertThat(run("check", seed()).out()).doesNotContain("short-title-too-long");

        assertThat(run("check", "--enable", "short-title-too-long", seed()).out())
                .contains("info[short-title-too-long]");
    }

    @Test
    void refusesAnUnknownCodeListingTheKnownOnes() {
        Run run = run("check", "--severity", "no-such-rule=error", seed());

        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("no-such-rule").contains(BuiltInCode.SHORT_FORM_UNMATCHED.id());
    }

    @Test
    void readsRuleSettingsFromTheConfigurationFileNextToTheDocument(@TempDir Path dir) throws IOException {
        Path doc = dir.resolve("essay.txt");
        Files.copy(SeedDocument.NOTES_COPY.path(), doc);
        Files.writeString(dir.resolve(ConfigFile.NAME),
                "{ \"rules\": { \"ibid-without-period\": \"off\", \"note-cut-off\": \"error\" } }",
                StandardCharsets.UTF_8);

        Run run = run("check", doc.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).doesNotContain("ibid-without-period").contains("error[note-cut-off]");
    }
}

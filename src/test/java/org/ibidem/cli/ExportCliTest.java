package org.ibidem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ibidem.cli.IbidemCliTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code ibidem export FILE --to FORMAT [-o OUT]}, and the warning {@code bibtex} gives for an emoji. */
class ExportCliTest {

    private static final String EXAMPLE = "examples/brothers-no-more-notes.txt";

    @ParameterizedTest
    @CsvSource({"bibtex, @book{shen2016,", "biblatex, @book{shen2016,", "csl-json, \"id\" : \"shen2016\"",
            "ris, TY  - BOOK", "RIS, TY  - BOOK"})
    void writesEachFormat(String format, String expected) {
        Run run = IbidemCliTest.run("export", EXAMPLE, "--to", format);

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains(expected);
    }

    @Test
    void writesTheSameBibTeXAsTheBibtexCommand() {
        assertThat(IbidemCliTest.run("export", EXAMPLE, "--to", "bibtex").out())
                .isEqualTo(IbidemCliTest.run("bibtex", EXAMPLE).out());
    }

    @Test
    void namesTheFormatsWhenOneIsUnknown() {
        Run run = IbidemCliTest.run("export", EXAMPLE, "--to", "endnote");

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Supported formats: bibtex, biblatex, csl-json, ris");
    }

    @Test
    void writesToAFileAndSaysHowMany(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("works.ris");
        Run run = IbidemCliTest.run("export", EXAMPLE, "--to", "ris", "-o", out.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err()).startsWith("ibidem: wrote ").contains(" entries to " + out);
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).startsWith("TY  - ");
    }

    @Test
    void convertsCslJsonItBringsBackUnchanged(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("works.json");
        String written = IbidemCliTest.run("export", EXAMPLE, "--to", "csl-json").out();
        Files.writeString(json, written, StandardCharsets.UTF_8);

        assertThat(IbidemCliTest.run("export", json.toString(), "--to", "csl-json").out()).isEqualTo(written);
        assertThat(IbidemCliTest.run("export", json.toString(), "--to", "bibtex").out())
                .isEqualTo(IbidemCliTest.run("bibtex", EXAMPLE).out());
    }

    @Test
    void saysWhereCslJsonIsBroken(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("broken.json");
        Files.writeString(json, "[{\"id\": \"a\"}]", StandardCharsets.UTF_8);

        Run run = IbidemCliTest.run("export", json.toString(), "--to", "ris");

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("ibidem: " + json + ": A CSL-JSON item needs a \"type\"");
    }

    @Test
    void dropsAnEmojiWithAWarningInBothBibTeXCommands(@TempDir Path dir) throws Exception {
        Path doc = dir.resolve("emoji.txt");
        Files.writeString(doc, "Text.[1]\n\n[1] José Núñez, \"Los 🎉 días,\" El País, July 4, 1990.\n",
                StandardCharsets.UTF_8);

        for (Run run : new Run[] {IbidemCliTest.run("bibtex", doc.toString()),
                IbidemCliTest.run("export", doc.toString(), "--to", "biblatex", "--ascii")}) {
            assertThat(run.exit()).isZero();
            assertThat(run.out()).doesNotContain("🎉");
            assertThat(run.err()).contains("ibidem: warning: ", ": title: dropped 🎉 (U+1F389)");
        }
        assertThat(IbidemCliTest.run("export", doc.toString(), "--to", "bibtex", "--ascii").out())
                .contains("N{\\'{u}}{\\~{n}}ez");
    }
}

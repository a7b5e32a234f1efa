package org.ibidem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ibidem.SeedDocument;
import org.ibidem.cli.IbidemCliTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The small things a first user meets: short usage errors, standard input, empty folders, quiet logging. */
class CliPolishTest {

    private static final String SEED = SeedDocument.NOTES_COPY.path().toString();

    /** The smallest .docx: content types, the package relationship, and a body of one paragraph. */
    private static final String[][] MINIMAL_DOCX = {
        {"[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
                + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\""
                + "application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
                + "ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\""
                + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"},
        {"_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                + "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/"
                + "document.xml\"/></Relationships>"},
        {"word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas."
                + "openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Hello</w:t></w:r></w:p>"
                + "</w:body></w:document>"},
    };

    private static Run runWithInput(String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = IbidemCli.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void answersAnUnknownOptionInOneLineAndSaysWhereHelpIs() {
        Run run = IbidemCliTest.run("check", "--colour", SEED);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).doesNotContain("Usage:");
        assertThat(run.errLines()).hasSizeLessThanOrEqualTo(3);
        assertThat(run.errLines().get(0)).isEqualTo("ibidem: Unknown option: '--colour'");
        assertThat(run.errLines()).last().isEqualTo("Try 'ibidem check --help' for more information.");
    }

    @Test
    void answersAnUnknownCheckFormatInOneLine() {
        Run run = IbidemCliTest.run("check", "--format", "xml", SEED);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "ibidem: Unknown format 'xml'. Supported formats: text, json, sarif, github",
                "Try 'ibidem check --help' for more information.");
    }

    @Test
    void printsTheUsageOnStandardErrorAndExitsWithTwoWithoutACommand() {
        Run run = IbidemCliTest.run();

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("Usage: ibidem").contains("notes", "check", "bibliography", "bibtex");
    }

    @ParameterizedTest(name = "ibidem {0} --help")
    @ValueSource(strings = {"notes", "check", "bibliography", "bibtex"})
    void neverWrapsTheHelpInsideADottedWord(String command) {
        List<String> lines = IbidemCliTest.run(command, "--help").outLines();

        assertThat(String.join("\n", lines)).doesNotContain(HelpText.DOT).contains(".ibidem.json", "(e.g. ");
        assertThat(lines).noneMatch(l -> l.endsWith(" .") || l.endsWith("(e.") || l.endsWith("STYLE."))
                .noneMatch(l -> l.strip().startsWith("ibidem.json") || l.strip().startsWith("g. ")
                        || l.strip().startsWith("csl "));
    }

    @Test
    void readsStandardInputForADash() throws IOException {
        String text = Files.readString(SeedDocument.COLD_WAR_READING, StandardCharsets.UTF_8);

        assertThat(runWithInput(text, "notes", "-").outLines()).last().isEqualTo("11 notes, 6 sources");
        Run check = runWithInput(text, "check", "-");
        assertThat(check.outLines()).first().asString().startsWith("<stdin>:44:6: error[ibid-after-multiple]");
        assertThat(check.exit()).isEqualTo(1);
    }

    @Test
    void refusesToCheckAFolderWithNoDocument(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("picture.png"), "not a document");

        Run run = IbidemCliTest.run("check", dir.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("ibidem: " + dir + ": no document to check in this folder (looked for files ending in ")
                .contains(".docx", ".md", ".txt");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ieee", "nature"})
    void separatesTheNumberOfANumberedStyleFromTheEntryInText(String style) {
        List<String> lines = IbidemCliTest.run("bibliography", "--style", style, SeedDocument.COLD_WAR_READING
                .toString()).outLines();

        assertThat(lines.get(0)).matches(style.equals("ieee") ? "\\[1\\] J\\. L\\. Gaddis, .*" : "1\\. Gaddis, .*");
    }

    @Test
    void readsADocxFromAUserProgramWithoutALoggingError(@TempDir Path dir) throws Exception {
        Path docx = dir.resolve("hello.docx");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(docx))) {
            for (String[] e : MINIMAL_DOCX) {
                zip.putNextEntry(new java.util.zip.ZipEntry(e[0]));
                zip.write(e[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // A JVM of its own, without the logging property the build gives the tests.
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                QuietDocxReader.class.getName(), docx.toString()).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(out.strip()).isEqualTo("0");
        assertThat(err).isEmpty();
    }
}

package org.ibidem.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ibidem.Ibidem;
import org.ibidem.OutsidePrograms;
import org.ibidem.SourceScope;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The BibLaTeX export of every document we have (examples, the golden corpus and, when {@code ../shared} is
 * beside the checkout, the shared corpus of real documents) passes biber's data-model validation: no field the
 * entry type does not have (biber would drop it, and with it what the note said), no value of the wrong kind.
 * Missing mandatory fields are facts the notes never gave and are allowed. So are the fields of biblatex's
 * non-standard types ({@code @letter}, {@code @jurisdiction}, {@code @legislation}, {@code @movie} …), which the
 * default data model declares without any field; styles that print them (biblatex-chicago) define their own.
 *
 * <p>Skipped, visibly, when biber is not installed ({@code .ci/run} installs Debian's {@code biber} when it can).
 */
class BiberDatamodelIT {

    private static final Pattern WARNING = Pattern.compile(
            "WARN - Datamodel: Entry '([^']*)' \\([^)]*\\): (.*)");
    private static final List<String> NON_STANDARD_TYPES = List.of("@letter{", "@jurisdiction{", "@legislation{",
            "@movie{", "@video{", "@audio{", "@artwork{");

    private static List<Path> documents() throws IOException {
        List<Path> docs = new ArrayList<>();
        for (Path dir : List.of(Path.of("examples"), Path.of("src/test/resources/corpus"),
                Path.of("..", "shared", "corpus"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(f -> f.toString().matches(".*\\.(txt|md|html|tex)$")).sorted().forEach(docs::add);
                }
            }
        }
        return docs;
    }

    /** The data-model complaints about fields we wrote, one line each: "file: key: complaint". */
    private static List<String> complaints(Path bib, String exported) throws Exception {
        Process p = new ProcessBuilder("biber", "--tool", "--validate-datamodel", "--output-file",
                bib.resolveSibling(bib.getFileName() + ".out").toString(), bib.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("biber finishes on %s", bib).isTrue();
        List<String> found = new ArrayList<>();
        for (String line : log.split("\n")) {
            Matcher m = WARNING.matcher(line);
            if (!m.find() || m.group(2).startsWith("Missing mandatory field")) {
                continue;
            }
            String key = m.group(1);
            boolean nonStandard = NON_STANDARD_TYPES.stream().anyMatch(t -> exported.contains(t + key + ","));
            if (!(nonStandard && m.group(2).startsWith("Invalid field"))) {
                found.add(bib.getFileName() + ": " + key + ": " + m.group(2));
            }
        }
        return found;
    }

    @Test
    void everyDocumentsExportFitsBiblatexsDataModel(@TempDir Path dir) throws Exception {
        assumeTrue(OutsidePrograms.runs("biber"), "biber is not installed: BibLaTeX data-model validation skipped");
        List<String> complaints = new ArrayList<>();
        int entries = 0;
        for (Path doc : documents()) {
            List<Reference> sources = Ibidem.analyze(doc).sources(SourceScope.ALL);
            String exported = Exporter.of(ExportFormat.BIBLATEX).export(sources);
            entries += sources.size();
            Path bib = dir.resolve(doc.getFileName() + ".bib");
            Files.writeString(bib, exported, StandardCharsets.UTF_8);
            complaints.addAll(complaints(bib, exported));
        }
        assertThat(entries).as("entries validated").isGreaterThan(100);
        assertThat(complaints).isEmpty();
    }

    @Test
    void aRomanVolumeBecomesArabicAndWhatTheTypeLacksGoesToTheNote() {
        Reference article = Reference.builder(ItemType.ARTICLE_NEWSPAPER).id("times1851").title("The Exhibition")
                .containerTitle("The Times").publisherPlace("London").volume("XII").build();
        String bib = Exporter.of(ExportFormat.BIBLATEX).export(List.of(article));
        assertThat(bib).contains("volume = {12}").contains("note = {London}").doesNotContain("location");

        Reference misc = Reference.builder(ItemType.DOCUMENT).id("plan1950").title("Plan")
                .publisher("Ministry of Works").volume("3A").build();
        String misc1 = Exporter.of(ExportFormat.BIBLATEX).export(List.of(misc));
        assertThat(misc1).contains("organization = {Ministry of Works}").contains("note = {vol. 3A}")
                .doesNotContain("publisher").doesNotContain("volume =");
    }
}

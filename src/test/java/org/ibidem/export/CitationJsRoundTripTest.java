package org.ibidem.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ibidem.OutsidePrograms;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each export read back by an independent reader, citation-js ({@code @citation-js/core} with its BibTeX, RIS
 * and CSL plugins), gives the same authors, titles, dates (to the day), containers and pages. Skipped, visibly, when node or the npm packages are absent: {@code .ci/run} installs them into
 * {@code $IBIDEM_CITATIONJS} (default {@code /tmp/ibidem-citationjs}) when npm can be reached.
 */
class CitationJsRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<Reference> WORKS = List.of(
            Reference.builder(ItemType.ARTICLE_JOURNAL).id("rush1963")
                    .authors(List.of(Name.of("Rush", "Myron"), Name.of("Linden", "Carl")))
                    .title("The Khrushchev Succession Problem").containerTitle("World Politics")
                    .volume("14").issue("2").page("189–225").issued(PartialDate.of(1963, 2, 25)).build(),
            Reference.builder(ItemType.BOOK).id("shen2016").authors(List.of(Name.of("Shen", "Zhihua")))
                    .title("Reviewing the History of Sino-Soviet Relations").publisher("Social Sciences Press")
                    .publisherPlace("Beijing").issued(PartialDate.ofYear(2016)).build(),
            Reference.builder(ItemType.CHAPTER).id("chen1998").authors(List.of(Name.of("Chen", "Jian")))
                    .editors(List.of(Name.of("Westad", "Odd Arne"))).title("A Crucial Step")
                    .containerTitle("Brothers in Arms").page("246–294").publisher("Stanford University Press")
                    .issued(PartialDate.ofYear(1998)).build(),
            Reference.builder(ItemType.MANUSCRIPT).id("mao1949").authors(List.of(Name.of("Mao", "Zedong")))
                    .recipients(List.of(Name.of("Stalin", "Joseph"))).genre("letter")
                    .issued(PartialDate.of(1949, 12, 16)).archive("Archive of the President").build());

    static Stream<Arguments> formats() {
        return Stream.of(ExportFormat.BIBLATEX, ExportFormat.BIBTEX, ExportFormat.CSL_JSON, ExportFormat.RIS)
                .map(Arguments::of);
    }

    private static Path modules() {
        String dir = System.getenv("IBIDEM_CITATIONJS");
        return Path.of(dir == null || dir.isBlank() ? "/tmp/ibidem-citationjs" : dir, "node_modules");
    }

    private static JsonNode readBack(ExportFormat format, Path dir) throws Exception {
        Path file = dir.resolve("works." + format.fileExtension());
        Files.writeString(file, Exporter.of(format).export(WORKS), StandardCharsets.UTF_8);
        Path script = dir.resolve("read.js");
        try (var in = CitationJsRoundTripTest.class.getResourceAsStream("/citationjs/read.js")) {
            Files.write(script, in.readAllBytes());
        }
        ProcessBuilder pb = new ProcessBuilder("node", script.toString(), format.cliName(), file.toString());
        pb.environment().put("NODE_PATH", modules().toString());
        pb.redirectError(dir.resolve("stderr.txt").toFile());
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("stderr.txt"))).isZero();
        return JSON.readTree(out);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void citationJsReadsBackTheSameFacts(ExportFormat format, @org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        assumeTrue(OutsidePrograms.runs("node"), "node is not installed: the citation-js round trip is skipped");
        assumeTrue(Files.isDirectory(modules().resolve("@citation-js/plugin-ris")),
                "citation-js is not installed in " + modules() + ": the round trip is skipped (.ci/run installs it)");

        JsonNode items = readBack(format, dir);

        assertThat(items.size()).isEqualTo(WORKS.size());
        for (int i = 0; i < WORKS.size(); i++) {
            Reference work = WORKS.get(i);
            JsonNode item = items.get(i);
            assertThat(families(item.get("author"))).as(work.id() + " authors")
                    .containsExactlyElementsOf(work.authors().stream().map(Name::family).toList());
            if (work.title() != null) {
                assertThat(item.path("title").asText()).as(work.id() + " title").isEqualTo(work.title());
            }
            JsonNode parts = item.path("issued").path("date-parts").path(0);
            assertThat(parts.path(0).asInt()).as(work.id() + " year").isEqualTo(work.issued().year());
            assertThat(parts.path(1).asInt()).as(work.id() + " month").isEqualTo(work.issued().month());
            assertThat(parts.path(2).asInt()).as(work.id() + " day").isEqualTo(work.issued().day());
            if (work.containerTitle() != null) {
                assertThat(item.path("container-title").asText()).as(work.id() + " container")
                        .isEqualTo(work.containerTitle());
            }
            if (work.page() != null) {
                assertThat(item.path("page").asText().replace('–', '-')).as(work.id() + " pages")
                        .isEqualTo(work.page().replace('–', '-'));
            }
        }
    }

    private static List<String> families(JsonNode names) {
        List<String> out = new ArrayList<>();
        if (names != null) {
            names.forEach(n -> out.add(n.path("family").asText(n.path("literal").asText())));
        }
        return out;
    }
}

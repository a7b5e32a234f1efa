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
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ibidem.Ibidem;
import org.ibidem.OutsidePrograms;
import org.ibidem.SourceScope;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The BibTeX export of every document we have (examples, the golden corpus and, when {@code ../shared} is beside
 * the checkout, the shared corpus of real documents), in UTF-8 and with {@code --ascii}, runs through the
 * {@code bibtex} program with {@code plain.bst} without an error and without a warning, except the warnings that
 * name a fact the notes never gave ({@link #FACTS_NOT_GIVEN}). An error would mean an entry bibtex cannot read
 * (skipped, so missing from the bibliography); any other warning, a field or type the style does not know.
 * Every entry must reach the {@code .bbl}, and the {@code --ascii} export must be ASCII but for the characters
 * the exporter warned it kept (they have no LaTeX escape).
 *
 * <p>Skipped, visibly, when {@code bibtex} is not installed ({@code .ci/run} installs Debian's
 * {@code texlive-binaries} and {@code texlive-base}, which bring the program and {@code plain.bst}, when it can).
 */
class BibtexRunIT {

    private static final Path SHARED = Path.of("..", "shared", "corpus");
    private static final boolean BIBTEX = OutsidePrograms.runs("bibtex") && plainBstFound();

    /**
     * The warnings of plain.bst allowed in a clean run. Each one names something the note did not say, or
     * something it said that plain.bst has no place for; the entry itself is sound.
     */
    private static final List<Pattern> FACTS_NOT_GIVEN = List.of(
            // A field the entry type requires and the note never gave: a letter's publisher, a pamphlet's year.
            Pattern.compile("Warning--empty [a-z ]+ in \\S+"),
            // @inbook requires a chapter or pages; a note citing the whole chapter by title gives neither.
            Pattern.compile("Warning--empty chapter and pages in \\S+"),
            // An issue number the note gave without the volume it belongs to, or a number in a series the
            // note did not name.
            Pattern.compile("Warning--there's a number but no (volume|series) in \\S+"),
            // A month or day the note gave without the year (the year was never written).
            Pattern.compile("Warning--there's a month but no year in \\S+"),
            // No author (nor editor or organization) in the note: plain.bst sorts the entry by its key field,
            // which Ibidem does not invent.
            Pattern.compile("Warning--to sort, need [a-z, ]+ or key in \\S+"),
            // Not a missing fact but a style that prints one of the two: the note gave both (a book's author
            // and its editor or translator; a series volume and number), and the entry keeps both for styles
            // that print them (biblatex, chicago.bst). plain.bst prints the first.
            Pattern.compile("Warning--can't use both (author and editor|volume and number) fields in \\S+"));

    /** The lines of a clean run that report progress, not a problem. */
    private static final Pattern PROGRESS = Pattern.compile(
            "This is BibTeX.*|The top-level auxiliary file: .*|The style file: .*|Database file #\\d+: .*"
                    + "|\\(There (was|were) \\d+ warnings?\\)|");

    /** Whether TeX's file search finds plain.bst (Debian's texlive-binaries has bibtex, texlive-base the style). */
    private static boolean plainBstFound() {
        try {
            Process p = new ProcessBuilder("kpsewhich", "plain.bst").redirectErrorStream(true).start();
            String found = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 && !found.isBlank();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static List<Path> documents(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().matches(".*\\.(txt|md|html|tex)$")
                    && !f.getFileName().toString().equalsIgnoreCase("readme.md")).sorted().toList();
        }
    }

    static Stream<Arguments> exports() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (Path dir : List.of(Path.of("examples"), Path.of("src/test/resources/corpus"), SHARED)) {
            for (Path doc : documents(dir)) {
                out.add(Arguments.of(doc, "UTF-8"));
                out.add(Arguments.of(doc, "--ascii"));
            }
        }
        return out.stream();
    }

    @Test
    void theSharedCorpusIsThere() {
        assumeTrue(Files.isDirectory(SHARED), "../shared/corpus is absent: its documents are skipped");
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("exports")
    void bibtexReadsTheExportWithoutComplaint(Path doc, String encoding, @TempDir Path dir) throws Exception {
        assumeTrue(BIBTEX, "bibtex or its plain.bst is not installed: the BibTeX run of the exports is skipped");
        List<Reference> sources = Ibidem.analyze(doc).sources(SourceScope.ALL);
        boolean ascii = encoding.equals("--ascii");
        List<String> warnings = new ArrayList<>();
        String bib = Exporter.of(ExportFormat.BIBTEX).ascii(ascii).onWarning(warnings::add).export(sources);
        if (ascii) {
            // For 8-bit bibtex: nothing but ASCII, unless the exporter said it kept a character with no escape.
            List<String> unescaped = bib.codePoints().filter(cp -> cp > 0x7F).distinct()
                    .mapToObj(cp -> String.format("U+%04X", cp))
                    .filter(u -> warnings.stream().noneMatch(w -> w.contains("kept") && w.contains(u))).toList();
            assertThat(unescaped).as("non-ASCII characters left unescaped, unannounced").isEmpty();
        }
        Files.writeString(dir.resolve("works.bib"), bib, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("works.aux"), "\\citation{*}\n\\bibdata{works}\n\\bibstyle{plain}\n",
                StandardCharsets.US_ASCII);

        Process p = new ProcessBuilder("bibtex", "works").directory(dir.toFile()).redirectErrorStream(true)
                .start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean finished = p.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly();
        }
        assertThat(finished).as("bibtex finishes on %s", doc).isTrue();

        List<String> complaints = log.lines()
                .filter(line -> !PROGRESS.matcher(line).matches())
                .filter(line -> FACTS_NOT_GIVEN.stream().noneMatch(allowed -> allowed.matcher(line).matches()))
                .toList();
        assertThat(complaints).as("bibtex on the export of %s:%n%s", doc, log).isEmpty();
        // 0: clean, 1: warnings only; 2 and 3 are errors, which the lines above would have named.
        assertThat(p.exitValue()).as("bibtex's exit status").isLessThanOrEqualTo(1);
        // Every entry reached the bibliography: none was skipped as unreadable.
        String bbl = Files.readString(dir.resolve("works.bbl"), StandardCharsets.ISO_8859_1);
        assertThat(bbl.split("\\\\bibitem", -1).length - 1).as("entries in the .bbl").isEqualTo(sources.size());
    }
}

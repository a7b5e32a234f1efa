package org.ibidem.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.ibidem.Analysis;
import org.ibidem.HangDetector;
import org.ibidem.Ibidem;
import org.ibidem.IbidemOptions;
import org.ibidem.diagnostic.Diagnostic;
import org.ibidem.document.Document;
import org.ibidem.document.Documents;
import org.ibidem.document.UnreadableDocumentException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fuzz run of issue 17's "Done when": real documents of every format — the shared corpus
 * ({@code ../shared/corpus}, skipped visibly when absent), the golden corpus ({@code src/test/resources/corpus}) and
 * a Word document built by the tests ({@link SeedDocuments#DOCX}) — each damaged the ways files get damaged
 * (truncated, bytes flipped, markers deleted, lines doubled, braces dropped from LaTeX, HTML tags broken, a .docx's
 * zip cut short, its bytes flipped, its parts dropped or their XML broken), with a fixed seed so that every run
 * tries the same files. Each one must be either read — with notes, or with a {@code no-notes-found} finding that
 * says why there are none — or refused with a one-line message naming the file: never zero notes in silence,
 * never an exception.
 *
 * <p>A failsafe integration test: about 300 analyses of documents up to 230 kB, each bounded by processor time
 * ({@link HangDetector}), not by the clock.
 */
class MutatedDocumentsIT {

    private static final long SEED = 17;
    private static final Path SHARED = Path.of("..", "shared", "corpus");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "corpus");
    private static final Duration CPU_BOUND = Duration.ofSeconds(30);

    /** One way to damage a file: its name, and what it does to the bytes (given a random source). */
    record Mutation(String name, Damage damage) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Damage {
        byte[] apply(byte[] bytes, Random random);
    }

    static Stream<Arguments> sharedCorpus() {
        if (!Files.isDirectory(SHARED)) {
            // One case that is skipped and says why, rather than none (a silent pass).
            return Stream.of(Arguments.of("(absent)", null, null));
        }
        return cases(SHARED);
    }

    static Stream<Arguments> goldenCorpus() {
        Stream<Arguments> text = cases(GOLDEN);
        Stream<Arguments> docx = DOCX_MUTATIONS.stream().map(m -> Arguments.of(SeedDocuments.all().stream()
                .filter(s -> s.name().endsWith(".docx")).findFirst().orElseThrow().name(), SeedDocuments.DOCX, m));
        return Stream.concat(text, docx);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("sharedCorpus")
    void aDamagedDocumentOfTheSharedCorpusIsReadOrRefusedOutLoud(String name, byte[] original, Mutation mutation) {
        assumeTrue(original != null, () -> SHARED.toAbsolutePath().normalize() + " is absent");
        readOrRefused(name, original, mutation);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("goldenCorpus")
    void aDamagedDocumentOfTheGoldenCorpusIsReadOrRefusedOutLoud(String name, byte[] original, Mutation mutation) {
        readOrRefused(name, original, mutation);
    }

    private static void readOrRefused(String name, byte[] original, Mutation mutation) {
        byte[] bytes = mutation.damage().apply(original, new Random(SEED ^ name.hashCode() ^ mutation.name().hashCode()));
        String what = name + " (" + mutation + ")";
        Document doc;
        try {
            doc = HangDetector.withinCpuTime(CPU_BOUND, what, () -> Documents.parse(name, bytes));
        } catch (UnreadableDocumentException e) {
            assertThat(e.getMessage()).as("the refusal of %s names the file on one line", what)
                    .startsWith(name + ": ").doesNotContain("\n");
            return;
        }
        Analysis a = HangDetector.withinCpuTime(CPU_BOUND, what, () -> Ibidem.analyze(doc, IbidemOptions.defaults()));
        boolean said = a.diagnostics().stream().map(Diagnostic::code).anyMatch(Documents.NO_NOTES_FOUND::equals);
        assertThat(!a.notes().isEmpty() || said || doc.text().isBlank())
                .as("%s: %d notes, and no %s finding", what, a.notes().size(), Documents.NO_NOTES_FOUND).isTrue();
        // What a check prints about it must be writable too (no exception from the diagnostics or the sources).
        assertThat(a.diagnostics()).allSatisfy(d -> assertThat(d.message()).isNotBlank());
    }

    // ---- The documents and their damage ----

    private static Stream<Arguments> cases(Path dir) {
        List<Arguments> out = new ArrayList<>();
        for (Path file : documents(dir)) {
            String name = file.getFileName().toString();
            byte[] bytes = read(file);
            for (Mutation m : textMutations(name)) {
                out.add(Arguments.of(name, bytes, m));
            }
        }
        return out.stream();
    }

    private static List<Path> documents(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(p -> p.getFileName().toString()
                    .matches("\\d\\d-.*\\.(txt|md|html|tex)")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The damage every text format gets, and what its own syntax invites. */
    private static List<Mutation> textMutations(String name) {
        List<Mutation> ms = new ArrayList<>(List.of(
                new Mutation("cut at a third", (b, r) -> Arrays.copyOf(b, b.length / 3)),
                new Mutation("cut at two thirds, mid-character", (b, r) -> Arrays.copyOf(b, b.length * 2 / 3 | 1)),
                new Mutation("40 bytes flipped", (b, r) -> flipBytes(b, r, 40)),
                new Mutation("every other marker deleted", text(s -> deleteEveryOther(s, marker(name)))),
                new Mutation("lines doubled", text((s, r) -> doubleLines(s, r))),
                new Mutation("a tenth of the lines deleted", text((s, r) -> deleteLines(s, r)))));
        if (name.endsWith(".tex")) {
            ms.add(new Mutation("braces deleted", text((s, r) -> deleteChars(s, r, "{}", 12))));
            ms.add(new Mutation("\\footnote commands misspelt",
                    text(s -> s.replace("\\footnote{", "\\footnot{"))));
        }
        if (name.endsWith(".html")) {
            ms.add(new Mutation("tags broken", text((s, r) -> deleteChars(s, r, "<>", 20))));
            ms.add(new Mutation("cut inside a tag", text(s -> {
                int lt = s.lastIndexOf('<', s.length() * 3 / 4);
                return lt < 0 ? s : s.substring(0, lt + 2);
            })));
        }
        if (name.endsWith(".md")) {
            ms.add(new Mutation("brackets deleted", text((s, r) -> deleteChars(s, r, "[]^", 20))));
        }
        return ms;
    }

    /** The damage a .docx gets: to its zip, and to the XML inside. */
    private static final List<Mutation> DOCX_MUTATIONS = List.of(
            new Mutation("zip cut at half", (b, r) -> Arrays.copyOf(b, b.length / 2)),
            new Mutation("zip cut before its directory", (b, r) -> Arrays.copyOf(b, b.length - 30)),
            new Mutation("20 zip bytes flipped", (b, r) -> flipBytes(b, r, 20)),
            new Mutation("footnotes part dropped", zip((entry, xml) -> entry.endsWith("footnotes.xml") ? null : xml)),
            new Mutation("content types dropped",
                    zip((entry, xml) -> entry.equals("[Content_Types].xml") ? null : xml)),
            new Mutation("document part dropped",
                    zip((entry, xml) -> entry.equals("word/document.xml") ? null : xml)),
            new Mutation("footnotes XML broken", zip((entry, xml) -> entry.endsWith("footnotes.xml")
                    ? xml.replaceFirst("</w:footnote>", "</w:footnot>") : xml)),
            new Mutation("footnote references deleted", zip((entry, xml) -> entry.equals("word/document.xml")
                    ? xml.replaceAll("<w:footnoteReference [^>]*/>", "") : xml)),
            new Mutation("a doctype added", zip((entry, xml) -> entry.equals("word/document.xml")
                    ? xml.replaceFirst("\\?>", "?><!DOCTYPE x [<!ENTITY e \"e\">]>") : xml)));

    private static Damage text(UnaryOperator<String> f) {
        return (b, r) -> f.apply(new String(b, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    private static Damage text(java.util.function.BiFunction<String, Random, String> f) {
        return (b, r) -> f.apply(new String(b, StandardCharsets.UTF_8), r).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] flipBytes(byte[] b, Random r, int count) {
        byte[] out = b.clone();
        for (int i = 0; i < count && out.length > 0; i++) {
            int at = r.nextInt(out.length);
            out[at] = (byte) (out[at] ^ (1 << r.nextInt(8)));
        }
        return out;
    }

    /** The pattern of a note's marker or opening in the format of the file. */
    private static Pattern marker(String name) {
        if (name.endsWith(".tex")) {
            return Pattern.compile("\\\\footnote(?:mark)?(?=[\\[{])");
        }
        if (name.endsWith(".md")) {
            return Pattern.compile("\\[\\^[^\\]\\s]+\\](?!:)");
        }
        if (name.endsWith(".html")) {
            return Pattern.compile("<sup[^>]*>.*?</sup>|<a [^>]*href=\"#[^\"]*\"[^>]*>");
        }
        return Pattern.compile("\\[\\d{1,4}\\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+");
    }

    private static String deleteEveryOther(String s, Pattern p) {
        Matcher m = p.matcher(s);
        StringBuilder out = new StringBuilder();
        int k = 0;
        while (m.find()) {
            m.appendReplacement(out, k++ % 2 == 0 ? "" : Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String doubleLines(String s, Random r) {
        StringBuilder out = new StringBuilder(s.length() * 2);
        for (String line : s.split("\n", -1)) {
            out.append(line).append('\n');
            if (r.nextInt(10) == 0) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static String deleteLines(String s, Random r) {
        StringBuilder out = new StringBuilder(s.length());
        for (String line : s.split("\n", -1)) {
            if (r.nextInt(10) != 0) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static String deleteChars(String s, Random r, String which, int count) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            if (which.indexOf(s.charAt(i)) >= 0) {
                at.add(i);
            }
        }
        StringBuilder out = new StringBuilder(s);
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < count && !at.isEmpty(); i++) {
            chosen.add(at.remove(r.nextInt(at.size())));
        }
        chosen.sort((a, b) -> b - a);
        for (int i : chosen) {
            out.deleteCharAt(i);
        }
        return out.toString();
    }

    /** Rewrites a zip's entries: the function gets each entry's name and text, and gives new text or null. */
    private static Damage zip(java.util.function.BiFunction<String, String, String> f) {
        return (b, r) -> {
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(b));
                 ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
                try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                    for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                        String xml = f.apply(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        if (xml != null) {
                            out.putNextEntry(new ZipEntry(e.getName()));
                            out.write(xml.getBytes(StandardCharsets.UTF_8));
                            out.closeEntry();
                        }
                    }
                }
                return bytes.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}

package org.ibidem.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.OutsidePrograms;
import org.ibidem.SourceScope;
import org.ibidem.export.ExportFormat;
import org.ibidem.export.Exporter;
import org.ibidem.reference.Name;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The round trip through pandoc: every Markdown and LaTeX document written as citation keys, with the works as
 * CSL-JSON (the keys as ids), goes through {@code pandoc --citeproc --csl chicago-notes-bibliography.csl}, and
 * pandoc's notes name the same works, with the same places, as the notes Ibidem read. Skipped, saying so, when
 * pandoc is not installed (Debian packages it: {@code apt-get install pandoc}).
 */
class PandocRoundTripIT {

    private static final Pattern BRACKET = Pattern.compile("\\[(@[^\\]]*)\\]");
    private static final Pattern IN_BRACKET = Pattern.compile("@([\\w:.\\-]*\\w)(?:,\\s*([^;]+))?");
    private static final Pattern BARE = Pattern.compile("@([\\w:.\\-]*\\w)(?: \\[([^\\]]+)\\])?");
    private static final Pattern LATEX = Pattern.compile("\\\\(?:foot)?cite(?:\\[([^\\]]*)\\])?\\{([^}]+)\\}");
    private static final Pattern NOTE = Pattern.compile("^\\[(\\d+)\\] ");

    private static boolean pandoc;

    @BeforeAll
    static void findPandoc() {
        pandoc = OutsidePrograms.runs("pandoc");
        if (!pandoc) {
            System.err.println("PandocRoundTripIT: pandoc is not installed; the --to-keys round trip is SKIPPED");
        }
    }

    /**
     * The examples, the golden corpus and the test documents, whose notes are footnotes pandoc reads as such; in
     * {@code ../shared/corpus} several Markdown files keep their notes as numbered lines, which pandoc reads as
     * body text and so sets the citations in notes of its own.
     */
    static Stream<Path> documents() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("examples", "src/test/resources/corpus", "src/test/resources/documents")) {
            files.addAll(KeyRewriteCorpusTest.keyable(Path.of(dir)));
        }
        return files.stream();
    }

    /** A key and the place the rewritten note gives with it. */
    record Cited(String key, String locator) {
    }

    /** The keys and places a rewritten span names, in its own syntax. */
    static List<Cited> cited(String replacement) {
        List<Cited> out = new ArrayList<>();
        Matcher latex = LATEX.matcher(replacement);
        while (latex.find()) {
            for (String k : latex.group(2).split(",")) {
                out.add(new Cited(k.strip(), latex.group(1) == null ? "" : latex.group(1)));
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        Matcher bracket = BRACKET.matcher(replacement);
        if (bracket.matches()) {
            for (String part : bracket.group(1).split(";")) {
                Matcher m = IN_BRACKET.matcher(part.strip());
                if (m.find()) {
                    out.add(new Cited(m.group(1), m.group(2) == null ? "" : m.group(2)));
                }
            }
            return out;
        }
        Matcher bare = BARE.matcher(replacement);
        while (bare.find()) {
            out.add(new Cited(bare.group(1), bare.group(2) == null ? "" : bare.group(2)));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void pandocsNotesNameTheSameWorksWithTheSamePlaces(Path file, @TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(pandoc, "pandoc is not installed (apt-get install pandoc): round trip skipped");
        Analysis analysis = Ibidem.analyze(file);
        Rewrite r = analysis.rewriteToKeys();
        Assumptions.assumeFalse(r.changes().isEmpty(), file + ": no citation written as a key");
        Map<String, String> keys = analysis.citationKeys();
        Map<String, Reference> byKey = new HashMap<>();
        List<Reference> works = new ArrayList<>();
        for (Reference w : analysis.sources(SourceScope.GIVEN_IN_FULL)) {
            String key = keys.getOrDefault(w.id(), w.id());
            byKey.put(key, w);
            works.add(w.withId(key));
        }
        boolean latex = file.toString().endsWith(".tex");
        Path converted = dir.resolve(latex ? "doc.tex" : "doc.md");
        Files.writeString(converted, r.text(), StandardCharsets.UTF_8);
        Path json = dir.resolve("works.json");
        Files.writeString(json, Exporter.of(ExportFormat.CSL_JSON).export(works), StandardCharsets.UTF_8);
        Path csl = dir.resolve("chicago-notes-bibliography.csl");
        try (InputStream in = Objects.requireNonNull(
                getClass().getResourceAsStream("/chicago-notes-bibliography.csl"), "the styles jar")) {
            Files.copy(in, csl);
        }
        List<String> notes = pandocNotes(converted, latex, csl, json);

        for (Change c : r.changes()) {
            List<Cited> cited = cited(c.replacement());
            assertThat(cited).as("%s: %s", file, c.replacement()).isNotEmpty();
            for (Cited k : cited) {
                Reference work = byKey.get(k.key());
                assertThat(work).as("%s: key %s", file, k.key()).isNotNull();
                String name = fold(nameOf(Objects.requireNonNull(work)));
                String place = fold(k.locator().replaceFirst("^(?:[a-z]+\\.\\s*)+", ""));
                assertThat(notes).as("%s note %s: pandoc's notes naming %s at %s", file, c.note().displayName(),
                        name, place).anyMatch(n -> n.contains(name) && n.contains(place));
            }
        }
    }

    /** pandoc's footnotes, one string each, folded ({@link #fold}). */
    private static List<String> pandocNotes(Path converted, boolean latex, Path csl, Path json) throws Exception {
        Process p = new ProcessBuilder("pandoc", "-f", latex ? "latex" : "markdown", converted.toString(),
                "--citeproc", "--csl", csl.toString(), "--bibliography", json.toString(), "-t", "plain",
                "--wrap=none").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("pandoc's exit code").isZero();
        List<String> notes = new ArrayList<>();
        StringBuilder current = null;
        for (String line : out.split("\n", -1)) {
            if (NOTE.matcher(line).find()) {
                if (current != null) {
                    notes.add(fold(current.toString()));
                }
                current = new StringBuilder(line);
            } else if (current != null && (line.startsWith(" ") || line.isEmpty())) {
                current.append(' ').append(line);
            }
        }
        if (current != null) {
            notes.add(fold(current.toString()));
        }
        return notes;
    }

    /** What a note in Chicago style surely names of a work: its first author's family name, or its title's word. */
    private static String nameOf(Reference work) {
        List<Name> names = !work.creators().isEmpty() ? work.creators() : work.translators();
        for (Name n : names) {
            String s = n.isLiteral() ? n.literal() : n.family();
            if (s != null && !s.isBlank()) {
                return s;
            }
        }
        String title = Objects.requireNonNullElse(work.title(), "");
        for (String word : title.split("\\s+")) {
            if (fold(word).length() >= 4) {
                return word;
            }
        }
        return title;
    }

    /** Letters and digits only, accents dropped, lower case: "Lüthi, 12–14" → "luthi1214". */
    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char ch = d.charAt(i);
            if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
                out.append(ch);
            }
        }
        return out.toString();
    }
}

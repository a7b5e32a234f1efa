package org.ibidem.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.IbidemOptions;
import org.ibidem.SourceScope;
import org.ibidem.export.ExportFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Markdown and LaTeX document of the examples, the golden corpus, the test documents and (when present)
 * {@code ../shared/corpus} written as citation keys: every key written is an entry of the BibLaTeX export, nothing
 * but the citations' spans changed, the notes are still there, and a second rewrite changes nothing.
 */
class KeyRewriteCorpusTest {

    private static final Pattern KEY = Pattern.compile("@([A-Za-z0-9][A-Za-z0-9_:.\\-]*[A-Za-z0-9])|\\\\(?:foot)?cite(?:\\[[^\\]]*\\])?\\{([^}]+)\\}");
    private static final Pattern ENTRY = Pattern.compile("(?m)^@[a-zA-Z]+\\{([^,\\s]+),");

    static Stream<Path> documents() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("examples", "src/test/resources/corpus", "src/test/resources/documents",
                "../shared/corpus")) {
            files.addAll(keyable(Path.of(dir)));
        }
        return files.stream();
    }

    static List<Path> keyable(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return (n.endsWith(".md") || n.endsWith(".tex")) && !n.equals("readme.md");
            }).sorted().toList();
        }
    }

    /** The keys a rewritten span names: pandoc's {@code @key}s or the keys of a LaTeX cite command. */
    static List<String> keysIn(String replacement) {
        List<String> keys = new ArrayList<>();
        Matcher m = KEY.matcher(replacement);
        while (m.find()) {
            if (m.group(1) != null) {
                keys.add(m.group(1));
            } else {
                for (String k : m.group(2).split(",")) {
                    keys.add(k.strip());
                }
            }
        }
        return keys;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void everyKeyWrittenIsAnEntryOfTheExportedBib(Path file) {
        Analysis analysis = Ibidem.analyze(file);
        Rewrite r = analysis.rewriteToKeys();
        Set<String> entries = new HashSet<>();
        Matcher m = ENTRY.matcher(analysis.export(ExportFormat.BIBLATEX, SourceScope.GIVEN_IN_FULL));
        while (m.find()) {
            entries.add(m.group(1));
        }
        for (Change c : r.changes()) {
            assertThat(keysIn(c.replacement())).as("%s note %s: %s", file, c.note().displayName(), c.replacement())
                    .isNotEmpty().allMatch(entries::contains);
        }
        assertThat(r.rewritten() + r.left().size()).isEqualTo(analysis.notes().stream()
                .mapToInt(n -> n.citations().size()).sum());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void changesNothingButTheCitationsAndIsIdempotent(Path file) {
        Analysis before = Ibidem.analyze(file);
        Rewrite once = before.rewriteToKeys();
        String original = before.document().text();
        StringBuilder outside = new StringBuilder();
        StringBuilder outsideAfter = new StringBuilder();
        int at = 0;
        int shift = 0;
        for (Change c : once.changes()) {
            assertThat(original.substring(c.start(), c.end())).isEqualTo(c.original());
            outside.append(original, at, c.start()).append('\u0000');
            outsideAfter.append(once.text(), at + shift, c.start() + shift).append('\u0000');
            assertThat(once.text().substring(c.start() + shift, c.start() + shift + c.replacement().length()))
                    .isEqualTo(c.replacement());
            shift += c.replacement().length() - c.original().length();
            at = c.end();
        }
        outside.append(original.substring(at));
        outsideAfter.append(once.text().substring(at + shift));
        assertThat(outsideAfter.toString()).isEqualTo(outside.toString());

        Analysis after = Ibidem.analyzeText(file.getFileName().toString(), once.text(), IbidemOptions.defaults());
        assertThat(after.notes()).as("notes after the rewrite").hasSameSizeAs(before.notes());
        Rewrite twice = after.rewriteToKeys();
        assertThat(twice.changes()).as("a second rewrite of %s", file).isEmpty();
        assertThat(twice.text()).isEqualTo(once.text());
    }
}

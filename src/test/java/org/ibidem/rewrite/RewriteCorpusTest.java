package org.ibidem.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.IbidemOptions;
import org.ibidem.reference.Locator;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every plain-text, Markdown, LaTeX and HTML document of the examples, the golden corpus and (when present)
 * {@code ../shared/corpus}
 * survives a rewrite in three note styles: the same notes, nothing but citation spans changed, idempotent, and
 * every rewritten citation read back as the same work with the same place.
 */
class RewriteCorpusTest {

    private static final List<String> STYLES = List.of("chicago-notes-bibliography",
            "chicago-notes-bibliography-subsequent-ibid-17th-edition", "mhra-notes");
    private static final Path SHARED = Path.of("..", "shared", "corpus");

    static Stream<Arguments> documents() throws IOException {
        List<Path> files = new ArrayList<>();
        files.addAll(rewritable(Path.of("examples")));
        files.addAll(rewritable(Path.of("src/test/resources/corpus")));
        files.addAll(rewritable(Path.of("src/test/resources/documents")));
        files.addAll(rewritable(SHARED));
        List<Arguments> out = new ArrayList<>();
        for (Path f : files) {
            for (String style : STYLES) {
                out.add(Arguments.of(f, style));
            }
        }
        return out.stream();
    }

    private static List<Path> rewritable(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return (n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".tex") || n.endsWith(".html")
                        || n.endsWith(".htm")) && !n.equals("readme.md");
            }).sorted().toList();
        }
    }

    @Test
    void theSharedCorpusIsThere() {
        Assumptions.assumeTrue(Files.isDirectory(SHARED), "../shared/corpus is absent: its documents are skipped");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("documents")
    void survivesARewrite(Path file, String style) {
        Analysis before = Ibidem.analyze(file);
        Rewrite once = before.rewrite(style);
        String original = before.document().text();

        // Nothing but the citation spans changed.
        StringBuilder outside = new StringBuilder();
        StringBuilder outsideAfter = new StringBuilder();
        int at = 0;
        int shift = 0;
        for (Change c : once.changes()) {
            assertThat(original.substring(c.start(), c.end())).isEqualTo(c.original());
            outside.append(original, at, c.start());
            outsideAfter.append(once.text(), at + shift, c.start() + shift);
            assertThat(once.text().substring(c.start() + shift, c.start() + shift + c.replacement().length()))
                    .isEqualTo(c.replacement());
            shift += c.replacement().length() - c.original().length();
            at = c.end();
        }
        outside.append(original, at, original.length());
        outsideAfter.append(once.text(), at + shift, once.text().length());
        assertThat(outsideAfter.toString()).isEqualTo(outside.toString());

        Analysis after = Ibidem.analyzeText(file.getFileName().toString(), once.text(), IbidemOptions.defaults());
        assertThat(after.notes()).as("notes").hasSameSizeAs(before.notes());

        // Idempotent.
        Rewrite twice = after.rewrite(style);
        assertThat(twice.changes()).as("changes of a second rewrite").isEmpty();

        // Where a citation resolved and was rewritten, the rewritten note still cites that work at that place.
        List<String> lost = new ArrayList<>();
        for (Change c : once.changes()) {
            int n = c.note().index() - 1;
            ResolvedNote was = before.notes().get(n);
            ResolvedNote is = after.notes().get(n);
            for (ResolvedCitation rc : was.citations()) {
                if (rc.sourceId() == null || !covers(c, was, rc)) {
                    continue;
                }
                String volume = before.resolution().source(rc.sourceId()).volume();
                boolean found = is.citations().stream().anyMatch(x -> rc.sourceId().equals(x.sourceId())
                        && sameLocator(rc.locator(), x.locator(), volume));
                if (!found) {
                    lost.add("note " + c.note().displayName() + ": " + rc.sourceId() + " " + rc.locator() + " -> "
                            + is.citations().stream().map(x -> x.sourceId() + " " + x.locator()).toList()
                            + " [" + c.replacement() + "]");
                }
            }
        }
        assertThat(lost).as("rewritten citations that no longer read as the same work and place").isEmpty();
    }

    /** Whether the change replaced this citation of the note. */
    private static boolean covers(Change c, ResolvedNote note, ResolvedCitation rc) {
        int start = note.note().textMap().toSource(rc.citation().span().start());
        int end = note.note().textMap().toSource(rc.citation().span().end());
        return c.start() >= start && c.end() <= end;
    }

    /** The same place, a range's dash aside; "5:286" is page 286 of the work's volume 5. */
    private static boolean sameLocator(Locator a, Locator b, String volume) {
        if (a == null || b == null) {
            return a == b;
        }
        String was = a.value().replace('\u2013', '-');
        String is = b.value().replace('\u2013', '-');
        return was.equals(is) || (volume != null && is.equals(volume + ":" + was));
    }
}

package org.ibidem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The docs keep their promises: the README's test command is what CI runs, and relative links lead somewhere. */
class DocsTest {

    /** Linked before they are written; remove an entry when its file lands. */
    private static final Set<String> WRITTEN_LATER = Set.of();

    /** A Markdown link or image target: {@code [text](target)}, without its {@code #anchor}. */
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s#]*)(?:#[^)\\s]*)?\\)");

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void readmeGivesTheTestCommandThatCiRuns() {
        String ci = read(Path.of(".ci/run"));
        String command = ci.lines().filter(l -> l.startsWith("mvn ")).reduce((a, b) -> b).orElseThrow();

        assertThat(command).isEqualTo("mvn -B verify");
        assertThat(read(Path.of("README.md"))).contains("**Run the tests:**\n\n```\n" + command + "\n```");
    }

    static Stream<Path> docs() throws IOException {
        List<Path> out = new ArrayList<>(List.of(Path.of("README.md"), Path.of("CHANGELOG.md"),
                Path.of("benchmarks/README.md")));
        try (Stream<Path> walk = Files.walk(Path.of("docs"))) {
            walk.filter(p -> p.toString().endsWith(".md")).sorted().forEach(out::add);
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("docs")
    void relativeLinksLeadToFilesThatExist(Path doc) {
        List<String> broken = new ArrayList<>();
        Matcher m = LINK.matcher(read(doc));
        while (m.find()) {
            String target = m.group(1);
            if (target.isEmpty() || target.contains(":")) {
                continue; // an anchor in the same file, or a URL
            }
            Path resolved = doc.toAbsolutePath().getParent().resolve(target).normalize();
            String fromRoot = Path.of("").toAbsolutePath().relativize(resolved).toString().replace('\\', '/');
            if (!Files.exists(resolved) && !WRITTEN_LATER.contains(fromRoot)) {
                broken.add(target);
            }
        }
        assertThat(broken).as("links in %s to files that do not exist", doc).isEmpty();
    }
}

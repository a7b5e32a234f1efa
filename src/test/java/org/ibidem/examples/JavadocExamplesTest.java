package org.ibidem.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code <pre>{@code …}</pre>} example in the Javadoc of the public types of the exported packages is compiled: its text appears
 * verbatim (indentation aside) in {@link JavadocExamples}, which the test compiler compiles.
 */
class JavadocExamplesTest {

    private static final Path MAIN = Path.of("src", "main", "java", "org", "ibidem");
    private static final Path EXAMPLES = Path.of("src", "test", "java", "org", "ibidem", "examples",
            "JavadocExamples.java");
    /** The exported packages (module-info.java), relative to org/ibidem. */
    private static final List<String> EXPORTED = List.of("", "reference", "document", "citation", "resolution",
            "diagnostic", "style", "bibtex", "export", "rewrite");
    /** Examples that are not Java: ConfigFile shows the JSON of a configuration file. */
    private static final Set<String> NOT_JAVA = Set.of("ConfigFile.java");
    /** A public top-level type: the examples of package-private helpers are not part of the API. */
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "(?m)^public (?:(?:final|abstract|sealed|non-sealed) )*(?:class|record|interface|enum|@interface) ");
    private static final Pattern EXAMPLE = Pattern.compile("<pre>\\{@code\\n(.*?)\\n \\* \\}</pre>", Pattern.DOTALL);

    static Stream<Arguments> examples() throws IOException {
        Stream.Builder<Arguments> all = Stream.builder();
        for (String pkg : EXPORTED) {
            try (Stream<Path> files = Files.list(MAIN.resolve(pkg))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    if (NOT_JAVA.contains(file.getFileName().toString())) {
                        continue;
                    }
                    String source = Files.readString(file);
                    if (!PUBLIC_TYPE.matcher(source).find()) {
                        continue;
                    }
                    Matcher m = EXAMPLE.matcher(source);
                    while (m.find()) {
                        all.add(Arguments.of(MAIN.relativize(file).toString(), m.group(1)));
                    }
                }
            }
        }
        return all.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theJavadocExampleIsCompiledVerbatim(String file, String javadoc) throws IOException {
        String example = normalise(javadoc.lines().map(l -> l.replaceFirst("^ \\*( |$)", "")));

        assertThat(normalise(Files.readString(EXAMPLES).lines()))
                .as("the example of %s, copied into %s", file, EXAMPLES.getFileName())
                .contains(example);
    }

    @Test
    void everyExportedPackageIsSearched() throws IOException {
        String moduleInfo = Files.readString(Path.of("src", "main", "java", "module-info.java"));
        List<String> exported = Pattern.compile("exports (org\\.ibidem[.\\w]*);").matcher(moduleInfo).results()
                .map(r -> r.group(1).replaceFirst("^org\\.ibidem\\.?", "")).collect(Collectors.toList());

        assertThat(exported).containsExactlyInAnyOrderElementsOf(EXPORTED);
    }

    @Test
    void findsTheExamples() throws IOException {
        assertThat(examples().count()).isGreaterThan(40);
    }

    private static String normalise(Stream<String> lines) {
        return lines.map(String::strip).collect(Collectors.joining("\n"));
    }

    static {
        if (!Files.isDirectory(MAIN)) {
            throw new UncheckedIOException(new IOException("run from the project root: " + MAIN + " not found"));
        }
    }
}

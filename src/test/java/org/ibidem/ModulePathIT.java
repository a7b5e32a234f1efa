package org.ibidem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar works as a named module: {@code org.ibidem} resolves against its dependencies in
 * {@code target/lib}, exports the library's packages and no internals, and a consumer module compiled and run on
 * the module path reads notes through {@link Ibidem#analyzeText(String)}.
 *
 * <p>An integration test because it needs {@code target/ibidem.jar}, which {@code package} makes after the unit
 * tests; run alone before packaging, it is skipped (and says so).
 */
class ModulePathIT {

    private static final Path JAR = Path.of("target", "ibidem.jar");
    private static final Path LIB = Path.of("target", "lib");

    @BeforeAll
    static void needsThePackagedJar() {
        assumeTrue(Files.isRegularFile(JAR) && Files.isDirectory(LIB),
                "skipped: target/ibidem.jar is not built yet (run `mvn verify`, or `mvn package` first)");
    }

    @Test
    void theModuleResolvesAgainstItsDependencies() {
        ModuleFinder finder = ModuleFinder.of(JAR, LIB);
        Configuration config = Configuration.resolve(finder, List.of(ModuleLayer.boot().configuration()),
                ModuleFinder.of(), Set.of("org.ibidem"));

        assertThat(config.findModule("org.ibidem")).isPresent();
    }

    @Test
    void exportsTheLibraryPackagesAndNoInternals() {
        ModuleDescriptor descriptor = ModuleFinder.of(JAR).find("org.ibidem").orElseThrow().descriptor();

        assertThat(descriptor.isAutomatic()).as("automatic module").isFalse();
        assertThat(descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("org.ibidem", "org.ibidem.reference", "org.ibidem.document",
                        "org.ibidem.citation", "org.ibidem.resolution", "org.ibidem.diagnostic",
                        "org.ibidem.style", "org.ibidem.bibtex", "org.ibidem.export", "org.ibidem.rewrite");
        assertThat(descriptor.opens()).singleElement().satisfies(o -> {
            assertThat(o.source()).isEqualTo("org.ibidem.cli");
            assertThat(o.targets()).containsExactly("info.picocli");
        });
    }

    @Test
    void aConsumerModuleAnalysesTextOnTheModulePath(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("src");
        Path pkg = Files.createDirectories(src.resolve("consumer"));
        Files.writeString(src.resolve("module-info.java"), "module consumer { requires org.ibidem; }\n");
        Files.writeString(pkg.resolve("Main.java"), String.join("\n",
                "package consumer;",
                "import org.ibidem.Analysis;",
                "import org.ibidem.Ibidem;",
                "public class Main {",
                "    public static void main(String[] args) {",
                "        Analysis a = Ibidem.analyzeText(\"Text.[1] More.[2]\\n\\nNotes\\n\\n\"",
                "                + \"1. Mary Beard, SPQR (New York: Liveright, 2015), 12.\\n2. Ibid., 14.\\n\");",
                "        System.out.println(a.notes().size() + \" notes, \" + a.sources().size() + \" source, \"",
                "                + a.sources().get(0).title());",
                "    }",
                "}", ""));
        String modulePath = JAR + java.io.File.pathSeparator + LIB;
        Path classes = dir.resolve("classes");

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-d", classes.toString(), "-p", modulePath,
                src.resolve("module-info.java").toString(), pkg.resolve("Main.java").toString());
        assertThat(status).as("javac exit status").isZero();

        String out = run(javaCommand(), "-p", classes + java.io.File.pathSeparator + modulePath,
                "-m", "consumer/consumer.Main");

        assertThat(out).isEqualToIgnoringNewLines("2 notes, 1 source, SPQR");
    }

    @Test
    void theCommandLineRunsAsAModule() throws Exception {
        String out = run(javaCommand(), "-p", JAR + java.io.File.pathSeparator + LIB,
                "-m", "org.ibidem/org.ibidem.cli.IbidemCli", "--version");

        assertThat(out).isNotBlank();
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        // Generous: a JVM start on a loaded machine, never a measure of speed.
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
        assertThat(p.exitValue()).as("exit status; output:%n%s", out).isZero();
        return out;
    }
}

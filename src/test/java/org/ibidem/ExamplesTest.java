package org.ibidem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java example, {@code examples/ReadNotes.java}, compiles against the current API and prints what
 * it promises, so it cannot drift from the code.
 */
class ExamplesTest {

    @Test
    void theApiExampleCompilesAndReadsTheNotesOfAnExample(@TempDir Path classes) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-d", classes.toString(), "-cp",
                System.getProperty("java.class.path"), Path.of("examples", "ReadNotes.java").toString());
        assertThat(status).as("javac exit status").isZero();

        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            Method main = loader.loadClass("ReadNotes").getMethod("main", String[].class);
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[] {"examples/cold-war-reading.txt"});
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);

        assertThat(out).contains("note 1: full -> gaddis2005, page 5")
                .contains("note 10: ibid -> (unresolved: AFTER_SEVERAL)")
                .contains("error[ibid-after-multiple]")
                .contains("Gaddis, John Lewis. The Cold War: A New History.");
    }
}

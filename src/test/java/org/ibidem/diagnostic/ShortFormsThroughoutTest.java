package org.ibidem.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.ibidem.cli.IbidemCli;
import org.junit.jupiter.api.Test;

/** One {@code short-forms-throughout} finding stands in for the errors of every short form; off, they return. */
class ShortFormsThroughoutTest {

    private static final String INPUT = CheckGoldenTest.GOLDEN.resolve("short-forms-throughout").resolve("input.txt")
            .toString();

    private static String check(String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "check";
        System.arraycopy(options, 0, args, 1, options.length);
        args[args.length - 1] = INPUT;
        StringWriter out = new StringWriter();
        IbidemCli.run(args, new PrintWriter(out), new PrintWriter(new StringWriter()));
        return out.toString();
    }

    @Test
    void reportsOnceInsteadOfAnErrorPerShortForm() {
        String out = check();
        assertThat(out).contains("warning[short-forms-throughout]: 5 works are cited only in short form")
                .doesNotContain("short-form-unmatched");
    }

    @Test
    void bringsBackEachErrorWhenSwitchedOff() {
        String out = check("--disable", "short-forms-throughout");
        assertThat(out).doesNotContain("[short-forms-throughout]");
        assertThat(out.lines().filter(l -> l.contains("error[short-form-unmatched]"))).hasSize(5);
    }
}

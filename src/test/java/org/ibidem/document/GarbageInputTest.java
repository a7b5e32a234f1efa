package org.ibidem.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.ibidem.HangDetector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad content never throws: every extractor returns a document for every input, within a bound on the processor
 * time it uses (a hang detector a busy machine cannot trip; see {@link HangDetector}).
 */
class GarbageInputTest {

    static Stream<Arguments> inputs() {
        String huge = "word [^1] <sup><a href=\"#fn1\">1</a></sup> \\footnote{x ".repeat(20_000);
        String manyNotes = ("Claim.[^%1$d]<sup><a href=\"#fn%1$d\">%1$d</a></sup>\\footnote{Note}\n"
                + "<ol><li id=\"fn%1$d\"><p>Note <em>%1$d</em></p></li></ol>\n[^%1$d]: Note *%1$d*.\n\n");
        StringBuilder many = new StringBuilder();
        for (int k = 1; k <= 5_000; k++) {
            many.append(manyNotes.formatted(k));
        }
        String unclosedOpeners = "\\chapter{\\begin{{% highlight x %}<li id=\"fn1\">".repeat(10_000);
        Random random = new Random(42);
        byte[] noise = new byte[50_000];
        random.nextBytes(noise);
        String[][] cases = {
            {"empty", ""},
            {"only spaces", " \n\t\r\n "},
            {"unclosed tags", "<html><body><p>Text<sup><a href=\"#fn1\">1<ol><li id=\"fn1\"><em>Never closed"},
            {"unclosed braces", "\\begin{document}Text.\\footnote{a {b {c \\emph{d"},
            {"unclosed front matter and liquid", "---\ntitle: x\n{% include [^1]\n{{ x [^1]: y"},
            {"lone markup characters", "\\ { } [ ] ^[ [^ [^]: & &amp &#xZZ; < > %"},
            {"deep nesting", "\\footnote{" + "{".repeat(50_000) + "x" + "<i>".repeat(5_000)},
            {"huge single line", huge},
            {"many notes", many.toString()},
            {"many unclosed openers", unclosedOpeners},
            {"random bytes", new String(noise, StandardCharsets.ISO_8859_1)},
        };
        return Arrays.stream(InputFormat.values())
                .flatMap(format -> Arrays.stream(cases).map(c -> Arguments.of(format, c[0], c[1])));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("inputs")
    void neverThrowsOnContent(InputFormat format, String what, String content) {
        if (format == InputFormat.DOCX) {
            // Not a zip archive holding a Word document: refused out loud, never read as a document of no notes.
            assertThatThrownBy(() -> Documents.extractorFor(format).extract(what, content))
                    .isInstanceOfSatisfying(UnreadableDocumentException.class,
                            e -> assertThat(e.code()).isEqualTo("unreadable-docx"))
                    .hasMessageStartingWith(what + ": cannot read the notes of this Word .docx file: ");
            return;
        }
        Document doc = HangDetector.withinCpuTime(Duration.ofSeconds(20), format + ": " + what,
                () -> Documents.extractorFor(format).extract(what, content));
        assertThat(doc.format()).isEqualTo(format);
        assertThat(doc.notes()).allSatisfy(n -> assertThat(n.position().offset()).isBetween(0, doc.text().length()));
    }
}

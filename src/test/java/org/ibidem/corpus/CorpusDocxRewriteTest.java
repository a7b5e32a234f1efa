package org.ibidem.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.IbidemOptions;
import org.ibidem.document.Documents;
import org.ibidem.document.InputFormat;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.rewrite.Change;
import org.ibidem.rewrite.Rewrite;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every .docx of the accuracy corpus survives a rewrite in three note styles: the same notes, the body and every
 * other part of the package byte for byte, the rewritten citations read back from the new .docx as the same
 * works at the same places, and a second rewrite changes nothing.
 */
class CorpusDocxRewriteTest {

    static Stream<Arguments> documents() {
        List<Arguments> out = new ArrayList<>();
        for (CorpusDocuments.Entry e : CorpusDocuments.all()) {
            if (InputFormat.forFileName(e.file().toString()).orElse(null) != InputFormat.DOCX) {
                continue;
            }
            for (String style : List.of("chicago-notes-bibliography",
                    "chicago-notes-bibliography-subsequent-ibid-17th-edition", "mhra-notes")) {
                out.add(Arguments.of(e, style));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("documents")
    void survivesARewrite(CorpusDocuments.Entry entry, String style) throws IOException {
        byte[] original = Files.readAllBytes(entry.file());
        Analysis before = analyze(original);
        Rewrite once = before.rewrite(style, IbidemOptions.defaults(), original);
        byte[] rewritten = once.bytesLike(original);
        Analysis after = analyze(rewritten);

        assertThat(after.document().text()).isEqualTo(once.text());
        assertThat(after.notes()).hasSameSizeAs(before.notes());
        Map<String, byte[]> was = entries(original);
        Map<String, byte[]> is = entries(rewritten);
        assertThat(is.keySet()).containsExactlyElementsOf(was.keySet());
        for (String name : was.keySet()) {
            if (!name.equals("word/footnotes.xml") && !name.equals("word/endnotes.xml")) {
                assertThat(Arrays.equals(is.get(name), was.get(name))).as(name).isTrue();
            }
        }
        for (Change c : once.changes()) {
            int n = c.note().index() - 1;
            List<String> cited = new ArrayList<>();
            for (ResolvedCitation rc : before.notes().get(n).citations()) {
                cited.add(rc.sourceId() + " " + rc.locator());
            }
            List<String> reread = new ArrayList<>();
            for (ResolvedCitation rc : after.notes().get(n).citations()) {
                reread.add(rc.sourceId() + " " + rc.locator());
            }
            assertThat(reread).as("note %s: %s", c.note().displayName(), c.replacement()).isEqualTo(cited);
        }
        assertThat(after.rewrite(style, IbidemOptions.defaults(), rewritten).changes())
                .as("changes of a second rewrite").isEmpty();
    }

    private static Analysis analyze(byte[] docx) {
        return Ibidem.analyze(Documents.parse("document.docx", docx), IbidemOptions.defaults());
    }

    private static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}

package org.ibidem.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.ibidem.Ibidem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A .docx that is a zip but whose notes cannot be read is refused out loud ({@code unreadable-docx}), never read
 * as a document with no notes; and a large embedded media part does not stop the notes from being read.
 */
class UnreadableDocxTest {

    /** 110 MB: past POI's 100 MB limit on one part held in memory. */
    private static final long BIG_MEDIA = 110L << 20;

    @TempDir
    Path dir;

    /** The entries of a real .docx (the four-note sample), in order. */
    private static Map<String, byte[]> sampleEntries() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(DocxExtractorTest.sample()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private Path write(String name, Map<String, byte[]> entries) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private Path sampleWith(String name, UnaryOperator<Map<String, byte[]>> change) throws IOException {
        return write(name, change.apply(sampleEntries()));
    }

    @Test
    void refusesADocxWithoutItsContentTypesPart() throws IOException {
        Path file = sampleWith("no-types.docx", e -> {
            e.remove("[Content_Types].xml");
            return e;
        });

        assertThatThrownBy(() -> Documents.read(file))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.code()).isEqualTo("unreadable-docx"))
                .hasMessage(file + ": cannot read the notes of this Word .docx file: it has no [Content_Types].xml "
                        + "part, so it is not a Word document or is damaged");
    }

    @Test
    void refusesADocxWhoseDocumentDeclaresADoctype() throws IOException {
        Path file = sampleWith("doctype.docx", e -> {
            String xml = new String(e.get("word/document.xml"), StandardCharsets.UTF_8);
            int root = xml.indexOf("<w:document");
            e.put("word/document.xml", (xml.substring(0, root) + "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>"
                    + xml.substring(root)).getBytes(StandardCharsets.UTF_8));
            return e;
        });

        assertThatThrownBy(() -> Ibidem.analyze(file))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.code()).isEqualTo("unreadable-docx"))
                .hasMessageStartingWith(file + ": cannot read the notes of this Word .docx file: ")
                .hasMessageContaining("DOCTYPE")
                .message().doesNotContain("\n");
    }

    @Test
    void refusesTheSameDocxGivenAsBytes() throws IOException {
        byte[] bytes = Files.readAllBytes(sampleWith("no-types.docx", e -> {
            e.remove("[Content_Types].xml");
            return e;
        }));

        assertThatThrownBy(() -> Documents.parse("no-types.docx", bytes))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("[Content_Types].xml");
    }

    @Test
    void refusesADocxCutShortGivenAsBytesAsItDoesOnDisk() throws IOException {
        // Streaming over the entries stopped quietly where the bytes ended: the notes were lost with exit 0.
        byte[] whole = Files.readAllBytes(sampleWith("whole.docx", e -> e));
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        Path file = dir.resolve("half.docx");
        Files.write(file, half);

        assertThatThrownBy(() -> Documents.parse("half.docx", half))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("half.docx: ").hasMessageContaining("damaged");
        assertThatThrownBy(() -> Documents.read(file)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("damaged");
    }

    @Test
    void saysSoWhenADocxHasNoNotes() throws IOException {
        Path file = sampleWith("no-notes.docx", e -> {
            String xml = new String(e.get("word/document.xml"), StandardCharsets.UTF_8);
            e.put("word/document.xml", xml.replaceAll("<w:(footnote|endnote)Reference [^>]*/>", "")
                    .getBytes(StandardCharsets.UTF_8));
            e.remove("word/footnotes.xml");
            e.remove("word/endnotes.xml");
            return e;
        });

        Document doc = Documents.read(file);
        assertThat(doc.notes()).isEmpty();
        assertThat(doc.problems()).extracting(DocumentProblem::code).containsExactly("no-notes-found");
        assertThat(Documents.parse("no-notes.docx", Files.readAllBytes(file)).problems())
                .extracting(DocumentProblem::code).containsExactly("no-notes-found");
    }

    @Test
    void readsTheNotesOfADocxThatEmbedsAMediaPartOver100Megabytes() throws IOException {
        Path file = dir.resolve("with-video.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> e : sampleEntries().entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
            writeZeros(zip, "word/media/video.mp4", BIG_MEDIA);
        }

        Document doc = Documents.read(file);

        assertThat(doc.notes()).hasSize(4);
        assertThat(doc.problems()).isEmpty();
    }

    @Test
    void readsTheNotesOfTheSameDocxHeldInMemory() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            writeZeros(zip, "word/media/first.bin", 20L << 20); // before the parts: skipped while streaming
            for (Map.Entry<String, byte[]> e : sampleEntries().entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }

        assertThat(Documents.parse("in-memory.docx", bytes.toByteArray()).notes()).hasSize(4);
    }

    @Test
    void refusesAPartThatExpandsLikeAZipBomb() throws IOException {
        Path file = sampleWith("bomb.docx", e -> {
            String xml = new String(e.get("word/document.xml"), StandardCharsets.UTF_8);
            int body = xml.indexOf("<w:body>") + "<w:body>".length();
            // 40 MB of one repeated comment deflates about a thousand-fold.
            e.put("word/document.xml", (xml.substring(0, body) + "<!--" + "a".repeat(40 << 20) + "-->"
                    + xml.substring(body)).getBytes(StandardCharsets.UTF_8));
            return e;
        });

        assertThatThrownBy(() -> Documents.read(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("word/document.xml expands more than 100-fold");
    }

    /** A stored (uncompressed) entry of zero bytes, written in blocks: nothing of its size is held in memory. */
    private static void writeZeros(ZipOutputStream zip, String name, long size) throws IOException {
        byte[] block = new byte[1 << 20];
        CRC32 crc = new CRC32();
        for (long done = 0; done < size; done += block.length) {
            crc.update(block, 0, (int) Math.min(block.length, size - done));
        }
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(size);
        entry.setCompressedSize(size);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        OutputStream out = zip;
        for (long done = 0; done < size; done += block.length) {
            out.write(block, 0, (int) Math.min(block.length, size - done));
        }
        zip.closeEntry();
    }
}

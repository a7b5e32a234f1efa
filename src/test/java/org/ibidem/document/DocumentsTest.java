package org.ibidem.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentsTest {

    @ParameterizedTest
    @CsvSource({
        "essay.md, MARKDOWN", "essay.markdown, MARKDOWN", "post.html, HTML", "post.HTM, HTML",
        "book.xhtml, HTML", "ch7.tex, LATEX", "ch7.latex, LATEX", "thesis.docx, DOCX", "notes.txt, TEXT",
        "dir.d/notes.TXT, TEXT"})
    void picksTheFormatFromTheExtension(String fileName, InputFormat expected) {
        assertThat(InputFormat.forFileName(fileName)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"notes", ".notes", "notes.", "archive.zip", "dir.d/notes"})
    void saysNothingForOtherNames(String fileName) {
        assertThat(InputFormat.forFileName(fileName)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        <!DOCTYPE html><html><body><p>Hi</p></body></html>   | HTML
        '  <html lang="en"><p>x</p></html>'                  | HTML
        Text.[^1]\\n\\n[^1]: A note.                          | MARKDOWN
        \\documentclass{article}\\begin{document}x\\end{document} | LATEX
        A claim.\\footnote{A note.}                          | LATEX
        A claim.[1]\\n\\n[1] A note.                          | TEXT
        """)
    void sniffsTheFormatOfUnnamedText(String content, InputFormat expected) {
        String text = content.replace("\\n", "\n");
        assertThat(Documents.parse("pasted", text).format()).isEqualTo(expected);
    }

    @Test
    void readsAFileInTheFormatAskedFor(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("chapter.txt"), "Text.[1] \\footnote{A note.}\n\n[1] Ibid.\n");
        assertThat(Documents.read(file).format()).isEqualTo(InputFormat.TEXT);
        Document asLatex = Documents.read(file, InputFormat.LATEX);
        assertThat(asLatex.format()).isEqualTo(InputFormat.LATEX);
        assertThat(asLatex.notes()).extracting(Note::text).containsExactly("A note.");
    }

    @Test
    void refusesABinaryTextFile(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("notes.txt"), new byte[] {'a', 0, 'b'});
        assertThatThrownBy(() -> Documents.read(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("binary");
    }

    @Test
    void refusesADocxThatIsNotAZip(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("thesis.docx"), "just text");
        assertThatThrownBy(() -> Documents.read(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("not a zip");
    }

    @Test
    void readsADocxDespiteItsNulBytes() {
        byte[] docx = DocxExtractorTest.sample();
        assertThat(docx).contains((byte) 0);
        assertThat(Documents.parse("thesis", docx).format()).isEqualTo(InputFormat.DOCX);
    }

    @Test
    void decodesBytesOfTextFormatsAsUtf8() {
        byte[] bytes = "<p>Caf\u00e9.<sup><a href=\"#n1\">1</a></sup></p><ol><li id=\"n1\">Gödel.</li></ol>"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(Documents.parse("page.html", bytes).notes()).extracting(Note::text).containsExactly("Gödel.");
    }

    @ParameterizedTest
    @CsvSource({"md, MARKDOWN", "Markdown, MARKDOWN", "htm, HTML", "tex, LATEX", ".docx, DOCX", "text, TEXT"})
    void namesFormatsByNameOrExtension(String name, InputFormat expected) {
        assertThat(InputFormat.fromName(name)).isEqualTo(expected);
    }

    @Test
    void listsTheValidNamesWhenAskedForAnUnknownFormat() {
        assertThatThrownBy(() -> InputFormat.fromName("rtf"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown input format 'rtf'. Supported formats: [text, markdown, html, latex, docx]");
    }

    @Test
    void readsAMarkdownPageNamedTxtAsMarkdownAndSaysSo() {
        Document doc = Documents.parse("essay.txt", "Text.[^1]\n\n[^1]: Mary Beard, *SPQR* (2015), 12.\n");
        assertThat(doc.format()).isEqualTo(InputFormat.MARKDOWN);
        assertThat(doc.notes()).hasSize(1);
        assertThat(doc.problems()).extracting(DocumentProblem::code).containsExactly("format-fallback");
        assertThat(doc.problems().get(0).message()).contains("read as markdown", "from its name");
    }

    @Test
    void saysWhichFromWouldFindNotesWhenTheChosenFormatFindsNone() {
        Document doc = Documents.parse("essay.txt", "Text.[1]\n\n[1] Mary Beard, SPQR (2015), 12.\n",
                InputFormat.LATEX);
        assertThat(doc.notes()).isEmpty();
        assertThat(doc.problems()).extracting(DocumentProblem::code).containsExactly("no-notes-found");
        assertThat(doc.problems().get(0).message()).contains("--from text");
    }

    @Test
    void warnsWhenNoReadingFindsANote() {
        Document doc = Documents.parse("essay.md", "A paragraph that cites nothing at all.\n");
        assertThat(doc.problems()).extracting(DocumentProblem::code).containsExactly("no-notes-found");
        assertThat(doc.problems().get(0).message()).contains("markdown", "text", "html", "latex");
    }

    @Test
    void saysNothingOfABlankDocumentOrOneWithNotes() {
        assertThat(Documents.parse("empty.txt", "  \n").problems()).isEmpty();
        assertThat(Documents.parse("essay.txt", "Text.[1]\n\n[1] Ibid.\n").problems()).isEmpty();
    }

    @Test
    void keepsATextThatOnlyTalksAboutNotesWithoutNotesAndSaysWhatAnotherReadingFound() {
        Document doc = Documents.parse("README.md", "Write notes as `\\footnote{...}` in LaTeX files.\n");
        assertThat(doc.format()).isEqualTo(InputFormat.MARKDOWN);
        assertThat(doc.notes()).isEmpty();
        assertThat(doc.problems()).extracting(DocumentProblem::code).containsExactly("no-notes-found");
        assertThat(doc.problems().get(0).message()).contains("--from latex");
    }
}

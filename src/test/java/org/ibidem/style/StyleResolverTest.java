package org.ibidem.style;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.undercouch.citeproc.CSL;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ibidem.style.ResolvedStyle.Origin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StyleResolverTest {

    /** A complete, tiny independent style whose output cannot be mistaken for a bundled one. */
    static final String HOUSE_STYLE = """
            <?xml version="1.0" encoding="utf-8"?>
            <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
              <info>
                <title>House style</title>
                <id>http://example.org/styles/house</id>
                <updated>2025-01-01T00:00:00+00:00</updated>
              </info>
              <citation><layout><text variable="title"/></layout></citation>
              <bibliography>
                <sort><key variable="title"/></sort>
                <layout><text value="HOUSE: "/><text variable="title"/></layout>
              </bibliography>
            </style>
            """;

    static String dependentOn(String parentUrl) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
                  <info>
                    <title>Journal of Our Department</title>
                    <id>http://example.org/styles/department</id>
                    <link href="http://example.org/styles/department" rel="self"/>
                    <link href="%s" rel="independent-parent"/>
                    <updated>2025-01-01T00:00:00+00:00</updated>
                  </info>
                </style>
                """.formatted(parentUrl);
    }

    @TempDir
    Path dir;

    private StyleResolver resolver() {
        return new StyleResolver(dir.resolve("styles"));
    }

    private Path write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "chicago, chicago-notes-bibliography",
        "Chicago, chicago-notes-bibliography",
        "apa,     apa",
        "mla,     modern-language-association",
    })
    void expandsAnAliasToABundledStyle(String alias, String id) {
        ResolvedStyle style = resolver().resolve(alias);

        assertThat(style.id()).isEqualTo(id);
        assertThat(style.origin()).isEqualTo(Origin.BUNDLED);
        assertThat(style.file()).isNull();
        assertThat(style.isDependent()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"chicago-notes-bibliography", "apa", "modern-language-association"})
    void aliasTargetsAreBundledIndependentStylesWithABibliography(String id) throws IOException {
        // The Chicago ids changed with the 18th edition (2025): prove the ones we rely on are in styles 26.2.
        assertThat(CSL.getSupportedStyles()).contains(id);
        assertThat(CSL.supportsStyle(id)).isTrue();
        assertThat(CSL.canFormatBibliographies(id)).isTrue();
    }

    @Test
    void theChicagoAliasIsTheEighteenthEditionFullNoteStyle() throws IOException {
        try (var in = CSL.class.getResourceAsStream("/" + Styles.CHICAGO + ".csl")) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);

            assertThat(xml).contains("<title>Chicago Manual of Style 18th edition (notes and bibliography)</title>")
                    .contains("class=\"note\"");
        }
    }

    @Test
    void findsAnyBundledStyleById() {
        ResolvedStyle style = resolver().resolve("chicago-shortened-notes-bibliography");

        assertThat(style.origin()).isEqualTo(Origin.BUNDLED);
        assertThat(style.id()).isEqualTo("chicago-shortened-notes-bibliography");
    }

    @Test
    void prefersAFileInTheStylesDirectoryToTheBundledStyle() throws IOException {
        Path local = write("styles/apa.csl", HOUSE_STYLE);

        ResolvedStyle style = resolver().resolve("apa");

        assertThat(style.origin()).isEqualTo(Origin.STYLES_DIRECTORY);
        assertThat(style.file()).isEqualTo(local);
        assertThat(new BibliographyFormatter(resolver())
                .format(List.of(SampleReferences.SHEN_BOOK), "apa", OutputFormat.TEXT).entries())
                .containsExactly("HOUSE: Reviewing and Reconsidering the History of Sino-Soviet Relations");
    }

    @Test
    void letsTheStylesDirectoryOverrideTheStyleAnAliasStandsFor() throws IOException {
        write("styles/chicago-notes-bibliography.csl", HOUSE_STYLE);

        assertThat(resolver().resolve("chicago").origin()).isEqualTo(Origin.STYLES_DIRECTORY);
    }

    @Test
    void findsAStyleInTheStylesDirectoryThatIsNotBundled() throws IOException {
        write("styles/house.csl", HOUSE_STYLE);

        ResolvedStyle style = resolver().resolve("house");

        assertThat(style.id()).isEqualTo("house");
        assertThat(style.origin()).isEqualTo(Origin.STYLES_DIRECTORY);
    }

    @Test
    void acceptsAPathToACslFile() throws IOException {
        Path file = write("elsewhere/house.csl", HOUSE_STYLE);

        ResolvedStyle style = resolver().resolve(file.toString());

        assertThat(style.origin()).isEqualTo(Origin.FILE);
        assertThat(style.id()).isEqualTo("house");
        assertThat(style.file()).isEqualTo(file.toAbsolutePath());
        assertThat(new BibliographyFormatter(resolver())
                .format(SampleReferences.BIBLIOGRAPHY, file.toString(), OutputFormat.TEXT).entries())
                .first().asString().startsWith("HOUSE: After Khrushchev");
    }

    @Test
    void acceptsAPathWithoutTheCslEnding() throws IOException {
        Path file = write("elsewhere/house", HOUSE_STYLE);

        ResolvedStyle style = resolver().resolve(file.toString());

        assertThat(style.origin()).isEqualTo(Origin.FILE);
        assertThat(style.id()).isEqualTo("house");
    }

    @Test
    void readsAStyleFileThatStartsWithAByteOrderMark() throws IOException {
        Path file = write("bom/house.csl", "\uFEFF" + HOUSE_STYLE);

        assertThat(new BibliographyFormatter(resolver())
                .format(List.of(SampleReferences.SHEN_BOOK), file.toString(), OutputFormat.TEXT).entries())
                .singleElement().asString().startsWith("HOUSE: ");
    }

    @Test
    void seesAnEditedStyleFile() throws IOException {
        Path file = write("styles/house.csl", HOUSE_STYLE);
        BibliographyFormatter formatter = new BibliographyFormatter(resolver());
        formatter.format(List.of(SampleReferences.SHEN_BOOK), "house", OutputFormat.TEXT);

        Files.writeString(file, HOUSE_STYLE.replace("HOUSE: ", "EDITED: "));

        assertThat(formatter.format(List.of(SampleReferences.SHEN_BOOK), "house", OutputFormat.TEXT).entries())
                .singleElement().asString().startsWith("EDITED: ");
    }

    @Test
    void usesTheBundledParentOfABundledDependentStyle() {
        ResolvedStyle style = resolver().resolve("annals-of-anatomy");

        assertThat(style.origin()).isEqualTo(Origin.BUNDLED);
        assertThat(style.parentId()).isEqualTo("elsevier-harvard");
        assertThat(new BibliographyFormatter(resolver())
                .format(List.of(SampleReferences.SHEN_BOOK), "annals-of-anatomy", OutputFormat.TEXT).entries())
                .singleElement().asString().startsWith("Shen, Z").contains("2016");
    }

    @Test
    void rendersADependentStyleFileWithItsBundledParent() throws IOException {
        write("styles/department.csl", dependentOn("http://www.zotero.org/styles/apa"));

        ResolvedStyle style = resolver().resolve("department");
        FormattedBibliography bib = new BibliographyFormatter(resolver())
                .format(List.of(SampleReferences.SHEN_BOOK), "department", OutputFormat.TEXT);

        assertThat(style.parentId()).isEqualTo("apa");
        assertThat(style.isDependent()).isTrue();
        assertThat(bib.styleId()).isEqualTo("department");
        assertThat(bib.entries()).singleElement().asString().startsWith("Shen, Z. (2016).");
    }

    @Test
    void rejectsADependentStyleWhoseParentCannotBeFound() throws IOException {
        Path file = write("orphan.csl", dependentOn("http://www.zotero.org/styles/no-such-parent"));

        assertThatThrownBy(() -> resolver().resolve(file.toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dependent style")
                .hasMessageContaining("'no-such-parent'")
                .hasMessageContaining("no-such-parent.csl");
    }

    @Test
    void rejectsAnUnknownNameListingTheAliasesAndWhereIdsComeFrom() {
        assertThatThrownBy(() -> resolver().resolve("turabian"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown style 'turabian'.")
                .hasMessageContaining("chicago (chicago-notes-bibliography), apa (apa), mla (modern-language-association)")
                .hasMessageContaining(dir.resolve("styles").toString())
                .hasMessageContaining("https://www.zotero.org/styles");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"missing.csl", "../apa", "de/undercouch/citeproc/CSL"})
    void takesANameWithASeparatorOrCslEndingOnlyAsAPath(String name) {
        assertThatThrownBy(() -> resolver().resolve(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("No style file at ");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "  ", "apa!", ".hidden"})
    void rejectsNamesThatAreNoStyleId(String name) {
        assertThatThrownBy(() -> resolver().resolve(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown style");
    }

    @Test
    void rejectsAFileThatIsNotACslStyle() throws IOException {
        Path file = write("notes.csl", "Shen, Zhihua. Reviewing and Reconsidering ...");

        assertThatThrownBy(() -> resolver().resolve(file.toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a CSL style");
    }

    @Test
    void rejectsXmlThatIsNotACslStyle() throws IOException {
        Path file = write("page.csl", "<html><body>Shen</body></html>");

        assertThatThrownBy(() -> resolver().resolve(file.toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a CSL style: its root element is <html>");
    }

    @Test
    void refusesAStyleWithADoctypeSoNoExternalEntityIsRead() throws IOException {
        String withEntity = HOUSE_STYLE.replace("<style ",
                "<!DOCTYPE style [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>\n<style ")
                .replace("HOUSE: ", "&secret;");
        Path file = write("xxe.csl", withEntity);

        assertThatThrownBy(() -> resolver().resolve(file.toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not well-formed XML")
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void rejectsAStyleFileThatIsNotWellFormed() throws IOException {
        Path file = write("broken.csl", "<style><info></style>");

        assertThatThrownBy(() -> resolver().resolve(file.toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not well-formed XML");
    }

    @Test
    void reportsANoteStyleWithoutBibliographyAsUnusable() throws IOException {
        String notesOnly = HOUSE_STYLE.replaceAll("(?s)<bibliography>.*</bibliography>", "");
        Path file = write("notes-only.csl", notesOnly);

        assertThatThrownBy(() -> new BibliographyFormatter(resolver())
                .format(List.of(SampleReferences.SHEN_BOOK), file.toString(), OutputFormat.TEXT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no bibliography layout");
    }
}

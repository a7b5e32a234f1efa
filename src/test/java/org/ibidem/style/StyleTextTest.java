package org.ibidem.style;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ibidem.reference.Locator;
import org.ibidem.style.ResolvedStyle.Origin;
import org.junit.jupiter.api.Test;

/** A style given as its XML, as text or read from a stream, where a name or path would go. */
class StyleTextTest {

    private static final String HOUSE = StyleResolverTest.HOUSE_STYLE;

    @Test
    void takesAStylesXmlForItsName() {
        ResolvedStyle style = new StyleResolver().resolve(HOUSE);

        assertThat(style.origin()).isEqualTo(Origin.TEXT);
        assertThat(style.id()).isEqualTo("house");
        assertThat(style.requested()).isEqualTo("(XML)");
        assertThat(style.file()).isNull();
    }

    @Test
    void formatsABibliographyInAStyleGivenAsXml() {
        FormattedBibliography bib = new BibliographyFormatter()
                .format(List.of(SampleReferences.SHEN_BOOK), HOUSE, OutputFormat.TEXT);

        assertThat(bib.styleId()).isEqualTo("house");
        assertThat(bib.entries()).containsExactly(
                "HOUSE: Reviewing and Reconsidering the History of Sino-Soviet Relations");
    }

    @Test
    void formatsACitationInAStyleGivenAsXml() {
        assertThat(new CitationFormatter().format(new Cite(SampleReferences.SHEN_BOOK, Locator.page("3"),
                CitePosition.FIRST), HOUSE, OutputFormat.TEXT))
                .isEqualTo("Reviewing and Reconsidering the History of Sino-Soviet Relations");
    }

    @Test
    void readsAStyleFromAStreamWithAByteOrderMark() throws IOException {
        byte[] bytes = ("\uFEFF" + HOUSE).getBytes(StandardCharsets.UTF_8);

        String xml = StyleResolver.readXml(new ByteArrayInputStream(bytes));

        assertThat(xml).startsWith("<?xml");
        assertThat(new BibliographyFormatter().format(List.of(SampleReferences.SHEN_BOOK), xml, OutputFormat.TEXT)
                .entries()).singleElement().asString().startsWith("HOUSE: ");
    }

    @Test
    void rendersADependentStyleGivenAsXmlWithItsBundledParent() {
        String department = StyleResolverTest.dependentOn("http://www.zotero.org/styles/apa");

        FormattedBibliography bib = new BibliographyFormatter()
                .format(List.of(SampleReferences.SHEN_BOOK), department, OutputFormat.TEXT);

        assertThat(bib.styleId()).isEqualTo("department");
        assertThat(bib.entries()).singleElement().asString().startsWith("Shen, Z. (2016).");
    }

    @Test
    void refusesAStreamThatIsNotACslStyle() {
        byte[] html = "<html><body>Shen</body></html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> StyleResolver.readXml(new ByteArrayInputStream(html)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a CSL style");
    }

    @Test
    void refusesAStreamThatIsNotXml() {
        byte[] text = "Shen, Zhihua. Reviewing ...".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> StyleResolver.readXml(new ByteArrayInputStream(text)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The stream does not hold a CSL style: it is not XML");
    }
}

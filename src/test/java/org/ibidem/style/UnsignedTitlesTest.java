package org.ibidem.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;

/**
 * An unsigned periodical article keeps its quotation marks when the periodical stands in for the author. The
 * expected text entries were printed by citeproc-js 2.4.63 for the same items (chicago-notes-bibliography, styles
 * 26.2, en-US).
 */
class UnsignedTitlesTest {

    private static final BibliographyFormatter FORMATTER = new BibliographyFormatter();

    private static final Reference UNSIGNED = Reference.builder(ItemType.ARTICLE_MAGAZINE)
            .title("On a General Method in the Theory of Probabilities").containerTitle("Phil. Mag.")
            .issued(PartialDate.ofYear(1854)).build();

    @Test
    void chicagoQuotesTheTitleOfAnArticleListedUnderItsPeriodical() {
        assertThat(FORMATTER.format(List.of(UNSIGNED), "chicago", OutputFormat.TEXT).entries())
                .containsExactly("Phil. Mag. “On a General Method in the Theory of Probabilities.” 1854.");
    }

    @Test
    void theQuotedTitleIsRomanInHtml() {
        assertThat(FORMATTER.format(List.of(UNSIGNED), "chicago", OutputFormat.HTML).entries()).singleElement()
                .asString()
                .contains("&ldquo;On a General Method in the Theory of Probabilities.&rdquo; 1854.")
                .doesNotContain("<i>On a General");
    }

    @Test
    void requoteTakesTheStylesQuotationFromTheSignedRendering() {
        assertThat(UnsignedTitles.requote("Phil. Mag. On a General Method. 1854.",
                UnsignedTitles.STAND_IN + ". “On a General Method.” Phil. Mag., 1854.", OutputFormat.TEXT))
                .isEqualTo("Phil. Mag. “On a General Method.” 1854.");
    }

    @Test
    void anEntryWhoseTitleIsQuotedAlreadyIsLeftAlone() {
        String entry = "“On a General Method.” Phil. Mag, 1854.";
        assertThat(UnsignedTitles.requote(entry, UnsignedTitles.STAND_IN + ". “On a General Method.” Phil. Mag, 1854.",
                OutputFormat.TEXT)).isEqualTo(entry);
    }
}

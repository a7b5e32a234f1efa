package org.ibidem.style;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;

/**
 * Any CSL style, not three: a book, an article and a chapter in author-date, numeric and note styles other than
 * the aliases, each entry read against the style's manual. Where citeproc-java itself gets an entry wrong the
 * test says so and asserts the parts it gets right, so that a fix shows as a failure to update, not as silence.
 */
class StyleGalleryTest {

    private static final Reference BOOK = SampleReferences.SHEN_BOOK;
    private static final Reference ARTICLE = SampleReferences.RUSH_ARTICLE_PAGES;
    private static final Reference CHAPTER = SampleReferences.CHEN_YANG_CHAPTER;

    private static final List<Reference> WORKS = List.of(BOOK, ARTICLE, CHAPTER);

    private static final BibliographyFormatter FORMATTER = new BibliographyFormatter();

    private static List<String> entries(String style) {
        return FORMATTER.format(WORKS, style, OutputFormat.TEXT).entries();
    }

    @Test
    void formatsChicagoAuthorDateWithTheYearAfterTheAuthors() {
        assertThat(entries("chicago-author-date")).containsExactly(
                "Chen, Jian, and Kuisong Yang. 1998. “Chinese Politics and the Collapse of the Sino-Soviet Alliance.”"
                        + " In Brothers in Arms: The Rise and Fall of the Sino-Soviet Alliance, 1945-1963, edited by"
                        + " Odd Arne Westad. Stanford University Press.",
                "Rush, Myron. 1969. “After Khrushchev: Problems of Succession in the Soviet Union.” Studies in"
                        + " Comparative Communism 2 (3): 51–74.",
                "Shen, Zhihua. 2016. Reviewing and Reconsidering the History of Sino-Soviet Relations. Social"
                        + " Sciences Academic Press.");
    }

    @Test
    void formatsHarvardCiteThemRightWithInitialsAndPlaceOfPublication() {
        assertThat(entries("harvard-cite-them-right")).containsExactly(
                "Chen, J. and Yang, K. (1998) “Chinese Politics and the Collapse of the Sino-Soviet Alliance,” in"
                        + " O.A. Westad (ed.) Brothers in Arms: The Rise and Fall of the Sino-Soviet Alliance,"
                        + " 1945-1963. Stanford, CA: Stanford University Press, pp. 246–294.",
                "Rush, M. (1969) “After Khrushchev: Problems of Succession in the Soviet Union,” Studies in"
                        + " Comparative Communism, 2(3), pp. 51–74.",
                "Shen, Z. (2016) Reviewing and Reconsidering the History of Sino-Soviet Relations. Beijing: Social"
                        + " Sciences Academic Press.");
    }

    @Test
    void numbersIeeeEntriesInCitationOrderWithASpaceAfterTheLabel() {
        assertThat(entries("ieee")).containsExactly(
                "[1] Z. Shen, Reviewing and Reconsidering the History of Sino-Soviet Relations. Beijing: Social"
                        + " Sciences Academic Press, 2016.",
                "[2] M. Rush, “After Khrushchev: Problems of Succession in the Soviet Union,” Studies in Comparative"
                        + " Communism, vol. 2, no. 3, pp. 51–74, 1969.",
                "[3] J. Chen and K. Yang, “Chinese Politics and the Collapse of the Sino-Soviet Alliance,” in Brothers"
                        + " in Arms: The Rise and Fall of the Sino-Soviet Alliance, 1945-1963, O. A. Westad, Ed.,"
                        + " Stanford, CA: Stanford University Press, 1998, pp. 246–294.");
    }

    @Test
    void takesVancouverUnderItsNewIdNlmCitationSequence() {
        FormattedBibliography bib = FORMATTER.format(WORKS, "vancouver", OutputFormat.TEXT);

        assertThat(bib.styleId()).isEqualTo("nlm-citation-sequence");
        assertThat(bib.entries()).containsExactly(
                "1. Shen Z. Reviewing and Reconsidering the History of Sino-Soviet Relations. Beijing: Social Sciences"
                        + " Academic Press; 2016.",
                "2. Rush M. After Khrushchev: Problems of Succession in the Soviet Union. Studies in Comparative"
                        + " Communism. 1969;2(3):51–74.",
                "3. Chen J, Yang K. Chinese Politics and the Collapse of the Sino-Soviet Alliance. In: Westad OA,"
                        + " editor. Brothers in Arms: The Rise and Fall of the Sino-Soviet Alliance, 1945-1963."
                        + " Stanford, CA: Stanford University Press; 1998. pp. 246–94.");
    }

    @Test
    void formatsOscolaWithoutFullStopsAndTheYearInParentheses() {
        List<String> entries = entries("oscola");

        assertThat(entries).hasSize(3);
        assertThat(entries.get(1)).isEqualTo("Rush M, ‘After Khrushchev: Problems of Succession in the Soviet"
                + " Union’ (1969) 2 Studies in Comparative Communism 51");
        assertThat(entries.get(2)).isEqualTo("Shen Z, Reviewing and Reconsidering the History of Sino-Soviet"
                + " Relations (Social Sciences Academic Press 2016)");
        // citeproc-java leaves the delimiter of the empty container-author slot: "in , Odd Arne Westad (ed)",
        // where OSCOLA writes "in Odd Arne Westad (ed)". The rest is as OSCOLA 4th ed. §3.1.3 shows it.
        assertThat(entries.get(0)).startsWith("Chen J and Yang K, ‘Chinese Politics and the Collapse of the"
                        + " Sino-Soviet Alliance’ in ")
                .endsWith("Odd Arne Westad (ed), Brothers in Arms: The Rise and Fall of the Sino-Soviet Alliance,"
                        + " 1945-1963 (Stanford University Press 1998)");
    }

    @Test
    void formatsMhraNotesUnderItsFormerIdToo() {
        FormattedBibliography bib = FORMATTER.format(WORKS, "modern-humanities-research-association",
                OutputFormat.TEXT);

        assertThat(bib.styleId()).isEqualTo("mhra-notes");
        assertThat(bib.entries()).isEqualTo(entries("mhra-notes"));
        assertThat(bib.entries().get(1)).startsWith("Rush, Myron, ‘After Khrushchev: Problems of Succession in the"
                + " Soviet Union").endsWith(" Studies in Comparative Communism, 2.3 (1969), pp. 51–74");
        assertThat(bib.entries().get(2)).isEqualTo("Shen, Zhihua, Reviewing and Reconsidering the History of"
                + " Sino-Soviet Relations (Social Sciences Academic Press, 2016)");
        // MHRA (en-GB) puts the comma after the closing quote; citeproc-java puts it inside (‘…Union,’), so the
        // quoted titles are checked up to the mark only.
        assertThat(bib.entries().get(0)).startsWith("Chen, Jian, and Kuisong Yang, ‘Chinese Politics and the"
                        + " Collapse of the Sino-Soviet Alliance")
                .endsWith(" in Brothers in Arms: The Rise and Fall of the Sino-Soviet Alliance, 1945-1963, ed. by Odd"
                        + " Arne Westad (Stanford University Press, 1998), pp. 246–94");
    }

    @Test
    void rendersADependentStyleWithItsParentsLayoutUnderItsOwnId() {
        FormattedBibliography bib = FORMATTER.format(WORKS, "ieee-transactions-on-software-engineering",
                OutputFormat.TEXT);

        assertThat(bib.styleId()).isEqualTo("ieee-transactions-on-software-engineering");
        assertThat(bib.entries()).isEqualTo(entries("ieee"));
    }

    @Test
    void namesTheStylesAnUnknownIdMayHaveMeant() {
        assertThatThrownBy(() -> FORMATTER.format(WORKS, "cite-them-right", OutputFormat.TEXT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown style 'cite-them-right'. Bundled styles that match: ")
                .hasMessageContaining("harvard-cite-them-right (")
                .hasMessageContaining("Use an alias: chicago");
    }

    @Test
    void formatsInTheLocaleAskedForInsteadOfTheStylesOwn() {
        List<String> german = FORMATTER.format(WORKS, "chicago", OutputFormat.TEXT, "de-DE").entries();

        assertThat(german).containsExactly(
                "Chen, Jian, und Kuisong Yang. „Chinese Politics and the Collapse of the Sino-Soviet Alliance“. In"
                        + " Brothers in Arms: The Rise and Fall of the Sino-Soviet Alliance, 1945-1963, herausgegeben"
                        + " von Odd Arne Westad. Stanford University Press, 1998.",
                "Rush, Myron. „After Khrushchev: Problems of Succession in the Soviet Union“. Studies in Comparative"
                        + " Communism 2, Nr. 3 (1969): 51–74.",
                "Shen, Zhihua. Reviewing and Reconsidering the History of Sino-Soviet Relations. Social Sciences"
                        + " Academic Press, 2016.");
    }

    @Test
    void keepsTheDefaultOutputWhenNoLocaleIsGiven() {
        // APA's own locale is American English: "(Ed.)", "In", "pp." as it writes them, no other language's terms.
        assertThat(FORMATTER.format(WORKS, "apa", OutputFormat.TEXT, null).entries())
                .isEqualTo(FORMATTER.format(WORKS, "apa", OutputFormat.TEXT, "en-US").entries())
                .isNotEqualTo(FORMATTER.format(WORKS, "apa", OutputFormat.TEXT, "de-DE").entries());
    }

    @Test
    void refusesALocaleThatIsNotBundled() {
        assertThatThrownBy(() -> FORMATTER.format(WORKS, "apa", OutputFormat.TEXT, "de-XX"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown locale 'de-XX'. Did you mean de-AT, de-CH, de-DE? Bundled locales: ");
    }
}

package org.ibidem;

import static org.assertj.core.api.Assertions.assertThat;

import org.ibidem.reference.Reference;
import org.ibidem.style.FormattedBibliography;
import org.ibidem.style.OutputFormat;
import org.junit.jupiter.api.Test;

/** Chicago leaves scripture and classical works out of the bibliography; APA and MLA list the edition used. */
class CanonicalWorksBibliographyTest {

    private static final Analysis ANALYSIS = Ibidem.analyze("doc.txt", """
            Text.[1] More.[2] More.[3] More.[4]

            [1] Gen. 3:16 (NRSV).
            [2] Thucydides, History of the Peloponnesian War 2.40.1.
            [3] Mary Beard, SPQR: A History of Ancient Rome (New York: Liveright, 2015), 12.
            [4] Thucydides, History of the Peloponnesian War 2.41.4.
            """, IbidemOptions.defaults());

    @Test
    void chicagoListsThemAmongTheWorksItLeavesOut() {
        FormattedBibliography chicago = ANALYSIS.bibliography("chicago", OutputFormat.TEXT);

        assertThat(chicago.entries()).singleElement().asString().startsWith("Beard, Mary. SPQR");
        assertThat(chicago.omitted()).extracting(Reference::title)
                .containsExactly("The Bible, NRSV", "History of the Peloponnesian War");
    }

    @Test
    void apaAndMlaListThem() {
        for (String style : new String[] {"apa", "mla"}) {
            FormattedBibliography bib = ANALYSIS.bibliography(style, OutputFormat.TEXT);
            assertThat(bib.entries()).as(style).hasSize(3);
            assertThat(bib.omitted()).as(style).isEmpty();
        }
    }
}

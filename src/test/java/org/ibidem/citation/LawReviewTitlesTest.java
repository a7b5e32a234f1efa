package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;

import org.ibidem.reference.ItemType;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Reference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Law-review articles whose titles name a case ("A Critique of TransUnion v. Ramirez") and articles in a review's
 * online companion ("B.U. L. Rev. Online"): articles, not cases; while a case whose first party's name has a comma
 * ("Spokeo, Inc. v. Robins", "Acme Widgets, Inc. v. Roe" in a reporter whose name ends in "J.") stays a case.
 * Notes written for this test.
 */
class LawReviewTitlesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Daniel J. Solove & Danielle Keats Citron, Standing and Privacy Harms: A Critique of TransUnion v. "
                    + "Ramirez, 101 B.U. L. Rev. 62, 65 (2021). | Standing and Privacy Harms: A Critique of TransUnion "
                    + "v. Ramirez | B.U. L. Rev. | 65",
            "Jane Roe, Why Marbury v. Madison Still Matters, 12 Yale L.J. 45, 50 (1990). | Why Marbury v. Madison "
                    + "Still Matters | Yale L.J. | 50",
            "Daniel J. Solove & Danielle Keats Citron, Standing and Privacy Harms, 101 B.U. L. Rev. Online 62, 65 "
                    + "(2021). | Standing and Privacy Harms | B.U. L. Rev. Online | 65",
            "Ann Poe, After the Flood, 88 Colum. L. Rev. Sidebar 10, 12 (2019). | After the Flood "
                    + "| Colum. L. Rev. Sidebar | 12"})
    void readsAnArticle(String note, String title, String journal, String pinpoint) {
        FullCitation c = (FullCitation) only(note);
        Reference r = c.reference();
        assertThat(r.type()).isEqualTo(ItemType.ARTICLE_JOURNAL);
        assertThat(r.title()).isEqualTo(title);
        assertThat(r.containerTitle()).isEqualTo(journal);
        assertThat(r.authors()).isNotEmpty();
        assertThat(c.locator()).isEqualTo(Locator.page(pinpoint));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Spokeo, Inc. v. Robins, 578 U.S. 330, 339 (2016). | Spokeo, Inc. v. Robins",
            "Roe v. Wade, 410 U.S. 113, 120 (1973). | Roe v. Wade",
            "Acme Widgets, Inc. v. Roe, 120 N.J. 1, 4 (1990). | Acme Widgets, Inc. v. Roe"})
    void keepsACaseACase(String note, String name) {
        Reference r = ((FullCitation) only(note)).reference();
        assertThat(r.type()).isEqualTo(ItemType.LEGAL_CASE);
        assertThat(r.title()).isEqualTo(name);
    }
}

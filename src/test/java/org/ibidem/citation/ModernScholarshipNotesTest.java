package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;

import org.ibidem.reference.Locator;
import org.junit.jupiter.api.Test;

/**
 * Conventions of present-day humanities notes: how a locator is written, how an article's extent is told from the
 * page cited. Each note is written for this test; none is taken from a real document.
 */
class ModernScholarshipNotesTest {

    private static Locator locatorOf(String note) {
        Citation c = only(note);
        if (c instanceof ShortCitation s) {
            return s.locator();
        }
        if (c instanceof FullCitation f) {
            return f.locator();
        }
        if (c instanceof IbidCitation i) {
            return i.locator();
        }
        throw new AssertionError(c);
    }

    @Test
    void keepsTheLabelOfANumberedDocumentAsWritten() {
        assertThat(locatorOf("Harbour Papers, No. 17.")).isEqualTo(new Locator("number", "No. 17"));
    }

    @Test
    void keepsTheLabelOfAFolioAsWritten() {
        assertThat(locatorOf("Hale, Letter Book, fol. 12v.")).isEqualTo(new Locator("folio", "fol. 12v"));
    }

    @Test
    void dropsOnlyThePageLabel() {
        assertThat(locatorOf("Hale, Letter Book, pp. 12-14.")).isEqualTo(Locator.page("12-14"));
    }
}

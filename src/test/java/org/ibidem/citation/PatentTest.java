package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;

import org.ibidem.reference.ItemType;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;

/** Patents (CMOS 14.157) are full citations of CSL type "patent". */
class PatentTest {

    @Test
    void readsAPatentByItsNumberAndDateOfIssue() {
        FullCitation c = (FullCitation) only("U.S. Patent No. 5,123,456 (issued Jan. 1, 1999).");

        Reference r = c.reference();
        assertThat(r.type()).isEqualTo(ItemType.PATENT);
        assertThat(r.type().cslName()).isEqualTo("patent");
        assertThat(r.authority()).isEqualTo("U.S.");
        assertThat(r.number()).isEqualTo("5,123,456");
        assertThat(r.issued()).isEqualTo(PartialDate.of(1999, 1, 1));
        assertThat(r.authors()).isEmpty();
        assertThat(c.locator()).isNull();
    }

    @Test
    void readsTheInventorAndTheColumnCited() {
        FullCitation c = (FullCitation) only("Smith, U.S. Patent 5,123,456, col. 3.");

        assertThat(c.reference().type()).isEqualTo(ItemType.PATENT);
        assertThat(c.reference().authors()).extracting(Name::family).containsExactly("Smith");
        assertThat(c.reference().number()).isEqualTo("5,123,456");
        assertThat(c.locator()).isNotNull();
        assertThat(c.locator().value()).isEqualTo("col. 3");
    }

    @Test
    void keepsTheSignalAsThePrefix() {
        FullCitation c = (FullCitation) only("See U.S. Patent No. 7,000,001 (filed Mar. 3, 2004).");

        assertThat(c.prefix()).isEqualTo("See");
        assertThat(c.reference().number()).isEqualTo("7,000,001");
    }

    @Test
    void doesNotReadABookAboutPatentsAsOne() {
        Citation c = only("Adam Mossoff, The Patent Wars (Chicago: University of Chicago Press, 2020), 12.");

        assertThat(c).isInstanceOfSatisfying(FullCitation.class,
                f -> assertThat(f.reference().type()).isEqualTo(ItemType.BOOK));
    }
}

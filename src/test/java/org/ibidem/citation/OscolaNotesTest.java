package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;

import org.ibidem.reference.Locator;
import org.ibidem.reference.Name;
import org.junit.jupiter.api.Test;

/** OSCOLA notes, as UK legal writing has them. Each note is written for this test. */
class OscolaNotesTest {

    @Test
    void readsACrossReferenceToANoteWithItsPinpoint() {
        ShortCitation c = (ShortCitation) only("Dicey (n 9) 3.");
        assertThat(c.form()).isEqualTo(ShortCitation.Form.NOTE_REFERENCE);
        assertThat(c.noteReference()).isEqualTo(9);
        assertThat(c.authors()).extracting(Name::family).containsExactly("Dicey");
        assertThat(c.locator()).isEqualTo(Locator.page("3"));
    }

    @Test
    void readsACrossReferenceWithoutPinpoint() {
        ShortCitation c = (ShortCitation) only("Lord Smith (n 14).");
        assertThat(c.noteReference()).isEqualTo(14);
        assertThat(c.locator()).isNull();
    }

    @Test
    void leavesAnAuthorWhoseNameEndsInNToTheOtherReaders() {
        Citation c = only("Jane Roe, The Law of Things (OUP 1980) 12.");
        assertThat(c).isInstanceOf(FullCitation.class);
    }
}

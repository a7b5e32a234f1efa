package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;
import static org.ibidem.citation.ParsedCitations.ref;

import org.ibidem.reference.ItemType;
import org.junit.jupiter.api.Test;

/**
 * A quoted title, its date and the archive that keeps it, with no periodical around it: an unpublished document
 * (or a speech) as Chicago and MHRA print one, not a book; and a speech dated with the place where it was given.
 */
class HeldDocumentsTest {

    @Test
    void readsAQuotedTitleThenADateThenAnArchiveAsADocumentInThatArchive() {
        Citation c = only("Ann Lee, “Notes on the Harbour,” 1958, Leeds Harbour Archive.");

        assertThat(ref(c).type()).isEqualTo(ItemType.DOCUMENT);
        assertThat(ref(c).title()).isEqualTo("Notes on the Harbour");
        assertThat(ref(c).archive()).isEqualTo("Leeds Harbour Archive");
        assertThat(ref(c).issued().year()).isEqualTo(1958);
        assertThat(((FullCitation) c).suffix()).isNull();
    }

    @Test
    void readsASpeechHeldInAnArchiveAsASpeech() {
        Citation c = only("Ann Lee, ‘Speeches to the Dockers’, 1958, Harbour Digital Archive.");

        assertThat(ref(c).type()).isEqualTo(ItemType.SPEECH);
        assertThat(ref(c).title()).isEqualTo("Speeches to the Dockers");
        assertThat(ref(c).archive()).isEqualTo("Harbour Digital Archive");
    }

    @Test
    void aNameThatIsNoArchiveAfterTheDateIsNoArchive() {
        Citation c = only("Ann Lee, “Notes on the Harbour,” 1958, Harbour Press.");

        assertThat(ref(c).archive()).isNull();
        assertThat(ref(c).type()).isEqualTo(ItemType.BOOK);
    }

    @Test
    void aSpeechDatedWithAPlaceAloneWasGivenThere() {
        // OSCOLA's speech: "‘Title’ (Place, Date)".
        Citation c = only("Ann Lee, ‘An Address to the Dockers’ (London, 1958).");

        assertThat(ref(c).type()).isEqualTo(ItemType.SPEECH);
        assertThat(ref(c).eventPlace()).isEqualTo("London");
        assertThat(ref(c).publisher()).isNull();
    }
}

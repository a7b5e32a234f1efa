package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;

import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.Reference;
import org.ibidem.resolution.ResolutionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Letters written to a body or an office ("to the Admiralty", "to the Board of Trade"), or by one: the body is
 * the addressee (or the writer), a name of its own with its article, as CMOS 14.229 cites "X to Y". Notes
 * written for this test.
 */
class LettersToBodiesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Letter from Thomas Gray to the Admiralty, 14 March 1751, ADM 1/3920, The National Archives, Kew. "
                    + "| Gray | the Admiralty",
            "Thomas Gray to the Board of Trade, 2 May 1752, CO 5/1, The National Archives, Kew. | Gray "
                    + "| the Board of Trade",
            "Gray to the Secretary of State for War, 3 June 1855. | Gray | the Secretary of State for War"})
    void readsTheBodyAsTheAddressee(String note, String writer, String body) {
        Reference r = ((FullCitation) only(note)).reference();
        assertThat(r.type()).isEqualTo(ItemType.MANUSCRIPT);
        assertThat(r.authors()).extracting(Name::family).containsExactly(writer);
        assertThat(r.recipients()).containsExactly(Name.literal(body));
        assertThat(r.title()).isNull();
    }

    @Test
    void readsABodyAsTheWriter() {
        Reference r = ((FullCitation) only("The Admiralty to Thomas Gray, 20 March 1751, ADM 2/75, The National "
                + "Archives, Kew.")).reference();
        assertThat(r.authors()).containsExactly(Name.literal("The Admiralty"));
        assertThat(r.recipients()).containsExactly(Name.of("Gray", "Thomas"));
    }

    @Test
    void aShortFormOfTheLetterIsThatLetter() {
        Analysis a = Ibidem.analyzeText("Text.[1] More.[2]\n\nNotes\n\n[1] Letter from Thomas Gray to the "
                + "Admiralty, 14 March 1751, ADM 1/3920, The National Archives, Kew.\n\n"
                + "[2] Gray to the Admiralty, 14 March 1751.\n");
        assertThat(a.notes().get(1).citations().get(0).status()).isEqualTo(ResolutionStatus.RESOLVED);
        assertThat(a.notes().get(1).citations().get(0).sourceId())
                .isEqualTo(a.notes().get(0).citations().get(0).sourceId());
        assertThat(a.sources()).hasSize(1);
    }

    @Test
    void proseThatMentionsABodyIsNoLetter() {
        assertThat(only("He wrote to the King, 12.")).isNotInstanceOf(FullCitation.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Memorandum to the Secretary of State, 12 May 1950, RG 59, National Archives. | | memorandum",
            "John Smith, Letter to the Editor, Times, March 3, 1950. | Smith | letter to the Editor"})
    void aKindOfDocumentAddressedToABodyIsNoWriter(String note, String writer, String genre) {
        Reference r = ((FullCitation) only(note)).reference();
        assertThat(r.authors()).extracting(Name::family)
                .containsExactlyElementsOf(writer == null ? java.util.List.of() : java.util.List.of(writer));
        assertThat(r.recipients()).isEmpty();
        assertThat(r.genre()).isEqualTo(genre);
    }
}

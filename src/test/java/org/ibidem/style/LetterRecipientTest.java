package org.ibidem.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A letter's recipient, parsed from "Mao Zedong to Joseph Stalin", reaches the bibliography as the manuals
 * describe an unpublished letter: CMOS 14.111 "Letter to Joseph Stalin", APA 7 §10.13 "[Letter to Joseph Stalin]",
 * MLA 9 "Letter to Joseph Stalin".
 */
class LetterRecipientTest {

    private static final Reference LETTER = Reference.builder(ItemType.MANUSCRIPT)
            .id("mao1950")
            .authors(List.of(Name.of("Mao", "Zedong")))
            .recipients(List.of(Name.of("Stalin", "Joseph")))
            .genre("letter")
            .archive("Wilson Center Digital Archive")
            .issued(PartialDate.of(1950, 1, 2))
            .build();

    private static final BibliographyFormatter FORMATTER = new BibliographyFormatter();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "chicago|Mao, Zedong. Letter to Joseph Stalin. January 2, 1950. Wilson Center Digital Archive.",
        "apa|Mao, Z. (1950). [Letter to Joseph Stalin]. Wilson Center Digital Archive.",
        "mla|Mao, Zedong. Letter to Joseph Stalin. 2 Jan. 1950, Wilson Center Digital Archive."})
    void namesTheRecipientInTheEntry(String style, String entry) {
        assertThat(FORMATTER.format(List.of(LETTER), style, OutputFormat.TEXT).entries()).containsExactly(entry);
    }

    @Test
    void callsADocumentToSomeoneWithoutAGenreALetter() {
        Reference unnamed = LETTER.toBuilder().genre(null).build();

        assertThat(FORMATTER.format(List.of(unnamed), "chicago", OutputFormat.TEXT).entries())
                .containsExactly("Mao, Zedong. Letter to Joseph Stalin. January 2, 1950. Wilson Center Digital Archive.");
    }

    @Test
    void joinsSeveralRecipientsWithAnd() {
        Reference toTwo = LETTER.toBuilder()
                .recipients(List.of(Name.of("Stalin", "Joseph"), Name.of("Molotov", "Vyacheslav"))).build();

        assertThat(CslMapper.toJson(toTwo, "x")).containsEntry("genre", "letter to Joseph Stalin and Vyacheslav Molotov");
    }

    @Test
    void writesTheNoteOfALetterWithItsRecipient() {
        assertThat(new CitationFormatter().format(new Cite(LETTER, null, CitePosition.FIRST), "chicago",
                OutputFormat.TEXT))
                .isEqualTo("Zedong Mao, letter to Joseph Stalin, January 2, 1950, Wilson Center Digital Archive.");
    }

    @Test
    void leavesAWorkWithoutRecipientsAsItWas() {
        Reference memo = LETTER.toBuilder().recipients(List.of()).genre("memorandum").build();

        assertThat(CslMapper.toJson(memo, "x")).containsEntry("genre", "memorandum");
    }
}

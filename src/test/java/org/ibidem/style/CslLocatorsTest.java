package org.ibidem.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A cite's locator label and value as the CSL processor gets them, and the styles' tests of the label. */
class CslLocatorsTest {

    private static final Reference BOOK = Reference.builder(ItemType.BOOK)
            .authors(List.of(Name.of("Bagwell", "Philip"))).title("Transport in Britain")
            .publisher("Hambledon").issued(PartialDate.ofYear(2002)).build();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "chapter | chap. 2 | 2",
        "chapter | ch.2 | 2",
        "chapter | 2 | 2",
        "section | sec. 4 | 4",
        "section | § 4 | 4",
        "section | §§4–6 | 4–6",
        "section | art. 5 | art. 5",
        "note | n. 14 | 14",
        "note | nn. 14–15 | 14–15",
        "line | ll. 10–12 | 10–12",
        "page | pageant | pageant",
        "folio | fol. 12v | 12v",
        "chapter | chap. | chap.",
        "opus | op. 3 | op. 3",
        "chapter | chap. IV | chap. IV",
        "chapter | chaps. 3 and 5 | chaps. 3 and 5",
        "folio | ff. 12v-13r | 12v-13r",
        "section | §§ 4, 6 | 4, 6",
    })
    void takesTheLabelsOwnWordOffTheValue(String label, String value, String expected) {
        assertThat(CslLocators.value(new Locator(label, value))).isEqualTo(expected);
    }

    @Test
    void givesChicagoNotesTheLabelOfANumericChapterSectionAndNote() {
        NoteStyle chicago = NoteStyle.load("chicago-notes-bibliography");

        // One style instance, labels in turn: each label's copy of the style is its own.
        assertThat(chicago.format(BOOK, new Locator("chapter", "chap. 2"), CitePosition.FIRST, OutputFormat.TEXT))
                .endsWith("(Hambledon, 2002), chap. 2");
        assertThat(chicago.format(BOOK, Locator.page("45"), CitePosition.FIRST, OutputFormat.TEXT))
                .endsWith("(Hambledon, 2002), 45");
        assertThat(chicago.format(BOOK, new Locator("section", "4"), CitePosition.FIRST, OutputFormat.TEXT))
                .endsWith("(Hambledon, 2002), sec. 4");
        assertThat(chicago.format(BOOK, new Locator("note", "n. 14"), CitePosition.FIRST, OutputFormat.TEXT))
                .endsWith("(Hambledon, 2002), n. 14");
        assertThat(chicago.format(BOOK, null, CitePosition.FIRST, OutputFormat.TEXT))
                .endsWith("(Hambledon, 2002)");
    }

    @Test
    void leavesStylesThatLabelEveryLocatorAsTheyWere() {
        NoteStyle mhra = NoteStyle.load("mhra-notes");

        assertThat(mhra.format(BOOK, Locator.page("45"), CitePosition.FIRST, OutputFormat.TEXT))
                .endsWith("(Hambledon, 2002), p. 45");
        assertThat(mhra.format(BOOK, new Locator("chapter", "chap. 2"), CitePosition.FIRST, OutputFormat.TEXT))
                .endsWith("(Hambledon, 2002), ch. 2");
    }
}

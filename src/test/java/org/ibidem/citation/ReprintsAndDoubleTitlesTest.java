package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Habits of older historians' notes: a work cited in the collection that reprints it, the page being the
 * reprint's ("…(London, 1705), reprinted in Tanner's Collection, IV, 363"), and a pamphlet named by its double
 * title alone in a list of authorities ("; The Church vindicated, or a Defence of the Clergy;"), and a volume as
 * a bare capital numeral ("Hale, I, books 1-3"), and a document named before the collection that prints it
 * ("Letter from Rome, Lamb's Church History, part viii."). Each on a note written for the test.
 */
class ReprintsAndDoubleTitlesTest {

    private static final NoteParser PARSER = new NoteParser();

    @Test
    void readsAWorkAndTheCollectionThatReprintsItAsOneCitation() {
        FullCitation c = (FullCitation) only("Hale, History of Kent (London, 1705), reprinted in Tanner's "
                + "Collection, IV, 363.");
        assertThat(c.reference().authors()).extracting(n -> n.family()).containsExactly("Hale");
        assertThat(c.reference().title()).isEqualTo("History of Kent");
        assertThat(c.locator().value()).isEqualTo("IV, 363");
        assertThat(c.text()).endsWith("IV, 363.");
    }

    @Test
    void keepsTwoWorksWhenTheFirstHasItsOwnPage() {
        List<Citation> cs = PARSER.parse("Hale, History of Kent (London, 1705), 12, reprinted in Tanner's "
                + "Collection, IV, 363.");
        assertThat(cs).hasSize(2);
    }

    @Test
    void keepsQuotedInAsASecondWork() {
        List<Citation> cs = PARSER.parse("Hale, History of Kent (London, 1705), quoted in Tanner's Collection, "
                + "IV, 363.");
        assertThat(cs).hasSize(2);
    }

    @Test
    void readsAPamphletByItsDoubleTitleBetweenOtherAuthorities() {
        List<Citation> cs = PARSER.parse("Lamb's Memoirs, 12; The Church vindicated, or a Defence of the Clergy "
                + "of the D-of Y-; Hale, 14.");
        assertThat(cs).hasSize(3);
        ShortCitation pamphlet = (ShortCitation) cs.get(1);
        assertThat(pamphlet.form()).isEqualTo(ShortCitation.Form.TITLE_ONLY);
        assertThat(pamphlet.title()).isEqualTo("The Church vindicated, or a Defence of the Clergy of the D-of Y-");
        assertThat(pamphlet.locator()).isNull();
        ShortCitation last = (ShortCitation) cs.get(2);
        assertThat(last.authors()).extracting(n -> n.family()).containsExactly("Hale");
    }

    @Test
    void leavesASentenceWithAnOrInItAsProse() {
        List<Citation> cs = PARSER.parse("Lamb's Memoirs, 12; The story was false, or a Tory Invention; Hale, 14.");
        assertThat(cs).extracting(Citation::text).doesNotContain("The story was false, or a Tory Invention");
    }

    @Test
    void readsACapitalRomanNumeralBeforeTheBooksAsTheVolume() {
        ShortCitation c = (ShortCitation) only("Hale, I, books 1-3.");
        assertThat(c.form()).isEqualTo(ShortCitation.Form.AUTHOR_ONLY);
        assertThat(c.title()).isNull();
        assertThat(c.locator().value()).isEqualTo("I, books 1-3");
    }

    @Test
    void readsACapitalRomanNumeralBeforeThePageAsTheVolume() {
        ShortCitation c = (ShortCitation) only("Hale, II, 141.");
        assertThat(c.title()).isNull();
        assertThat(c.locator().value()).isEqualTo("II, 141");
    }

    @Test
    void citesTheCollectionThatPrintsANamedDocument() {
        List<Citation> cs = PARSER.parse("Hale, i. 661, and Letter from Rome, Lamb's Church History, part viii.");
        assertThat(cs).hasSize(2);
        ShortCitation collection = (ShortCitation) cs.get(1);
        assertThat(collection.title()).startsWith("Lamb's Church History");
        assertThat(collection.text()).startsWith("Letter from Rome, Lamb's");
    }
}

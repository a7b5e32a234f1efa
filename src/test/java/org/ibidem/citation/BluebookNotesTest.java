package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;
import static org.ibidem.citation.ParsedCitations.ref;

import java.util.List;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Name;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;

/**
 * Bluebook notes as US law reviews write them: explanatory parentheticals after a citation, a student's "Note," or
 * "Comment," before the title, journals in capitals, emphasis marks a converter left as text. Each note is written
 * for this test.
 */
class BluebookNotesTest {

    @Test
    void setsAnExplanatoryParentheticalApartFromACase() {
        FullCitation c = (FullCitation) only("See Doe v. Acme Grp., 794 F.3d 688, 690 (7th Cir. 2015) (noting that "
                + "the plaintiffs sued as a class).");
        assertThat(c.reference().type()).isEqualTo(ItemType.LEGAL_CASE);
        assertThat(c.reference().title()).isEqualTo("Doe v. Acme Grp.");
        assertThat(c.locator()).isEqualTo(Locator.page("690"));
        assertThat(c.suffix()).isEqualTo("(noting that the plaintiffs sued as a class)");
    }

    @Test
    void readsAStudentNoteInACapitalisedJournalAfterAnItalicSignal() {
        FullCitation c = (FullCitation) only("*See generally *Jane Q. Roe, Note, Standing Alone: A Study of Courts, "
                + "51 COLUM. J.L. & SOC. PROBS. 79, 103–04 (2017) (explaining what plaintiffs must show).");
        Reference r = c.reference();
        assertThat(c.prefix()).isEqualTo("See generally");
        assertThat(r.type()).isEqualTo(ItemType.ARTICLE_JOURNAL);
        assertThat(r.authors()).containsExactly(Name.of("Roe", "Jane Q."));
        assertThat(r.title()).isEqualTo("Standing Alone: A Study of Courts");
        assertThat(r.containerTitle()).isEqualTo("COLUM. J.L. & SOC. PROBS.");
        assertThat(r.volume()).isEqualTo("51");
        assertThat(r.page()).isEqualTo("79");
        assertThat(c.locator()).isEqualTo(Locator.page("103–04"));
    }

    @Test
    void readsACommentWhoseItalicTitleKeptItsMarks() {
        FullCitation c = (FullCitation) only("Mark Smith, Comment, *Seeking a Unified Approach to Things, * 62 AM. "
                + "U. L. REV. 1365, 1374 (2013).");
        assertThat(c.reference().authors()).containsExactly(Name.of("Smith", "Mark"));
        assertThat(c.reference().title()).isEqualTo("Seeking a Unified Approach to Things");
        assertThat(c.reference().containerTitle()).isEqualTo("AM. U. L. REV.");
        assertThat(c.locator()).isEqualTo(Locator.page("1374"));
    }

    @Test
    void readsTheSupraPinpointBeforeAnExplanatoryParenthetical() {
        CrossReference c = (CrossReference) only("See also Roe, supra note 13, at 82 n.16 (explaining why such cases "
                + "are brought in federal court).");
        assertThat(c.note()).isEqualTo(13);
        assertThat(c.authors()).extracting(Name::family).containsExactly("Roe");
        assertThat(c.locator()).isNotNull();
        assertThat(c.locator().value()).isEqualTo("82 n.16");
        assertThat(c.suffix()).startsWith("(explaining");
    }

    @Test
    void readsASupraWithoutPageBeforeALongParenthetical() {
        CrossReference c = (CrossReference) only("See Roe, supra note 7 (noting that courts increasingly find standing "
                + "when the claimed injury is an increased risk of future identity theft).");
        assertThat(c.note()).isEqualTo(7);
        assertThat(c.locator()).isNull();
    }

    @Test
    void keepsACourtAndYearParentheticalInTheCitation() {
        FullCitation c = (FullCitation) only("Doe v. Roe, 12 F.3d 34, 36 (2d Cir. 1994).");
        assertThat(c.reference().authority()).isEqualTo("2d Cir.");
        assertThat(c.suffix()).isNull();
    }

    @Test
    void readsABookInLargeAndSmallCapitalsWithItsPinpointAfterTheTitle() {
        FullCitation c = (FullCitation) only("ALICE WONG, A HISTORY OF RIGHTS IN THE WEST 35–69, 82–92 (2d ed. 2007).");
        Reference r = c.reference();
        assertThat(r.type()).isEqualTo(ItemType.BOOK);
        assertThat(r.authors()).containsExactly(Name.of("Wong", "Alice"));
        assertThat(r.title()).isEqualTo("A History of Rights in the West");
        assertThat(r.edition()).isEqualTo("2d");
        assertThat(c.locator()).isEqualTo(Locator.page("35–69, 82–92"));
    }

    @Test
    void leavesACapitalisedTitleWithAPublisherToTheBookReaders() {
        Reference r = ref(only("Alice Wong, A History of Rights (New York: Norton, 2007), 35."));
        assertThat(r.title()).isEqualTo("A History of Rights");
        assertThat(r.publisher()).isEqualTo("Norton");
    }

    @Test
    void readsAnIdAfterASentenceOfCommentaryAsACitationOfItsOwn() {
        List<Citation> cs = new NoteParser().parse("Roe, supra note 1, at 3. The court agreed with the plaintiffs "
                + "on every point. Id. at 5.");
        assertThat(cs).hasSize(2);
        assertThat(cs.get(1)).isInstanceOf(IbidCitation.class);
        assertThat(cs.get(1).locator()).isEqualTo(Locator.page("5"));
    }

    @Test
    void doesNotCutBeforeAnIdemInsideAWord() {
        assertThat(new NoteParser().parse("Jane Roe, The Ideal State (New York: Norton, 2001), 12. Ideas differ."))
                .hasSize(1);
    }

    @Test
    void readsAnIdWhoseEmphasisMarksWereLeftAsText() {
        IbidCitation c = (IbidCitation) only("*Id. *at 1770.");
        assertThat(c.locator()).isEqualTo(Locator.page("1770"));
        IbidCitation see = (IbidCitation) only("*See id. *at 1775.");
        assertThat(see.prefix()).isEqualTo("See");
        assertThat(see.locator()).isEqualTo(Locator.page("1775"));
    }
}

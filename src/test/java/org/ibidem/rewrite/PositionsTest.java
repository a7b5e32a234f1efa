package org.ibidem.rewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.ibidem.style.CitePosition;
import org.ibidem.style.CitePosition.Kind;
import org.junit.jupiter.api.Test;

/**
 * The CSL 1.0.2 position rules, one test each, written as tables: one line a note, its cites separated by
 * "; ", each cite "item" or "item@locator", and {@code -} for a cite of an unknown work; "|" starts a new
 * chapter. The expected positions read "first", "subsequent", "ibid", "ibid-with-locator", "+near".
 */
class PositionsTest {

    /** The positions of the notes, as text: one line a note, its cites' positions joined by "; ". */
    private static List<String> positions(int distance, String... notes) {
        List<Positions.NoteCites> in = new ArrayList<>();
        String chapter = "1";
        int number = 0;
        for (String note : notes) {
            String n = note;
            if (n.startsWith("|")) {
                chapter = chapter + "+";
                number = 0;
                n = n.substring(1);
            }
            number++;
            List<Positions.Cite> cites = new ArrayList<>();
            for (String c : n.isBlank() ? new String[0] : n.split(";")) {
                String cite = c.strip();
                String[] parts = cite.split("@", 2);
                cites.add(new Positions.Cite(parts[0].equals("-") ? null : parts[0],
                        parts.length > 1 ? "page " + parts[1] : null));
            }
            in.add(new Positions.NoteCites(number, chapter, cites));
        }
        List<String> out = new ArrayList<>();
        for (List<CitePosition> note : Positions.compute(in, distance)) {
            List<String> names = new ArrayList<>();
            for (CitePosition p : note) {
                names.add(p == null ? "-" : p.kind().cslName() + (p.nearNote() ? "+near" : ""));
            }
            out.add(String.join("; ", names));
        }
        return out;
    }

    @Test
    void firstCiteOfAWorkIsFirstAndEveryLaterOneSubsequent() {
        assertThat(positions(0, "a", "b", "a")).containsExactly("first", "first", "subsequent");
    }

    @Test
    void ibidWhenThePreviousNoteCitesOnlyThatWork() {
        assertThat(positions(5, "a", "a")).containsExactly("first", "ibid+near");
    }

    @Test
    void notIbidWhenThePreviousNoteAlsoCitesAnotherWork() {
        assertThat(positions(5, "a", "b; a", "a")).containsExactly("first", "first; subsequent+near",
                "subsequent+near");
    }

    @Test
    void notIbidWhenThePreviousNoteCitesThatWorkSeveralTimes() {
        // CSL 1.0.2: "the previous citation consists of a single cite referencing the same item".
        assertThat(positions(5, "a", "a; a", "a")).containsExactly("first", "ibid+near; ibid+near",
                "subsequent+near");
    }

    @Test
    void ibidWithinANoteWhenTheCiteBeforeIsOfTheSameWork() {
        assertThat(positions(5, "a; a; b; a")).containsExactly("first; ibid+near; first; subsequent+near");
    }

    @Test
    void ibidWithLocatorWhenTheCiteBeforeHadNoneAndThisHasOne() {
        assertThat(positions(5, "a", "a@4")).containsExactly("first", "ibid-with-locator+near");
    }

    @Test
    void ibidWhenBothCitesGiveTheSamePlace() {
        assertThat(positions(5, "a@4", "a@4")).containsExactly("first", "ibid+near");
    }

    @Test
    void ibidWithLocatorWhenThePlaceDiffers() {
        assertThat(positions(5, "a@4", "a@5")).containsExactly("first", "ibid-with-locator+near");
    }

    @Test
    void onlySubsequentWhenTheCiteBeforeGaveAPlaceAndThisGivesNone() {
        assertThat(positions(5, "a@4", "a")).containsExactly("first", "subsequent+near");
    }

    @Test
    void nearNoteWithinTheDistanceCountedInNotes() {
        assertThat(positions(2, "a", "b", "a", "c", "d", "e", "a"))
                .containsExactly("first", "first", "subsequent+near", "first", "first", "first", "subsequent");
    }

    @Test
    void nearNoteDistanceZeroMeansTheSameNoteOnly() {
        assertThat(positions(0, "a; a", "b", "b; a")).containsExactly("first; ibid+near", "first",
                "ibid; subsequent");
    }

    @Test
    void aCiteOfAnUnknownWorkHasNoPositionAndBreaksIbid() {
        assertThat(positions(5, "a", "-", "a", "a; -", "a")).containsExactly("first", "-", "subsequent+near",
                "ibid+near; -", "subsequent+near");
    }

    @Test
    void aNoteOfCommentaryBreaksIbid() {
        assertThat(positions(5, "a", "", "a")).containsExactly("first", "", "subsequent+near");
    }

    @Test
    void aNewChapterStartsOverWithFirstCites() {
        assertThat(positions(5, "a", "a", "|a", "a")).containsExactly("first", "ibid+near", "first", "ibid+near");
    }

    @Test
    void subsequentCitesKnowTheNoteOfTheFirst() {
        List<Positions.NoteCites> in = List.of(
                new Positions.NoteCites(1, null, List.of(new Positions.Cite("x", null))),
                new Positions.NoteCites(2, null, List.of(new Positions.Cite("y", null))),
                new Positions.NoteCites(3, null, List.of(new Positions.Cite("x", null))));
        assertThat(Positions.compute(in, 5).get(2).get(0).firstReferenceNoteNumber()).isEqualTo(1);
    }

    @Test
    void aFirstCiteInTheSameNoteIsNoPrecedingNote() {
        List<Positions.NoteCites> in = List.of(
                new Positions.NoteCites(1, null, List.of(new Positions.Cite("x", null), new Positions.Cite("x", "7"))),
                new Positions.NoteCites(2, null, List.of(new Positions.Cite("x", "8"))));
        List<List<CitePosition>> p = Positions.compute(in, 5);
        assertThat(p.get(0).get(1).firstReferenceNoteNumber()).isZero();
        assertThat(p.get(1).get(0).firstReferenceNoteNumber()).isEqualTo(1);
    }

    @Test
    void testsNestAsTheSpecificationSays() {
        CitePosition withLocator = new CitePosition(Kind.IBID_WITH_LOCATOR, false, 1);
        assertThat(withLocator.tests("ibid-with-locator")).isTrue();
        assertThat(withLocator.tests("ibid")).isTrue();
        assertThat(withLocator.tests("subsequent")).isTrue();
        assertThat(withLocator.tests("first")).isFalse();
        assertThat(new CitePosition(Kind.SUBSEQUENT, true, 1).tests("near-note")).isTrue();
        assertThat(CitePosition.FIRST.tests("subsequent")).isFalse();
    }

    @Test
    void anUnknownPositionNameIsMisuse() {
        assertThatThrownBy(() -> CitePosition.FIRST.tests("second"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("near-note");
        assertThatThrownBy(() -> Positions.compute(List.of(), -1)).isInstanceOf(IllegalArgumentException.class);
    }
}

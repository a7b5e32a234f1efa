package org.ibidem.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.IbidemOptions;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;

/** "‘Title’, ibid., 11–28 (p. 11)": a new piece in the container of the work cited just before (MHRA). */
class IbidContainerTest {

    private static Reference titled(Analysis a, String title) {
        return a.sources().stream().filter(r -> title.equals(r.title())).findFirst().orElseThrow();
    }

    @Test
    void givesAPieceInIbidTheIssueOfThePieceCitedInTheNoteBefore() {
        Analysis a = Ibidem.analyze("doc.txt", """
                Text.[1] More.[2]

                [1] ‘Long Live the Harbour!’, Tide, 1 (1920), 3–4 (p. 3).
                [2] ‘Manifesto of the Docks’, ibid., 11–28 (p. 11).
                """, IbidemOptions.defaults());

        assertThat(a.sources()).hasSize(2);
        Reference piece = titled(a, "Manifesto of the Docks");
        assertThat(piece.type()).isEqualTo(ItemType.ARTICLE_JOURNAL);
        assertThat(piece.containerTitle()).isEqualTo("Tide");
        assertThat(piece.volume()).isEqualTo("1");
        assertThat(piece.issued()).isEqualTo(PartialDate.ofYear(1920));
    }

    @Test
    void makesAPieceInIbidAfterABookAChapterOfThatBook() {
        Analysis a = Ibidem.analyze("doc.txt", """
                Text.[1] More.[2]

                [1] Carl Dunn, Ships (Leeds: Moor, 2003), p. 4.
                [2] ‘Manifesto of the Docks’, ibid., 11–28 (p. 11).
                """, IbidemOptions.defaults());

        Reference piece = titled(a, "Manifesto of the Docks");
        assertThat(piece.type()).isEqualTo(ItemType.CHAPTER);
        assertThat(piece.containerTitle()).isEqualTo("Ships");
        assertThat(piece.authors()).extracting(n -> n.family()).containsExactly("Dunn");
        assertThat(piece.publisher()).isEqualTo("Moor");
        assertThat(piece.issued()).isEqualTo(PartialDate.ofYear(2003));
    }

    @Test
    void givesAnEditedBookItsPiecesAndIdemTheirAuthor() {
        Analysis a = Ibidem.analyze("doc.md", """
                Text.[^1] More.[^2] And.[^3]

                [^1]: Ruth Adler, ed., *Harbour Towns of the North* (Leeds: Northern Press, 1999), 12.
                [^2]: Tom Baines, 'Quays', ibid., 40–52 (p. 44).
                [^3]: Idem, 'Warehouses', ibid., 60–71.
                """, IbidemOptions.defaults());

        assertThat(a.sources()).hasSize(3);
        for (String title : new String[] {"Quays", "Warehouses"}) {
            Reference piece = titled(a, title);
            assertThat(piece.type()).isEqualTo(ItemType.CHAPTER);
            assertThat(piece.containerTitle()).isEqualTo("Harbour Towns of the North");
            assertThat(piece.authors()).extracting(n -> n.family()).containsExactly("Baines");
            assertThat(piece.editors()).extracting(n -> n.family()).containsExactly("Adler");
        }
    }

    @Test
    void leavesTheIbidContainerWhenNothingWasCitedBefore() {
        Analysis a = Ibidem.analyze("doc.txt", """
                Text.[1]

                [1] ‘Manifesto of the Docks’, ibid., 11–28 (p. 11).
                """, IbidemOptions.defaults());

        assertThat(titled(a, "Manifesto of the Docks").containerTitle()).isEqualTo("ibid.");
    }
}

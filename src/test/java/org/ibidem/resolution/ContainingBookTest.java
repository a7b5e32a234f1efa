package org.ibidem.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.IbidemOptions;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;

/** A chapter whose book a note gives in short takes the book's details from its earlier full citation. */
class ContainingBookTest {

    private static Reference source(Analysis a, String id) {
        return a.sources().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void completesAChapterFromTheBookCitedInFullBefore() {
        Analysis a = Ibidem.analyze("doc.txt", """
                Text.[1] More.[2]

                [1] Emily S. Rosenberg, ed., A World Connecting, 1870–1945 (Cambridge, MA: Belknap Press of Harvard \
                University Press, 2012), 3–4.
                [2] Charles S. Maier, “Leviathan 2.0: Inventing Modern Statehood,” in Rosenberg, World Connecting, \
                29–282.
                """, IbidemOptions.defaults());

        Reference chapter = source(a, "maier2012");
        assertThat(chapter.type()).isEqualTo(ItemType.CHAPTER);
        assertThat(chapter.containerTitle()).isEqualTo("A World Connecting, 1870–1945");
        assertThat(chapter.editors()).containsExactly(Name.of("Rosenberg", "Emily S."));
        assertThat(chapter.publisher()).isEqualTo("Belknap Press of Harvard University Press");
        assertThat(chapter.publisherPlace()).isEqualTo("Cambridge, MA");
        assertThat(chapter.issued()).isEqualTo(PartialDate.ofYear(2012));
    }

    @Test
    void leavesTheChapterAsWrittenWhenNoBookOrSeveralMatch() {
        Analysis a = Ibidem.analyze("doc.txt", """
                Text.[1]

                [1] Charles S. Maier, “Leviathan 2.0: Inventing Modern Statehood,” in Rosenberg, World Connecting, \
                29–282.
                """, IbidemOptions.defaults());

        Reference chapter = a.sources().get(0);
        assertThat(chapter.containerTitle()).isEqualTo("World Connecting");
        assertThat(chapter.publisher()).isNull();
    }
}

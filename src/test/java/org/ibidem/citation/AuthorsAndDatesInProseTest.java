package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;
import static org.ibidem.citation.ParsedCitations.ref;

import java.util.List;
import org.ibidem.reference.Name;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;

/**
 * Names and dates as notes write them around a work: an author named at the end of a clause of prose, an editor
 * "ed. by", a corporate author closing a sentence, a blog post's "posted" day and an access date in parentheses.
 * Each note is written for this test.
 */
class AuthorsAndDatesInProseTest {

    private final NoteParser parser = new NoteParser();

    @Test
    void readsTheAuthorNamedAtTheEndOfAClauseOfProse() {
        Reference by = ref(only("Mills of this kind have been described at length by K.L. Varga, The Water Mills "
                + "of the Danube (Vienna, 1911)."));
        assertThat(by.authors()).containsExactly(Name.of("Varga", "K.L."));
        assertThat(by.title()).isEqualTo("The Water Mills of the Danube");
        Reference is = ref(only("The fullest account of the trade is P.R. Osei, Gold and Salt on the Coast "
                + "(London, 1931), ch. 2."));
        assertThat(is.authors()).containsExactly(Name.of("Osei", "P.R."));
        Reference in = ref(only("Tables of the prices may be found in D.W. Hesketh, Corn and Bread "
                + "(Liverpool, 1890), 44."));
        assertThat(in.authors()).containsExactly(Name.of("Hesketh", "D.W."));
    }

    @Test
    void doesNotTakeTheEndOfAQuotedTitleForAnAuthor() {
        List<Citation> cs = parser.parse("B. Ortiz and L. Haas “Growth of Trade in Coastal Towns,” "
                + "*Harbour Studies* 12 (1999): 50–61.");
        assertThat(cs).hasSize(1);
        Reference r = ref(cs.get(0));
        assertThat(r.authors()).extracting(Name::family).doesNotContain("Towns");
    }

    @Test
    void readsAnEditorWrittenEdBy() {
        Reference r = ref(only("Hale, Quiet Harbours, ed. by Tom Ellery (Exeter: Lantern Press, 2004), p. 8."));
        assertThat(r.editors()).containsExactly(Name.of("Ellery", "Tom"));
    }

    @Test
    void dropsThePeriodThatClosesACorporateAuthorsSentence() {
        assertThat(Names.parseList("Northern University Press.", false))
                .containsExactly(Name.literal("Northern University Press"));
        assertThat(Names.parseList("Harbour Trading Company Ltd.", false))
                .containsExactly(Name.literal("Harbour Trading Company Ltd."));
    }

    @Test
    void readsTheDayABlogPostWentUpAndTheAccessDateInParentheses() {
        Reference r = ref(only("Mara Quist, \"Why Mills Matter,\" posted May 3, 2011, "
                + "http://millsblog.example.org/why (accessed June 1, 2012)."));
        assertThat(r.issued().year()).isEqualTo(2011);
        assertThat(r.issued().month()).isEqualTo(5);
        assertThat(r.issued().day()).isEqualTo(3);
        assertThat(r.accessed().year()).isEqualTo(2012);
        assertThat(r.accessed().month()).isEqualTo(6);
        assertThat(r.containerTitle()).isNull();
        assertThat(r.url()).isEqualTo("http://millsblog.example.org/why");
    }

    @Test
    void readsWhenAPreprintWasSubmittedAsItsDateNotItsPlace() {
        Reference r = ref(only("Ada Lind, \"Counting Mills by Machine,\" (Preprint, submitted in 2019): 4. "
                + "https://doi.org/10.5555/mills.2019"));
        assertThat(r.issued().year()).isEqualTo(2019);
        assertThat(r.publisherPlace()).isNull();
        assertThat(r.publisher()).isNull();
        assertThat(r.genre()).isEqualTo("Preprint");
    }

    @Test
    void keepsEtAlAsOthersAfterTheAuthorsAndEditorsNamed() {
        Reference r = ref(only("Ada Lind et al., \"Counting Mills,\" Mill Studies 4, no. 2 (2011): 7."));
        assertThat(r.authors()).containsExactly(Name.of("Lind", "Ada"), Name.others());
        Reference chapter = ref(only("Ada Lind, \"Counting Mills,\" in Handbook of Mills, ed. Tom Ellery et al. "
                + "(Exeter: Lantern Press, 2009), 41."));
        assertThat(chapter.editors()).containsExactly(Name.of("Ellery", "Tom"), Name.others());
    }

    @Test
    void readsABibliographysInvertedFirstNameWithTheOthersInReadingOrder() {
        FullCitation c = (FullCitation) only("Lind, Ada B. and Tom Ellery, Counting Mills (London: Hatch, 2002), 4.");
        assertThat(c.reference().authors()).containsExactly(Name.of("Lind", "Ada B."), Name.of("Ellery", "Tom"));
        assertThat(c.flags()).contains(StyleFlag.INVERTED_NAME);
    }

    @Test
    void readsANameInItsOwnOrderInvertedAsIfWesternWithItsFamilyNameFirst() {
        // "Xiaoming, Zhao" is Zhao Xiaoming inverted as if Zhao were a given name; "Zhao, Xiaoming" is already right.
        assertThat(ref(only("Xiaoming, Zhao, River Towns (Beijing: Harbour Press, 2001), 4.")).authors())
                .containsExactly(Name.of("Zhao", "Xiaoming"));
        assertThat(ref(only("Zhao, Xiaoming, River Towns (Beijing: Harbour Press, 2001), 4.")).authors())
                .containsExactly(Name.of("Zhao", "Xiaoming"));
        assertThat(ref(only("Ellery, Tom, River Towns (London: Harbour Press, 2001), 4.")).authors())
                .containsExactly(Name.of("Ellery", "Tom"));
    }
}

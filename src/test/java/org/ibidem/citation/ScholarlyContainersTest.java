package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;
import static org.ibidem.citation.ParsedCitations.ref;

import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;

/**
 * What kind of work an article is, told by its container: a conference's proceedings, a scholarly journal read
 * online (a DOI, or a page after the date's colon), a learned society's numbered proceedings. Each note is written
 * for this test.
 */
class ScholarlyContainersTest {

    @Test
    void readsAPaperInAConferencesProceedings() {
        assertThat(ref(only("Ada Lind, \"Counting Mills,\" Proceedings of the 2011 Workshop on Mill Data, "
                + "pp. 12-19")).type()).isEqualTo(ItemType.PAPER_CONFERENCE);
        assertThat(ref(only("Ada Lind and Tom Ellery, \u201cCounting Mills,\u201d 2015 International Conference on "
                + "Water Power, 2015, https://doi.org/10.5555/wp.2015.7")).type()).isEqualTo(ItemType.PAPER_CONFERENCE);
        assertThat(ref(only("Ada Lind, \u201cCompter les moulins,\u201d Actes des 3e Journ\u00e9es d'\u00e9tude "
                + "des moulins, vol. 2, 2009, pp. 7\u201318.")).type()).isEqualTo(ItemType.PAPER_CONFERENCE);
    }

    @Test
    void keepsALearnedSocietysNumberedProceedingsAJournal() {
        Reference r = ref(only("Ada Lind, \"Counting Mills,\" Proceedings of the Northern Philosophical Society 44, "
                + "no. 3 (1961): 201-19."));
        assertThat(r.type()).isEqualTo(ItemType.ARTICLE_JOURNAL);
        assertThat(r.volume()).isEqualTo("44");
    }

    @Test
    void readsAnArticleWithADoiAsAJournalArticleNotAWebPage() {
        Reference r = ref(only("Ada Lind, \u201cCounting Mills,\u201d Studies in Mill History, 2018, "
                + "https://doi.org/10.5555/smh.2018.3."));
        assertThat(r.type()).isEqualTo(ItemType.ARTICLE_JOURNAL);
        assertThat(r.doi()).isEqualTo("10.5555/smh.2018.3");
    }

    @Test
    void readsAPageAfterTheDatesColonAsAJournalArticleReadOnline() {
        Reference r = ref(only("Ada Lind, \"Counting Mills,\" Findings of the Mill Society (March 2020): 41, "
                + "https://mills.example.org/2020/lind.pdf."));
        assertThat(r.type()).isEqualTo(ItemType.ARTICLE_JOURNAL);
    }

    @Test
    void keepsAWebPageWithoutADoiOrPagesAWebPage() {
        assertThat(ref(only("Ada Lind, \u201cCounting Mills,\u201d Mill Notes, May 3, 2016, "
                + "http://millnotes.example.org/counting/.")).type()).isEqualTo(ItemType.WEBPAGE);
    }

    @Test
    void setsApartASignalWithAQualifierButNoCommas() {
        FullCitation c = (FullCitation) only("See for example Ada Lind, \"Counting Mills,\" Proceedings of the "
                + "2011 Workshop on Mill Data, pp. 12-19");
        assertThat(c.prefix()).isEqualTo("See for example");
        assertThat(c.reference().authors()).containsExactly(Name.of("Lind", "Ada"));
    }
}

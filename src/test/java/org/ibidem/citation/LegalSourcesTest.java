package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;
import static org.ibidem.citation.ParsedCitations.ref;

import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.IbidemOptions;
import org.ibidem.diagnostic.Diagnostic;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.ibidem.resolution.ResolutionStatus;
import org.junit.jupiter.api.Test;

/**
 * Law-review articles, statutes, session laws and constitutions in Bluebook form (CMOS 14.269–14.305), and the
 * Chicago notes that share their abbreviations. Each note is written for this test.
 */
class LegalSourcesTest {

    @Test
    void aNoteOfEmphasisMarksAloneIsNoLegalSource() {
        // Found by PipelineFuzzIT: "*" emptied by the emphasis-mark stripping once threw out of range.
        for (String note : new String[] {"*", "**", "* *", "See *."}) {
            assertThat(new NoteParser().parse(note)).as(note).allMatch(c -> !(c instanceof FullCitation));
        }
    }

    @Test
    void readsALawReviewArticleWithItsFirstPageAndPinpoint() {
        FullCitation c = (FullCitation) only("Charles A. Reich, The New Property, 73 Yale L.J. 733, 737 (1964).");
        Reference r = c.reference();
        assertThat(r.type()).isEqualTo(ItemType.ARTICLE_JOURNAL);
        assertThat(r.authors()).containsExactly(Name.of("Reich", "Charles A."));
        assertThat(r.title()).isEqualTo("The New Property");
        assertThat(r.containerTitle()).isEqualTo("Yale L.J.");
        assertThat(r.volume()).isEqualTo("73");
        assertThat(r.page()).isEqualTo("733");
        assertThat(r.issued()).isEqualTo(PartialDate.ofYear(1964));
        assertThat(c.locator()).isEqualTo(Locator.page("737"));

        Reference two = ref(only("Samuel D. Warren & Louis D. Brandeis, The Right to Privacy, 4 Harv. L. Rev. 193 "
                + "(1890)."));
        assertThat(two.authors()).extracting(Name::family).containsExactly("Warren", "Brandeis");
        assertThat(two.containerTitle()).isEqualTo("Harv. L. Rev.");
    }

    @Test
    void readsStatutesSessionLawsAndConstitutions() {
        Reference code = ref(only("42 U.S.C. § 1983 (2018)."));
        assertThat(code.type()).isEqualTo(ItemType.LEGISLATION);
        assertThat(code.title()).isEqualTo("42 U.S.C. § 1983");
        assertThat(code.containerTitle()).as("printed twice by the styles if given apart").isNull();
        assertThat(code.issued()).isEqualTo(PartialDate.ofYear(2018));

        Reference act = ref(only("Civil Rights Act of 1964, Pub. L. No. 88-352, 78 Stat. 241."));
        assertThat(act.type()).isEqualTo(ItemType.LEGISLATION);
        assertThat(act.title()).isEqualTo("Civil Rights Act of 1964, Pub. L. No. 88-352");
        assertThat(act.number()).as("as CSL's number, 88-352 reads as a range").isNull();
        assertThat(act.volume()).isEqualTo("78");
        assertThat(act.page()).isEqualTo("241");
        assertThat(act.issued()).isEqualTo(PartialDate.ofYear(1964));

        Citation constitution = only("U.S. Const. art. I, § 8, cl. 3.");
        assertThat(ref(constitution).title()).isEqualTo("U.S. Const.");
        assertThat(constitution.locator()).isEqualTo(new Locator("section", "art. I, § 8, cl. 3"));
    }

    @Test
    void leavesChicagoArticlesAndBooksWithTheSameAbbreviationsAsTheyWere() {
        Reference article = ref(only("John Smith, “Rivers and Law,” J. Legal Hist. 12, no. 2 (1991): 45."));
        assertThat(article.title()).isEqualTo("Rivers and Law");
        assertThat(article.volume()).isEqualTo("12");
        Reference book = ref(only("Jane Roe, The Statute Book, 2 vols. (London: Sweet, 1890), 1:45."));
        assertThat(book.type()).isEqualTo(ItemType.BOOK);
        assertThat(book.title()).isEqualTo("The Statute Book");
    }

    @Test
    void resolvesTheLegalIbidAndSupraToTheArticleAndAcceptsPinpointsPastItsFirstPage() {
        Analysis a = Ibidem.analyze("law.txt", """
                [1] Charles A. Reich, The New Property, 73 Yale L.J. 733, 737 (1964).

                [2] Id. at 740.

                [3] Reich, supra note 1, at 745.
                """, IbidemOptions.defaults());
        assertThat(a.notes()).allSatisfy(n -> assertThat(n.citations().get(0).sourceId()).isEqualTo("reich1964"));
        assertThat(a.notes().get(1).citations().get(0).status()).isEqualTo(ResolutionStatus.RESOLVED);
        assertThat(a.diagnostics()).extracting(Diagnostic::code).doesNotContain("page-outside-range");
    }

    @Test
    void stillReportsAPinpointBeforeTheArticlesFirstPage() {
        Analysis a = Ibidem.analyze("law.txt", """
                [1] Charles A. Reich, The New Property, 73 Yale L.J. 733, 737 (1964).

                [2] Reich, supra note 1, at 700.
                """, IbidemOptions.defaults());
        assertThat(a.diagnostics()).filteredOn(d -> d.code().equals("page-outside-range"))
                .extracting(d -> d.position().line()).containsExactly(3);
    }
}

package org.ibidem.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;

/**
 * Year suffixes and subsequent-author substitution, against what citeproc-js 2.4.63 (the CSL reference processor)
 * prints for the same items with the same styles: the expected strings are its output.
 */
class ListRevisionTest {

    private static final BibliographyFormatter FORMATTER = new BibliographyFormatter();

    private static final Reference GOODELL_PLATFORM = Reference.builder(ItemType.BOOK)
            .authors(List.of(Name.of("Goodell", "William"))).title("The Southern Platform").build();
    private static final Reference GOODELL_CODE = Reference.builder(ItemType.BOOK)
            .authors(List.of(Name.of("Goodell", "William"))).title("Slave Code").build();
    private static final Reference EDITORIAL_FEB = Reference.builder(ItemType.ARTICLE_NEWSPAPER)
            .authors(List.of(Name.literal("People's Press Editorial"))).title("Reaction to Khrushchev's Report")
            .containerTitle("People's Press").issued(PartialDate.of(1956, 2, 19)).build();
    private static final Reference EDITORIAL_DEC = Reference.builder(ItemType.ARTICLE_NEWSPAPER)
            .authors(List.of(Name.literal("People's Press Editorial"))).title("Rediscussing the Historical Experience")
            .containerTitle("People's Press").issued(PartialDate.of(1956, 12, 29)).build();
    private static final Reference SMITH_JOHN = Reference.builder(ItemType.BOOK)
            .authors(List.of(Name.of("Smith", "John"))).title("One").issued(PartialDate.ofYear(2000)).build();
    private static final Reference SMITH_KATE = Reference.builder(ItemType.BOOK)
            .authors(List.of(Name.of("Smith", "Kate"))).title("Two").issued(PartialDate.ofYear(2000)).build();
    private static final Reference ZED = Reference.builder(ItemType.BOOK)
            .authors(List.of(Name.of("Zed", "Anna"))).title("Three").issued(PartialDate.ofYear(2001)).build();

    private static final List<Reference> WORKS =
            List.of(GOODELL_PLATFORM, GOODELL_CODE, EDITORIAL_FEB, EDITORIAL_DEC, SMITH_JOHN, SMITH_KATE, ZED);

    private static List<String> format(String style) {
        return FORMATTER.format(WORKS, style, OutputFormat.TEXT).entries();
    }

    @Test
    void apaTellsApartSameAuthorSameYearBySuffixesInBibliographyOrder() {
        assertThat(format("apa")).containsExactly(
                "Goodell, W. (n.d.-a). Slave Code.",
                "Goodell, W. (n.d.-b). The Southern Platform.",
                "People’s Press Editorial. (1956a, February 19). Reaction to Khrushchev’s Report. People’s Press.",
                "People’s Press Editorial. (1956b, December 29). Rediscussing the Historical Experience. People’s Press.",
                "Smith, J. (2000). One.",
                "Smith, K. (2000). Two.",
                "Zed, A. (2001). Three.");
    }

    @Test
    void mlaReplacesRepeatedAuthorsWithThreeEmDashes() {
        assertThat(format("mla")).containsExactly(
                "Goodell, William. Slave Code.",
                "———. The Southern Platform.",
                "People’s Press Editorial. “Reaction to Khrushchev’s Report.” People’s Press, 19 Feb. 1956.",
                "———. “Rediscussing the Historical Experience.” People’s Press, 29 Dec. 1956.",
                "Smith, John. One. 2000.",
                "Smith, Kate. Two. 2000.",
                "Zed, Anna. Three. 2001.");
    }

    @Test
    void chicagoNeitherSuffixesNorSubstitutes() {
        assertThat(format("chicago")).containsExactly(
                "Goodell, William. Slave Code. n.d.",
                "Goodell, William. The Southern Platform. n.d.",
                "People’s Press Editorial. “Reaction to Khrushchev’s Report.” People’s Press, February 19, 1956.",
                "People’s Press Editorial. “Rediscussing the Historical Experience.” People’s Press, December 29, 1956.",
                "Smith, John. One. 2000.",
                "Smith, Kate. Two. 2000.",
                "Zed, Anna. Three. 2001.");
    }

    @Test
    void countsSuffixLettersPastZ() {
        assertThat(List.of(ListRevision.letters(0), ListRevision.letters(25), ListRevision.letters(26),
                ListRevision.letters(27))).containsExactly("a", "z", "aa", "ab");
    }

    /** APA puts an edited book's editor where the author goes: the editor's works share the author's suffixes. */
    @Test
    void apaCountsAnEditorShownAsAuthorWithTheAuthorsWorksOfThatYear() {
        Name doe = Name.of("Doe", "Jane");
        Reference tales = Reference.builder(ItemType.BOOK).authors(List.of(doe)).title("Collected Tales")
                .publisher("Acme Press").issued(PartialDate.ofYear(2010)).build();
        Reference preface = Reference.builder(ItemType.CHAPTER).editors(List.of(doe))
                .title("Preface to the First Edition").containerTitle("Collected Tales").page("1-5")
                .publisher("Acme Press").issued(PartialDate.ofYear(2010)).build();
        Reference afterword = Reference.builder(ItemType.CHAPTER).editors(List.of(doe)).title("Afterword")
                .containerTitle("Collected Tales").page("300-310").publisher("Acme Press")
                .issued(PartialDate.ofYear(2010)).build();
        assertThat(FORMATTER.format(List.of(tales, preface, afterword), "apa", OutputFormat.TEXT).entries())
                .containsExactly(
                        "Doe, J. (Ed.). (2010a). Afterword. In Collected Tales (pp. 300–310). Acme Press.",
                        "Doe, J. (2010b). Collected Tales. Acme Press.",
                        "Doe, J. (Ed.). (2010c). Preface to the First Edition. In Collected Tales (pp. 1–5). Acme Press.");
    }
}

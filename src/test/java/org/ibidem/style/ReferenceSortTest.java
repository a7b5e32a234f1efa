package org.ibidem.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;

/**
 * The bibliography order as citeproc-js sorts it. Every expected list below was printed by citeproc-js 2.4.63
 * (the CSL reference processor) for the same items, styles 26.2 and locale en-US, through
 * {@code ../shared/tools/citeproc-js/bibliography.js}.
 */
class ReferenceSortTest {

    private static final BibliographyFormatter FORMATTER = new BibliographyFormatter();

    private static Reference book(Name author, String title, int year) {
        Reference.Builder b = Reference.builder(ItemType.BOOK).title(title);
        if (author != null) {
            b.authors(List.of(author));
        }
        if (year > 0) {
            b.issued(PartialDate.ofYear(year));
        }
        return b.build();
    }

    private static Reference article(List<Name> authors, String title, String journal, int year) {
        return Reference.builder(ItemType.ARTICLE_JOURNAL).authors(authors).title(title).containerTitle(journal)
                .issued(PartialDate.ofYear(year)).build();
    }

    private static Reference letter(String recipient, PartialDate date) {
        return Reference.builder(ItemType.MANUSCRIPT).authors(List.of(Name.of("Prynne", null)))
                .recipients(List.of(Name.of(recipient, null))).genre("letter").issued(date).build();
    }

    /** Titles: a space sorts before a letter, punctuation and quotation marks do not count. */
    private static final List<Reference> TITLES = List.of(
            book(null, "An Essay Concerning Human Understanding", 0),
            book(null, "Analogy", 0),
            book(null, "A Sermon Preached at the Coronation", 1695),
            book(Name.of("Adda", "Ferdinando"), "Despatches", 1686),
            book(null, "“Nothing Is Everything”", 0),
            book(Name.of("Peano", "G."), "Calcolo Geometrico", 1888),
            book(null, "Hist. of Jews", 0),
            book(null, "Hist, Tacit", 0),
            book(null, "Theory of Probability", 0),
            book(null, "The Zebra", 0));

    /** Same first author: the co-authors' names decide, and in MLA the date of each letter. */
    private static final List<Reference> NAMES = List.of(
            article(List.of(Name.of("Bender", "Emily M."), Name.of("Koller", "Alexander")), "Climbing towards NLU",
                    "Proceedings of the ACL", 2020),
            article(List.of(Name.of("Bender", "Emily M."), Name.of("Gebru", "Timnit"),
                    Name.of("McMillan-Major", "Angelina")), "On the Dangers of Stochastic Parrots", "FAccT", 2021),
            article(List.of(Name.of("Holmes", "David I."), Name.of("Forsyth", "Richard S.")),
                    "The Federalist Revisited", "Literary and Linguistic Computing", 1995),
            article(List.of(Name.of("Holmes", "David I."), Name.of("Gordon", "Lesley J."),
                    Name.of("Wilson", "Christine")), "A Widow and Her Soldier", "Literary and Linguistic Computing",
                    2001),
            letter("Riley", PartialDate.of(1967, 6, 23)),
            letter("Riley", PartialDate.of(1967, 5, 29)),
            letter("Olson", PartialDate.of(1963, 2, 3)));

    @Test
    void chicagoSortsQuotedTitlesByTheirFirstWordAndASpaceBeforeALetter() {
        // citeproc-js's order except for the leading articles, which it means to skip and does not: Ibidem skips
        // them as the manuals say ("A Sermon" under S, "The Zebra" under Z; docs/formatting-differences.md).
        assertThat(FORMATTER.format(TITLES, "chicago", OutputFormat.TEXT).entries()).containsExactly(
                "Adda, Ferdinando. Despatches. 1686.",
                "Analogy. n.d.",
                "An Essay Concerning Human Understanding. n.d.",
                "Hist. of Jews. n.d.",
                "Hist, Tacit. n.d.",
                "“Nothing Is Everything.” n.d.",
                "Peano, G. Calcolo Geometrico. 1888.",
                "A Sermon Preached at the Coronation. 1695.",
                "Theory of Probability. n.d.",
                "The Zebra. n.d.");
    }

    @Test
    void mlaSortsQuotedTitlesByTheirFirstWord() {
        // citeproc-js's order except for the leading articles, which it means to skip and does not: Ibidem skips
        // them as the manuals say ("A Sermon" under S, "The Zebra" under Z; docs/formatting-differences.md).
        assertThat(FORMATTER.format(TITLES, "mla", OutputFormat.TEXT).entries()).containsExactly(
                "Adda, Ferdinando. Despatches. 1686.",
                "Analogy.",
                "An Essay Concerning Human Understanding.",
                "Hist. of Jews.",
                "Hist, Tacit.",
                "“Nothing Is Everything.”",
                "Peano, G. Calcolo Geometrico. 1888.",
                "A Sermon Preached at the Coronation. 1695.",
                "Theory of Probability.",
                "The Zebra.");
    }

    @Test
    void chicagoComparesCoAuthorsNameByNameNotTheRenderedAnd() {
        assertThat(FORMATTER.format(NAMES, "chicago", OutputFormat.TEXT).entries()).containsExactly(
                "Bender, Emily M., Timnit Gebru, and Angelina McMillan-Major. “On the Dangers of Stochastic Parrots.” "
                        + "FAccT, 2021.",
                "Bender, Emily M., and Alexander Koller. “Climbing towards NLU.” Proceedings of the ACL, 2020.",
                "Holmes, David I., and Richard S. Forsyth. “The Federalist Revisited.” Literary and Linguistic "
                        + "Computing, 1995.",
                "Holmes, David I., Lesley J. Gordon, and Christine Wilson. “A Widow and Her Soldier.” Literary and "
                        + "Linguistic Computing, 2001.");
    }

    @Test
    void apaComparesCoAuthorsNameByNameAndDatesAsDates() {
        assertThat(FORMATTER.format(NAMES, "apa", OutputFormat.TEXT).entries()).containsExactly(
                "Bender, E. M., Gebru, T., & McMillan-Major, A. (2021). On the Dangers of Stochastic Parrots. FAccT.",
                "Bender, E. M., & Koller, A. (2020). Climbing towards NLU. Proceedings of the ACL.",
                "Holmes, D. I., & Forsyth, R. S. (1995). The Federalist Revisited. Literary and Linguistic Computing.",
                "Holmes, D. I., Gordon, L. J., & Wilson, C. (2001). A Widow and Her Soldier. Literary and Linguistic "
                        + "Computing.",
                // citeproc-js prints "[Letter]": it shows no recipient for a manuscript; Ibidem names it as APA 7
                // does for archival letters (docs/formatting-differences.md). The order is citeproc-js's.
                "Prynne. (1963). [Letter to Olson].",
                "Prynne. (1967a). [Letter to Riley].",
                "Prynne. (1967b). [Letter to Riley].");
    }

    @Test
    void mlaSortsEtAlByTheNamesShownAndDatesAsDates() {
        assertThat(FORMATTER.format(NAMES, "mla", OutputFormat.TEXT).entries()).containsExactly(
                "Bender, Emily M., et al. “On the Dangers of Stochastic Parrots.” FAccT, 2021.",
                "Bender, Emily M., and Alexander Koller. “Climbing towards NLU.” Proceedings of the ACL, 2020.",
                "Holmes, David I., et al. “A Widow and Her Soldier.” Literary and Linguistic Computing, 2001.",
                "Holmes, David I., and Richard S. Forsyth. “The Federalist Revisited.” Literary and Linguistic "
                        + "Computing, 1995.",
                // citeproc-js: "Letter." with no recipient (see the APA case above); the order is its own.
                "Prynne. Letter to Olson. 3 Feb. 1963.",
                "———. Letter to Riley. 29 May 1967.",
                "———. Letter to Riley. 23 June 1967.");
    }

    @Test
    void collationIgnoresCaseAccentsAndPunctuationAndReadsNumbers() {
        assertThat(SortCollation.key("“Diary.”")).isLessThan(SortCollation.key("Diary of the Same Day"));
        assertThat(SortCollation.key("Émile")).isEqualTo(SortCollation.key("emile"));
        assertThat(SortCollation.key("Vol. 9")).isLessThan(SortCollation.key("Vol. 10"));
        assertThat(SortCollation.key("7.1 Toy Datasets")).isLessThan(SortCollation.key("Metrics"));
    }

    @Test
    void aDateInAKeyBecomesOneFixedWidthNumber() {
        assertThat(ReferenceSort.numericDates("Letter \uE100\uE1011967\uE10205\uE10329\uE10F"))
                .isEqualTo("Letter  119670529 ");
        assertThat(ReferenceSort.numericDates("\uE100\uE1011967\uE10F")).isEqualTo(" 119670000 ");
    }
}

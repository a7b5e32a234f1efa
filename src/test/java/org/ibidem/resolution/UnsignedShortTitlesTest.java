package org.ibidem.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ibidem.Analysis;
import org.ibidem.citation.Names;
import org.ibidem.citation.ShortCitation;
import org.ibidem.document.TextSpan;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;

/**
 * A short form of title alone ("Firey Trial, 60.") that matches no title exactly is looked for as a misspelling
 * among the {@link WorkIndex#RECENT_WORKS} most recent works of its pool only: those whose title opens with the
 * same word, or all the works when none does. Exact titles are found however far back. The trade-off that keeps
 * thousands of such short forms from growing with the square of the document (issue 17); how fast it runs is
 * measured by the benchmarks' {@code ScalingProbe adversarial misspelt-titles,unknown-openings}, not here.
 */
class UnsignedShortTitlesTest {

    private static final String FIERY_TRIAL = "Eric Foner, *The Fiery Trial: Abraham Lincoln and American Slavery* "
            + "(New York: Norton, 2010), 45.";

    // Titles of other works: three made-up words each, drawn at random once, so that no two are spelt alike (a
    // misspelling of one another) and none is near "Fiery Trial".
    private static final List<String> OTHER_TITLES =
            GeneratedNotes.madeUpTitles(3 * WorkIndex.RECENT_WORKS + 1, 23);

    private static String otherTitle(int i) {
        return OTHER_TITLES.get(i);
    }

    /**
     * The Fiery Trial in full, then {@code others} works of other writers in full whose titles open with
     * {@code opening} (the same first word as the short form, or one no short form has), then {@code shortForm}.
     */
    private static Analysis fieryTrialThenOthers(int others, String opening, String shortForm) {
        List<String> notes = new ArrayList<>();
        notes.add(FIERY_TRIAL);
        for (int i = 0; i < others; i++) {
            notes.add("Anne Other, *" + opening + " " + i + " " + otherTitle(i) + "* (London: Longman, 1950), 1.");
        }
        notes.add(shortForm);
        return GeneratedNotes.analyze("unsigned.txt", notes);
    }

    private static ResolvedCitation citationOf(Analysis a, int note) {
        return a.notes().get(note - 1).citations().get(0);
    }

    private static ResolvedCitation last(Analysis a) {
        return citationOf(a, a.notes().size());
    }

    @Test
    void resolvesAMisspeltUnsignedTitleAmongTheRecentWorksOfItsFirstWord() {
        // "Fiery Trail": the first word is right, so the works titled "Fiery …" are searched; the Fiery Trial is
        // the oldest of the last RECENT_WORKS of them.
        Analysis a = fieryTrialThenOthers(WorkIndex.RECENT_WORKS - 1, "Fiery", "Fiery Trail, 60.");

        // (Read as a name alone, "Fiery Trail" resolves by title as a name would: RESOLVED, not approximate.)
        assertThat(last(a).status()).isNotEqualTo(ResolutionStatus.INTRODUCED);
        assertThat(last(a).sourceId()).isEqualTo(citationOf(a, 1).sourceId());
    }

    @Test
    void doesNotLookForAMisspeltUnsignedTitleBeforeTheRecentWorksOfItsFirstWord() {
        Analysis a = fieryTrialThenOthers(WorkIndex.RECENT_WORKS, "Fiery", "Fiery Trail, 60.");

        assertThat(last(a).status()).isEqualTo(ResolutionStatus.INTRODUCED);
        assertThat(last(a).sourceId()).isNotEqualTo(citationOf(a, 1).sourceId());
    }

    @Test
    void resolvesAMisspeltFirstWordAmongTheRecentWorksOfTheDocument() {
        // "Firey Trial": no title opens with "Firey", so every work is searched, the last RECENT_WORKS of them.
        Analysis a = fieryTrialThenOthers(WorkIndex.RECENT_WORKS - 1, "Report", "Firey Trial, 60.");

        // (Read as a name alone, "Fiery Trail" resolves by title as a name would: RESOLVED, not approximate.)
        assertThat(last(a).status()).isNotEqualTo(ResolutionStatus.INTRODUCED);
        assertThat(last(a).sourceId()).isEqualTo(citationOf(a, 1).sourceId());
    }

    @Test
    void doesNotLookForAMisspeltFirstWordBeforeTheRecentWorksOfTheDocument() {
        Analysis a = fieryTrialThenOthers(WorkIndex.RECENT_WORKS, "Report", "Firey Trial, 60.");

        assertThat(last(a).status()).isEqualTo(ResolutionStatus.INTRODUCED);
        assertThat(last(a).sourceId()).isNotEqualTo(citationOf(a, 1).sourceId());
    }

    @Test
    void resolvesAnExactUnsignedTitleHoweverFarBack() {
        Analysis a = fieryTrialThenOthers(WorkIndex.RECENT_WORKS + 100, "Fiery", "Fiery Trial, 60.");

        assertThat(last(a).status()).isEqualTo(ResolutionStatus.RESOLVED);
        assertThat(last(a).sourceId()).isEqualTo(citationOf(a, 1).sourceId());
    }

    /** {@code books} books titled "Collected Papers" by different writers, an article so titled, its short form. */
    private static Analysis collectedPapers(int books) {
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < books; i++) {
            String[] words = otherTitle(i).split(" ");
            notes.add("Bob " + words[0] + "-" + words[1] + ", *Collected Papers* (Oxford: Clarendon Press, 1950), 2.");
        }
        notes.add("Anne Other, “Collected Papers,” *Journal of Things* 3 (1950): 2.");
        notes.add("“Collected Papers,” 4.");
        return GeneratedNotes.analyze("unsigned.txt", notes);
    }

    @Test
    void resolvesAQuotedTitleToTheOneArticleAmongBooksSoTitled() {
        Analysis a = collectedPapers(100);

        assertThat(last(a).status()).isEqualTo(ResolutionStatus.RESOLVED);
        assertThat(last(a).sourceId()).isEqualTo(citationOf(a, 101).sourceId());
    }

    @Test
    void leavesAShortFormThatMoreThanTheBoundMatchAmbiguous() {
        // The trade-off for ties: over RECENT_WORKS candidates, the quotation marks are not used to narrow them.
        Analysis a = collectedPapers(WorkIndex.RECENT_WORKS);

        assertThat(last(a).status()).isEqualTo(ResolutionStatus.AMBIGUOUS);
        assertThat(last(a).candidateCount()).isEqualTo(WorkIndex.RECENT_WORKS + 1);
    }

    @Test
    void looksAtABoundedNumberOfWorksForEachMisspeltTitle() {
        // Thousands of works whose titles open alike, each followed by its title misspelt, with no author: each
        // search looks at the last RECENT_WORKS works of the opening and of the first word's pool at most, however
        // many came before.
        WorkIndex index = new WorkIndex(0);
        int works = 3 * WorkIndex.RECENT_WORKS;
        for (int i = 1; i <= works; i++) {
            String title = "History of the " + otherTitle(i);
            Reference r = Reference.builder(ItemType.BOOK).authors(List.of(Name.of("Other" + i, "Anne")))
                    .title(title).build();
            String folded = Names.fold(title);
            index.addFull(new Work(r, i, "1", Work.keyOf(r, folded), TitleMatch.Folded.of(title, folded)));
        }
        long before = index.approximateExamined;
        int searches = 100;
        for (int k = 0; k < searches; k++) {
            // The first word misspelt (every work is searched) or a later one (the works of "History of").
            String title = otherTitle(works - k);
            String misspelt = k % 2 == 0 ? "Histroy of the " + title : "History of the " + title.substring(1);
            index.candidatesFor(new ShortCitation(ShortCitation.Form.TITLE_ONLY, List.of(), misspelt, null, null,
                    null, misspelt, new TextSpan(0, misspelt.length()), null, null, Set.of()), works + 1);
        }

        assertThat(index.approximateExamined - before).isPositive()
                .isLessThanOrEqualTo(2L * WorkIndex.RECENT_WORKS * searches);
    }
}

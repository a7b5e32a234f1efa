package org.ibidem.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ibidem.Analysis;
import org.junit.jupiter.api.Test;

/**
 * A misspelt short title is looked for among its author's {@link WorkIndex#RECENT_WORKS} most recent works, and a
 * full citation completes a work that one of the author's {@link WorkIndex#RECENT_WORKS} most recent short forms
 * introduced: the trade-off that keeps a document of thousands of one author's short forms from growing with its
 * square (issue 17). Exact titles are found however far back. How fast it runs is measured by the benchmarks'
 * {@code ScalingProbe adversarial short-first}, not here.
 */
class RecentWorksTest {

    private static final String FIERY_TRIAL = "Eric Foner, *The Fiery Trial: Abraham Lincoln and American Slavery* "
            + "(New York: Norton, 2010), 45.";
    // Titles of Foner's other works: three made-up words each, drawn at random once, so that no two are spelt
    // alike (a misspelling of one another) and none is near "Fiery Trial".
    private static final List<String> OTHER_TITLES = GeneratedNotes.madeUpTitles(WorkIndex.RECENT_WORKS + 100, 17);

    private static String otherTitle(int i) {
        return OTHER_TITLES.get(i);
    }

    /** The Fiery Trial in full, {@code others} other works of Foner in full, then {@code shortForm}. */
    private static Analysis fieryTrialThenOthers(int others, String shortForm) {
        List<String> notes = new ArrayList<>();
        notes.add(FIERY_TRIAL);
        for (int i = 0; i < others; i++) {
            notes.add("Eric Foner, *" + otherTitle(i) + "* (New York: Norton, 2010), 1.");
        }
        notes.add(shortForm);
        return GeneratedNotes.analyze("recent.txt", notes);
    }

    /** {@code firstShortForm}, {@code others} short forms of Foner's other works, then {@code fullCitation}. */
    private static Analysis shortFormsThenFull(String firstShortForm, int others, String fullCitation) {
        List<String> notes = new ArrayList<>();
        notes.add(firstShortForm);
        for (int i = 0; i < others; i++) {
            notes.add("Foner, *" + otherTitle(i) + "*, 1.");
        }
        notes.add(fullCitation);
        return GeneratedNotes.analyze("recent.txt", notes);
    }

    private static ResolvedCitation citationOf(Analysis a, int note) {
        return a.notes().get(note - 1).citations().get(0);
    }

    private static ResolvedCitation last(Analysis a) {
        return citationOf(a, a.notes().size());
    }

    @Test
    void resolvesAMisspeltShortTitleToTheRightWorkAmongAFew() {
        Analysis a = fieryTrialThenOthers(3, "Foner, *Firey Trial*, 60.");

        assertThat(last(a).status()).isEqualTo(ResolutionStatus.RESOLVED_APPROXIMATE);
        assertThat(last(a).sourceId()).isEqualTo(citationOf(a, 1).sourceId());
    }

    @Test
    void resolvesAMisspeltShortTitleOfTheAuthorsLastRecentWorks() {
        // The Fiery Trial is the oldest of the author's last RECENT_WORKS works.
        Analysis a = fieryTrialThenOthers(WorkIndex.RECENT_WORKS - 1, "Foner, *Firey Trial*, 60.");

        assertThat(last(a).status()).isEqualTo(ResolutionStatus.RESOLVED_APPROXIMATE);
        assertThat(last(a).sourceId()).isEqualTo(citationOf(a, 1).sourceId());
    }

    @Test
    void doesNotLookForAMisspeltTitleBeforeTheAuthorsRecentWorks() {
        // The trade-off: a work more than RECENT_WORKS works of its author back is not found by a misspelling; the
        // short form introduces a work of its own, as one that matched nothing does.
        Analysis a = fieryTrialThenOthers(WorkIndex.RECENT_WORKS, "Foner, *Firey Trial*, 60.");

        assertThat(last(a).status()).isEqualTo(ResolutionStatus.INTRODUCED);
        assertThat(last(a).sourceId()).isNotEqualTo(citationOf(a, 1).sourceId());
    }

    @Test
    void resolvesAnExactShortTitleHoweverFarBack() {
        Analysis a = fieryTrialThenOthers(WorkIndex.RECENT_WORKS + 100, "Foner, *Fiery Trial*, 60.");

        assertThat(last(a).status()).isEqualTo(ResolutionStatus.RESOLVED);
        assertThat(last(a).sourceId()).isEqualTo(citationOf(a, 1).sourceId());
    }

    @Test
    void completesAWorkOneOfTheAuthorsRecentShortFormsIntroduced() {
        Analysis a = shortFormsThenFull("Foner, *Fiery Trial*, 4.", WorkIndex.RECENT_WORKS - 1, FIERY_TRIAL);

        assertThat(citationOf(a, 1).status()).isEqualTo(ResolutionStatus.FORWARD_ONLY);
        assertThat(last(a).sourceId()).isEqualTo(citationOf(a, 1).sourceId());
    }

    @Test
    void doesNotCompleteAWorkIntroducedBeforeTheAuthorsRecentShortForms() {
        // The trade-off for full citations: the short title is compared with the author's last RECENT_WORKS works
        // still waiting for their full citation only; the full citation is then a work of its own.
        Analysis a = shortFormsThenFull("Foner, *Fiery Trial*, 4.", WorkIndex.RECENT_WORKS, FIERY_TRIAL);

        assertThat(citationOf(a, 1).status()).isEqualTo(ResolutionStatus.INTRODUCED);
        assertThat(last(a).sourceId()).isNotEqualTo(citationOf(a, 1).sourceId());
    }

    @Test
    void completesAWorkGivenUnderItsVeryTitleHoweverFarBack() {
        Analysis a = shortFormsThenFull("Foner, *Fiery Trial*, 4.", WorkIndex.RECENT_WORKS + 100,
                "Eric Foner, *Fiery Trial* (New York: Norton, 2010), 45.");

        assertThat(last(a).sourceId()).isEqualTo(citationOf(a, 1).sourceId());
    }

    @Test
    void completedWorksLeaveTheRecentOnesToThoseStillWaiting() {
        // Each full citation completes the last work still waiting (short forms first, the works in full in
        // reverse order): the completed ones do not count against the bound, however many there are.
        List<String> notes = new ArrayList<>();
        int works = WorkIndex.RECENT_WORKS + 100;
        for (int i = 0; i < works; i++) {
            notes.add("Foner, *" + otherTitle(i) + "*, 5.");
        }
        for (int i = works - 1; i >= 0; i--) {
            notes.add("Eric Foner, *" + otherTitle(i) + ": A Study* (New York: Norton, 2010), 1.");
        }
        Analysis a = GeneratedNotes.analyze("recent.txt", notes);

        assertThat(a.notes().subList(0, works)).extracting(n -> n.citations().get(0).status())
                .containsOnly(ResolutionStatus.FORWARD_ONLY);
        assertThat(citationOf(a, 2 * works).sourceId()).isEqualTo(citationOf(a, 1).sourceId());
    }
}

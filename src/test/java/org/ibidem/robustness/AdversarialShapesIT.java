package org.ibidem.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.ibidem.Analysis;
import org.ibidem.HangDetector;
import org.ibidem.Ibidem;
import org.ibidem.IbidemOptions;
import org.ibidem.resolution.ResolutionStatus;
import org.ibidem.resolution.ResolvedCitation;
import org.junit.jupiter.api.Test;

/**
 * The input shapes that made resolution grow with the square (or the cube) of the document (issue 17, item 5),
 * each large enough that a quadratic pass would burn through the bound: 16,000 notes of tied titles took minutes
 * and ran out of a 512 MB heap before. Bounded by the analysing thread's processor time ({@link HangDetector}),
 * never by the clock; how fast each shape runs is measured by the benchmarks ({@code ScalingProbe adversarial}).
 */
class AdversarialShapesIT {

    private static final Duration CPU_BOUND = Duration.ofSeconds(60);
    private static final String[] AUTHORS = {"Margaret Hale", "John Thornton", "Nicholas Higgins", "Edith Shaw",
        "Henry Lennox", "Frederick Hale", "Bessy Higgins"};

    /** Chapters of 100 notes, as the plain-text reader reads them: markers in a body, then the notes. */
    private static String document(List<String> notes) {
        StringBuilder out = new StringBuilder(notes.size() * 100);
        for (int start = 0; start < notes.size(); start += 100) {
            List<String> chapter = notes.subList(start, Math.min(notes.size(), start + 100));
            out.append("CHAPTER ").append(start / 100 + 1).append(". Things\n\n");
            for (int n = 1; n <= chapter.size(); n++) {
                out.append("The text goes on.[").append(n).append("] ");
            }
            out.append("\n\nNotes\n\n");
            for (int n = 1; n <= chapter.size(); n++) {
                out.append('[').append(n).append("] ").append(chapter.get(n - 1)).append("\n\n");
            }
        }
        return out.toString();
    }

    private static List<String> pairs(int works, IntFunction<String> full, IntFunction<String> shortForm) {
        List<String> notes = new ArrayList<>(works * 2);
        for (int i = 1; i <= works; i++) {
            notes.add(full.apply(i));
            notes.add(shortForm.apply(i));
        }
        return notes;
    }

    private static Analysis analyze(String what, List<String> notes) {
        String text = document(notes);
        return HangDetector.withinCpuTime(CPU_BOUND, what,
                () -> Ibidem.analyzeText(what + ".txt", text, IbidemOptions.defaults()));
    }

    /** A word of letters for i: titles and names that differ without numbers. */
    private static String word(int i) {
        StringBuilder s = new StringBuilder();
        int n = i;
        do {
            s.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + "ley";
    }

    @Test
    void resolvesThousandsOfWorksTiedOnOneShortTitle() {
        Analysis a = analyze("tied-titles", pairs(8_000,
                i -> AUTHORS[i % AUTHORS.length] + ", *Report on the State of Things " + i
                        + "* (London: Stationery Office, 1990), 3.",
                i -> "Report on the State of Things, 12."));

        ResolvedCitation last = a.notes().get(a.notes().size() - 1).citations().get(0);
        assertThat(last.status()).isEqualTo(ResolutionStatus.AMBIGUOUS);
        assertThat(last.candidateCount()).isEqualTo(8_000);
        assertThat(last.candidates()).hasSize(ResolvedCitation.MAX_CANDIDATES);
    }

    @Test
    void resolvesThousandsOfWorksByOneAuthor() {
        Analysis a = analyze("one-author", pairs(8_000,
                i -> "Eleanor Marsh, *The " + word(i) + " Papers: A Study* (London: Longman, 1950), 1.",
                i -> "Marsh, *" + word(i) + " Papers*, 5."));

        assertThat(a.notes().get(a.notes().size() - 1).citations().get(0).status().isResolved()).isTrue();
    }

    @Test
    void resolvesThousandsOfIdenticalTitles() {
        Analysis a = analyze("identical-titles", pairs(8_000,
                i -> "Anne " + word(i) + ", *Collected Papers* (Oxford: Clarendon Press, 1950), 2.",
                i -> word(i) + ", *Collected Papers*, 4."));

        assertThat(a.notes().get(a.notes().size() - 1).citations().get(0).status().isResolved()).isTrue();
    }

    @Test
    void resolvesTitlesThatAllOpenAlike() {
        Analysis a = analyze("title-pool", pairs(8_000,
                i -> "Anne " + word(i) + ", *A History of the " + word(i + 7) + " Harbours* (Oxford: Clarendon"
                        + " Press, 1950), 2.",
                i -> "History of the " + word(i + 7) + " Harbours, 4."));

        assertThat(a.notes().get(a.notes().size() - 1).citations().get(0).status().isResolved()).isTrue();
    }

    @Test
    void resolvesOneNoteCitingTenThousandWorks() {
        List<String> full = new ArrayList<>();
        List<String> shortForms = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            full.add("Anne " + word(i) + ", *The " + word(i + 3) + " Papers* (Oxford: Clarendon Press, 1950), 2");
            shortForms.add(word(i) + ", *" + word(i + 3) + " Papers*, 4");
        }
        Analysis a = analyze("one-note", List.of("See " + String.join("; ", full) + ".", "Ibid.",
                String.join("; ", shortForms) + ".", word(0) + ", supra note 1, 9."));

        assertThat(a.notes().get(0).citations()).hasSize(10_000);
        assertThat(a.notes().get(2).citations()).allMatch(c -> c.status().isResolved());
    }
}

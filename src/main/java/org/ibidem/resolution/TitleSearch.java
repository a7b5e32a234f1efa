package org.ibidem.resolution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An exact title search in one pool's works of one two-word opening, kept to be resumed: the works before
 * {@code scanned} have been compared, and {@code found} holds those of the best level. Those works were all
 * cited before the note that searched, so they stay citable for every later note; the works of the searching
 * note itself (a full citation earlier in the same note) are compared at each search and not kept. A full
 * citation that completes a provisional work changes a title, so a search made before one is not resumed
 * ({@code completions}).
 */
final class TitleSearch {
    // A search is kept only where comparing again would cost: a title that dozens of works tie on. A document
    // of distinct titles keeps none.
    static final int WORTH_KEEPING = 32;

    final List<Work> sameOpening;
    final int completions;
    // Whether only works whose title still opens with the short title's two words count (a list of one
    // opening, which a completed work's new title may have left).
    private final boolean sameKeyOnly;
    private int scanned;
    private TitleMatch.Level best = TitleMatch.Level.NONE;
    // Replaced, not cleared, when a better level is found: a list handed out only ever grows (AppendOnlyWorks).
    private AppendOnlyWorks found = new AppendOnlyWorks();
    private final Set<Work> listed = new HashSet<>();

    TitleSearch(List<Work> sameOpening, int completions, boolean sameKeyOnly) {
        this.sameOpening = sameOpening;
        this.completions = completions;
        this.sameKeyOnly = sameKeyOnly;
    }

    /** The works of the best exact match for a short form in note {@code beforeNote}; read, never change. */
    List<Work> resume(TitleMatch.Folded title, int beforeNote) {
        int n = sameOpening.size();
        while (scanned < n && sameOpening.get(scanned).firstNote < beforeNote) {
            Work w = sameOpening.get(scanned++);
            TitleMatch.Level level = !sameKeyOnly || w.title.key().equals(title.key())
                    ? TitleMatch.compareExact(title, w.title) : TitleMatch.Level.NONE;
            if (level == TitleMatch.Level.NONE) {
                continue;
            }
            if (level.ordinal() < best.ordinal()) {
                best = level;
                found = new AppendOnlyWorks();
                listed.clear();
            }
            if (level == best && listed.add(w)) {
                found.append(w);
            }
        }
        if (scanned == n) {
            return found;
        }
        // Works of the searching note itself: compared now, kept out of the search.
        TitleMatch.Level tailBest = best;
        List<Work> out = null;
        for (int i = scanned; i < n; i++) {
            Work w = sameOpening.get(i);
            if (!w.citableFrom(beforeNote) || sameKeyOnly && !w.title.key().equals(title.key())) {
                continue;
            }
            TitleMatch.Level level = TitleMatch.compareExact(title, w.title);
            if (level == TitleMatch.Level.NONE || level.ordinal() > tailBest.ordinal()) {
                continue;
            }
            if (level.ordinal() < tailBest.ordinal()) {
                tailBest = level;
                out = new ArrayList<>();
            } else if (out == null) {
                out = new ArrayList<>(found);
            }
            if (!out.contains(w)) {
                out.add(w);
            }
        }
        return out == null ? found : out;
    }
}

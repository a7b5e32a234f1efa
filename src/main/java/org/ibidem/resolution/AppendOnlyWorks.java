package org.ibidem.resolution;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Works that a kept search has found so far ({@link TitleSearch}): a list its readers cannot change and its owner
 * only ever appends to, so that what was derived from it once can be brought up to date by reading the works
 * appended since. The volume filter of a short form is one such thing ({@link #ofVolume}): "Report on the State
 * of Things, vol. 2, 12." after thousands of reports that the title ties on filtered them all at each repetition.
 *
 * <p>Part of {@link WorkIndex}; not thread-safe.
 */
final class AppendOnlyWorks extends AbstractList<Work> implements RandomAccess {

    private final List<Work> works = new ArrayList<>();
    // The volume filters made on this list, by the volume asked for; null until one is.
    private Map<String, VolumeFilter> byVolume;

    void append(Work w) {
        works.add(w);
    }

    @Override
    public Work get(int index) {
        return works.get(index);
    }

    @Override
    public int size() {
        return works.size();
    }

    /**
     * The works of {@code found} of volume {@code volume} ({@link Volumes#same}), in order; when none is, those
     * with no volume (a work cited as a whole covers all its volumes); empty when neither. For a list a search
     * keeps and lengthens, the filter is kept with it and reads only the works appended since it last ran.
     */
    static List<Work> ofVolume(List<Work> found, String volume) {
        Objects.requireNonNull(volume, "volume");
        if (found instanceof AppendOnlyWorks kept) {
            if (kept.byVolume == null) {
                kept.byVolume = new HashMap<>();
            }
            return kept.byVolume.computeIfAbsent(volume, VolumeFilter::new).resume(kept);
        }
        List<Work> same = found.stream().filter(w -> Volumes.same(w.reference.volume(), volume)).toList();
        return !same.isEmpty() ? same : found.stream().filter(w -> w.reference.volume() == null).toList();
    }

    /**
     * One volume's filter over one list that only grows, resumed where it stopped: the works of the volume and,
     * apart, those with no volume, among the first {@link #scanned} of the list. Also kept by a {@link Pool} over
     * the works an author's name alone may mean ("Marsh, vol. 2, 5.").
     */
    static final class VolumeFilter {
        private final String volume;
        private int scanned;
        final AppendOnlyWorks same = new AppendOnlyWorks();
        final AppendOnlyWorks unnumbered = new AppendOnlyWorks();

        VolumeFilter(String volume) {
            this.volume = volume;
        }

        /** How many works of the list have been read. */
        int scanned() {
            return scanned;
        }

        List<Work> resume(AppendOnlyWorks found) {
            resume(found, found.size());
            return !same.isEmpty() ? same : unnumbered;
        }

        /** Reads the works of {@code list} from where it stopped up to {@code upTo}. */
        void resume(List<Work> list, int upTo) {
            for (; scanned < upTo; scanned++) {
                Work w = list.get(scanned);
                if (Volumes.same(w.reference.volume(), volume)) {
                    same.append(w);
                } else if (w.reference.volume() == null) {
                    unnumbered.append(w);
                }
            }
        }
    }
}

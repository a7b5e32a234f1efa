package org.ibidem.resolution;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The works a short form may mean (one author's, those of one first title word, or all), with indexes that
 * narrow a large pool by title without looking through it: a prolific author has thousands of works, and
 * comparing a short title with each of them made resolution grow with the square of the document. The indexes
 * are built the first time a large pool is searched, and kept up to date after that.
 *
 * <p>Part of {@link WorkIndex}, and used by nothing else. Not thread-safe.
 */
final class Pool {
    // Below this size a pool is simply looked through.
    static final int SMALL = 8;

    final List<Work> works;
    private final TitleKeys keys;
    private WorksById byOpening;
    // stemMasks[i]: Work.stemMask of works.get(i) (or'ed with the new one when a work is filed again), for the
    // first indexedWorks works; scanning these numbers is cheaper than following a list per stem, which at
    // 100,000 notes cost a cache miss for each stem of each work filed.
    private long[] stemMasks;
    private int indexedWorks;
    // For a large pool, the positions whose stem mask has each of the 64 bits, in the order filed (a position is
    // listed under a bit once, when the bit is first set there): withAllStems reads the shortest list of the bits
    // it wants instead of every mask. Null until the pool is that large.
    private int[][] positionsByBit;
    private int[] positionsByBitSize;
    // How many times a position was listed under a bit after a later one (a work filed again at its place in the
    // pool of all works): a kept stem search made before then is no longer good.
    private int reorders;
    // Results of withAllStems that dozens of works have, kept to be resumed, by the bits wanted.
    private Map<Long, StemSearch> stemSearches;
    // Exact title searches among those results (the third tier of WorkIndex.byTitle), by short title.
    Map<String, TitleSearch> stemTitleSearches;
    private static final int POSTINGS_FROM = 256;
    // Exact title searches kept to be resumed, by short title (see WorkIndex.byTitle); null until one is kept.
    Map<String, TitleSearch> searches;

    // The works by the exact forms of their title (full, main, main without its article: those a short title
    // equals when TitleMatch.compareExact says EXACT), a Work or a List<Work> per form, in the order filed; made
    // with the indexes above. Works whose title may change (a provisional one, or one a full citation completed)
    // are not filed in it but listed apart (mayChange), each compared at each lookup: one would stay filed under
    // a title it no longer has, and listed under its old opening above, which the index could not tell. Past
    // CHANGING_CHECKED of them the index is dropped for good (null).
    private Map<String, Object> byExactTitle;
    private List<Work> mayChange;
    private static final int CHANGING_CHECKED = 32;

    // filedAt[i]: the note during which works.get(i) was added (when it was created, or when a full citation
    // completed it), for a pool whose works are only ever added through add(); null for a pool over a list that
    // others append to. Notes come in order, so the numbers never decrease along the list.
    private int[] filedAt;
    // The volume filters of Citable.ofVolume, by volume, good while no provisional work has been completed since
    // they were made (volumeFiltersCompletions); null until a short form names a volume.
    private Map<String, AppendOnlyWorks.VolumeFilter> volumeFilters;
    private static final int MAX_VOLUME_FILTERS = 64;
    private int volumeFiltersCompletions;

    Pool(List<Work> works, TitleKeys keys) {
        this.works = works;
        this.keys = keys;
    }

    /** An empty pool that only {@link #add} fills, and that keeps when each work was added. */
    static Pool filing(TitleKeys keys) {
        Pool pool = new Pool(new ArrayList<>(), keys);
        pool.filedAt = new int[SMALL];
        return pool;
    }

    /** Adds a work unless it is already the last one (a work is indexed in one go). */
    void add(Work w) {
        if (works.isEmpty() || works.get(works.size() - 1) != w) {
            works.add(w);
            if (filedAt != null) {
                if (filedAt.length < works.size()) {
                    filedAt = Arrays.copyOf(filedAt, filedAt.length * 2);
                }
                filedAt[works.size() - 1] = Math.max(w.firstNote, w.completedAt);
            }
            if (byOpening != null) {
                file(w, works.size() - 1);
            }
        }
    }

    /**
     * The works citable from note {@code beforeNote} on ({@link Work#citableFrom}), in the order filed: what an
     * author's name alone ("Marsh, 5.") may mean. Only the works added during that note or after it are looked
     * at one by one; those added before it are all citable (a work is added no earlier than its first note) and
     * are returned as a view, not copied, so that a name repeated after thousands of its works costs the same
     * each time. The view stays good as the pool grows: works are only ever appended.
     */
    List<Work> citableFrom(int beforeNote) {
        int size = works.size();
        int before = size;
        if (filedAt != null) {
            while (before > 0 && filedAt[before - 1] >= beforeNote) {
                before--;
            }
        } else {
            before = 0;
        }
        List<Work> lately = new ArrayList<>();
        for (int i = before; i < size; i++) {
            Work w = works.get(i);
            if (w.citableFrom(beforeNote)) {
                lately.add(w);
            }
        }
        if (before == 0) {
            return lately;
        }
        return new Citable(before, lately);
    }

    /**
     * What {@link #citableFrom} gives when works were added before the note: the first {@code prefix} works of
     * the pool, read in place, then the works added lately that are citable.
     */
    final class Citable extends AbstractList<Work> implements RandomAccess {
        private final int prefix;
        private final List<Work> lately;

        private Citable(int prefix, List<Work> lately) {
            this.prefix = prefix;
            this.lately = lately;
        }

        @Override
        public Work get(int index) {
            Objects.checkIndex(index, size());
            return index < prefix ? works.get(index) : lately.get(index - prefix);
        }

        @Override
        public int size() {
            return prefix + lately.size();
        }

        /**
         * These works of volume {@code volume}, or, when none is, those with no volume: what
         * {@link AppendOnlyWorks#ofVolume} gives for this list. The filter of the works added before the note is
         * kept with the pool and reads only the works added since it last ran ("Marsh, vol. 2, 5." after each of
         * thousands of that author's works filtered them all); {@code completions} is how many provisional works
         * have been completed so far, since a completed work's volume is new (a filter made before is dropped).
         */
        List<Work> ofVolume(String volume, int completions) {
            if (volumeFilters == null || volumeFiltersCompletions != completions
                    || volumeFilters.size() >= MAX_VOLUME_FILTERS && !volumeFilters.containsKey(volume)) {
                // Each filter holds the author's unnumbered works again: a bounded few are kept, the rest made anew.
                volumeFilters = new HashMap<>();
                volumeFiltersCompletions = completions;
            }
            AppendOnlyWorks.VolumeFilter kept = volumeFilters.computeIfAbsent(volume,
                    AppendOnlyWorks.VolumeFilter::new);
            if (kept.scanned() > prefix) {
                // Asked again for an earlier note (never in a pass, whose notes come in order): filtered afresh.
                return AppendOnlyWorks.ofVolume(List.copyOf(this), volume);
            }
            kept.resume(works, prefix);
            List<Work> lateSame = new ArrayList<>();
            List<Work> lateUnnumbered = new ArrayList<>();
            for (Work w : lately) {
                if (Volumes.same(w.reference.volume(), volume)) {
                    lateSame.add(w);
                } else if (w.reference.volume() == null) {
                    lateUnnumbered.add(w);
                }
            }
            return !kept.same.isEmpty() || !lateSame.isEmpty() ? joined(kept.same, lateSame)
                    : joined(kept.unnumbered, lateUnnumbered);
        }
    }

    /** The works of {@code first} as it is now, then those of {@code then}: a view, not a copy. */
    private static List<Work> joined(List<Work> first, List<Work> then) {
        int n = first.size();
        if (then.isEmpty()) {
            return Collections.unmodifiableList(first.subList(0, n));
        }
        return new AbstractList<>() {
            @Override
            public Work get(int index) {
                Objects.checkIndex(index, size());
                return index < n ? first.get(index) : then.get(index - n);
            }

            @Override
            public int size() {
                return n + then.size();
            }
        };
    }

    /**
     * Files a work already in {@link #works}, at {@code position}, in the indexes, if they exist: the pool of
     * all works, which the pass appends to itself, and a work whose title a full citation has completed.
     */
    void indexed(Work w, int position) {
        if (byOpening != null) {
            file(w, position);
        }
    }

    /** The works whose title opens with the same two words (see TitleMatch.Folded#key). */
    List<Work> withOpening(String key) {
        buildIndexes();
        return byOpening.get(keys.openings.find(key));
    }

    /**
     * The works of this pool cited before note {@code beforeNote} whose title the short title equals
     * ({@link TitleMatch.Level#EXACT}) and opens with the same two words as, in the order filed: what
     * {@link WorkIndex}'s exact search among the works of that opening (or among those with every stem of the short
     * title) finds when it finds any such work, read from an index of titles instead of a list that grows with the
     * pool (one note citing thousands of histories, the next each of them again by title, compared each short
     * title with a twentieth of the pool). Null when the index cannot tell: a work whose title may change (filed
     * apart, see mayChange) has the title now, more than a few such works were filed here, {@link
     * TitleSearch#WORTH_KEEPING} works or more tie on the title (the search kept for them does better), or a work
     * equals the title without having each of its stems (the lists would not hold it). Empty when no work has the
     * very title: shortened titles are for the lists to find.
     *
     * <p>When no work of changeable title equals the short title, the lists' exact search finds at the EXACT
     * level the works of the index only, each once, in the order they were filed, which for a work whose title
     * never changes is the order of first citation; so the answer does not depend on them.
     */
    List<Work> exactlyTitled(TitleMatch.Folded title, int beforeNote) {
        buildIndexes();
        if (byExactTitle == null || title.full().isEmpty() || title.words().isEmpty()) {
            return null;
        }
        for (Work w : mayChange) {
            if (TitleMatch.compareExact(title, w.title) == TitleMatch.Level.EXACT) {
                return null; // the lists decide where it stands (a completed work is filed again at the end)
            }
        }
        long wanted = 0;
        for (String word : title.words()) {
            int id = keys.stems.find(stem(word));
            if (id < 0) {
                return null;
            }
            wanted |= TitleKeys.stemBit(id);
        }
        List<Work> out = new ArrayList<>(2);
        if (!exactlyTitled(byExactTitle.get(title.full()), title, wanted, beforeNote, out)
                || !title.fullNoArticle().equals(title.full())
                && !exactlyTitled(byExactTitle.get(title.fullNoArticle()), title, wanted, beforeNote, out)) {
            return null;
        }
        // The order filed: a work whose title does not change is filed when it is first cited.
        out.sort(Comparator.comparingInt(w -> w.position));
        return out;
    }

    /** Adds to {@code out} the works of one index entry that equal the title; false when the index cannot tell. */
    private static boolean exactlyTitled(Object entry, TitleMatch.Folded title, long wanted, int beforeNote,
                                         List<Work> out) {
        List<Work> filed = entry == null ? List.of() : entry instanceof Work one ? List.of(one) : worksIn(entry);
        for (Work w : filed) {
            if (!w.citableFrom(beforeNote)) {
                break; // filed in order of first citation: the rest are of this note or later
            }
            if (!w.title.key().equals(title.key()) || out.contains(w)
                    || TitleMatch.compareExact(title, w.title) != TitleMatch.Level.EXACT) {
                continue;
            }
            if ((w.stemMask & wanted) != wanted) {
                return false;
            }
            out.add(w);
            if (out.size() >= TitleSearch.WORTH_KEEPING) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static List<Work> worksIn(Object entry) {
        return (List<Work>) entry;
    }

    /** Files a work under the exact forms of its title, each once. */
    private void fileExactTitle(Work w) {
        TitleMatch.Folded t = w.title;
        if (t.full().isEmpty()) {
            return;
        }
        fileExactTitle(t.full(), w);
        if (!t.main().equals(t.full())) {
            fileExactTitle(t.main(), w);
        }
        if (!t.mainNoArticle().equals(t.full()) && !t.mainNoArticle().equals(t.main())) {
            fileExactTitle(t.mainNoArticle(), w);
        }
    }

    private void fileExactTitle(String form, Work w) {
        Object entry = byExactTitle.get(form);
        if (entry == null) {
            byExactTitle.put(form, w);
        } else if (entry instanceof Work first) {
            if (first != w) {
                List<Work> list = new ArrayList<>(2);
                list.add(first);
                list.add(w);
                byExactTitle.put(form, list);
            }
        } else {
            addOnce(worksIn(entry), w);
        }
    }

    /**
     * A superset of the works whose title a short title with these words can match exactly: a title that
     * TitleMatch.compareExact accepts has, for each short-title word, a word that begins alike (the same
     * first three letters, or the same short word), so its stem mask has every bit of theirs.
     */
    List<Work> withAllStems(List<String> words) {
        buildIndexes();
        if (words.isEmpty()) {
            return works;
        }
        long wanted = 0;
        for (String word : words) {
            int id = keys.stems.find(stem(word));
            if (id < 0) {
                return List.of(); // no work has a word that begins so
            }
            wanted |= TitleKeys.stemBit(id);
        }
        if (positionsByBit == null && indexedWorks >= POSTINGS_FROM) {
            positionsByBit = new int[64][];
            positionsByBitSize = new int[64];
            for (int i = 0; i < indexedWorks; i++) {
                list(stemMasks[i], i);
            }
        }
        if (positionsByBit == null || wanted == 0) {
            List<Work> out = new ArrayList<>();
            for (int i = 0; i < indexedWorks; i++) {
                if ((stemMasks[i] & wanted) == wanted) {
                    out.add(works.get(i));
                }
            }
            return out;
        }
        StemSearch kept = stemSearches == null ? null : stemSearches.get(wanted);
        if (kept != null && kept.reorders == reorders) {
            return kept.resume();
        }
        int rarest = -1;
        for (long bits = wanted; bits != 0; bits &= bits - 1) {
            int bit = Long.numberOfTrailingZeros(bits);
            if (rarest < 0 || positionsByBitSize[bit] < positionsByBitSize[rarest]) {
                rarest = bit;
            }
        }
        StemSearch search = new StemSearch(wanted, rarest, reorders);
        List<Work> out = search.resume();
        if (out.size() >= TitleSearch.WORTH_KEEPING) {
            // A short title dozens of works have every stem of ("Part 2"): what grows with each repetition.
            if (stemSearches == null) {
                stemSearches = new HashMap<>();
            }
            stemSearches.put(wanted, search);
        }
        return out;
    }

    /**
     * The works at the positions listed under one bit whose masks have every wanted bit, in the order of their
     * positions: what scanning every mask finds. Kept, it goes on from where it stopped.
     */
    private final class StemSearch {
        private final long wanted;
        private final int bit;
        private final int reorders;
        private int scanned;
        private final List<Work> found = new ArrayList<>();
        // One view, so that a title search kept on it knows it again (WorkIndex.matchExactAmongStems).
        private final List<Work> view = Collections.unmodifiableList(found);

        StemSearch(long wanted, int bit, int reorders) {
            this.wanted = wanted;
            this.bit = bit;
            this.reorders = reorders;
        }

        List<Work> resume() {
            int[] positions = positionsByBit[bit];
            int n = positionsByBitSize[bit];
            int[] matched = new int[Math.max(0, n - scanned)];
            int count = 0;
            for (; scanned < n; scanned++) {
                int i = positions[scanned];
                if ((stemMasks[i] & wanted) == wanted) {
                    matched[count++] = i;
                }
            }
            // A position filed again under a new bit (a completed work, in the pool of all works) comes after
            // later ones, so the first scan puts the positions in order; later scans read only positions filed
            // since, which come after every earlier one (a search is dropped when a position is filed again).
            Arrays.sort(matched, 0, count);
            for (int k = 0; k < count; k++) {
                found.add(works.get(matched[k]));
            }
            return view;
        }
    }

    /** Lists {@code position} under each of {@code bits}. */
    private void list(long bits, int position) {
        for (long b = bits; b != 0; b &= b - 1) {
            int bit = Long.numberOfTrailingZeros(b);
            int[] positions = positionsByBit[bit];
            int size = positionsByBitSize[bit];
            if (positions == null) {
                positions = new int[16];
            } else if (size == positions.length) {
                positions = Arrays.copyOf(positions, size * 2);
            }
            if (size > 0 && positions[size - 1] > position) {
                reorders++;
            }
            positions[size] = position;
            positionsByBit[bit] = positions;
            positionsByBitSize[bit] = size + 1;
        }
    }

    private void buildIndexes() {
        if (byOpening == null) {
            byOpening = new WorksById();
            byExactTitle = new HashMap<>();
            mayChange = new ArrayList<>();
            stemMasks = new long[Math.max(16, works.size() * 2)];
            for (int i = 0; i < works.size(); i++) {
                file(works.get(i), i);
            }
        }
    }

    private void file(Work w, int position) {
        if (w.openingId >= 0) {
            byOpening.add(w.openingId, w);
        }
        if (byExactTitle != null && (w.provisional || w.completedAt > 0)) {
            if (!mayChange.contains(w)) {
                mayChange.add(w);
            }
            if (mayChange.size() > CHANGING_CHECKED) {
                byExactTitle = null; // each lookup would compare them all
                mayChange = null;
            }
        } else if (byExactTitle != null) {
            fileExactTitle(w);
        }
        if (position >= stemMasks.length) {
            stemMasks = Arrays.copyOf(stemMasks, Math.max(position + 1, stemMasks.length * 2));
        }
        long added = w.stemMask & ~stemMasks[position];
        stemMasks[position] |= w.stemMask;
        indexedWorks = Math.max(indexedWorks, position + 1);
        if (positionsByBit != null && added != 0) {
            list(added, position);
        }
    }

    /** Words that abbreviate one another (TitleMatch.sameWord) share this. */
    static String stem(String word) {
        return word.length() > 3 ? word.substring(0, 3) : word;
    }

    /** Adds a work to an index list unless it is already its last entry (a work is indexed in one go). */
    static void addOnce(List<Work> list, Work w) {
        if (list.isEmpty() || list.get(list.size() - 1) != w) {
            list.add(w);
        }
    }

    /**
     * Dense ids, per pass, for the strings that pools file works under: the two-word openings of titles and the
     * stems of their words. A work's strings are looked up once, when it is indexed, and the pools it is filed in
     * then use the numbers (an opening's id, a mask of stem bits): at 100,000 notes the pools no longer fit in the
     * processor's caches, and hashing and comparing string keys (a cache miss for the entry, the string and its
     * letters) was the largest part of resolving.
     */
    static final class TitleKeys {
        final Ids openings = new Ids();
        final Ids stems = new Ids();

        /** The bit of a stem id in a 64-bit stem mask (its top six bits after a multiplicative hash). */
        static long stemBit(int stemId) {
            return 1L << ((stemId * 0x9E3779B9) >>> 26);
        }

        /** One dictionary of ids, numbered from 0 in the order first seen. */
        static final class Ids {
            private final Map<String, Integer> ids = new HashMap<>();

            int idOf(String key) {
                Integer id = ids.get(key);
                if (id == null) {
                    id = ids.size();
                    ids.put(key, id);
                }
                return id;
            }

            /** The id of {@code key}, or -1 when no work has it. */
            int find(String key) {
                Integer id = ids.get(key);
                return id == null ? -1 : id;
            }
        }
    }

    /**
     * Lists of works by non-negative int id (see {@link TitleKeys}): an open-addressing table whose keys sit in one
     * int array, so a lookup reads one array slot and the list it finds.
     */
    private static final class WorksById {
        private int[] keys = new int[16]; // id + 1 in each used slot; 0 marks a free one
        private Object[] lists = new Object[16];
        private int size;

        /** The works filed under {@code id}; empty for an id nothing is filed under, or -1. */
        List<Work> get(int id) {
            if (id < 0) {
                return List.of();
            }
            int slot = slotOf(id);
            return keys[slot] == 0 ? List.of() : worksAt(slot);
        }

        /** Files {@code w} under {@code id}, unless it is already the last work there. */
        void add(int id, Work w) {
            int slot = slotOf(id);
            if (keys[slot] == 0) {
                if (2 * (size + 1) > keys.length) {
                    grow();
                    slot = slotOf(id);
                }
                keys[slot] = id + 1;
                lists[slot] = new ArrayList<Work>(2);
                size++;
            }
            addOnce(worksAt(slot), w);
        }

        /** The slot holding {@code id}, or the free slot where it belongs. */
        private int slotOf(int id) {
            int mask = keys.length - 1;
            int h = (id + 1) * 0x9E3779B9;
            int slot = (h ^ (h >>> 16)) & mask;
            while (keys[slot] != 0 && keys[slot] != id + 1) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private void grow() {
            int[] oldKeys = keys;
            Object[] oldLists = lists;
            keys = new int[oldKeys.length * 2];
            lists = new Object[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    int slot = slotOf(oldKeys[i] - 1);
                    keys[slot] = oldKeys[i];
                    lists[slot] = oldLists[i];
                }
            }
        }

        @SuppressWarnings("unchecked")
        private List<Work> worksAt(int slot) {
            return (List<Work>) lists[slot];
        }
    }
}

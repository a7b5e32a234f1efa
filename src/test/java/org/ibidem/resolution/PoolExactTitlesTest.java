package org.ibidem.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ibidem.citation.Names;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;

/**
 * A pool's index of exact titles ({@link Pool#exactlyTitled}) against the lists' exact search it stands in for, in
 * pools that hold works whose title changes (provisional works, completed later, filed again or not): whenever
 * the index answers, it names the works the exact search over the opening's list names, in the same order.
 */
class PoolExactTitlesTest {

    private static final String[] WORDS = {"history", "harbours", "markets", "kent", "york", "mills", "roads",
        "history of", "the harbours"};

    @Test
    void answersAsTheListSearchDoesWithWorksOfChangeableTitle() {
        Random random = new Random(17);
        int answered = 0;
        for (int round = 0; round < 300; round++) {
            Pool.TitleKeys keys = new Pool.TitleKeys();
            Pool pool = Pool.filing(keys);
            List<Work> provisional = new ArrayList<>();
            int changing = random.nextInt(4);
            for (int note = 1; note <= 60; note++) {
                if (note == 20) {
                    pool.withOpening("x"); // the indexes are built at the first large search, then kept up to date
                }
                if (random.nextInt(10) < changing && note < 50) {
                    Work w = work(keys, title(random), note);
                    w.provisional = true;
                    provisional.add(w);
                    pool.add(w);
                } else if (!provisional.isEmpty() && random.nextInt(8) == 0) {
                    Work w = provisional.remove(random.nextInt(provisional.size()));
                    w.title = TitleMatch.Folded.of(title(random));
                    w.provisional = false;
                    w.completedAt = note;
                    index(keys, w);
                    if (random.nextBoolean()) {
                        pool.add(w); // filed again, under its new title
                    }
                } else {
                    pool.add(work(keys, title(random), note));
                }
                for (int q = 0; q < 3; q++) {
                    TitleMatch.Folded title = TitleMatch.Folded.of(title(random));
                    List<Work> exactly = pool.exactlyTitled(title, note + 1);
                    if (exactly != null && !exactly.isEmpty()) {
                        answered++;
                        assertThat(exactly).as(title.full()).containsExactlyElementsOf(
                                listSearch(title, pool.withOpening(title.key()), note + 1));
                    }
                }
            }
        }
        assertThat(answered).isGreaterThan(1000);
    }

    @Test
    void staysOnWithAFewWorksOfChangeableTitle() {
        Pool.TitleKeys keys = new Pool.TitleKeys();
        Pool pool = Pool.filing(keys);
        Work introduced = work(keys, "history of the unheard things", 1);
        introduced.provisional = true;
        pool.add(introduced);
        for (int note = 2; note < 100; note++) {
            pool.add(work(keys, "history of the things " + note, note));
        }
        pool.withOpening("history of");

        assertThat(pool.exactlyTitled(TitleMatch.Folded.of("History of the Things 42"), 100))
                .extracting(w -> w.firstNote).containsExactly(42);
        assertThat(pool.exactlyTitled(TitleMatch.Folded.of("History of the Unheard Things"), 100)).isNull();
    }

    /** WorkIndex's exact search over a list: the works of the best level, EXACT or SHORTENED, each once. */
    private static List<Work> listSearch(TitleMatch.Folded title, List<Work> list, int beforeNote) {
        List<Work> out = new ArrayList<>();
        TitleMatch.Level best = TitleMatch.Level.NONE;
        for (Work w : list) {
            if (!w.citableFrom(beforeNote)) {
                continue;
            }
            TitleMatch.Level level = TitleMatch.compareExact(title, w.title);
            if (level == TitleMatch.Level.NONE || level.ordinal() > best.ordinal()) {
                continue;
            }
            if (level.ordinal() < best.ordinal()) {
                best = level;
                out.clear();
            }
            if (!out.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static String title(Random random) {
        StringBuilder t = new StringBuilder("history of the");
        int words = 1 + random.nextInt(2);
        for (int i = 0; i < words; i++) {
            t.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return t.toString();
    }

    private static Work work(Pool.TitleKeys keys, String title, int note) {
        Work w = new Work(Reference.builder(ItemType.BOOK).title(title).build(), note, "1", "k" + title + note,
                TitleMatch.Folded.of(title, Names.fold(title)));
        index(keys, w);
        return w;
    }

    /** What WorkIndex.index sets before filing a work. */
    private static void index(Pool.TitleKeys keys, Work w) {
        long mask = 0;
        for (String word : w.title.words()) {
            mask |= Pool.TitleKeys.stemBit(keys.stems.idOf(Pool.stem(word)));
        }
        w.stemMask = mask;
        w.openingId = w.title.key().isEmpty() ? -1 : keys.openings.idOf(w.title.key());
    }
}

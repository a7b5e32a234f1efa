package org.ibidem.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ibidem.citation.Names;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;

/**
 * The resolver's shortcuts rule out only what the slow comparison would rule out too: the letter-count bound
 * never hides a title the edit distance accepts, and a pool's stem lists find the works a scan of every stem mask
 * finds, in the same order. (How fast they are is measured by the benchmarks' {@code ScalingProbe adversarial}.)
 */
class TitleFiltersTest {

    private static final String[] WORDS = {"the", "a", "history", "hist", "of", "ancient", "harbours", "harbors",
        "yorkshire", "kent", "part", "2", "report", "state", "things", "myth", "mythology", "étude", "naïve", "war",
        "cold", "réplique", "x", "ab", "study"};

    private static String title(SplittableRandom random) {
        StringBuilder t = new StringBuilder();
        int words = 1 + random.nextInt(6);
        for (int i = 0; i < words; i++) {
            t.append(i == 0 ? "" : random.nextInt(8) == 0 ? ": " : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return t.toString();
    }

    /** The title with a few letters changed, dropped or doubled: a misspelling the edit distance may accept. */
    private static String misspelt(String title, SplittableRandom random) {
        StringBuilder t = new StringBuilder(title);
        for (int edits = random.nextInt(4); edits > 0 && t.length() > 1; edits--) {
            int at = random.nextInt(t.length());
            switch (random.nextInt(3)) {
                case 0 -> t.setCharAt(at, (char) ('a' + random.nextInt(26)));
                case 1 -> t.deleteCharAt(at);
                default -> t.insert(at, t.charAt(at));
            }
        }
        return t.toString();
    }

    @Test
    void letterCountsNeverRuleOutATitleTheEditDistanceAccepts() {
        SplittableRandom random = new SplittableRandom(17);
        int approximate = 0;
        int ruledOut = 0;
        for (int i = 0; i < 200_000; i++) {
            String full = title(random);
            String shortTitle = random.nextBoolean() ? misspelt(full, random)
                    : random.nextBoolean() ? misspelt(title(random), random) : title(random);
            TitleMatch.Folded s = TitleMatch.Folded.of(shortTitle);
            TitleMatch.Folded f = TitleMatch.Folded.of(full);
            TitleMatch.Letters fullLetters = TitleMatch.Letters.of(f.fullNoArticle());
            TitleMatch.Letters mainLetters = f.mainNoArticle().equals(f.fullNoArticle()) ? fullLetters
                    : TitleMatch.Letters.of(f.mainNoArticle());
            boolean may = TitleMatch.mayBeApproximate(s, TitleMatch.Letters.of(s.fullNoArticle()), f, fullLetters,
                    mainLetters);
            boolean is = TitleMatch.compareApproximate(s, f) == TitleMatch.Level.APPROXIMATE;
            assertThat(may || !is).as("%s / %s", shortTitle, full).isTrue();
            approximate += is ? 1 : 0;
            ruledOut += may ? 0 : 1;
        }
        // Both outcomes are well represented, so the test says something.
        assertThat(approximate).isGreaterThan(10_000);
        assertThat(ruledOut).isGreaterThan(50_000);
    }

    @Test
    void approximateMatchComputesEachDistanceOnceAndDecidesAsAllThree() {
        // compareApproximate skips an edit distance that repeats one already computed (no subtitle; a short title
        // of as many words as the full one): the decision is that of the three distances of the definition.
        SplittableRandom random = new SplittableRandom(29);
        for (int i = 0; i < 200_000; i++) {
            String full = title(random);
            String shortTitle = random.nextBoolean() ? misspelt(full, random) : misspelt(title(random), random);
            TitleMatch.Folded s = TitleMatch.Folded.of(shortTitle);
            TitleMatch.Folded f = TitleMatch.Folded.of(full);
            boolean definition = !s.full().isEmpty() && !f.full().isEmpty()
                    && (TitleMatch.similar(s.fullNoArticle(), f.mainNoArticle())
                    || TitleMatch.similar(s.fullNoArticle(), f.fullNoArticle())
                    || s.words().size() <= f.words().size() && !s.words().isEmpty()
                    && TitleMatch.similar(String.join(" ", s.words()),
                            String.join(" ", f.words().subList(0, s.words().size()))));
            assertThat(TitleMatch.compareApproximate(s, f) == TitleMatch.Level.APPROXIMATE)
                    .as("%s / %s", shortTitle, full).isEqualTo(definition);
        }
    }

    @Test
    void letterBoundReadEightCountsAtATimeDecidesAsTheLoopOverBuckets() {
        // mayBeSimilar sums what one text has more and fewer of eight buckets at a time: the decision of the
        // bucket-by-bucket loop, counts capped at 127 included (long runs of one letter).
        SplittableRandom random = new SplittableRandom(37);
        int similar = 0;
        for (int i = 0; i < 200_000; i++) {
            String a = random.nextInt(50) == 0 ? "e".repeat(100 + random.nextInt(100)) + title(random)
                    : title(random);
            String b = random.nextBoolean() ? misspelt(a, random) : title(random);
            TitleMatch.Letters la = TitleMatch.Letters.of(a);
            TitleMatch.Letters lb = TitleMatch.Letters.of(b);
            int more = 0;
            int fewer = 0;
            for (int k = 0; k < 32; k++) {
                int d = la.count(k) - lb.count(k);
                more += Math.max(d, 0);
                fewer += Math.max(-d, 0);
            }
            int max = Math.max(a.length(), b.length());
            int limit = max / 5;
            boolean loop = max >= 5 && max <= 300 && Math.abs(a.length() - b.length()) * 5 <= max
                    && Integer.bitCount(la.present & ~lb.present) <= limit
                    && Integer.bitCount(lb.present & ~la.present) <= limit
                    && Math.max(more, fewer) <= limit;
            assertThat(TitleMatch.mayBeSimilar(la, lb)).as("%s / %s", a, b).isEqualTo(loop);
            similar += loop ? 1 : 0;
        }
        assertThat(similar).isGreaterThan(20_000);
    }

    @Test
    void aShortTitlesPatternMadeOnceDecidesAsThePairwiseComparison() {
        // A search makes the short title's bit vectors once (TitleMatch.Pattern) and compares it with each work:
        // the same decision as comparing each pair afresh, for titles of up to 64 letters and longer, with and
        // without letters past ASCII.
        SplittableRandom random = new SplittableRandom(31);
        int approximate = 0;
        for (int i = 0; i < 200_000; i++) {
            String full = random.nextInt(4) == 0 ? title(random) + " " + title(random) + " " + title(random)
                    : title(random);
            String shortTitle = random.nextBoolean() ? misspelt(full, random) : misspelt(title(random), random);
            TitleMatch.Folded s = TitleMatch.Folded.of(shortTitle);
            TitleMatch.Folded f = TitleMatch.Folded.of(full);
            TitleMatch.Level pairwise = TitleMatch.compareApproximate(s, f);
            assertThat(TitleMatch.compareApproximate(s, f, TitleMatch.Pattern.of(s.fullNoArticle())))
                    .as("%s / %s", shortTitle, full).isEqualTo(pairwise);
            approximate += pairwise == TitleMatch.Level.APPROXIMATE ? 1 : 0;
        }
        assertThat(approximate).isGreaterThan(10_000);
    }

    @Test
    void stemListsFindWhatAScanOfEveryMaskFindsInOrder() {
        SplittableRandom random = new SplittableRandom(5);
        Pool.TitleKeys keys = new Pool.TitleKeys();
        List<Work> all = new ArrayList<>();
        Pool pool = new Pool(all, keys);
        List<Long> masks = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            Work w = work(title(random), i, keys);
            w.position = all.size();
            all.add(w);
            masks.add(w.stemMask);
            pool.indexed(w, w.position);
            if (i % 7 == 3) {
                // A work completed: filed again at its place with the stems of its new title.
                Work earlier = all.get(random.nextInt(all.size()));
                earlier.stemMask = work(title(random), i, keys).stemMask;
                masks.set(earlier.position, masks.get(earlier.position) | earlier.stemMask);
                pool.indexed(earlier, earlier.position);
            }
            if (i % 5 == 0) {
                List<String> words = TitleMatch.Folded.of(title(random)).words();
                assertThat(pool.withAllStems(words)).containsExactlyElementsOf(scan(all, masks, words, keys));
            }
        }
        for (int q = 0; q < 300; q++) {
            List<String> words = TitleMatch.Folded.of(WORDS[q % WORDS.length]).words();
            assertThat(pool.withAllStems(words)).containsExactlyElementsOf(scan(all, masks, words, keys));
        }
    }

    private static Work work(String title, int note, Pool.TitleKeys keys) {
        String folded = Names.fold(title);
        Work w = new Work(Reference.builder(ItemType.BOOK).title(title).build(), note, "1", "k" + note,
                TitleMatch.Folded.of(title, folded));
        long mask = 0;
        for (String word : w.title.words()) {
            mask |= Pool.TitleKeys.stemBit(keys.stems.idOf(Pool.stem(word)));
        }
        w.stemMask = mask;
        w.openingId = w.title.key().isEmpty() ? -1 : keys.openings.idOf(w.title.key());
        return w;
    }

    private static List<Work> scan(List<Work> all, List<Long> masks, List<String> words, Pool.TitleKeys keys) {
        long wanted = 0;
        for (String word : words) {
            int id = keys.stems.find(Pool.stem(word));
            if (id < 0) {
                return List.of();
            }
            wanted |= Pool.TitleKeys.stemBit(id);
        }
        List<Work> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if ((masks.get(i) & wanted) == wanted) {
                out.add(all.get(i));
            }
        }
        return out;
    }
}

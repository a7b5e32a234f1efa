package org.ibidem.resolution;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.ibidem.citation.Names;

/**
 * Compares a short form's title with a full title, the way Chicago shortens titles.
 *
 * <p>Chicago's short title (CMOS 14.30) keeps up to four key words of the main title, drops a leading article and
 * the subtitle: "Sino-Soviet Split" for "The Sino-Soviet Split: Cold War in the Communist World". So a short
 * title matches exactly when, folded (case, accents, punctuation), it equals the full or main title; as a short
 * title when its words open the main title (after an article) or appear in it in order; approximately when the
 * two differ by a few letters (a typo), which is reported with both spellings.
 *
 * <p>Stateless and thread-safe (the edit distance keeps one scratch table a thread).
 */
final class TitleMatch {

    /** How well two titles match, best first. */
    enum Level { EXACT, SHORTENED, APPROXIMATE, NONE }

    // The bit vector of each ASCII letter's places in the pattern (bitParallelDistance), one table a thread,
    // zeroed again after each use: allocating it for each pair of titles was a large part of comparing them.
    private static final ThreadLocal<long[]> EQUAL = ThreadLocal.withInitial(() -> new long[128]);

    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "le", "la", "les", "der", "die", "das",
            "el", "il");

    private TitleMatch() {
    }

    /**
     * A title folded once, for many comparisons: the resolver keeps one per work. {@code key} is the first two
     * words, the key the resolver indexes titles by, made once here because every work filed and every candidate
     * filtered asks for it.
     */
    record Folded(String full, String main, String fullNoArticle, String mainNoArticle, List<String> words,
                  String key) {

        static Folded of(String title) {
            return of(title, Names.fold(title));
        }

        /** The same as {@link #of(String)}, from the title and its {@link Names#fold} the caller already made. */
        static Folded of(String title, String folded) {
            String f = folded;
            String t = title == null ? "" : title;
            // Without a subtitle the main title is the title: folding it again would give the same string.
            String m = t.indexOf(':') > 0 ? Names.fold(mainTitle(t)) : f;
            String fna = dropArticle(f);
            List<String> words = TitleMatch.words(fna);
            String key = words.isEmpty() ? "" : words.size() == 1 ? words.get(0) : words.get(0) + " " + words.get(1);
            return new Folded(f, m, fna, m == f ? fna : dropArticle(m), words, key);
        }
    }

    static Level compare(String shortTitle, String fullTitle) {
        if (shortTitle == null || fullTitle == null) {
            return Level.NONE;
        }
        Folded s = Folded.of(shortTitle);
        Folded f = Folded.of(fullTitle);
        Level exact = compareExact(s, f);
        return exact != Level.NONE ? exact : compareApproximate(s, f);
    }

    /** EXACT or SHORTENED, or NONE: cheap, no edit distance. */
    static Level compareExact(Folded s, Folded f) {
        if (s.full().isEmpty() || f.full().isEmpty()) {
            return Level.NONE;
        }
        if (s.full().equals(f.full()) || s.full().equals(f.main()) || s.fullNoArticle().equals(f.mainNoArticle())) {
            return Level.EXACT;
        }
        List<String> sw = s.words();
        List<String> fw = f.words();
        // The other way round only word for word: "Teut. Mythology" and "Teut. Myth." are one title, but
        // "Logic" is not a short form of "The Principles of Logic".
        if (isSubsequence(sw, fw) || (sw.size() == fw.size() && isSubsequence(fw, sw))) {
            return Level.SHORTENED;
        }
        return Level.NONE;
    }

    /** APPROXIMATE or NONE: an edit distance, for a title that matched nothing exactly. */
    static Level compareApproximate(Folded s, Folded f) {
        return compareApproximate(s, f, null);
    }

    /**
     * {@link #compareApproximate(Folded, Folded)} with the short title's letters made ready once
     * ({@code sPattern}, of {@code s.fullNoArticle()}, or null), for a short title compared with many works.
     */
    static Level compareApproximate(Folded s, Folded f, Pattern sPattern) {
        if (s.full().isEmpty() || f.full().isEmpty()) {
            return Level.NONE;
        }
        // Each edit distance once: without a subtitle the full title is the main one, and a short title of as
        // many words as the full title is its own prefix (its words joined again give it back unless it ends with
        // a space, which folded text does not). Thousands of titles that differ by a word computed each three
        // times.
        boolean hasSubtitle = !f.fullNoArticle().equals(f.mainNoArticle());
        boolean prefixIsFull = s.words().size() == f.words().size() && !s.fullNoArticle().endsWith(" ")
                && !f.fullNoArticle().endsWith(" ");
        if (similar(s.fullNoArticle(), f.mainNoArticle(), sPattern)
                || hasSubtitle && similar(s.fullNoArticle(), f.fullNoArticle(), sPattern)
                || !prefixIsFull && similarPrefix(s, f.words(), sPattern)) {
            return Level.APPROXIMATE;
        }
        return Level.NONE;
    }

    /**
     * The letters of a text, counted in 32 buckets (a–z, five for digits and other letters, one for the space),
     * each count at most 127, with the set of buckets used: what {@link #mayBeApproximate} compares instead of
     * computing an edit distance.
     */
    static final class Letters {
        // Bucket i's count in byte i % 8 of counts[i / 8], so that mayBeSimilar compares eight counts at a time.
        final long[] counts = new long[4];
        int present;
        int length;

        static Letters of(String text) {
            Letters l = new Letters();
            l.add(text);
            return l;
        }

        void add(String text) {
            for (int i = 0; i < text.length(); i++) {
                add(text.charAt(i));
            }
        }

        void add(char c) {
            int bucket = c >= 'a' && c <= 'z' ? c - 'a' : c == ' ' ? 31 : 26 + c % 5;
            int shift = (bucket & 7) * 8;
            if (((counts[bucket >>> 3] >>> shift) & 0xFF) < Byte.MAX_VALUE) {
                counts[bucket >>> 3] += 1L << shift;
            }
            present |= 1 << bucket;
            length++;
        }

        /** Bucket {@code i}'s count (for tests). */
        int count(int i) {
            return (int) (counts[i >>> 3] >>> ((i & 7) * 8)) & 0xFF;
        }
    }

    /**
     * False only when {@link #compareApproximate} is sure to say NONE, told from lengths and letter counts without
     * an edit distance: each edit changes one bucket's count on each side at most, so what one text has more of
     * than the other (and what it has fewer of) bounds the distance from below, merged buckets and capped counts
     * included. {@code sLetters} are the letters of {@code s.fullNoArticle()}, {@code full} and {@code main} those
     * of {@code f.fullNoArticle()} and {@code f.mainNoArticle()} (the same object when they are equal). A document
     * that cites an author's thousands of titles in short before any in full compared each short title with each
     * of them by edit distance.
     */
    static boolean mayBeApproximate(Folded s, Letters sLetters, Folded f, Letters full, Letters main) {
        if (s.full().isEmpty() || f.full().isEmpty()) {
            return false;
        }
        if (mayBeSimilar(sLetters, main) || main != full && mayBeSimilar(sLetters, full)) {
            return true;
        }
        // similarPrefix: the short title's words against as many of the full title's first words; with as many
        // words as the full title, that is the full title, ruled out above.
        List<String> sw = s.words();
        List<String> fw = f.words();
        // (The words joined again are the text they were cut from unless it ends with a space, which folded
        // text never does: tested all the same, as cheaply.)
        boolean sJoinsBack = !s.fullNoArticle().endsWith(" ");
        if (sw.isEmpty() || sw.size() > fw.size()) {
            return false;
        }
        if (sw.size() == fw.size()) {
            return !sJoinsBack || f.fullNoArticle().endsWith(" ");
        }
        int length = sw.size() - 1;
        for (int i = 0; i < sw.size(); i++) {
            length += fw.get(i).length();
        }
        Letters shortLetters = sJoinsBack ? sLetters : Letters.of(String.join(" ", sw));
        if (!mayHaveLengths(shortLetters.length, length)) {
            return false;
        }
        Letters prefix = new Letters();
        for (int i = 0; i < sw.size(); i++) {
            if (i > 0) {
                prefix.add(' ');
            }
            prefix.add(fw.get(i));
        }
        return mayBeSimilar(shortLetters, prefix);
    }

    /** The length test of {@link #similar}. */
    private static boolean mayHaveLengths(int a, int b) {
        int max = Math.max(a, b);
        return max >= 5 && max <= 300 && Math.abs(a - b) * 5 <= max;
    }

    /** False only when {@link #similar} is sure to say false for texts of these letters. */
    static boolean mayBeSimilar(Letters a, Letters b) {
        if (!mayHaveLengths(a.length, b.length)) {
            return false;
        }
        int limit = Math.max(a.length, b.length) / 5;
        // Each bucket one text uses and the other does not costs an edit at least: a cheap first test.
        if (Integer.bitCount(a.present & ~b.present) > limit || Integer.bitCount(b.present & ~a.present) > limit) {
            return false;
        }
        // The sums over the 32 buckets of what a has more of and of what it has fewer of, eight buckets at a time
        // (each count is at most 127, so no byte borrows from its neighbour): a loop over the buckets was most of
        // the cost of a search that compares a short title with hundreds of works.
        long more = 0;
        long fewer = 0;
        for (int k = 0; k < 4; k++) {
            more += spread(exceeding(a.counts[k], b.counts[k]));
            fewer += spread(exceeding(b.counts[k], a.counts[k]));
        }
        return Math.max(sumOfLanes(more), sumOfLanes(fewer)) <= limit;
    }

    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_SEVEN = 0x7F7F7F7F7F7F7F7FL;
    private static final long EVEN_BYTES = 0x00FF00FF00FF00FFL;

    /** Byte by byte, x's count less y's where x's is the larger, else 0 (counts of at most 127). */
    static long exceeding(long x, long y) {
        long d = (x | HIGH_BITS) - y; // 128 + x - y in each byte, from 1 to 255: no borrow across bytes
        long notLess = ((d & HIGH_BITS) >>> 7) * 0xFF; // 0xFF where x >= y
        return d & LOW_SEVEN & notLess;
    }

    /** The eight bytes of x (each at most 127) as four 16-bit sums of two. */
    private static long spread(long x) {
        return (x & EVEN_BYTES) + ((x >>> 8) & EVEN_BYTES);
    }

    /** The sum of four 16-bit lanes (which together stay below 65,536). */
    private static int sumOfLanes(long x) {
        return (int) ((x * 0x0001000100010001L) >>> 48);
    }

    /** The title before its subtitle. */
    static String mainTitle(String title) {
        int colon = title.indexOf(':');
        return colon > 0 ? title.substring(0, colon) : title;
    }

    private static String dropArticle(String folded) {
        int space = folded.indexOf(' ');
        if (space > 0 && ARTICLES.contains(folded.substring(0, space))) {
            return folded.substring(space + 1);
        }
        return folded;
    }

    /**
     * The words of a folded title, as {@code split(" ")} gives them. {@link Names#fold} leaves single spaces
     * between words and none at either end, so the title is cut by hand into an array of the right size: the
     * resolver folds every work's title, and {@code split} built a list and an array more per title.
     */
    private static List<String> words(String folded) {
        if (folded.isEmpty()) {
            return List.of();
        }
        if (folded.charAt(folded.length() - 1) == ' ') {
            return Arrays.asList(folded.split(" ")); // not folded text: split drops the empty words at the end
        }
        int count = 1;
        for (int i = folded.indexOf(' '); i >= 0; i = folded.indexOf(' ', i + 1)) {
            count++;
        }
        String[] words = new String[count];
        int start = 0;
        for (int k = 0; k < count - 1; k++) {
            int space = folded.indexOf(' ', start);
            words[k] = folded.substring(start, space);
            start = space + 1;
        }
        words[count - 1] = start == 0 ? folded : folded.substring(start);
        return Arrays.asList(words);
    }

    private static boolean isSubsequence(List<String> shortWords, List<String> fullWords) {
        if (shortWords.isEmpty()) {
            return false;
        }
        int j = 0;
        for (String w : fullWords) {
            if (j < shortWords.size() && sameWord(shortWords.get(j), w)) {
                j++;
            }
        }
        return j == shortWords.size();
    }

    /** Equal, or one abbreviates the other ("myth" and "mythology", "hist" and "history"). */
    private static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int shorter = Math.min(a.length(), b.length());
        return shorter >= 3 && (a.startsWith(b) || b.startsWith(a));
    }

    /** Whether the short title's words, spelled almost alike, open the full title ("Sino-Sovet Split"). */
    private static boolean similarPrefix(Folded shortTitle, List<String> fullWords, Pattern sPattern) {
        List<String> shortWords = shortTitle.words();
        if (shortWords.isEmpty() || shortWords.size() > fullWords.size()) {
            return false;
        }
        // The words joined again are the text they were cut from unless it ends with a space (folded text never
        // does): then its pattern serves.
        String s = shortTitle.fullNoArticle().endsWith(" ") ? String.join(" ", shortWords)
                : shortTitle.fullNoArticle();
        String f = String.join(" ", fullWords.subList(0, shortWords.size()));
        return similar(s, f, sPattern);
    }

    /** Edit distance small relative to the length: at most one edit in five letters. */
    static boolean similar(String a, String b) {
        return similar(a, b, null);
    }

    /** {@link #similar(String, String)}, with {@code a}'s pattern when {@code aPattern} is of it. */
    private static boolean similar(String a, String b, Pattern aPattern) {
        int max = Math.max(a.length(), b.length());
        // Titles are short; anything longer is not a title, and an edit distance over it would cost too much.
        if (max < 5 || max > 300 || Math.abs(a.length() - b.length()) * 5 > max) {
            return false;
        }
        return distance(a, b, max / 5, aPattern) <= max / 5;
    }

    /**
     * A text's letters as the bit vectors of Myers's algorithm (see {@link #bitParallelDistance}), made once for a
     * text compared with many others: a short title that matches nothing exactly is compared with up to
     * {@link WorkIndex#RECENT_WORKS} works, and filling and clearing the table for each pair cost as much as the
     * distance itself. Bit {@code i % 64} of {@code equal[c * words + i / 64]} is set when letter {@code i} is
     * {@code c}, so that the 64 letters from any place are read with two shifts (what two texts open with alike is
     * left out first, and the rest of a long title is often under 64 letters). No vectors for a text with a letter
     * past ASCII (the pairwise path does those). Not thread-safe; one per search.
     */
    static final class Pattern {
        final String text;
        final long[] equal;
        final int words;

        private Pattern(String text, long[] equal, int words) {
            this.text = text;
            this.equal = equal;
            this.words = words;
        }

        static Pattern of(String text) {
            int words = Math.max(1, (text.length() + Long.SIZE - 1) / Long.SIZE);
            long[] equal = new long[128 * words];
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= 128) {
                    return new Pattern(text, null, words);
                }
                equal[c * words + i / Long.SIZE] |= 1L << (i % Long.SIZE);
            }
            return new Pattern(text, equal, words);
        }

        /** The bits of letter {@code c} at the 64 places from {@code from} on. */
        long bitsFrom(int c, int from) {
            int at = c * words + from / Long.SIZE;
            int shift = from % Long.SIZE;
            long bits = equal[at] >>> shift;
            if (shift != 0 && from / Long.SIZE + 1 < words) {
                bits |= equal[at + 1] << (Long.SIZE - shift);
            }
            return bits;
        }
    }

    /**
     * Levenshtein distance, or limit + 1 when it exceeds the limit. Only the cells within {@code limit} of the
     * diagonal are computed: a path through any other cell has made more than {@code limit} edits already, so the
     * cost is the length times the limit, not the product of the lengths (the consistency check compares every
     * new title with each of an author's earlier ones). What the two texts open and end with alike is left out
     * first, which changes no distance (an edit script never needs to touch a common prefix or suffix): thousands
     * of titles that differ by a word or two ("History of the Ancient Harbours of …", "History of the Broken
     * Harbours of …") then cost the words that differ, not their whole length, each time.
     */
    static int distance(String a, String b, int limit) {
        return distance(a, b, limit, null);
    }

    /**
     * {@link #distance(String, String, int)}, reading {@code a}'s letters from {@code aPattern} when it is the
     * pattern of {@code a} (the same string object) and has its vectors: the same number, without a table filled
     * and cleared for the pair.
     */
    static int distance(String a, String b, int limit, Pattern aPattern) {
        int over = limit + 1;
        if (Math.abs(a.length() - b.length()) > limit) {
            return over;
        }
        int shorter = Math.min(a.length(), b.length());
        int from = 0;
        while (from < shorter && a.charAt(from) == b.charAt(from)) {
            from++;
        }
        int end = 0;
        while (end < shorter - from && a.charAt(a.length() - 1 - end) == b.charAt(b.length() - 1 - end)) {
            end++;
        }
        int n = a.length() - from - end;
        int m = b.length() - from - end;
        if (n == 0 || m == 0) {
            return Math.min(Math.max(n, m), over);
        }
        if (aPattern != null && aPattern.text == a && aPattern.equal != null && n <= Long.SIZE) {
            // a's middle, from its letter `from` on, is its pattern's bits from there.
            return bitParallelDistance(aPattern, from, n, b, from, m, limit);
        }
        if (Math.min(n, m) <= Long.SIZE) {
            int d = n <= m ? bitParallelDistance(a, from, n, b, from, m, limit)
                    : bitParallelDistance(b, from, m, a, from, n, limit);
            if (d >= 0) {
                return d;
            }
        }
        return bandedDistance(a, b, from, end, limit);
    }

    /**
     * The distance of {@code pattern}'s {@code m} characters from {@code patternFrom} and {@code text}'s {@code n}
     * from {@code textFrom}, or limit + 1 when it exceeds the limit, one column of the table at a time in the bits
     * of a long (Myers's bit-vector algorithm, as Hyyrö explains it for a whole-text distance): the words two
     * titles differ by cost a few operations a letter, not a band of cells. -1 for a pattern with a letter past
     * ASCII (the banded table does those). {@code m} is at most 64.
     */
    private static int bitParallelDistance(String pattern, int patternFrom, int m, String text, int textFrom, int n,
                                           int limit) {
        long[] equal = EQUAL.get();
        for (int i = 0; i < m; i++) {
            char c = pattern.charAt(patternFrom + i);
            if (c >= 128) {
                clear(equal, pattern, patternFrom, i);
                return -1;
            }
            equal[c] |= 1L << i;
        }
        int d = bitParallelDistance(equal, m, text, textFrom, n, limit);
        clear(equal, pattern, patternFrom, m);
        return d;
    }

    /** Zeroes the entries of the first {@code count} letters of the pattern, for the next call on this thread. */
    private static void clear(long[] equal, String pattern, int patternFrom, int count) {
        for (int i = 0; i < count; i++) {
            equal[pattern.charAt(patternFrom + i)] = 0;
        }
    }

    private static int bitParallelDistance(long[] equal, int m, String text, int textFrom, int n, int limit) {
        long pv = -1L;
        long mv = 0;
        long last = 1L << (m - 1);
        int score = m;
        for (int j = 0; j < n; j++) {
            char c = text.charAt(textFrom + j);
            long eq = c < 128 ? equal[c] : 0;
            long xv = eq | mv;
            long xh = (((eq & pv) + pv) ^ pv) | eq;
            long ph = mv | ~(xh | pv);
            long mh = pv & xh;
            if ((ph & last) != 0) {
                score++;
            } else if ((mh & last) != 0) {
                score--;
            }
            if (score - (n - 1 - j) > limit) {
                return limit + 1; // each letter left lowers the distance by one at most
            }
            ph = (ph << 1) | 1; // the first row of the table grows by one a column
            mh <<= 1;
            pv = mh | ~(xv | ph);
            mv = ph & xv;
        }
        return Math.min(score, limit + 1);
    }

    /**
     * The same from a {@link Pattern}: the distance of its {@code m} letters from {@code patternFrom} (at most 64)
     * and {@code text}'s {@code n} from {@code textFrom}; limit + 1 when it exceeds the limit.
     */
    private static int bitParallelDistance(Pattern pattern, int patternFrom, int m, String text, int textFrom,
                                           int n, int limit) {
        long mask = m == Long.SIZE ? -1L : (1L << m) - 1;
        long pv = -1L;
        long mv = 0;
        long last = 1L << (m - 1);
        int score = m;
        for (int j = 0; j < n; j++) {
            char c = text.charAt(textFrom + j);
            long eq = c < 128 ? pattern.bitsFrom(c, patternFrom) & mask : 0;
            long xv = eq | mv;
            long xh = (((eq & pv) + pv) ^ pv) | eq;
            long ph = mv | ~(xh | pv);
            long mh = pv & xh;
            if ((ph & last) != 0) {
                score++;
            } else if ((mh & last) != 0) {
                score--;
            }
            if (score - (n - 1 - j) > limit) {
                return limit + 1; // each letter left lowers the distance by one at most
            }
            ph = (ph << 1) | 1; // the first row of the table grows by one a column
            mh <<= 1;
            pv = mh | ~(xv | ph);
            mv = ph & xv;
        }
        return Math.min(score, limit + 1);
    }

    /**
     * The distance of {@code a} and {@code b} without their first {@code from} and last {@code end} characters
     * (read in place, not copied).
     */
    private static int bandedDistance(String a, String b, int from, int end, int limit) {
        int n = a.length() - from - end;
        int m = b.length() - from - end;
        int over = limit + 1;
        if (n == 0 || m == 0) {
            return Math.min(Math.max(n, m), over);
        }
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = Math.min(j, over);
        }
        for (int i = 1; i <= n; i++) {
            int lo = Math.max(1, i - limit);
            int hi = Math.min(m, i + limit);
            cur[0] = Math.min(i, over);
            cur[lo - 1] = lo == 1 ? cur[0] : over; // left of the band: too far from the diagonal
            int rowMin = cur[lo - 1];
            char ai = a.charAt(from + i - 1);
            for (int j = lo; j <= hi; j++) {
                int cost = ai == b.charAt(from + j - 1) ? 0 : 1;
                int v = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                cur[j] = Math.min(v, over);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (hi < m) {
                cur[hi + 1] = over; // right of the band, read by the next row
            }
            if (rowMin > limit) {
                return over;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }
}

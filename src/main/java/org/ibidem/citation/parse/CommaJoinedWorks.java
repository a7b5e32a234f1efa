package org.ibidem.citation.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ibidem.document.TextSpan;

/**
 * Short forms joined by commas alone, as older notes run them together: "Hartley, ii. 41, 43, Lowther's Memoirs,
 * 12" is two citations, the second opening where a capitalised name follows a locator ("41, 43") or a day of
 * writing ("Jan. 4, 1688-9"). Once a segment has been cut so, a bare name before a possessive title ("Lowther,
 * Hartley's Annals, 12") is a work of its own too: the writer is listing works, not giving an author and a title.
 *
 * <p>Only plain runs are cut: a segment with parentheses or quotation marks (publication facts, quoted titles) is
 * left as it is, and so is a capitalised field that is a month, a division ("Book", "Series"), an ordinal ("Second
 * Series") or a place before a year (publication facts).
 *
 * <p>Stateless and thread-safe.
 */
final class CommaJoinedWorks {

    private CommaJoinedWorks() {
    }

    // Words that open a field which goes on with the same citation: divisions and their ordinals, and "and".
    private static final WordSet CONTINUING = new WordSet(Set.of("book", "part", "vol", "volume", "series", "no",
            "art", "article", "chap", "chapter", "sect", "section", "letter", "appendix", "table", "fig", "figure",
            "plate", "map", "note", "notes", "col", "line", "act", "scene", "canto", "first", "second", "third",
            "fourth", "fifth", "sixth", "new", "old", "and", "ibid", "ib", "id", "idem", "op", "loc", "supra",
            "ante", "post", "see", "exhibit", "enclosure", "inclosure", "annex", "ed", "edit", "edition", "lib", "cap", "tom", "fol", "passim", "p", "pp"));

    /** The ASCII characters the first look at a segment counts or refuses. */
    private static final boolean[] RUN_MARK = new boolean[128];

    static {
        for (char c : ",([\"_*".toCharArray()) {
            RUN_MARK[c] = true;
        }
    }

    /** The segments, with every one that joins short forms by commas alone cut into one per work. */
    static List<TextSpan> split(String text, List<TextSpan> segments) {
        return SegmentCuts.apply(segments, span -> cut(text, span));
    }

    /** The pieces of one segment, or null when it is no run of works joined by commas. */
    private static List<TextSpan> cut(String text, TextSpan span) {
        int commas = 0;
        for (int i = span.start(), end = span.end(); i < end; i++) {
            char c = text.charAt(i);
            // Most characters are none of these: one look in a table passes them.
            if (c < 128 ? !RUN_MARK[c] : c != '“' && c != '”') {
                continue;
            }
            if (c != ',') {
                return null; // a parenthesis, a bracket, a quote or emphasis: not a plain run
            }
            commas++;
        }
        if (commas < 2) {
            return null;
        }
        // The fields: [start, end) of each, between commas.
        List<int[]> fields = new ArrayList<>();
        int from = span.start();
        for (int i = span.start(); i <= span.end(); i++) {
            if (i == span.end() || text.charAt(i) == ',') {
                fields.add(new int[] {from, i});
                from = i + 1;
            }
        }
        List<Integer> opens = new ArrayList<>();
        for (int k = 2; k < fields.size(); k++) {
            if (endsLocator(text, fields, k - 1) && opensWork(text, fields, k)) {
                opens.add(k);
            }
        }
        if (opens.isEmpty()) {
            return null;
        }
        List<Integer> all = new ArrayList<>();
        for (int o = 0; o < opens.size(); o++) {
            all.add(opens.get(o));
            // "…, 606, Lowther, Hartley's Annals, 12": a bare name, then a possessive title, each a work.
            int k = opens.get(o);
            int next = o + 1 < opens.size() ? opens.get(o + 1) : fields.size();
            if (k + 1 < next && isBareName(field(text, fields, k)) && opensWithPossessive(field(text, fields, k + 1))) {
                all.add(k + 1);
            }
        }
        List<TextSpan> pieces = new ArrayList<>();
        int start = span.start();
        for (int k : all) {
            int comma = fields.get(k - 1)[1];
            pieces.add(trimmed(text, start, comma));
            start = comma + 1;
        }
        pieces.add(trimmed(text, start, span.end()));
        return pieces;
    }

    private static String field(String text, List<int[]> fields, int k) {
        return text.substring(fields.get(k)[0], fields.get(k)[1]).strip();
    }

    /** Whether field {@code k}, not the first, ends a locator: a page or volume and page, or a day of writing. */
    private static boolean endsLocator(String text, List<int[]> fields, int k) {
        String f = field(text, fields, k);
        if (f.isEmpty() || k < 1) {
            return false;
        }
        if (Dates.isDayOfWriting(f) || Dates.isDayInBothStyles(f, true)) {
            return true;
        }
        if (Dates.isYearOfWriting(f)) {
            // "Jan. 28, 1684-5": the year of a day of writing; a year alone may be a work's facts.
            String before = field(text, fields, k - 1);
            return k >= 2 && (Dates.isMonthDay(before) || Dates.isDayOfWriting(before));
        }
        // Pages, or a volume and its pages; not a numbered document ("No. 6, Sir G. Grey to …" describes it).
        if (!Character.isDigit(f.charAt(f.length() - 1))) {
            return f.equals("passim");
        }
        org.ibidem.reference.Locator locator = Locators.parse(f);
        return locator != null && "page".equals(locator.label());
    }

    /** Whether field {@code k} opens a new work: a capitalised name that is no month, division or place. */
    private static boolean opensWork(String text, List<int[]> fields, int k) {
        String f = field(text, fields, k);
        if (f.length() < 3 || !Character.isUpperCase(f.charAt(0)) || !Character.isLowerCase(f.charAt(1))) {
            return false;
        }
        int word = 0;
        while (word < f.length() && Character.isLetter(f.charAt(word))) {
            word++;
        }
        if (CONTINUING.contains(f, 0, word) || Dates.isMonthDay(f + " 1") || Dates.isDayOfWriting(f)
                || Dates.isMonthDay(f.substring(0, word) + " 1")) {
            return false;
        }
        // "…, 41, London, 1837": a place before a year is the facts of an edition.
        return !Places.isPlace(FieldTokenizer.stripTrailing(f, "."));
    }

    /** One or two capitalised words, nothing else: an author named alone. */
    private static boolean isBareName(String f) {
        String[] words = f.split(" ");
        if (words.length > 2) {
            return false;
        }
        for (String w : words) {
            if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(Character::isLetter)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the field opens with a capitalised possessive ("Hartley's Annals"). */
    private static boolean opensWithPossessive(String f) {
        int sp = f.indexOf(' ');
        return sp > 3 && Character.isUpperCase(f.charAt(0))
                && (f.startsWith("'s", sp - 2) || f.startsWith("’s", sp - 2));
    }

    private static TextSpan trimmed(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new TextSpan(s, e);
    }
}

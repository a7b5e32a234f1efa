package org.ibidem.style;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ibidem.reference.Locator;

/**
 * A cite's locator as a CSL processor wants it: the label by its CSL name, the value without the label's own word.
 *
 * <p>The parser keeps a labelled locator as written ("chap. 2", "sec. 4", "n. 14": what a reader sees is what the
 * locator says), while a CSL style prints the label itself from its locale's term, and chooses how by testing the
 * value: Chicago labels a numeric chapter ("chap. 2") and leaves a non-numeric one bare, as it does a canonical
 * reference. Given "chap. 2", the value is not numeric and the label is lost. So the word is taken off when it is
 * one of that label's own abbreviations and a number follows; a value whose word names something else ("art. 5"
 * under "section"), or that is no number ("chap. IV"), is passed on as written.
 *
 * <p>Stateless and thread-safe.
 */
final class CslLocators {

    /** For each CSL label, the words that write it, lower case, without their period. */
    private static final Map<String, Set<String>> WORDS = Map.ofEntries(
            Map.entry("page", Set.of("p", "pp", "page", "pages")),
            Map.entry("chapter", Set.of("ch", "chap", "chaps", "chapter", "chapters")),
            Map.entry("section", Set.of("sec", "secs", "sect", "section", "sections", "§", "§§")),
            Map.entry("paragraph", Set.of("para", "paras", "par", "paragraph", "paragraphs", "¶", "¶¶")),
            Map.entry("folio", Set.of("f", "ff", "fol", "fols", "folio", "folios")),
            Map.entry("column", Set.of("col", "cols", "column", "columns")),
            Map.entry("line", Set.of("l", "ll", "line", "lines")),
            Map.entry("book", Set.of("bk", "bks", "book", "books")),
            Map.entry("verse", Set.of("v", "vv", "verse", "verses")),
            Map.entry("figure", Set.of("fig", "figs", "figure", "figures")),
            Map.entry("note", Set.of("n", "nn", "note", "notes")),
            Map.entry("number", Set.of("no", "nos", "number", "numbers")),
            Map.entry("volume", Set.of("vol", "vols", "volume", "volumes")),
            Map.entry("part", Set.of("pt", "pts", "part", "parts")),
            Map.entry("scene", Set.of("sc", "scene", "scenes")),
            Map.entry("act", Set.of("act", "acts")));

    /** CSL's numeric value: numbers with letter affixes ("12v", "A4"), joined by "-", "–", "," or "&". */
    private static final Pattern NUMERIC = Pattern.compile(
            "\\p{L}?\\d+\\p{L}{0,2}(?:\\s*[-–—,&]\\s*\\p{L}?\\d+\\p{L}{0,2})*");

    private CslLocators() {
    }

    /** The locator's CSL label: its own, "page" when it has none. */
    static String label(Locator locator) {
        String label = locator.label();
        return label == null || label.isBlank() ? "page" : label.strip();
    }

    /**
     * The value to hand the processor: "2" for "chap. 2" under "chapter", "14" for "n. 14" under "note"; the value
     * as written when it opens with no word of its label, or when nothing would be left.
     */
    static String value(Locator locator) {
        String v = locator.value().strip();
        Set<String> words = WORDS.get(label(locator));
        if (words == null) {
            return v;
        }
        int end = 0;
        while (end < v.length() && (Character.isLetter(v.charAt(end)) || v.charAt(end) == '§'
                || v.charAt(end) == '¶')) {
            end++;
        }
        if (end == 0 || !words.contains(v.substring(0, end).toLowerCase(Locale.ROOT))) {
            return v;
        }
        int rest = end < v.length() && v.charAt(end) == '.' ? end + 1 : end;
        if (rest == end && end < v.length() && !Character.isWhitespace(v.charAt(end))
                && !Character.isDigit(v.charAt(end)) && v.charAt(0) != '§' && v.charAt(0) != '¶') {
            return v; // "pageant": a word that only begins like the label's
        }
        String after = v.substring(rest).strip();
        // Only a number keeps its label through a style ("chap. 2"); a style prints a non-numeric locator bare
        // ("IV" for chapter IV), so such a value keeps its own word.
        return NUMERIC.matcher(after).matches() ? after : v;
    }
}

package org.ibidem.citation.parse;

import java.util.List;
import org.ibidem.document.TextSpan;

/**
 * A citation that goes on in prose, then a later sentence that leads into the next work with an embedded signal:
 * "Ames, “On Tides,” <i>Sea</i> (London, 1990), 11–40, was decisive. For a survey of the field, see Dunn, …". The
 * later sentence opens a segment of its own (its prose becomes the next citation's lead-in), so that the note
 * gives both works, not the second alone with the first as its lead-in.
 */
final class ProseThenSignal {

    private ProseThenSignal() {
    }

    // Words in lower case that a period abbreviates in notes, not a sentence's end.
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("trans", "repr", "comp", "rev",
            "esp", "ibid", "cit", "edn", "vols", "etc", "viz", "nos", "pub", "publ", "orig");

    /** How far back from the signal the sentence that carries it may start. */
    private static final int SENTENCE = 200;

    /** The segments with each such later sentence cut off as a segment of its own. */
    static List<TextSpan> split(String text, List<TextSpan> segments) {
        if (!text.contains(", see ")) {
            return segments; // the signal this convention needs; most notes have none
        }
        return SegmentCuts.apply(segments, s -> {
            int cut = cut(text, s.start(), s.end());
            return cut < 0 ? null
                    : List.of(new TextSpan(s.start(), trimEnd(text, s.start(), cut)), new TextSpan(cut, s.end()));
        });
    }

    /** Where the sentence that leads into a second work starts in the segment [start, end), or -1. */
    static int cut(String text, int start, int end) {
        int see = text.indexOf(", see ", start);
        if (see < 0 || see >= end) {
            return -1;
        }
        int after = see + 6;
        if (after >= end || !(Character.isUpperCase(text.charAt(after)) || "\"“".indexOf(text.charAt(after)) >= 0)) {
            return -1;
        }
        // The sentence that carries the signal: back to the last ". " that follows a word in lower case.
        for (int i = see - 1; i > start && see - i <= SENTENCE; i--) {
            char c = text.charAt(i);
            if ("\"“”()[]".indexOf(c) >= 0 || Character.isDigit(c)) {
                return -1; // the sentence must be prose: no quotation, title facts or numbers before the signal
            }
            if (c == ' ' && text.charAt(i - 1) == '.' && endsProseWord(text, i - 1)
                    && Character.isUpperCase(text.charAt(i + 1))) {
                // Before it: a citation of its own (a title in quotes or parentheses with its facts).
                String before = text.substring(start, i);
                boolean cites = (before.indexOf('"') >= 0 || before.indexOf('“') >= 0 || before.indexOf('(') >= 0)
                        && before.chars().anyMatch(Character::isDigit);
                return cites ? i + 1 : -1;
            }
        }
        return -1;
    }

    /** Whether the period at {@code dot} ends a word of three lower-case letters or more (no initial, no "ed."). */
    private static boolean endsProseWord(String text, int dot) {
        int k = dot;
        while (k > 0 && Character.isLowerCase(text.charAt(k - 1))) {
            k--;
        }
        return dot - k >= 3 && (k == 0 || text.charAt(k - 1) == ' ') && !ABBREVIATIONS.contains(text.substring(k, dot));
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}

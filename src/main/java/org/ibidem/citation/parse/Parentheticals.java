package org.ibidem.citation.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Bluebook explanatory parentheticals at the end of a citation: "… 690 (7th Cir. 2015) (noting that …)",
 * "… at 82 n.16 (explaining …)", "(internal quotation marks omitted)", "(“quoted words”)". Such a parenthetical
 * opens with a word in lower case or a quotation mark, where a court-and-year or year parenthetical opens with a capital or a digit, so the citation in
 * front of it reads as if it were not there.
 *
 * <pre>{@code
 * Parentheticals.trailingStart("Smith, supra note 3, at 45 (noting X)")  → index of " (noting X)"
 * Parentheticals.trailingStart("Doe v. Roe, 1 F.3d 2 (2d Cir. 1990)")     → -1
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class Parentheticals {

    private Parentheticals() {
    }

    /**
     * Where the trailing explanatory parentheticals begin (the space before the first of them), or -1 when the text
     * (a final period aside) does not end in one.
     */
    static int trailingStart(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '.' || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        int start = -1;
        while (end > 0 && text.charAt(end - 1) == ')') {
            int open = matchingOpen(text, end - 1);
            if (open < 1 || open + 1 >= end
                    || !Character.isLowerCase(text.charAt(open + 1)) && text.charAt(open + 1) != '\u201c'
                    && text.charAt(open + 1) != '"'
                    || !Character.isWhitespace(text.charAt(open - 1))
                    || text.startsWith("last visited", open + 1) || text.startsWith("on file", open + 1)) {
                // (A web page's "(last visited …)" and "(on file with …)" belong to the citation.)
                break;
            }
            start = open;
            end = open;
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            start = end;
        }
        return start;
    }

    /**
     * Where a sentence of commentary after a citation begins, or -1: the first period after a closing parenthesis
     * or a number that is followed by a space and a capital ("… (1992). Standing requires …"). The caller tries
     * the text before it as a citation; a period inside a case name ("Grp. v.") follows neither.
     */
    static int commentaryStart(String text) {
        int depth = 0;
        for (int i = 1; i + 2 < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == '.' && depth == 0 && text.charAt(i + 1) == ' '
                    && (text.charAt(i - 1) == ')' || Character.isDigit(text.charAt(i - 1)))
                    && (Character.isUpperCase(text.charAt(i + 2))
                    || text.charAt(i - 1) == ')' && Character.isDigit(text.charAt(i + 2)))) {
                // (After a parenthesis a number may open what follows too: a page's running head left in the text.)
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * The spans of the citations inside "(quoting …)" and "(citing …)" parentheticals that are not themselves in
     * parentheses, as {@code [start, end]} pairs into {@code text}; empty for none. A parenthetical left open runs
     * to the end of the text (a final period aside).
     */
    static List<int[]> citedWithin(String text) {
        if (text.indexOf("(quoting ") < 0 && text.indexOf("(citing ") < 0) {
            return List.of();
        }
        List<int[]> spans = new ArrayList<>(1);
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' && depth == 0 && (text.startsWith("quoting ", i + 1) || text.startsWith("citing ", i + 1))) {
                int start = text.indexOf(' ', i) + 1;
                int end = matchingClose(text, i);
                int close = end;
                if (end < 0) {
                    end = text.length();
                    while (end > start && (text.charAt(end - 1) == '.' || Character.isWhitespace(text.charAt(end - 1)))) {
                        end--;
                    }
                    close = text.length() - 1;
                }
                if (end > start) {
                    spans.add(new int[] {start, end});
                }
                i = close;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
        }
        return spans;
    }

    /** The index of the ')' that closes the '(' at {@code open}, or -1. */
    static int matchingClose(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where the next sentence after {@code from} begins, or -1: a capital after white space that follows a period,
     * question or exclamation mark (closing quotation marks between them), outside parentheses, where the word
     * before the period is not a capital's abbreviation ("D.T. Max", "Grp. v.") but a word in lower case.
     */
    static int nextSentence(String text, int from) {
        int depth = 0;
        for (int i = from + 1; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && Character.isUpperCase(c) && Character.isWhitespace(text.charAt(i - 1))) {
                int j = i - 1;
                while (j > 0 && (Character.isWhitespace(text.charAt(j))
                        || "\u201d\u2019\"'".indexOf(text.charAt(j)) >= 0)) {
                    j--;
                }
                char end = text.charAt(j);
                if ((end == '?' || end == '!' || end == '.' && j > 0 && Character.isLowerCase(text.charAt(j - 1)))
                        && j < i - 1) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * "Full text is printed in the appendix (White Book, pp. 18-23)", "Talks were declined on July 28
     * (Correspondence, No. 93)": a sentence of commentary that gives its source in parentheses at its end (perhaps
     * with a sentence after it). Returns the parentheses' {open, close} indexes, or null. After a signal
     * ({@code afterSignal}) a lower-case word is enough to tell the words before from a work. The parentheses must be
     * the first in the text, after some prose, and hold a work and a locator ("Title, p. 4") — not publication
     * facts (no colon, no year last), not a remark in lower case ("(ibid., 45)", "(see below)").
     */
    static int[] citationAfterProse(String text, boolean afterSignal) {
        int open = text.indexOf('(');
        if (open < (afterSignal ? 6 : 12) || !Character.isWhitespace(text.charAt(open - 1)) || open + 1 >= text.length()
                || !Character.isUpperCase(text.charAt(open + 1))) {
            return null;
        }
        int close = text.indexOf(')', open);
        if (close < 0 || text.lastIndexOf(',', close) <= open || text.lastIndexOf('(', close) != open
                || text.lastIndexOf(':', close) > open || !endsOrStartsASentence(text.substring(close + 1).strip())) {
            return null; // "(Beijing: Press, 2016)" is publication facts; "(…) and then …" a clause
        }
        int comma = text.lastIndexOf(',', close);
        String locator = text.substring(comma + 1, close).strip();
        String before = text.substring(0, open);
        // After a signal ("see infra Appendix I (…)") a lower-case word says the words before are no work.
        if (Dates.isYear(locator) || !Locators.isLocator(locator) || givesAYear(text, open, comma)
                || Prose.splitLength(before) < 3
                || !(afterSignal ? Prose.hasLowerCaseWord(before) : Prose.isProse(before))) {
            return null;
        }
        return new int[] {open, close};
    }

    /**
     * Whether a field between the parentheses and the locator is a year or ends in one ("London 1854"): the
     * parentheses then give a work in full, with its facts, for the readers of full citations.
     */
    private static boolean givesAYear(String text, int open, int comma) {
        for (String field : text.substring(open + 1, comma).split(",")) {
            String f = field.strip();
            int space = f.lastIndexOf(' ');
            if (Dates.isYear(f) || space > 0 && Dates.isYear(f.substring(space + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether what follows the parentheses is nothing, a closing mark, or a new sentence: ". The Tsar to …". */
    private static boolean endsOrStartsASentence(String after) {
        if (after.isEmpty() || after.equals(".") || after.equals(",")) {
            return true;
        }
        return after.length() > 2 && after.charAt(0) == '.' && Character.isWhitespace(after.charAt(1))
                && Character.isUpperCase(after.charAt(2));
    }

    /** The index of the '(' that the ')' at {@code close} closes, or -1. */
    private static int matchingOpen(String text, int close) {
        int depth = 0;
        for (int i = close; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}

package org.ibidem.citation.parse;

/**
 * Bluebook explanatory parentheticals at the end of a citation: "… 690 (7th Cir. 2015) (noting that …)",
 * "… at 82 n.16 (explaining …)", "(internal quotation marks omitted)". Such a parenthetical opens with a word in
 * lower case, where a court-and-year or year parenthetical opens with a capital or a digit, so the citation in
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
            if (open < 1 || open + 1 >= end || !Character.isLowerCase(text.charAt(open + 1))
                    || !Character.isWhitespace(text.charAt(open - 1))) {
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
        if (Dates.isYear(locator) || !Locators.isLocator(locator) || Prose.splitLength(before) < 3
                || !(afterSignal ? Prose.hasLowerCaseWord(before) : Prose.isProse(before))) {
            return null;
        }
        return new int[] {open, close};
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

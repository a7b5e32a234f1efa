package org.ibidem.document;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.text.Characters;

/**
 * What commonmark-java is given to parse instead of a Markdown file: the same text, of the same length and with
 * the same line breaks, with YAML front matter and Liquid tags blanked to spaces and each character that cannot
 * open anything replaced by an inert stand-in, so the parse finds no note in them and stays linear on long runs
 * of {@code <}, {@code [}, {@code ^}, {@code *} or {@code _}.
 *
 * <pre>{@code
 * String parsed = MarkdownMask.mask("---\ntitle: x\n---\nText.[^1]\n");   // front matter blanked, offsets kept
 * String literal = MarkdownMask.unmask(textNode.getLiteral());              // the original characters again
 * }</pre>
 *
 * <p>{@code MarkdownExtractor} and {@code LabelledMarkdownNotes} read every literal back through
 * {@link #unmask}, so no note loses a character. Stateless and thread-safe; never throws on content.
 */
final class MarkdownMask {

    private static final Pattern LIQUID_BLOCK = Pattern.compile("^-?\\s*(highlight|comment)\\b");
    /**
     * Stands in for a {@code <} that cannot open anything (see {@link #mask}): punctuation, as {@code <} is, so
     * that emphasis next to it opens and closes as it would next to {@code <}.
     */
    static final char INERT_LT = '\u2E2E';
    /**
     * Stand in for a {@code [}, {@code *}, {@code _} and {@code ^} that cannot open or close anything (see
     * {@link #maskInertBrackets}, {@link #maskInertDelimiterRuns} and {@link #maskInertCarets}): punctuation, as
     * the characters they replace are, and none of them special to commonmark.
     */
    static final char INERT_BRACKET = '\u2E2A';
    static final char INERT_STAR = '\u2E2B';
    static final char INERT_UNDERSCORE = '\u2E2C';
    static final char INERT_CARET = '\u2E2D';
    /** Liquid tags are short; an opener without a close this near is text, not a tag. */
    private static final int LIQUID_MAX = 4000;

    private MarkdownMask() {
        // static helpers only
    }

    /**
     * The text with YAML front matter and Liquid tags blanked to spaces, and each {@code <}, {@code [},
     * {@code *} and {@code _} that cannot open anything (a tag, autolink, link destination, link, note or
     * emphasis) replaced by a stand-in. Line breaks stay, so every offset and line number of the result is that
     * of the original.
     */
    static String mask(String text) {
        char[] out = maskInertAngles(text);
        int frontMatterEnd = frontMatterEnd(text);
        if (frontMatterEnd > 0) {
            if (out == null) {
                out = text.toCharArray();
            }
            blank(out, 0, frontMatterEnd);
        }
        int percentClose = -2; // -2: not searched yet; -1: none in the rest of the text
        int braceClose = -2;
        Set<String> unclosedBlocks = new HashSet<>();
        int i = text.indexOf('{');
        while (i >= 0 && i + 1 < text.length()) {
            char next = text.charAt(i + 1);
            int end = -1;
            if (next == '%') {
                if (percentClose != -1 && percentClose < i + 2) {
                    percentClose = text.indexOf("%}", i + 2);
                }
                if (percentClose >= 0 && percentClose - i <= LIQUID_MAX) {
                    end = percentClose + 2;
                    Matcher block = LIQUID_BLOCK.matcher(text.substring(i + 2, percentClose));
                    if (block.find() && !unclosedBlocks.contains(block.group(1))) {
                        Matcher close = Pattern.compile("\\{%-?\\s*end" + block.group(1) + "\\s*-?%}")
                                .matcher(text);
                        if (close.find(end)) {
                            end = close.end();
                        } else {
                            unclosedBlocks.add(block.group(1)); // none later either: do not search again
                        }
                    }
                }
            } else if (next == '{') {
                if (braceClose != -1 && braceClose < i + 2) {
                    braceClose = text.indexOf("}}", i + 2);
                }
                if (braceClose >= 0 && braceClose - i <= LIQUID_MAX) {
                    end = braceClose + 2;
                }
            }
            if (end > 0) {
                if (out == null) {
                    out = text.toCharArray();
                }
                blank(out, i, end);
                i = text.indexOf('{', end);
            } else {
                i = text.indexOf('{', i + 1);
            }
        }
        String blanked = out == null ? text : new String(out);
        // Brackets and delimiter runs are judged on the text as commonmark will see it, blanks included: a
        // blanked Liquid tag may leave a run opening its line, or remove the only ']' after a '['.
        char[] inert = maskInertDelimiterRuns(blanked,
                maskInertCarets(blanked, maskInertBrackets(blanked, null)));
        return inert == null ? blanked : new String(inert);
    }

    /**
     * Replaces each {@code <} that commonmark could not read as the start of anything by {@link #INERT_LT};
     * returns null when there is none.
     *
     * <p>Why: commonmark-java 0.28's autolink and inline HTML parsers scan from every {@code <} to the next
     * {@code >} of the paragraph (or its end) and throw the scan away when it fails (commonmark-java issue #447,
     * fixed after 0.28; the footnotes extension is not published for the fixed releases). A paragraph of many
     * {@code <} is then quadratic: 100 KB of them took 34 s. A {@code <} is left alone, so the parse is exactly
     * commonmark's, when it could start something: when it is escaped or opens a line (an HTML block), when a
     * {@code >} follows on its line before any other {@code <} (an autolink, a tag, a {@code <destination>}), or
     * when it is followed by a letter, {@code /}, {@code !} or {@code ?} and a {@code >} follows before another
     * {@code <} (a tag spread over lines) or a quote comes first (an attribute value may hold a {@code <}), or
     * when it is followed by {@code !} or {@code ?} (comments may hold a {@code <}). What remains inert cannot open
     * an autolink (no {@code <}, space or line break inside one) nor a tag (a name starts with a letter, and only
     * a quoted value may hold a {@code <}). The walk turns the stand-in back into {@code <}, so no note loses one.
     */
    private static char[] maskInertAngles(String text) {
        int n = text.length();
        if (text.indexOf('<') < 0 || text.indexOf(INERT_LT) >= 0) {
            return null; // nothing to mask, or the stand-in is in the text already: leave the parse as it is
        }
        char[] out = null;
        int nextGt = -1;
        int nextLt = -1;
        int nextQuote = -1;
        int nextLineBreak = -1;
        for (int i = n - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '>') {
                nextGt = i;
            } else if (c == '"' || c == '\'') {
                nextQuote = i;
            } else if (c == '\n' || c == '\r') {
                nextLineBreak = i;
            } else if (c == '<') {
                if (isInertAngle(text, i, nextGt, nextLt, nextQuote, nextLineBreak)) {
                    if (out == null) {
                        out = text.toCharArray();
                    }
                    out[i] = INERT_LT;
                }
                nextLt = i;
            }
        }
        return out;
    }

    /**
     * Replaces each {@code [} after the text's last {@code ]} by {@link #INERT_BRACKET}, unless escaped; returns
     * {@code out} (null when nothing was replaced yet) with the replacements made in it.
     *
     * <p>Why: commonmark-java 0.28 makes a text node, a bracket entry and a list of source spans for every
     * {@code [}, then merges the text nodes again; a megabyte of {@code [} took about a second. A {@code [} with
     * no {@code ]} after it cannot open a link, image, inline note, footnote reference or definition, nor a link
     * reference definition, all of which need one, so it is text whatever follows; as a stand-in it is read in
     * one run with the text around it. A {@code [} in a code span or tag is turned back like any other.
     */
    private static char[] maskInertBrackets(String text, char[] masked) {
        char[] out = masked;
        if (text.indexOf(INERT_BRACKET) >= 0) {
            return out; // the stand-in is in the text already: leave the parse as it is
        }
        int lastClose = text.lastIndexOf(']');
        for (int i = text.lastIndexOf('['); i > lastClose; i = text.lastIndexOf('[', i - 1)) {
            if ((i == 0 || text.charAt(i - 1) != '\\') && !opensCdata(text, i)) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = INERT_BRACKET;
            }
        }
        return out;
    }

    /**
     * Replaces each {@code ^} that neither follows nor precedes a {@code [} (as {@code masked} has it, after
     * {@link #maskInertBrackets}) by {@link #INERT_CARET}, unless escaped or maybe inside an autolink or tag;
     * returns {@code masked} (null when nothing was replaced yet) with the replacements made in it.
     *
     * <p>Why: with inline notes on, commonmark-java 0.28 stops at every {@code ^} to see whether {@code ^[}
     * opens one, and makes a text node for each; a megabyte of {@code [^} took over a second even with its
     * brackets inert. A {@code ^} before anything but {@code [} opens nothing, and one after a {@code [} is left
     * alone as it may start a footnote label ({@code [^1]}). An email autolink may hold a {@code ^}, so, as for
     * delimiter runs, only a {@code ^} that cannot be inside {@code <…>} is replaced.
     */
    private static char[] maskInertCarets(String text, char[] masked) {
        char[] out = masked;
        if (text.indexOf('^') < 0 || text.indexOf(INERT_CARET) >= 0) {
            return out;
        }
        TagScan tags = new TagScan();
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (tags.saw(c, i)) {
                continue;
            }
            if (c == '^') {
                char before = i == 0 ? ' ' : out == null ? text.charAt(i - 1) : out[i - 1];
                char after = i + 1 == text.length() ? ' ' : out == null ? text.charAt(i + 1) : out[i + 1];
                if (tags.outside() && before != '[' && before != '\\' && after != '[') {
                    if (out == null) {
                        out = text.toCharArray();
                    }
                    out[i] = INERT_CARET;
                }
            }
        }
        return out;
    }

    /**
     * Reading a text backwards, whether the position reached cannot lie inside an HTML tag: it cannot when,
     * reading on from it, a {@code <} comes before any {@code >} or quote (a tag's rest holds no {@code <} outside
     * a quoted value), or no {@code >} or quote follows at all.
     */
    private static final class TagScan {
        private int nextLt = -1;
        private int nextTagEnd = -1; // the next '>' or quote

        /**
         * Takes in the character at i (each position once, from the end); true when it is {@code <}, {@code >}
         * or a quote.
         */
        boolean saw(char c, int i) {
            if (c == '<') {
                nextLt = i;
                return true;
            }
            if (c == '>' || c == '"' || c == '\'') {
                nextTagEnd = i;
                return true;
            }
            return false;
        }

        /** Whether the positions taken in so far put the current one outside any tag. */
        boolean outside() {
            return nextTagEnd < 0 || nextLt >= 0 && nextLt < nextTagEnd;
        }
    }

    /** Whether the {@code [} at i is one of those of {@code <![CDATA[}, which opens raw HTML. */
    private static boolean opensCdata(String text, int i) {
        return i >= 2 && text.startsWith("<!", i - 2) || i >= 8 && text.startsWith("<![CDATA", i - 8);
    }

    /**
     * Replaces each run of {@code *} or {@code _} with white space (or a line break, or the text's start or end)
     * on both sides by {@link #INERT_STAR} or {@link #INERT_UNDERSCORE}, unless the run opens its line or may lie
     * inside a tag; returns {@code out} (null when nothing was replaced yet) with the replacements made in it.
     *
     * <p>Why: commonmark-java 0.28 makes a text node and a list of source spans for every character of a
     * delimiter run, then merges them again; a megabyte of {@code *} took about a second. A run with white space
     * on both sides is neither left- nor right-flanking, so it can neither open nor close emphasis and stays
     * text, and no other delimiter's matching looks at it. Left alone: a run that opens its line (after white
     * space and container markers it may be a list bullet or a thematic break), and a run that may be inside a
     * tag ({@link TagScan}), where {@code _} can be an attribute name.
     */
    private static char[] maskInertDelimiterRuns(String text, char[] masked) {
        char[] out = masked;
        if (text.indexOf('*') < 0 && text.indexOf('_') < 0
                || text.indexOf(INERT_STAR) >= 0 || text.indexOf(INERT_UNDERSCORE) >= 0) {
            return out;
        }
        TagScan tags = new TagScan();
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (tags.saw(c, i)) {
                continue;
            }
            if (c == '*' || c == '_') {
                int end = i + 1;
                int start = i;
                while (start > 0 && text.charAt(start - 1) == c) {
                    start--;
                }
                i = start;
                if (tags.outside() && isWhiteSpaceAt(text, start - 1) && isWhiteSpaceAt(text, end)
                        && !opensBlock(text, start)) {
                    if (out == null) {
                        out = text.toCharArray();
                    }
                    Arrays.fill(out, start, end, c == '*' ? INERT_STAR : INERT_UNDERSCORE);
                }
            }
        }
        return out;
    }

    /**
     * Whether a block may start at i: only white space and container markers (block quotes, list items, and a
     * footnote definition's {@code [^label]:}, whose content starts blocks too) come before it on its line. A
     * thematic break of {@code _} or {@code *} counts its own earlier characters as markers.
     */
    private static boolean opensBlock(String text, int i) {
        for (int k = i - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r' || c == ':' && k > 0 && text.charAt(k - 1) == ']') {
                return true;
            }
            if (" \t>-*+_.)0123456789".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether the character at i is white space as commonmark's flanking rules read it, or i is outside the text. */
    private static boolean isWhiteSpaceAt(String text, int i) {
        return i < 0 || i >= text.length() || Characters.isWhitespaceCodePoint(text.charAt(i));
    }

    private static boolean isInertAngle(String text, int i, int nextGt, int nextLt, int nextQuote,
                                        int nextLineBreak) {
        if (i > 0 && text.charAt(i - 1) == '\\' || opensLine(text, i)) {
            return false;
        }
        if (nextGt < 0) {
            return true; // nothing can close it
        }
        boolean gtBeforeLt = nextLt < 0 || nextGt < nextLt;
        if (gtBeforeLt && (nextLineBreak < 0 || nextGt < nextLineBreak)) {
            return false; // <…> on one line: an autolink, a tag or a link destination
        }
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        if (after == '!' || after == '?') {
            return false; // a comment, declaration or processing instruction may hold a '<' or span lines
        }
        boolean tagStart = after == '/' || after < 128 && Character.isLetter(after);
        if (!tagStart) {
            return true;
        }
        // A tag spread over lines, unless another '<' comes before its '>' outside quotes.
        return !gtBeforeLt && (nextQuote < 0 || nextQuote > nextLt);
    }

    /** Whether only white space and container markers (block quotes, list bullets) come before i on its line. */
    private static boolean opensLine(String text, int i) {
        for (int k = i - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (" \t>-*+.)0123456789".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The original of a literal read from {@link #mask}ed text. */
    static String unmask(String literal) {
        String s = literal;
        if (s.indexOf(INERT_LT) >= 0) {
            s = s.replace(INERT_LT, '<');
        }
        if (s.indexOf(INERT_BRACKET) >= 0) {
            s = s.replace(INERT_BRACKET, '[');
        }
        if (s.indexOf(INERT_STAR) >= 0) {
            s = s.replace(INERT_STAR, '*');
        }
        if (s.indexOf(INERT_UNDERSCORE) >= 0) {
            s = s.replace(INERT_UNDERSCORE, '_');
        }
        if (s.indexOf(INERT_CARET) >= 0) {
            s = s.replace(INERT_CARET, '^');
        }
        return s;
    }

    /** The end of a YAML front matter block ({@code ---} … {@code ---} or {@code ...}) at the start, or 0. */
    private static int frontMatterEnd(String text) {
        if (!text.startsWith("---")) {
            return 0;
        }
        int lineEnd = lineEnd(text, 0);
        if (!text.substring(3, lineEnd).isBlank()) {
            return 0;
        }
        int start = nextLine(text, lineEnd);
        while (start < text.length()) {
            int end = lineEnd(text, start);
            String line = text.substring(start, end).strip();
            if (line.equals("---") || line.equals("...")) {
                return end;
            }
            start = nextLine(text, end);
        }
        return 0; // never closed: a thematic break, not front matter
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int nextLine(String text, int lineEnd) {
        if (lineEnd < text.length() && text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length()
                && text.charAt(lineEnd + 1) == '\n') {
            return lineEnd + 2;
        }
        return lineEnd + 1;
    }

    private static void blank(char[] chars, int from, int to) {
        for (int k = from; k < to && k < chars.length; k++) {
            if (chars[k] != '\n' && chars[k] != '\r') {
                chars[k] = ' ';
            }
        }
    }
}

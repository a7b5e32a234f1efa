package org.ibidem.citation.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts one citation into fields: quoted titles, parentheticals, and the comma-separated plain parts between
 * them.
 *
 * <p>Chicago puts the comma that ends a quoted title inside the quotes ({@code “Title,” Journal}), so a closing
 * quote ends a field even when no comma follows it. Parentheses nest; an opening parenthesis also ends the plain
 * field before it ({@code People’s Press (Beijing)}). Unbalanced quotes and parentheses are read as plain text
 * rather than swallowing the rest of the note.
 *
 * <p>Stateless; runs in linear time.
 */
public final class FieldTokenizer {

    private FieldTokenizer() {
    }

    public static List<Field> tokenize(String s) {
        return tokenize(s, List.of());
    }

    /**
     * Tokenizes, treating each italic span (offsets into {@code s}, sorted) as one title field: italics are how
     * Chicago marks a book's or a journal's title.
     */
    public static List<Field> tokenize(String s, List<org.ibidem.document.TextSpan> italics) {
        List<Field> fields = new ArrayList<>();
        int n = s.length();
        // The characters from an array: a note with curly quotes is a UTF-16 string, whose charAt checks its
        // index and coder at every call.
        char[] chars = s.toCharArray();
        Matches matches = new Matches(s);
        int nextItalic = 0;
        int i = 0;
        while (i < n) {
            while (i < n && (Character.isWhitespace(chars[i]) || chars[i] == ',')) {
                i++;
            }
            if (i >= n) {
                break;
            }
            while (nextItalic < italics.size() && italics.get(nextItalic).end() <= i) {
                nextItalic++;
            }
            if (nextItalic < italics.size() && italics.get(nextItalic).start() <= i) {
                org.ibidem.document.TextSpan span = italics.get(nextItalic++);
                String inner = stripTrailing(s, i, span.end(), ",.;:");
                int j = skipSpaces(s, span.end());
                // "_Ibid_., p. 65" and "_Collections_, etc.": punctuation right after the italics ends the field.
                while (j < n && (chars[j] == '.' || chars[j] == ',')) {
                    j = skipSpaces(s, j + 1);
                }
                boolean colon = j < n && chars[j] == ':';
                if (colon) {
                    j++;
                }
                if (!inner.isEmpty()) {
                    fields.add(new Field(Field.Kind.ITALIC, inner, i, span.end(), colon));
                }
                i = Math.max(j, i + 1);
                continue;
            }
            char c = chars[i];
            int close = -1;
            Field.Kind kind = Field.Kind.PLAIN;
            if (isOpeningQuote(c)) {
                close = matches.closingQuote(i);
                kind = Field.Kind.QUOTED;
            } else if (c == '(' || c == '[') {
                close = matches.closingBracket(i);
                kind = Field.Kind.PAREN;
            }
            if (close > i) {
                int innerStart = skipSpaces(s, i + 1);
                String inner = stripTrailing(s, Math.min(innerStart, close), close,
                        kind == Field.Kind.QUOTED ? ",.;:" : "");
                int after = close + 1;
                int j = skipSpaces(s, after);
                boolean colon = j < n && chars[j] == ':';
                if (j < n && (chars[j] == ',' || chars[j] == ':' || chars[j] == '.')) {
                    j++;
                }
                fields.add(new Field(kind, inner, i, after, colon));
                i = j;
                continue;
            }
            // A plain field runs to the next comma or colon-after-nothing, or to an opening parenthesis or quote.
            int start = i;
            int depth = 0;
            int italicStart = nextItalic < italics.size() ? italics.get(nextItalic).start() : Integer.MAX_VALUE;
            for (; i < n; i++) {
                char d = chars[i];
                if (i == italicStart) {
                    break;
                }
                // Most characters are none of the marks below (a comma, a bracket, an opening quote): one look in a
                // table passes them.
                if (d < 128 ? !FIELD_MARK[d] : d != '“' && d != '«' && d != '„') {
                    continue;
                }
                if (d == ',' && depth == 0) {
                    break;
                }
                if (d == '(' || d == '[') {
                    if (i > start && matches.closingBracket(i) > i) {
                        break;
                    }
                    depth++;
                } else if ((d == ')' || d == ']') && depth > 0) {
                    depth--;
                } else if (isOpeningQuote(d) && i > start && Character.isWhitespace(chars[i - 1])
                        && matches.closingQuote(i) > i) {
                    break;
                }
            }
            // The field's text without the white space around it (cut out once: this runs for every field).
            int end = i;
            while (end > start && Character.isWhitespace(chars[end - 1])) {
                end--;
            }
            boolean colon = end > start && chars[end - 1] == ':';
            String text = colon ? stripTrailing(s, start, end - 1, "") : s.substring(start, end);
            if (!text.isEmpty()) {
                fields.add(new Field(Field.Kind.PLAIN, text, start, end, colon));
            }
            if (i < n && chars[i] == ',') {
                i++;
            }
        }
        return fields;
    }

    /** The ASCII characters the plain-field scan of {@link #tokenize} looks at: a comma, brackets, a quote. */
    private static final boolean[] FIELD_MARK = new boolean[128];

    static {
        for (char c : ",()[]\"".toCharArray()) {
            FIELD_MARK[c] = true;
        }
    }

    public static boolean isOpeningQuote(char c) {
        return c == '“' || c == '"' || c == '«' || c == '„';
    }

    /**
     * Where each quote and bracket closes. Brackets are matched in one linear pass, made the first time a bracket
     * is asked about; a quote's closing quote is the next one of its kind, looked up with indexOf and remembered,
     * so that the queries, which never move backwards, read each stretch of the note at most once. A note full
     * of unbalanced brackets or quotes cannot make tokenizing quadratic.
     */
    private static final class Matches {
        private final String s;
        // Each bracket pair in the order the pairs open: where it opens (ascending) and where it closes, or -1.
        private int[] opens;
        private int[] closes;
        private int pairs = -1;
        // Made at the first quote asked about: most fields' tokenizing asks about none.
        private Next curly;
        private Next straight;
        private Next guillemet;

        Matches(String s) {
            this.s = s;
        }

        int closingBracket(int open) {
            if (pairs < 0) {
                matchBrackets();
            }
            int k = java.util.Arrays.binarySearch(opens, 0, pairs, open);
            return k >= 0 ? closes[k] : -1;
        }

        /** Pairs the brackets in one pass; a note has a few, so two small arrays, not one entry per character. */
        private void matchBrackets() {
            opens = new int[8];
            closes = new int[8];
            pairs = 0;
            int[] stack = new int[8];
            int top = 0;
            for (int i = 0, n = s.length(); i < n; i++) {
                char c = s.charAt(i);
                if (c == '(' || c == '[') {
                    if (pairs == opens.length) {
                        opens = java.util.Arrays.copyOf(opens, pairs * 2);
                        closes = java.util.Arrays.copyOf(closes, pairs * 2);
                    }
                    if (top == stack.length) {
                        stack = java.util.Arrays.copyOf(stack, top * 2);
                    }
                    opens[pairs] = i;
                    closes[pairs] = -1;
                    stack[top++] = pairs++;
                } else if ((c == ')' || c == ']') && top > 0) {
                    closes[stack[--top]] = i;
                }
            }
        }

        int closingQuote(int open) {
            char o = s.charAt(open);
            if (o == '«') {
                guillemet = guillemet == null ? new Next('»') : guillemet;
                return guillemet.from(open + 1);
            }
            if (curly == null) {
                curly = new Next('”');
                straight = new Next('"');
            }
            // A straight quote may be closed by a curly one when a text mixes them, and a curly one by a straight.
            return min(straight.from(open + 1), curly.from(open + 1));
        }

        private static int min(int a, int b) {
            if (a < 0) {
                return b;
            }
            return b < 0 ? a : Math.min(a, b);
        }

        /** The next occurrence of one character at or after a position, remembering the last answer. */
        private final class Next {
            private final char c;
            // No c in [from, at), and c at `at` (or none from `from` on, when at is -1).
            private int from = Integer.MAX_VALUE;
            private int at = -1;

            Next(char c) {
                this.c = c;
            }

            int from(int i) {
                if (i < from || (at >= 0 && i > at)) {
                    from = i;
                    at = s.indexOf(c, i);
                }
                return at;
            }
        }
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    public static String stripTrailing(String s, String chars) {
        return stripTrailing(s, 0, s.length(), chars);
    }

    /**
     * {@code s.substring(from, to)} without the white space and the {@code chars} at its end, copied once. The
     * caller's {@code from} is where the text starts: white space there is kept.
     */
    public static String stripTrailing(String s, int from, int to, String chars) {
        int end = to;
        while (end > from && (chars.indexOf(s.charAt(end - 1)) >= 0 || Character.isWhitespace(s.charAt(end - 1)))) {
            end--;
        }
        return s.substring(from, end);
    }

    /**
     * Whether the text contains the lower-case ASCII word anywhere, in any case: a cheap test that lets the parser
     * skip a regular expression (run from every position of the note) when its key letters are absent.
     */
    public static boolean containsIgnoreCase(String text, String lowerAscii) {
        int last = text.length() - lowerAscii.length();
        char first = lowerAscii.charAt(0);
        char firstUpper = Character.toUpperCase(first);
        // The candidate positions, where the first letter is in either case, are found with indexOf (an
        // intrinsic that scans much faster than a loop of charAt).
        for (int i = text.indexOf(first); i >= 0 && i <= last; i = text.indexOf(first, i + 1)) {
            if (text.regionMatches(true, i, lowerAscii, 0, lowerAscii.length())) {
                return true;
            }
        }
        if (firstUpper != first) {
            for (int i = text.indexOf(firstUpper); i >= 0 && i <= last; i = text.indexOf(firstUpper, i + 1)) {
                if (text.regionMatches(true, i, lowerAscii, 0, lowerAscii.length())) {
                    return true;
                }
            }
        }
        return false;
    }
}

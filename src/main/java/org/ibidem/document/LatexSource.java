package org.ibidem.document;

/**
 * A LaTeX source read by position: where a braced group or an optional argument closes, where a command's name
 * ends, and the white space, comments and arguments to skip. It only reads; what the text means is the
 * extractor's business ({@link LatexExtractor}). Every method is linear in what it reads and stops at the end of
 * the text or at the limit given, so an unclosed brace never sends it past the note it is in.
 *
 * <p>Holds only the text; the extractor's scan and {@link LatexText}, its subclasses, add the state of one pass.
 * Not thread-safe.
 */
class LatexSource {

    /** The source text. */
    final String s;
    /** Its length. */
    final int n;

    LatexSource(String s) {
        this.s = s;
        this.n = s.length();
    }

    /** Skips {@code count} arguments (braced groups or single tokens), optional ones before them too. */
    int skipArguments(int from, int count, int to) {
        int i = from;
        for (int a = 0; a < count; a++) {
            i = skipOptional(skipSpace(i, to), to);
            i = skipSpace(i, to);
            if (i >= to) {
                return to;
            }
            char c = s.charAt(i);
            if (c == '{') {
                i = Math.min(groupOrEnd(i, to) + 1, to);
            } else if (c == '\\') {
                i = Math.min(nameEnd(i), to);
            } else {
                i++;
            }
        }
        return i;
    }

    /** Skips optional arguments {@code […]} that start right at {@code from}. */
    int skipOptional(int from, int to) {
        int i = from;
        while (i < to && s.charAt(i) == '[') {
            int close = bracket(i);
            if (close < 0 || close >= to) {
                return i;
            }
            i = close + 1;
        }
        return i;
    }

    /** The index of the {@code }} closing the group opened at {@code open}, or -1 before {@code limit}. */
    int group(int open, int limit) {
        int depth = 0;
        for (int i = open; i < limit; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++; // an escaped brace or backslash
            } else if (c == '%') {
                i = lineEnd(i) - 1;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    int groupOrEnd(int open, int limit) {
        int close = group(open, limit);
        return close < 0 ? limit : close;
    }

    /** The {@code ]} closing an optional argument at {@code open}, outside braces, or -1. */
    int bracket(int open) {
        int depth = 0;
        int limit = Math.min(n, open + 500); // optional arguments are short; a lone "[" is text
        for (int i = open + 1; i < limit; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == ']' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** One past a command's name: letters for a control word, one character for a control symbol. */
    int nameEnd(int backslash) {
        int i = backslash + 1;
        if (i >= n) {
            return n;
        }
        if (!isAsciiLetter(s.charAt(i))) {
            return i + 1;
        }
        while (i < n && isAsciiLetter(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** White space and comments, as TeX skips them between a command and its argument. */
    int skipSpace(int from) {
        return skipSpace(from, n);
    }

    int skipSpace(int from, int to) {
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c == '%') {
                i = lineEnd(i);
            } else if (PlainTextExtractor.isSpace(c)) {
                i++;
            } else {
                break;
            }
        }
        return Math.min(i, to);
    }

    /** TeX ignores the spaces after a control word, and one line break, but not a blank line. */
    int skipControlWordSpace(int from, int to) {
        int i = skipHorizontalSpace(from, to);
        if (i < to && (s.charAt(i) == '\n' || s.charAt(i) == '\r')) {
            int next = i + (s.startsWith("\r\n", i) ? 2 : 1);
            int after = skipHorizontalSpace(next, to);
            if (after < to && (s.charAt(after) == '\n' || s.charAt(after) == '\r')) {
                return i; // a paragraph break stays
            }
            return after;
        }
        return i;
    }

    int skipHorizontalSpace(int from, int to) {
        int i = from;
        while (i < to && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** A comment eats its line break and the next line's indentation, so it joins lines without a space. */
    int afterComment(int percent, int to) {
        int i = lineEnd(percent);
        if (i < to && s.startsWith("\r\n", i)) {
            i += 2;
        } else if (i < to) {
            i++;
        }
        return Math.min(skipHorizontalSpace(i, to), to);
    }

    int lineEnd(int from) {
        int i = from;
        while (i < n && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}

package org.ibidem.citation.parse;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Yes-or-no tests of a pattern against a text, run with a matcher kept per thread and pattern.
 *
 * <p>The parser asks dozens of such questions of every note ("is this field an editor's mark?", "does it open
 * as a date?"), and {@code pattern.matcher(text)} makes a new matcher each time: an object and its group arrays,
 * a few hundred bytes, a quarter of what parsing a note allocated. A test that only wants the answer can reuse
 * one matcher: it never leaves these methods, so a test nested inside another cannot disturb it. A caller that
 * reads groups makes its own matcher, as before.
 *
 * <p>Thread-safe: each thread has its own matchers. Each keeps a reference to the last text it read, one note's
 * fields per pattern and thread, until the next test.
 */
public final class PatternChecks {
    private static final ThreadLocal<Map<Pattern, Matcher>> MATCHERS = ThreadLocal.withInitial(IdentityHashMap::new);

    private PatternChecks() {
    }

    /**
     * Whether the character is one of {@code \s}'s, as a pattern compiled without {@code UNICODE_CHARACTER_CLASS}
     * reads it: space, tab, line feed, vertical tab, form feed, carriage return. The test a guard makes when it
     * stands in for a pattern's white space.
     */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Whether the run of ASCII letters at {@code start}, in any case, is one of {@code words} (lower-case ASCII
     * words): the test before a case-insensitive pattern (compiled without {@code UNICODE_CASE}) that opens with
     * one of those words and no letter after it. An empty run is no word. Compares in place: it runs on most
     * segments, and most fail it at their first letter or their length.
     */
    public static boolean opensWithWord(String text, int start, List<String> words) {
        int end = start;
        while (end < text.length() && isAsciiLetter(text.charAt(end))) {
            end++;
        }
        int length = end - start;
        if (length == 0) {
            return false;
        }
        char first = (char) (text.charAt(start) | 0x20); // an ASCII letter in lower case
        for (String word : words) {
            if (word.length() == length && word.charAt(0) == first
                    && text.regionMatches(true, start, word, 0, length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Whether the whole text matches. */
    public static boolean matches(Pattern pattern, CharSequence text) {
        return matcher(pattern, text).matches();
    }

    /** Whether the text opens with a match. */
    public static boolean lookingAt(Pattern pattern, CharSequence text) {
        return matcher(pattern, text).lookingAt();
    }

    /**
     * Whether the pattern matches anywhere in the text at or after {@code from}; the pattern's look-behinds and
     * word boundaries still see the text before it (the region is the whole text).
     */
    public static boolean find(Pattern pattern, CharSequence text, int from) {
        return matcher(pattern, text).find(from);
    }

    /** Whether the pattern matches anywhere in the text. */
    public static boolean find(Pattern pattern, CharSequence text) {
        return matcher(pattern, text).find();
    }

    private static Matcher matcher(Pattern pattern, CharSequence text) {
        Map<Pattern, Matcher> matchers = MATCHERS.get();
        Matcher m = matchers.get(pattern);
        if (m == null) {
            m = pattern.matcher(text);
            matchers.put(pattern, m);
            return m;
        }
        return m.reset(text);
    }
}

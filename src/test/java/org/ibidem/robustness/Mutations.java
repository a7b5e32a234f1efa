package org.ibidem.robustness;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Small edits that turn a valid document into the documents people actually hand over: characters and lines
 * deleted, doubled or swapped, stray brackets, quotes and braces, the start of a footnote of another format
 * ({@code [^}, {@code <sup>}, {@code \footnote{}), odd Unicode (NUL, CR, byte-order marks, lone surrogates,
 * combining marks, letters whose case mapping changes their length) and very long tokens.
 *
 * <p>A mutation is a value (an operation and where it applies, as fractions of the length), so jqwik can shrink
 * a failing list of them to the shortest one that still fails.
 */
final class Mutations {

    /** What a mutation does. */
    enum Op {
        DELETE_CHAR, DUPLICATE_CHAR, SWAP_CHARS, REPLACE_CHAR, DELETE_RANGE, DUPLICATE_RANGE, DELETE_LINE,
        DUPLICATE_LINE, SWAP_LINES, INSERT_TOKEN, INSERT_UNICODE, INSERT_LONG_TOKEN, TRUNCATE
    }

    /**
     * One edit.
     *
     * @param op   what it does
     * @param at   where, as a fraction of the length
     * @param to   a second place (the end of a range, the other line of a swap), as a fraction of the length
     * @param pick which token, character or length to use
     */
    record Mutation(Op op, double at, double to, int pick) {
    }

    /** Markup and punctuation that opens, closes or starts something in one of the formats. */
    static final List<String> TOKENS = List.of(
            "[", "]", "(", ")", "{", "}", "“", "”", "\"", "'", "’", "«", "»", "_", "*", "**", "`", "~", "^", "&",
            "%", "$", "#", "\\", ";", ":", ",", ".", "-", "–", "—",
            "[^", "[^1]", "[^1]: ", "\n[^2]: ", "^[", "[1]", "\n[1] ", "[Footnote 1: ", "[FN [a] ", "[a]", "¹²",
            "\nNotes\n", "\n1. ", "\nCHAPTER IV\n", "\n\n", "<sup>", "</sup>", "<a href=\"#fn1\">1</a>",
            "<li id=\"fn1\">", "</li>", "<ol>", "<em>", "</em>", "<i>", "<!--", "-->", "<![CDATA[", "<script>",
            "&mdash;", "&#0;", "&#x110000;", "&amp", "\\footnote{", "\\footnote[3]{", "\\footnotemark",
            "\\footnotetext{", "\\emph{", "\\'{", "\\begin{", "\\end{", "\\begin{verbatim}", "\\chapter{",
            "\\newcommand{\\x}[1]{#1}", "\\verb|", "\\iffalse", "\\documentclass{article}\\begin{document}",
            "{% highlight %}", "{% comment %}", "{{", "---\n", "```\n", "<w:t>", "</w:p>", "<w:footnote w:id=\"9\">",
            "Ibid.", "Ibid., 4.", "ibid", "Id.", "op. cit.", "loc. cit.", "See also ", "; ", "Cf. ", "p. ",
            "pp. 12–14", "vol. ii. ", "no. 3", "(New York: Liveright, 2015)", "(n.d.)", "(1848; repr., 2000)",
            "“Title,” ", "Mary Beard, ", "Beard, SPQR, 12.", "et al.", "ed. ", "trans. ", "2nd ed.",
            "https://example.org/x", "doi:10.1/x", "accessed May 3, 2020", "December 29, 1956", "Spring 2003");

    /** Characters that trouble text handling. */
    static final List<String> UNICODE = List.of(
            "\u0000", "\r", "\r\n", "\n", "\t", "\u000B", "\u000C", "\u0085", "\u2028", "\u2029", "\uFEFF",
            "\u202E", "\u200B", "\u00A0", "\u3000", "\u0301", "\uD800", "\uDC00", "\uFFFE", "\uFFFF", "😀",
            "\uD835\uDD16", "İ", "ß", "ﬁ", "ǅ", "Σ", "ı", "\u0130\u0130", "中文", "עברית", "العربية", "\u007F",
            "\u001B");

    /** What a long token is made of. */
    static final List<String> LONG_UNITS = List.of(
            "x", "(", "[[", "\"", "“", "{", "}", "_", "*", "\\", " ", "\u00A0", "1", "Ibid. ", "[^1]", "<sup>",
            "&amp;", "\\footnote{", "\\'{", "Smith, ", "; ", ", ", "😀", "\n", "\r");

    private Mutations() {
    }

    /** One to {@code max} mutations. */
    static Arbitrary<List<Mutation>> lists(int max) {
        Arbitrary<Mutation> one = Combinators.combine(
                Arbitraries.of(Op.class),
                Arbitraries.doubles().between(0, 1).ofScale(6),
                Arbitraries.doubles().between(0, 1).ofScale(6),
                Arbitraries.integers().between(0, 9999)).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(max);
    }

    /** The text with the mutations applied in order. */
    static String apply(String text, List<Mutation> mutations) {
        String s = text;
        for (Mutation m : mutations) {
            s = apply(s, m);
        }
        return s;
    }

    static String apply(String s, Mutation m) {
        int n = s.length();
        int at = index(m.at(), n);
        int to = index(m.to(), n);
        int from = Math.min(at, to);
        int until = Math.min(Math.max(at, to), Math.min(n, from + 2000));
        switch (m.op()) {
            case DELETE_CHAR:
                return at < n ? s.substring(0, at) + s.substring(at + 1) : s;
            case DUPLICATE_CHAR:
                return at < n ? s.substring(0, at + 1) + s.substring(at) : s;
            case SWAP_CHARS:
                return at + 1 < n ? s.substring(0, at) + s.charAt(at + 1) + s.charAt(at) + s.substring(at + 2) : s;
            case REPLACE_CHAR:
                return at < n ? s.substring(0, at) + UNICODE.get(m.pick() % UNICODE.size()) + s.substring(at + 1) : s;
            case DELETE_RANGE:
                return s.substring(0, from) + s.substring(until);
            case DUPLICATE_RANGE:
                return s.substring(0, until) + s.substring(from, until) + s.substring(until);
            case DELETE_LINE:
            case DUPLICATE_LINE:
            case SWAP_LINES:
                return lines(s, m);
            case INSERT_TOKEN:
                return s.substring(0, at) + TOKENS.get(m.pick() % TOKENS.size()) + s.substring(at);
            case INSERT_UNICODE:
                return s.substring(0, at) + UNICODE.get(m.pick() % UNICODE.size()) + s.substring(at);
            case INSERT_LONG_TOKEN: {
                String unit = LONG_UNITS.get(m.pick() % LONG_UNITS.size());
                int length = 500 + (m.pick() * 7) % 10_000;
                return s.substring(0, at) + unit.repeat(Math.max(1, length / unit.length())) + s.substring(at);
            }
            case TRUNCATE:
                return s.substring(0, at);
            default:
                throw new AssertionError(m.op());
        }
    }

    private static String lines(String s, Mutation m) {
        List<String> lines = new java.util.ArrayList<>(Arrays.asList(s.split("\n", -1)));
        int a = Math.min(lines.size() - 1, (int) (m.at() * lines.size()));
        int b = Math.min(lines.size() - 1, (int) (m.to() * lines.size()));
        switch (m.op()) {
            case DELETE_LINE -> lines.remove(a);
            case DUPLICATE_LINE -> lines.add(a, lines.get(a));
            default -> {
                String t = lines.get(a);
                lines.set(a, lines.get(b));
                lines.set(b, t);
            }
        }
        return String.join("\n", lines);
    }

    /** The bytes with the mutations applied, read as edits of bytes. */
    static byte[] apply(byte[] bytes, List<Mutation> mutations) {
        byte[] b = bytes;
        for (Mutation m : mutations) {
            b = apply(b, m);
        }
        return b;
    }

    static byte[] apply(byte[] b, Mutation m) {
        int n = b.length;
        int at = index(m.at(), n);
        int to = index(m.to(), n);
        int from = Math.min(at, to);
        int until = Math.min(Math.max(at, to), Math.min(n, from + 4000));
        switch (m.op()) {
            case DELETE_CHAR:
                return at < n ? concat(Arrays.copyOfRange(b, 0, at), Arrays.copyOfRange(b, at + 1, n)) : b;
            case DUPLICATE_CHAR:
            case DUPLICATE_LINE:
                return at < n ? concat(Arrays.copyOfRange(b, 0, at + 1), Arrays.copyOfRange(b, at, n)) : b;
            case SWAP_CHARS:
            case SWAP_LINES: {
                byte[] c = b.clone();
                if (at < n && to < n) {
                    c[at] = b[to];
                    c[to] = b[at];
                }
                return c;
            }
            case REPLACE_CHAR:
            case INSERT_UNICODE: {
                if (at >= n) {
                    return b;
                }
                byte[] c = b.clone();
                c[at] = (byte) m.pick();
                return c;
            }
            case DELETE_RANGE:
            case DELETE_LINE:
                return concat(Arrays.copyOfRange(b, 0, from), Arrays.copyOfRange(b, until, n));
            case DUPLICATE_RANGE:
                return concat(concat(Arrays.copyOfRange(b, 0, until), Arrays.copyOfRange(b, from, until)),
                        Arrays.copyOfRange(b, until, n));
            case INSERT_TOKEN:
            case INSERT_LONG_TOKEN:
                return concat(concat(Arrays.copyOfRange(b, 0, at),
                        TOKENS.get(m.pick() % TOKENS.size()).getBytes(StandardCharsets.UTF_8)),
                        Arrays.copyOfRange(b, at, n));
            case TRUNCATE:
                return Arrays.copyOf(b, at);
            default:
                throw new AssertionError(m.op());
        }
    }

    private static int index(double fraction, int length) {
        return Math.min(length, (int) (fraction * (length + 1)));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}

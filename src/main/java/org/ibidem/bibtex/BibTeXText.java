package org.ibidem.bibtex;

import java.util.regex.Pattern;

/**
 * Turns plain text into the LaTeX that goes between the braces of a BibTeX field.
 *
 * <p>JBibTeX's formatter writes field values verbatim, so everything BibTeX or LaTeX would read as markup has to
 * be escaped here. Each escape is written as its own brace group ({@code {\&}}, {@code {\textbackslash}}):
 * a group is what BibTeX counts as one "special character", so escapes never unbalance the field, never start a
 * protected word with a backslash (which BibTeX would read as a special character and case-change after all), and
 * never get their command names changed by styles that lowercase titles.
 *
 * <p>Stateless and thread-safe.
 */
final class BibTeXText {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** A hyphen or dash between two page numbers ("189-225", "xii–xv"), with any spaces around it. */
    private static final Pattern PAGE_DASH = Pattern.compile("(?<=\\w)\\s*(?:-+|\u2013|\u2014)\\s*(?=\\w)");

    private BibTeXText() {
    }

    /** The text with LaTeX's special characters escaped and runs of whitespace collapsed to one space. */
    static String escape(String text) {
        String normalized = WHITESPACE.matcher(text.strip()).replaceAll(" ");
        StringBuilder out = new StringBuilder(normalized.length() + 16);
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            switch (c) {
                case '&', '%', '$', '#', '_' -> out.append("{\\").append(c).append('}');
                // A bare brace would unbalance the field, and "\{" is not enough: BibTeX itself counts escaped
                // braces too. The text commands carry no brace at all.
                case '{' -> out.append("{\\textbraceleft}");
                case '}' -> out.append("{\\textbraceright}");
                case '\\' -> out.append("{\\textbackslash}");
                // In LaTeX a tilde is a tie and a caret is math; the text commands print the characters themselves.
                case '~' -> out.append("{\\textasciitilde}");
                case '^' -> out.append("{\\textasciicircum}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The text escaped, with every word that contains a capital letter wrapped in braces, so that styles which
     * lowercase titles ("sentence case") keep "Sino-Soviet" and "Khrushchev". Notes give titles in headline case,
     * so a capital cannot tell a proper noun from headline style; protecting them all is the only choice that
     * never loses a proper noun. Neighbouring capitalised words share one group ({@code {Soviet Union}}), and
     * punctuation around a word stays outside its group ({@code "{After Khrushchev}:"}).
     */
    static String protectCapitals(String text) {
        String normalized = WHITESPACE.matcher(text.strip()).replaceAll(" ");
        if (normalized.isEmpty()) {
            return normalized;
        }
        StringBuilder out = new StringBuilder(normalized.length() + 16);
        boolean groupOpen = false;
        boolean first = true;
        for (String token : normalized.split(" ")) {
            if (!first) {
                out.append(' ');
            }
            first = false;
            int start = firstLetterOrDigit(token);
            if (start < 0 || token.codePoints().noneMatch(Character::isUpperCase)) {
                if (groupOpen) {
                    // The space already written belongs outside the group: move the brace before it.
                    out.insert(out.length() - 1, '}');
                    groupOpen = false;
                }
                out.append(escape(token));
                continue;
            }
            int end = lastLetterOrDigit(token);
            String prefix = token.substring(0, start);
            String core = token.substring(start, end);
            String suffix = token.substring(end);
            if (groupOpen && !prefix.isEmpty()) {
                out.insert(out.length() - 1, '}');
                groupOpen = false;
            }
            if (!groupOpen) {
                out.append(escape(prefix)).append('{');
                groupOpen = true;
            }
            out.append(escape(core));
            if (!suffix.isEmpty()) {
                out.append('}').append(escape(suffix));
                groupOpen = false;
            }
        }
        if (groupOpen) {
            out.append('}');
        }
        return out.toString();
    }

    /**
     * A URL or DOI as BibTeX should carry it: unescaped, because biblatex and the {@code url} package read these
     * fields verbatim. Only what would break the file itself is percent-encoded — braces and backslashes, which
     * a well-formed URL does not contain anyway — and whitespace.
     */
    static String raw(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '{' -> out.append("%7B");
                case '}' -> out.append("%7D");
                case '\\' -> out.append("%5C");
                default -> out.append(Character.isWhitespace(c) ? "%20" : String.valueOf(c));
            }
        }
        return out.toString();
    }

    /** Page ranges with BibTeX's double hyphen: "189-225" becomes "189--225", "79-80, 85-86" each range. */
    static String pages(String pages) {
        return escape(PAGE_DASH.matcher(pages).replaceAll("--"));
    }

    private static int firstLetterOrDigit(String token) {
        for (int i = 0; i < token.length(); ) {
            int cp = token.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** The index just after the last letter or digit; call only when there is one. */
    private static int lastLetterOrDigit(String token) {
        for (int i = token.length(); i > 0; ) {
            int cp = token.codePointBefore(i);
            if (Character.isLetterOrDigit(cp)) {
                return i;
            }
            i -= Character.charCount(cp);
        }
        throw new AssertionError(token);
    }
}

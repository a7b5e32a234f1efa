package org.ibidem.rewrite;

import org.ibidem.citation.Citation;
import org.ibidem.document.Note;
import org.jspecify.annotations.Nullable;

/**
 * Where a citation proper stands: in its note's text (without signal, commentary and closing punctuation), and
 * in the file; and how a rendered cite is fitted into that place.
 */
final class Spans {

    private Spans() {
    }

    /** The citation proper, as offsets into the note's text. */
    record Core(int start, int end) {
    }

    /**
     * The span of the citation less its signal, commentary and closing punctuation; null if not delimitable.
     * Commentary the parser found after the citation's own text (its span ends with the locator) does not stand
     * in the way: only a suffix inside the text is cut off.
     */
    static @Nullable Core coreBeforeCommentary(Note note, Citation c) {
        String suffix = c.suffix();
        if (suffix != null && !c.text().contains(suffix)) {
            // Commentary after the citation's own span does not stand in the way. A suffix found nowhere as written
            // was put together by the parser from the citation's own words ("Studies in Church History 30, Oxford:
            // Blackwell, 1993" from "…, Studies in Church History 30 (Oxford: Blackwell, 1993)"): it cannot be cut
            // off, and rendering over it would lose it.
            return note.text().indexOf(suffix, c.span().end()) >= 0 ? core(note, c, null) : null;
        }
        return core(note, c, suffix);
    }

    private static @Nullable Core core(Note note, Citation c, @Nullable String suffix) {
        String text = c.text();
        int base = c.span().start();
        if (c.span().end() > note.text().length() || !note.text().startsWith(text, base)) {
            return null;
        }
        int s = 0;
        int e = text.length();
        String prefix = c.prefix();
        if (prefix != null && !prefix.isEmpty()) {
            if (!text.startsWith(prefix)) {
                return null;
            }
            s = prefix.length();
        }
        if (suffix != null && !suffix.isEmpty()) {
            int at = text.lastIndexOf(suffix);
            if (at < s) {
                // The commentary is not where it can be cut off: better left than lost.
                return null;
            }
            e = at;
        }
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || ".,;:".indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        if (s >= e) {
            return null;
        }
        // A closing period that belongs to an abbreviation ("Ibid.", "n.d.", "ed.") is part of the citation only
        // if taking it off would leave an abbreviation without its period: keep it out, the rendered cite decides.
        return new Core(base + s, base + e);
    }

    /**
     * The file span {@code [start, end)} of a core, or null if it cannot be found exactly: the file's text there
     * must read as the note's text does, markup and line breaks aside.
     */
    static int @Nullable [] inFile(Note note, Core core, String file, Markup markup) {
        int fs = note.textMap().toSource(core.start());
        int fe = note.textMap().toSource(core.end());
        if (fs < 0 || fe < fs || fe > file.length()) {
            return null;
        }
        if (markup == Markup.MARKDOWN) {
            // Emphasis opened inside and closed just outside (or the reverse) is taken in whole.
            for (char mark : new char[] {'*', '_'}) {
                int count = count(file, fs, fe, mark);
                if (count % 2 == 0) {
                    continue;
                }
                if (fe < file.length() && file.charAt(fe) == mark) {
                    fe++;
                } else if (fs > 0 && file.charAt(fs - 1) == mark) {
                    fs--;
                } else if (mark == '*') {
                    return null;
                }
            }
        }
        String written = note.text().substring(core.start(), core.end());
        if (!normalized(written, markup).equals(normalized(file.substring(fs, fe), markup))) {
            return null;
        }
        return new int[] {fs, fe};
    }

    private static int count(String s, int from, int to, char c) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c && (i == 0 || s.charAt(i - 1) != '\\')) {
                n++;
            }
        }
        return n;
    }

    /** The text with whitespace runs as one space and, in Markdown, emphasis marks and escapes dropped. */
    static String normalized(String s, Markup markup) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (markup == Markup.MARKDOWN && (ch == '*' || ch == '_' || ch == '\\')) {
                continue;
            }
            if (Character.isWhitespace(ch) || Character.isSpaceChar(ch)) {
                // A no-break space the extractor read as a space is a space here too.
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(ch);
        }
        return out.toString();
    }

    /**
     * The rendered cite fitted into the note: capitalised where it opens the note or a sentence, without a final
     * period where the note already puts one after it, and with the layout's suffix where it ends a note that
     * had no closing punctuation.
     */
    static String fit(String rendered, Note note, Core core, String layoutSuffix, boolean punctuationInQuote) {
        String r = rendered.strip();
        String text = note.text();
        if (opensSentence(text, core.start()) && !r.isEmpty() && Character.isLowerCase(r.charAt(0))) {
            r = Character.toUpperCase(r.charAt(0)) + r.substring(1);
        }
        int after = core.end();
        char next = after < text.length() ? text.charAt(after) : 0;
        if (next == '.' && r.endsWith(".")) {
            r = r.substring(0, r.length() - 1);
        }
        if (text.substring(after).isBlank() && !layoutSuffix.isEmpty() && !r.endsWith(layoutSuffix)) {
            int at = r.length();
            if (punctuationInQuote) {
                // The period goes inside the closing quotation marks, as the style's locale puts it.
                while (at > 0 && "\u201D\u2019\"".indexOf(r.charAt(at - 1)) >= 0) {
                    at--;
                }
            }
            r = r.substring(0, at) + layoutSuffix + r.substring(at);
        }
        return r;
    }

    /** Whether the offset opens the note, or follows the end of a sentence. */
    private static boolean opensSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || (text.charAt(i) == '.' && i < at - 1);
    }
}

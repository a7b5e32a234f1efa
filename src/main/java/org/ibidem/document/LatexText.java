package org.ibidem.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * What a span of a LaTeX source typesets, appended as note text for {@link LatexExtractor}: quotes and dashes,
 * spaces, emphasis commands and declarations, accents and symbols ({@link LatexCharacters}), verbatim text and
 * URLs, citation commands kept as their key and notes, and the macros the document defined
 * ({@link LatexMacros}); other commands typeset nothing and their arguments are read as text. It remembers the
 * first citation by key it met since {@link #clearCitationKey()}, for the extractor to report.
 *
 * <p>Iterative, so deep nesting cannot overflow; one per document, not thread-safe.
 */
final class LatexText extends LatexSource {

    private static final Set<String> EMPHASIS_COMMANDS = Set.of("emph", "textit", "textsl", "mkbibemph");
    private static final Set<String> EMPHASIS_DECLARATIONS = Set.of("em", "it", "itshape", "sl", "slshape");
    /** natbib's and biblatex's citation commands, which print what the bibliography says of a key. */
    private static final Set<String> CITATIONS = Set.of("cite", "citep", "citet", "citealp", "citealt", "Cite",
            "Citep", "Citet", "parencite", "Parencite", "textcite", "Textcite", "autocite", "Autocite", "footcite",
            "smartcite", "supercite", "fullcite", "footfullcite", "citeauthor", "citeyear", "citetitle");
    private static final Set<String> SPACES = Set.of("quad", "qquad", "enspace", "enskip", "thinspace", "space",
            "hfill", "newline", "par", "nobreakspace", "linebreak");

    private final LatexMacros macros;
    /** The first citation by key ({@code \\cite{key}}) in the note being read, and where it is. */
    private String citationKey;
    private int citationKeyAt;

    LatexText(String s, LatexMacros macros) {
        super(s);
        this.macros = macros;
    }

    /** The first citation by key met since the last {@link #clearCitationKey()}, as written, or null. */
    String citationKey() {
        return citationKey;
    }

    /** Where the {@link #citationKey()} command starts. */
    int citationKeyAt() {
        return citationKeyAt;
    }

    /** Forgets the citation by key met, before a new note is read. */
    void clearCitationKey() {
        citationKey = null;
    }

    /**
     * Appends a citation command's arguments as a reader might take them, "pre key, post", and remembers the
     * first one of the note; returns where its key group ends, or -1 when it has no key group.
     */
    int citation(String name, int at, int from, int to, NoteTextBuilder b) {
        List<int[]> optional = new ArrayList<>();
        int k = skipSpace(from, to);
        while (k < to && s.charAt(k) == '[') {
            int close = bracket(k);
            if (close < 0 || close >= to) {
                break;
            }
            optional.add(new int[] {k + 1, close});
            k = skipSpace(close + 1, to);
        }
        if (k >= to || s.charAt(k) != '{') {
            return -1;
        }
        int close = Math.min(groupOrEnd(k, to), to);
        int[] pre = optional.size() >= 2 ? optional.get(0) : null;
        int[] post = optional.isEmpty() ? null : optional.get(optional.size() >= 2 ? 1 : 0);
        if (pre != null && pre[1] > pre[0]) {
            convert(pre[0], pre[1], b);
            b.space();
        }
        b.beginKey();
        for (int m = k + 1; m < close; m++) {
            b.append(s.charAt(m), m);
        }
        b.endKey();
        if (post != null && post[1] > post[0]) {
            b.append(",", post[0]).space();
            convert(post[0], post[1], b);
        }
        if (citationKey == null) {
            citationKey = "\\" + name + "{" + s.substring(k + 1, close).strip() + "}";
            citationKeyAt = at;
        }
        return Math.min(close + 1, to);
    }

    /** {@code \verb|…|}: appends the characters between the delimiters when {@code b} is given. */
    int verb(int nameEnd, int to, NoteTextBuilder b) {
        int j = nameEnd < to && s.charAt(nameEnd) == '*' ? nameEnd + 1 : nameEnd;
        if (j >= to) {
            return to;
        }
        char delimiter = s.charAt(j);
        int close = s.indexOf(delimiter, j + 1);
        if (close < 0 || close >= to) {
            return j + 1;
        }
        if (b != null) {
            for (int k = j + 1; k < close; k++) {
                b.append(s.charAt(k), k);
            }
        }
        return close + 1;
    }

    /** A group open in a note's text, and what closing it ends. */
    private static final class Frame {
        final boolean emphasis;
        /** Arguments to skip after the group closes: the rest of a macro that keeps one argument. */
        final int skipAfter;
        int declaredEmphasis;

        Frame(boolean emphasis, int skipAfter) {
            this.emphasis = emphasis;
            this.skipAfter = skipAfter;
        }
    }

    /** Appends the text that {@code [from, to)} typesets. Iterative, so deep nesting cannot overflow. */
    void convert(int from, int to, NoteTextBuilder b) {
        Deque<Frame> frames = new ArrayDeque<>();
        frames.push(new Frame(false, 0));
        int openSingleQuotes = 0;
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            switch (c) {
                case '%':
                    i = afterComment(i, to);
                    break;
                case '\\':
                    i = command(i, to, b, frames);
                    break;
                case '{':
                    frames.push(new Frame(false, 0));
                    i++;
                    break;
                case '}':
                    i++;
                    if (frames.size() > 1) {
                        Frame f = frames.pop();
                        close(f, b);
                        if (f.skipAfter > 0) {
                            i = skipArguments(i, f.skipAfter, to);
                        }
                    }
                    break;
                case '~':
                    b.space();
                    i++;
                    break;
                case '`':
                    if (i + 1 < to && s.charAt(i + 1) == '`') {
                        b.append('“', i);
                        i += 2;
                    } else {
                        b.append('‘', i++);
                        openSingleQuotes++;
                    }
                    break;
                case '\'':
                    if (i + 1 < to && s.charAt(i + 1) == '\'') {
                        b.append('”', i);
                        i += 2;
                    } else if (openSingleQuotes > 0 && (i + 1 >= to || !Character.isLetter(s.charAt(i + 1)))) {
                        // closes a `quotation': TeX prints ’; an apostrophe (D'Alembert) stays as written
                        b.append('’', i++);
                        openSingleQuotes--;
                    } else {
                        b.append('\'', i++);
                    }
                    break;
                case '-':
                    if (s.startsWith("---", i) && i + 3 <= to) {
                        b.append('—', i);
                        i += 3;
                    } else if (s.startsWith("--", i) && i + 2 <= to) {
                        b.append('–', i);
                        i += 2;
                    } else {
                        b.append('-', i++);
                    }
                    break;
                case '&':
                    b.space(); // an alignment tab
                    i++;
                    break;
                case '$':
                case '^':
                case '_':
                case '#':
                    i++; // math shifts and scripts, macro parameters: no text of their own
                    break;
                default:
                    b.append(c, i++);
            }
        }
        while (!frames.isEmpty()) {
            close(frames.pop(), b);
        }
    }

    private static void close(Frame f, NoteTextBuilder b) {
        for (int k = 0; k < f.declaredEmphasis; k++) {
            b.endEmphasis();
        }
        if (f.emphasis) {
            b.endEmphasis();
        }
    }

    /** A command inside a note's text; returns where conversion goes on. */
    private int command(int at, int to, NoteTextBuilder b, Deque<Frame> frames) {
        int end = Math.min(nameEnd(at), to);
        if (end <= at + 1) {
            return at + 1; // a lone backslash at the end
        }
        String name = s.substring(at + 1, end);
        if (!isAsciiLetter(name.charAt(0))) {
            return controlSymbol(name.charAt(0), at, end, to, b);
        }
        int j = skipControlWordSpace(end, to);
        if (EMPHASIS_COMMANDS.contains(name)) {
            int k = skipSpace(j, to);
            if (k < to && s.charAt(k) == '{') {
                b.beginEmphasis();
                frames.push(new Frame(true, 0));
                return k + 1;
            }
            return j;
        }
        if (EMPHASIS_DECLARATIONS.contains(name)) {
            b.beginEmphasis();
            frames.peek().declaredEmphasis++;
            return j;
        }
        if (LatexCharacters.isAccentCommand(name)) {
            return accent(name.charAt(0), at, j, to, b);
        }
        String symbol = LatexCharacters.symbol(name);
        if (symbol != null) {
            b.append(symbol, at);
            return j;
        }
        if (SPACES.contains(name)) {
            b.space();
            return skipOptional(j, to);
        }
        if (name.equals("verb")) {
            return verb(end, to, b);
        }
        if (name.equals("url") || name.equals("nolinkurl") || name.equals("path")) {
            int k = skipSpace(j, to);
            if (k < to && s.charAt(k) == '{') {
                int close = Math.min(groupOrEnd(k, to), to);
                for (int m = k + 1; m < close; m++) {
                    b.append(s.charAt(m), m);
                }
                return Math.min(close + 1, to);
            }
            return j;
        }
        if (name.equals("begin") || name.equals("end")) {
            b.space();
            return skipArguments(j, 1, to);
        }
        if (CITATIONS.contains(name) && !macros.isDefined(name)) {
            int next = citation(name, at, j, to, b);
            if (next >= 0) {
                return next;
            }
        }
        LatexMacros.Macro macro = macros.lookup(name);
        if (macro != null && macro.text != null) {
            if (macros.expanding < LatexMacros.MAX_DEPTH && macros.spend(macro.text.length())) {
                // The macro's own text, read as LaTeX, standing where the macro is used.
                int pinned = b.pin(at);
                macros.expanding++;
                try {
                    new LatexText(macro.text, macros).convert(0, macro.text.length(), b);
                } finally {
                    macros.expanding--;
                    b.unpin(pinned);
                }
            }
            return j;
        }
        if (macro != null) {
            if (name.equals("hspace")) {
                b.space();
            }
            int k = skipOptional(j, to);
            if (macro.keep == 0) {
                return skipArguments(k, macro.arity, to);
            }
            k = skipArguments(k, macro.keep - 1, to);
            k = skipSpace(k, to);
            if (k < to && s.charAt(k) == '{') {
                frames.push(new Frame(false, macro.arity - macro.keep));
                return k + 1;
            }
            return k;
        }
        // Any other command: typeset nothing itself; its arguments are read as text. An optional argument
        // written right after it (\Chapref[]{IV}) is not text.
        return end < to && s.charAt(end) == '[' ? skipOptional(end, to) : j;
    }

    private int controlSymbol(char c, int at, int end, int to, NoteTextBuilder b) {
        switch (c) {
            case '\\':
                b.space();
                return skipOptional(end < to && s.charAt(end) == '*' ? end + 1 : end, to);
            case ' ':
            case '\n':
            case '\r':
            case '\t':
            case ',':
            case ';':
            case ':':
            case '>':
                b.space();
                return end;
            case '!':
            case '/':
            case '-':
            case '@':
            case '(':
            case ')':
            case '[':
            case ']':
            case '|':
                return end;
            default:
                if (LatexCharacters.isAccent(c)) {
                    return accent(c, at, skipHorizontalSpace(end, to), to, b);
                }
                b.append(c, at + 1); // \& \% \$ \_ \# \{ \} and the like: the character itself
                return end;
        }
    }

    private static final int MAX_ACCENT_DEPTH = 32;
    private int accentDepth;

    /** An accent command at {@code at} whose argument starts at {@code j}. */
    private int accent(char accent, int at, int j, int to, NoteTextBuilder b) {
        String base;
        int next;
        if (j < to && s.charAt(j) == '{') {
            int close = Math.min(groupOrEnd(j, to), to);
            NoteTextBuilder inner = new NoteTextBuilder();
            if (accentDepth < MAX_ACCENT_DEPTH) {
                accentDepth++;
                try {
                    convert(j + 1, close, inner);
                } finally {
                    accentDepth--;
                }
            } else {
                // Accents nested this deep are not text anyone wrote; keep the characters, stop recursing.
                inner.append(s.substring(j + 1, close), j + 1);
            }
            base = inner.text();
            next = Math.min(close + 1, to);
        } else if (j < to && s.charAt(j) == '\\') {
            int end = Math.min(nameEnd(j), to);
            String name = s.substring(j + 1, end);
            if (name.equals("i") || name.equals("j")) {
                base = name;
                next = skipControlWordSpace(end, to);
            } else {
                base = "";
                next = j;
            }
        } else if (j < to && !PlainTextExtractor.isSpace(s.charAt(j))) {
            base = String.valueOf(s.charAt(j));
            next = j + 1;
        } else {
            base = "";
            next = j;
        }
        b.append(LatexCharacters.accented(accent, base), at);
        return next;
    }
}

package org.ibidem.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Reads notes from LaTeX: {@code \footnote{…}}, {@code \footnote[3]{…}}, and {@code \footnotemark} with
 * {@code \footnotetext{…}}, including the DP/Project Gutenberg habit of putting the argument on the next line,
 * indented.
 *
 * <ul>
 *   <li>Only the document body counts: footnotes in the preamble, in {@code \newcommand}/{@code \def}
 *       definitions, in verbatim and comment environments, behind {@code %} or after {@code \end{document}}
 *       are not notes. A file without {@code \begin{document}} is read whole, as a fragment.</li>
 *   <li>The marker is the {@code \footnote} command itself (the position of its backslash); the note starts at
 *       the {@code {} of its argument, so a marker always comes before its note.</li>
 *   <li>Notes are numbered in order of appearance as LaTeX numbers them: {@code \footnote[3]} is note 3 and
 *       does not step the counter; a chapter command ({@code \chapter}, or a class's own {@code \Chapter})
 *       resets it and names the {@link Note#chapter()} after its last argument.</li>
 *   <li>The text is what the reader sees: {@code \emph}, {@code \textit}, {@code \textsl} and {@code {\em …}},
 *       {@code {\itshape …}} become {@link Note#emphasis()} spans; {@code ``…''} becomes “…” and
 *       {@code `…'} ‘…’ (an apostrophe stays {@code '}), {@code --} and {@code ---} en and em dashes,
 *       {@code ~}, {@code \ } and {@code \,} spaces; {@code \&}, {@code \%}, {@code \$}, {@code \_}, {@code \#}
 *       their characters; accents ({@code \'e}, {@code \"u}, {@code \`{a}},
 *       {@code \^o}, {@code \c{c}}, {@code {\"o}}, {@code \v{s}} …) and {@code \ss}, {@code \ae}, {@code \S},
 *       {@code \ldots} … Unicode. {@code \index}, {@code \label}, {@code \ref} and similar are
 *       dropped with their arguments, {@code \href{url}{text}} keeps its text, and a macro the document defines
 *       as just one of its arguments ({@code \newcommand{\DPtypo}[2]{#2}}) or as nothing keeps that argument or
 *       drops them. Other commands are dropped and their arguments kept.</li>
 * </ul>
 * {@code \endnote{…}} is a note numbered by a counter of its own (the endnotes package). biblatex's
 * {@code \footcite[pre][post]{key}} is a note, and {@code \cite}-style commands inside a note are kept as their
 * key and notes ("see beard2015, 45"): Ibidem reads no .bib file, so each such note also gets a
 * {@link DocumentProblem} {@code citation-key}.
 * An unclosed footnote argument runs to the end of the document and is reported as a
 * {@link DocumentProblem} {@code unclosed-footnote}.
 *
 * <pre>{@code
 * Document doc = new LatexExtractor().extract("ch7.tex",
 *         "Text.\\footnote\n  {\\textit{Op.\\ cit.}\\ p.~403.}\n");
 * doc.notes().get(0).text();       // "Op. cit. p. 403."
 * doc.notes().get(0).emphasis();   // [TextSpan[start=0, end=8]]
 * doc.markers().get(0).position(); // 1:6
 * }</pre>
 *
 * <p>Stateless and thread-safe. Never throws on content; runs in time linear in the length of the text (groups
 * are matched once and never re-scanned, and nesting uses an explicit stack, not recursion).
 */
public final class LatexExtractor implements NoteExtractor {

    /** Creates an extractor; it keeps no state between documents. */
    public LatexExtractor() {
        // nothing to set up
    }

    private static final Set<String> DEFINITIONS = Set.of("newcommand", "renewcommand", "providecommand",
            "DeclareRobustCommand", "newenvironment", "renewenvironment", "def", "gdef", "edef", "xdef", "let",
            "DeclareMathOperator", "newtheorem", "newcounter");
    private static final Set<String> VERBATIM = Set.of("verbatim", "verbatim*", "Verbatim", "lstlisting",
            "minted", "comment", "filecontents", "filecontents*");
    private static final Set<String> EMPHASIS_COMMANDS = Set.of("emph", "textit", "textsl", "mkbibemph");
    private static final Set<String> EMPHASIS_DECLARATIONS = Set.of("em", "it", "itshape", "sl", "slshape");
    /** natbib's and biblatex's citation commands, which print what the bibliography says of a key. */
    private static final Set<String> CITATIONS = Set.of("cite", "citep", "citet", "citealp", "citealt", "Cite",
            "Citep", "Citet", "parencite", "Parencite", "textcite", "Textcite", "autocite", "Autocite", "footcite",
            "smartcite", "supercite", "fullcite", "footfullcite", "citeauthor", "citeyear", "citetitle");
    private static final Set<String> SPACES = Set.of("quad", "qquad", "enspace", "enskip", "thinspace", "space",
            "hfill", "newline", "par", "nobreakspace", "linebreak");
    /**
     * How far an environment name or a chapter title may run before its group is taken as unclosed: without a
     * bound, a document of many unclosed {@code \begin{} would be scanned to its end once for each.
     */
    private static final int SHORT_ARGUMENT = 200;
    private static final int TITLE_ARGUMENT = 5000;

    @Override
    public InputFormat format() {
        return InputFormat.LATEX;
    }

    @Override
    public Document extract(String name, String text) {
        LineIndex lines = new LineIndex(text);
        Scan scan = new Scan(text, lines);
        scan.run();
        return new Document(name, format(), text, scan.notes, scan.markers, scan.problems, lines);
    }

    /** One pass over a document. */
    private static final class Scan extends LatexSource {
        private final LineIndex lines;
        private final LatexMacros macros = new LatexMacros();
        private final List<Note> notes = new ArrayList<>();
        private final List<Marker> markers = new ArrayList<>();
        private final List<DocumentProblem> problems = new ArrayList<>();
        private final Deque<String> pendingMarks = new ArrayDeque<>();
        private int counter;
        private int endnoteCounter;
        private String chapter;
        /** The first citation by key ({@code \\cite{key}}) in the note being read, and where it is. */
        private String citationKey;
        private int citationKeyAt;

        Scan(String s, LineIndex lines) {
            super(s);
            this.lines = lines;
        }

        void run() {
            int i = preamble();
            while (i < n) {
                char c = s.charAt(i);
                if (c == '%') {
                    i = lineEnd(i);
                } else if (c == '\\') {
                    i = bodyCommand(i);
                } else {
                    i++;
                }
            }
        }

        /** Skims the preamble for macro definitions; returns where the body starts (0 without a preamble). */
        private int preamble() {
            int i = 0;
            while (i < n) {
                char c = s.charAt(i);
                if (c == '%') {
                    i = lineEnd(i);
                } else if (c == '\\') {
                    int end = nameEnd(i);
                    String name = s.substring(i + 1, end);
                    if (DEFINITIONS.contains(name)) {
                        i = definition(name, end);
                    } else if (name.equals("begin")) {
                        int j = skipSpace(end);
                        int close = j < n && s.charAt(j) == '{' ? group(j, Math.min(n, j + SHORT_ARGUMENT)) : -1;
                        if (close > 0 && s.substring(j + 1, close).strip().equals("document")) {
                            return close + 1;
                        }
                        i = end;
                    } else {
                        i = Math.max(end, i + 1);
                    }
                } else {
                    i++;
                }
            }
            return 0; // a fragment: all of it is body
        }

        /** A command in the body; returns where scanning goes on. */
        private int bodyCommand(int at) {
            int end = nameEnd(at);
            String name = s.substring(at + 1, end);
            switch (name) {
                case "footnote":
                    return footnote(at, end);
                case "footnotemark":
                    return footnoteMark(at, end);
                case "footnotetext":
                    return footnoteText(at, end);
                case "endnote": {
                    // The endnotes package numbers endnotes with a counter of their own.
                    int footnotes = counter;
                    counter = endnoteCounter;
                    int next = footnote(at, end);
                    endnoteCounter = counter;
                    counter = footnotes;
                    return next;
                }
                case "footcite":
                case "footcitetext":
                case "footfullcite":
                    return footcite(at, end, name);
                case "begin":
                    return begin(end);
                case "end": {
                    int j = skipSpace(end);
                    int close = j < n && s.charAt(j) == '{' ? group(j, Math.min(n, j + SHORT_ARGUMENT)) : -1;
                    if (close > 0 && s.substring(j + 1, close).strip().equals("document")) {
                        return n; // nothing after \end{document} is typeset
                    }
                    return end;
                }
                case "verb":
                    return verb(end, n, null);
                case "iffalse": {
                    int fi = s.indexOf("\\fi", end);
                    return fi < 0 ? n : fi + 3;
                }
                default:
                    if (DEFINITIONS.contains(name)) {
                        return definition(name, end);
                    }
                    if (macros.wrapsFootnote(name)) {
                        return footnote(at, end); // the document's own name for \footnote
                    }
                    if (name.equalsIgnoreCase("chapter")) {
                        return chapter(end);
                    }
                    return Math.max(end, at + 1);
            }
        }

        private int footnote(int at, int nameEnd) {
            int j = nameEnd < n && s.charAt(nameEnd) == '*' ? nameEnd + 1 : nameEnd;
            j = skipSpace(j);
            String optional = null;
            if (j < n && s.charAt(j) == '[') {
                int close = bracket(j);
                if (close > 0) {
                    optional = s.substring(j + 1, close).strip();
                    j = skipSpace(close + 1);
                }
            }
            if (j >= n || s.charAt(j) != '{') {
                return nameEnd; // not followed by an argument: nothing to read as a note
            }
            String label = label(optional);
            markers.add(new Marker(label, PlainTextExtractor.parseNumber(label), lines.position(at), chapter));
            return noteAt(j, label, at);
        }

        private int footnoteMark(int at, int nameEnd) {
            int j = nameEnd;
            String optional = null;
            int k = skipSpace(j);
            if (k < n && s.charAt(k) == '[') {
                int close = bracket(k);
                if (close > 0) {
                    optional = s.substring(k + 1, close).strip();
                    j = close + 1;
                }
            }
            String label = label(optional);
            pendingMarks.add(label);
            markers.add(new Marker(label, PlainTextExtractor.parseNumber(label), lines.position(at), chapter));
            return j;
        }

        private int footnoteText(int at, int nameEnd) {
            int j = skipSpace(nameEnd);
            String label = null;
            if (j < n && s.charAt(j) == '[') {
                int close = bracket(j);
                if (close > 0) {
                    label = s.substring(j + 1, close).strip();
                    j = skipSpace(close + 1);
                }
            }
            if (j >= n || s.charAt(j) != '{') {
                return nameEnd;
            }
            if (label == null) {
                label = pendingMarks.isEmpty() ? Integer.toString(counter) : pendingMarks.poll();
            } else {
                pendingMarks.remove(label);
            }
            return noteAt(j, label, at);
        }

        /**
         * biblatex's {@code \\footcite[pre][post]{key}}: a footnote the bibliography fills in. Ibidem reads no .bib
         * file, so the note is kept as its key and notes ("see beard2015, 45") with a {@code citation-key}
         * problem.
         */
        private int footcite(int at, int nameEnd, String name) {
            int k = skipSpace(nameEnd);
            int open = k;
            while (k < n && s.charAt(k) == '[') {
                int close = bracket(k);
                if (close < 0) {
                    return nameEnd;
                }
                k = skipSpace(close + 1);
            }
            int close = k < n && s.charAt(k) == '{' ? group(k, n) : -1;
            if (close < 0) {
                return nameEnd; // no key: nothing to keep
            }
            String label = label(null);
            if (!name.equals("footcitetext")) {
                markers.add(new Marker(label, PlainTextExtractor.parseNumber(label), lines.position(at), chapter));
            }
            NoteTextBuilder b = new NoteTextBuilder();
            citationKey = null;
            citation(name, at, open, close + 1, b);
            notes.add(b.toNote(notes.size() + 1, PlainTextExtractor.parseNumber(label), label,
                    lines.position(open), chapter));
            reportCitationKey(label);
            return close + 1;
        }

        /**
         * Appends a citation command's arguments as a reader might take them, "pre key, post", and remembers the
         * first one of the note; returns where its key group ends, or -1 when it has no key group.
         */
        private int citation(String name, int at, int from, int to, NoteTextBuilder b) {
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

        private void reportCitationKey(String label) {
            if (citationKey != null) {
                problems.add(new DocumentProblem("citation-key", "Note " + label + " cites by BibTeX key ("
                        + citationKey + "); Ibidem reads no .bib file, so the note keeps the key as its text and"
                        + " the citation is not checked", lines.position(citationKeyAt)));
                citationKey = null;
            }
        }

        /** The label of a new note: its optional argument, else the next number of the counter. */
        private String label(String optional) {
            if (optional != null && !optional.isEmpty()) {
                return optional; // LaTeX prints it and leaves the counter alone
            }
            return Integer.toString(++counter);
        }

        /** Reads the note whose argument opens at {@code open}; returns where scanning goes on. */
        private int noteAt(int open, String label, int commandAt) {
            int close = group(open, n);
            if (close < 0) {
                problems.add(new DocumentProblem("unclosed-footnote", "Footnote " + label
                        + " is never closed with '}'; it runs to the end of the file", lines.position(commandAt)));
                close = n;
            }
            NoteTextBuilder b = new NoteTextBuilder();
            citationKey = null;
            convert(open + 1, close, b);
            notes.add(b.toNote(notes.size() + 1, PlainTextExtractor.parseNumber(label), label,
                    lines.position(open), chapter));
            reportCitationKey(label);
            return Math.min(close + 1, n);
        }

        private int chapter(int nameEnd) {
            int j = nameEnd < n && s.charAt(nameEnd) == '*' ? nameEnd + 1 : nameEnd;
            int lastOpen = -1;
            int lastClose = -1;
            while (true) {
                int k = skipSpace(j);
                if (k < n && s.charAt(k) == '[') {
                    int close = bracket(k);
                    if (close < 0) {
                        break;
                    }
                    j = close + 1;
                } else if (k < n && s.charAt(k) == '{') {
                    int close = group(k, Math.min(n, k + TITLE_ARGUMENT));
                    if (close < 0) {
                        break;
                    }
                    lastOpen = k;
                    lastClose = close;
                    j = close + 1;
                } else {
                    break;
                }
            }
            if (lastOpen >= 0) {
                NoteTextBuilder title = new NoteTextBuilder();
                convert(lastOpen + 1, lastClose, title);
                chapter = title.text();
                counter = 0; // book and report classes number footnotes per chapter
                return lastClose + 1;
            }
            return j;
        }

        private int begin(int nameEnd) {
            int j = skipSpace(nameEnd);
            int close = j < n && s.charAt(j) == '{' ? group(j, Math.min(n, j + SHORT_ARGUMENT)) : -1;
            if (close < 0) {
                return nameEnd;
            }
            String env = s.substring(j + 1, close).strip();
            if (VERBATIM.contains(env)) {
                int end = s.indexOf("\\end{" + env + "}", close);
                return end < 0 ? n : end + 6 + env.length();
            }
            return close + 1;
        }

        /** Skips a definition, remembering macros that just keep or drop their arguments. */
        private int definition(String kind, int nameEnd) {
            int j = skipSpace(nameEnd);
            if (j < n && s.charAt(j) == '*') {
                j = skipSpace(j + 1);
            }
            String macro = null;
            if (j < n && s.charAt(j) == '{') {
                int close = group(j, n);
                if (close < 0) {
                    return n;
                }
                macro = s.substring(j + 1, close).strip();
                j = close + 1;
            } else if (j < n && s.charAt(j) == '\\') {
                int end = nameEnd(j);
                macro = s.substring(j, end);
                j = end;
            }
            if (kind.equals("let")) {
                j = skipSpace(j);
                if (j < n && s.charAt(j) == '=') {
                    j = skipSpace(j + 1);
                }
                return j < n && s.charAt(j) == '\\' ? nameEnd(j) : Math.min(j + 1, n);
            }
            if (kind.endsWith("def")) {
                // \def\foo#1#2{…}: the parameter text runs to the body's brace.
                int open = s.indexOf('{', j);
                if (open < 0) {
                    return n;
                }
                int close = group(open, n);
                return close < 0 ? n : close + 1;
            }
            int arity = 0;
            boolean optionalArgument = false;
            j = skipSpace(j);
            if (j < n && s.charAt(j) == '[') {
                int close = bracket(j);
                if (close > 0) {
                    arity = PlainTextExtractor.parseNumber(s.substring(j + 1, close).strip());
                    j = skipSpace(close + 1);
                }
            }
            if (j < n && s.charAt(j) == '[') {
                int close = bracket(j);
                if (close > 0) {
                    optionalArgument = true;
                    j = skipSpace(close + 1);
                }
            }
            int bodies = kind.endsWith("environment") ? 2 : 1;
            String body = null;
            for (int b = 0; b < bodies; b++) {
                j = skipSpace(j);
                if (j >= n || s.charAt(j) != '{') {
                    break;
                }
                int close = group(j, n);
                if (close < 0) {
                    return n;
                }
                body = s.substring(j + 1, close);
                j = close + 1;
            }
            if (macro != null && macro.startsWith("\\") && body != null && bodies == 1 && !optionalArgument) {
                macros.define(macro.substring(1), arity, body);
            }
            return j;
        }

        /** {@code \verb|…|}: appends the characters between the delimiters when {@code b} is given. */
        private int verb(int nameEnd, int to, NoteTextBuilder b) {
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
}

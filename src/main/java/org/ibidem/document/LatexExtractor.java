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
        private final LatexText text;

        Scan(String s, LineIndex lines) {
            super(s);
            this.lines = lines;
            this.text = new LatexText(s, macros);
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
                    return text.verb(end, n, null);
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
            text.clearCitationKey();
            text.citation(name, at, open, close + 1, b);
            notes.add(b.toNote(notes.size() + 1, PlainTextExtractor.parseNumber(label), label,
                    lines.position(open), chapter));
            reportCitationKey(label);
            return close + 1;
        }

        private void reportCitationKey(String label) {
            if (text.citationKey() != null) {
                problems.add(new DocumentProblem("citation-key", "Note " + label + " cites by BibTeX key ("
                        + text.citationKey() + "); Ibidem reads no .bib file, so the note keeps the key as its text"
                        + " and the citation is not checked", lines.position(text.citationKeyAt())));
                text.clearCitationKey();
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
            text.clearCitationKey();
            text.convert(open + 1, close, b);
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
                text.convert(lastOpen + 1, lastClose, title);
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
    }
}

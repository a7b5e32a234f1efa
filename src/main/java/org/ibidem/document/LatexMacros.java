package org.ibidem.document;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What LaTeX commands do with their arguments when a note is turned into text: the built-in commands that print
 * nothing ({@code \label}) or one argument ({@code \href{url}{text}}), and the macros a document defines itself
 * ({@code \newcommand}, {@code \def}) whose body prints one of its arguments or wraps {@code \footnote}.
 *
 * <p>One instance per document scan: it learns the document's own macros as their definitions are read. Not
 * thread-safe.
 */
final class LatexMacros {

    /** What a command does with its arguments: drop them all, or keep one of them. */
    static final class Macro {
        final int arity;
        /** The 1-based argument kept, or 0 to drop them all. */
        final int keep;
        /** For a macro of no argument that prints text, its body (LaTeX, read where the macro is used); or null. */
        final String text;

        private Macro(int arity, int keep, String text) {
            this.arity = arity;
            this.keep = keep;
            this.text = text;
        }

        static Macro drop(int arity) {
            return new Macro(arity, 0, null);
        }

        static Macro keep(int arity, int keep) {
            return new Macro(arity, keep, null);
        }

        static Macro text(String body) {
            return new Macro(0, 0, body);
        }
    }

    private static final Map<String, Macro> BUILT_IN = new HashMap<>();
    private static final Pattern NOT_PRINTED = Pattern.compile(
            "\\\\(?:index|label)\\{[^{}]*\\}|\\\\def\\\\[A-Za-z@]+\\{[^{}]*\\}");
    private static final Pattern CONDITIONAL = Pattern.compile(
            "\\\\if[A-Za-z]*(?:\\s*\\\\[A-Za-z@]+){0,2}(.*?)\\\\else.*?\\\\fi", Pattern.DOTALL);
    private static final Pattern WRAPS_FOOTNOTE = Pattern.compile("\\s*\\\\footnote\\s*\\{\\s*#1\\s*\\}\\s*");
    private static final Pattern WRAPPED_ARGUMENT = Pattern.compile("\\\\[A-Za-z]+\\s*\\{\\s*(#[1-9])\\s*\\}");

    static {
        for (String name : List.of("index", "label", "ref", "pageref", "eqref", "autoref", "nameref", "cite",
                "citep", "citet", "nocite", "glossary", "vspace", "markright", "footnote", "footnotetext",
                "includegraphics", "Pagelabel", "pdfbookmark")) {
            BUILT_IN.put(name, Macro.drop(1));
        }
        for (String name : List.of("markboth", "setlength", "addtolength", "addtocounter", "setcounter")) {
            BUILT_IN.put(name, Macro.drop(2));
        }
        BUILT_IN.put("addcontentsline", Macro.drop(3));
        BUILT_IN.put("hspace", Macro.drop(1));
        BUILT_IN.put("href", Macro.keep(2, 2));
        BUILT_IN.put("hypertarget", Macro.keep(2, 2));
        BUILT_IN.put("hyperref", Macro.keep(1, 1));
        BUILT_IN.put("texorpdfstring", Macro.keep(2, 1));
    }

    private final Map<String, Macro> user = new HashMap<>();
    /** User macros of one argument that print it as a footnote: {@code \newcommand{\fn}[1]{\footnote{#1}}}. */
    private final Set<String> footnotes = new HashSet<>();

    /** The document's own macro of that name, else the built-in command's, else null. */
    Macro lookup(String name) {
        Macro own = user.get(name);
        return own != null ? own : BUILT_IN.get(name);
    }

    /** Whether the document defined a macro of that name whose arguments Ibidem reads. */
    boolean isDefined(String name) {
        return user.containsKey(name);
    }

    /** Whether the document's macro of that name is its own name for {@code \footnote}. */
    boolean wrapsFootnote(String name) {
        return footnotes.contains(name);
    }

    /** Learns a macro the document defines, when its body prints nothing, one argument, or a footnote. */
    void define(String name, int arity, String body) {
        String uncommented = body.replaceAll("%[^\\n]*", "");
        if (arity == 1 && WRAPS_FOOTNOTE.matcher(uncommented).matches()) {
            footnotes.add(name);
            return;
        }
        String bare = printed(uncommented).strip();
        if (bare.isEmpty()) {
            user.put(name, Macro.drop(arity));
        } else if (bare.matches("#[1-9]")) {
            int keep = bare.charAt(1) - '0';
            if (keep <= arity) {
                user.put(name, Macro.keep(arity, keep));
            }
        } else if (arity == 0 && isPrintedText(bare)) {
            // \newcommand{\ibid}{\textit{Ibid.}}, \newcommand{\HJ}{\emph{Historical Journal}}: a writer's
            // shorthand for words the notes repeat, which the notes must show.
            user.put(name, Macro.text(bare.strip()));
        }
    }

    /**
     * Whether a body of no argument only prints text: short, and neither defining, including, sectioning nor
     * opening environments (a preamble's switches and layout macros print nothing worth reading).
     */
    private static boolean isPrintedText(String body) {
        return body.length() <= 200 && body.indexOf('#') < 0 && !PROGRAMMING.matcher(body).find();
    }

    private static final Pattern PROGRAMMING = Pattern.compile("\\\\(?:footnote|def|edef|gdef|let|newcommand|"
            + "renewcommand|providecommand|begin|end|input|include|usepackage|make(?:at)?letter|makeatother|"
            + "set|add|new|section|chapter|part|vspace|hspace|par\\b|clearpage|newpage|if|fi\\b|else\\b|"
            + "expandafter|csname|catcode|global|relax)");

    /** How deep the text of macros is being read inside the text of macros; at most {@link #MAX_DEPTH}. */
    int expanding;

    /** How deep a macro's text may use another's: a macro that uses itself stops there. */
    static final int MAX_DEPTH = 8;

    /**
     * How many characters of macros' text one document may read in all: eight macros each using the next ten
     * times would otherwise print a billion. Far above any real document's shorthand.
     */
    private static final long TEXT_BUDGET = 4_000_000;
    private long textRead;

    /** Whether {@code length} more characters of a macro's text may be read; counts them if so. */
    boolean spend(int length) {
        if (textRead + length > TEXT_BUDGET) {
            return false;
        }
        textRead += length;
        return true;
    }

    /**
     * What a macro's body prints, reduced so far as to tell whether it prints one of its arguments: index
     * entries, labels and inner {@code \def}s print nothing, a conditional prints its first branch, and a
     * command around a lone argument ({@code \textsc{#2}}) prints that argument. A macro that prints a name
     * and indexes it ({@code \author{Whitehead, A. N.}{A. N. Whitehead,}}) then keeps the argument shown.
     */
    private static String printed(String body) {
        String t = NOT_PRINTED.matcher(body).replaceAll("");
        t = CONDITIONAL.matcher(t).replaceAll("$1");
        String before;
        do {
            before = t;
            t = WRAPPED_ARGUMENT.matcher(t).replaceAll("$1");
        } while (!t.equals(before));
        return t;
    }
}

package org.ibidem.rewrite;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.ibidem.document.Document;
import org.ibidem.document.InputFormat;
import org.ibidem.document.Note;
import org.ibidem.reference.Locator;
import org.ibidem.resolution.Resolution;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;
import org.ibidem.style.CitePosition;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Turns typed citations into citation keys, for a writer moving to a reference manager. In Markdown, pandoc's
 * syntax: a note that is citations and nothing else becomes {@code [@smith1999, 45]} (several in one bracket,
 * {@code [@a, 4; @b, 7]}); in a note with a signal or commentary each citation becomes {@code @smith1999 [45]},
 * which pandoc sets in a note without the parentheses it gives a bracketed citation there. In LaTeX, biblatex's
 * {@code \footcite[45]{smith1999}} for a note that is one citation and nothing else, {@code \cite[45]{smith1999}}
 * inside a note with commentary. Signals and commentary stay around the keys byte for byte.
 *
 * <pre>{@code
 * Rewrite r = new KeyRewriter(Map.of("smith-1999", "smith1999")).rewrite(document, resolution);
 * r.text();   // "[^3]: [@smith1999, 45]\n"
 * }</pre>
 *
 * <p>The keys come from the caller (the facade takes them from the BibLaTeX export, so that every key written is
 * an entry of the exported file). A citation whose work has no key (unparsed, unresolved, ambiguous, known only
 * from a short form) is left as written and reported, as {@link NoteRewriter} leaves them, and so is one already
 * written as a key: a second rewrite changes nothing.
 *
 * <p>Immutable and thread-safe. Plain text has no key syntax: {@link #rewrite} throws
 * {@link IllegalArgumentException} for any format but Markdown and LaTeX.
 */
@NullMarked
public final class KeyRewriter {

    /** What {@link Rewrite#styleId()} says of a rewrite to keys. */
    public static final String TARGET = "citation keys";

    /** The document formats that have a citation-key syntax. */
    public static final List<InputFormat> FORMATS = List.of(InputFormat.MARKDOWN, InputFormat.LATEX);

    /** A key already written: pandoc's {@code @key}, or a LaTeX cite command. */
    private static final Pattern WRITTEN_KEY = Pattern.compile("(?:^|[\\[;\\s-])@[\\p{Alnum}_]|\\\\[a-zA-Z]*cite");

    /** Pandoc's locator terms (its English locale's short forms) by CSL locator label. */
    private static final Map<String, String> TERMS = Map.ofEntries(
            Map.entry("book", "bk."), Map.entry("chapter", "chap."), Map.entry("column", "col."),
            Map.entry("figure", "fig."), Map.entry("folio", "fol."), Map.entry("number", "no."),
            Map.entry("line", "l."), Map.entry("note", "n."), Map.entry("opus", "op."),
            Map.entry("paragraph", "para."), Map.entry("part", "pt."), Map.entry("section", "sec."),
            Map.entry("sub verbo", "s.v."), Map.entry("verse", "v."), Map.entry("volume", "vol."));

    private final Map<String, String> keys;

    /**
     * A rewriter with the citation key of each work, by source id.
     *
     * @param keys the key of each work that may be written as one, by {@link org.ibidem.reference.Reference#id()}
     */
    public KeyRewriter(Map<String, String> keys) {
        this.keys = Map.copyOf(Objects.requireNonNull(keys, "keys"));
    }

    /** One citation to be written as a key: where it stands in the file, its key and locator. */
    private record Keyed(ResolvedCitation cited, int start, int end, String key, @Nullable String locator,
                         CitePosition position, Spans.Core core) {
    }

    /**
     * The document with its citations written as keys, in one pass (see {@link #rewrite(Document, Resolution,
     * Function)} for the pass that is checked by reading the result again).
     *
     * @throws IllegalArgumentException for a document format not in {@link #FORMATS}; the message says why
     */
    public Rewrite rewrite(Document document, Resolution resolution) {
        return pass(document, resolution, Set.of());
    }

    /** How many times a rewrite is read back and its unstable notes put back as written, at most. */
    private static final int ROUNDS = 6;

    /**
     * The document with its citations written as keys, checked: {@code again} rewrites the result as a user's
     * second run would, and every note that a second run would change again (a citation left as written that reads
     * otherwise once its neighbours are keys) is put back as written ({@link LeftCitation.Reason#UNSTABLE}), so
     * that a second rewrite changes nothing.
     *
     * @param again the one-pass key rewrite of a text of the same format, read with the caller's options
     * @throws IllegalArgumentException for a document format not in {@link #FORMATS}; the message says why
     */
    public Rewrite rewrite(Document document, Resolution resolution, Function<String, Rewrite> again) {
        Set<Integer> forced = new HashSet<>();
        for (int round = 0; round < ROUNDS; round++) {
            Rewrite once = pass(document, resolution, forced);
            if (once.changes().isEmpty()) {
                return once;
            }
            Rewrite twice = again.apply(once.text());
            if (twice.changes().isEmpty()) {
                return once;
            }
            int before = forced.size();
            twice.changes().forEach(c -> forced.add(c.note().index()));
            if (forced.size() == before) {
                break;
            }
        }
        // No fixed point in sight: better every citation as written than a text that drifts.
        resolution.notes().forEach(n -> forced.add(n.note().index()));
        return pass(document, resolution, forced);
    }

    /** One pass; the citations of the {@code forced} notes (by index) are left as written. */
    private Rewrite pass(Document document, Resolution resolution, Set<Integer> forced) {
        if (!FORMATS.contains(document.format())) {
            throw new IllegalArgumentException("Cannot write citation keys into " + document.name() + ": "
                    + document.format().name().toLowerCase(Locale.ROOT) + " has no citation-key syntax; "
                    + "--to-keys rewrites Markdown (pandoc [@key]) and LaTeX (biblatex \\footcite{key})");
        }
        boolean latex = document.format() == InputFormat.LATEX;
        Markup markup = latex ? Markup.PLAIN : Markup.MARKDOWN;
        String text = document.text();
        List<ResolvedNote> notes = resolution.notes();
        List<List<@Nullable CitePosition>> positions =
                Positions.compute(Positions.of(notes), Positions.DEFAULT_NEAR_NOTE_DISTANCE);
        List<Change> changes = new ArrayList<>();
        List<LeftCitation> left = new ArrayList<>();
        int rewritten = 0;
        for (int n = 0; n < notes.size(); n++) {
            ResolvedNote rn = notes.get(n);
            Note note = rn.note();
            List<Keyed> keyed = new ArrayList<>();
            int lastEnd = -1;
            for (int c = 0; c < rn.citations().size(); c++) {
                ResolvedCitation rc = rn.citations().get(c);
                Keyed k = keyed(rc, note, text, markup, latex, positions.get(n).get(c), lastEnd, left);
                if (k != null) {
                    keyed.add(k);
                    lastEnd = k.end();
                }
            }
            if (forced.contains(note.index())) {
                keyed.forEach(k -> left.add(new LeftCitation(note, k.cited().citation().text(),
                        LeftCitation.Reason.UNSTABLE)));
                keyed.clear();
            }
            rewritten += keyed.size();
            if (!keyed.isEmpty()) {
                boolean all = rn.citations().size() == keyed.size();
                changes.addAll(latex ? latexChanges(note, text, keyed, all) : markdownChanges(note, text, keyed, all));
            }
        }
        left.sort(java.util.Comparator.comparingInt(l -> l.note().index()));
        return new Rewrite(TARGET, apply(text, changes), changes, rewritten, left);
    }

    /** The citation as a key, or null (and reported in {@code left}) if it stays as written. */
    private @Nullable Keyed keyed(ResolvedCitation rc, Note note, String text, Markup markup, boolean latex,
                                  @Nullable CitePosition position, int lastEnd, List<LeftCitation> left) {
        LeftCitation.Reason reason = NoteRewriter.cannotRender(rc);
        String key = rc.sourceId() == null ? null : keys.get(rc.sourceId());
        if (reason == null && (key == null || position == null)) {
            // A work the export leaves out (known only from a short form): no key to point at.
            reason = LeftCitation.Reason.PARTLY_KNOWN;
        }
        if (reason != null) {
            left.add(new LeftCitation(note, rc.citation().text(), reason));
            return null;
        }
        Spans.Core core = keyCore(note, rc);
        if (core == null) {
            left.add(new LeftCitation(note, rc.citation().text(), LeftCitation.Reason.NOT_DELIMITED));
            return null;
        }
        int[] file = latex ? LatexMarkup.inFile(note, core, text) : Spans.inFile(note, core, text, markup);
        if (file == null || file[0] < lastEnd || WRITTEN_KEY.matcher(text.substring(file[0], file[1])).find()
                || !latex && !balanced(text.substring(file[0], file[1]))) {
            left.add(new LeftCitation(note, rc.citation().text(), LeftCitation.Reason.NOT_MAPPED));
            return null;
        }
        String written = note.text().substring(core.start(), core.end());
        return new Keyed(rc, file[0], file[1], Objects.requireNonNull(key),
                locator(rc.locator(), written, latex), Objects.requireNonNull(position), core);
    }

    /** A word that joins a citation to the one before or introduces it, kept outside the key ("; and …"). */
    private static final Pattern JOINER = Pattern.compile(
            "^(?:and|or|also|see also|see|cf\\.|compare|but see|but cf\\.)\\s+");

    /**
     * What the key replaces in the note's text: the citation less its signal, commentary and closing punctuation
     * ({@link Spans#coreBeforeCommentary}), less a joining word the parser left in it, and with the period of an
     * "Id." or "Ibid." standing alone, which is the citation's and would be left dangling after the key.
     */
    private static Spans.@Nullable Core keyCore(Note note, ResolvedCitation rc) {
        Spans.Core core = Spans.coreBeforeCommentary(note, rc.citation());
        if (core == null) {
            return null;
        }
        int start = core.start();
        int end = core.end();
        java.util.regex.Matcher joiner = JOINER.matcher(note.text().substring(start, end));
        if (joiner.find() && joiner.end() < end - start) {
            start += joiner.end();
        }
        if (rc.citation() instanceof org.ibidem.citation.IbidCitation && rc.citation().locator() == null
                && end < note.text().length() && note.text().charAt(end) == '.'
                && Character.isLetter(note.text().charAt(end - 1))) {
            end++;
        }
        return new Spans.Core(start, end);
    }

    /** Whether the brackets and parentheses of a Markdown span pair up: a key must not cut a link in two. */
    private static boolean balanced(String span) {
        int square = 0;
        int round = 0;
        for (int i = 0; i < span.length(); i++) {
            switch (span.charAt(i)) {
                case '[' -> square++;
                case ']' -> square--;
                case '(' -> round++;
                case ')' -> round--;
                default -> { }
            }
            if (square < 0 || round < 0) {
                return false;
            }
        }
        return square == 0 && round == 0;
    }

    /**
     * The locator as pandoc and biblatex read it: a page bare ("45"), or with the "p."/"pp." the note wrote
     * (Markdown); other places with their term ("chap. 3").
     */
    static @Nullable String locator(@Nullable Locator locator, String written, boolean latex) {
        if (locator == null) {
            return null;
        }
        // A range's dash as LaTeX source writes it, as the note did ("12--14"); the note's text has the en dash.
        String value = latex ? locator.value().replace("\u2013", "--") : locator.value();
        if (locator.label().equals("page")) {
            if (!latex) {
                java.util.regex.Matcher m = Pattern.compile("\\b(pp?\\.)\\s*" + Pattern.quote(value) + "\\s*$")
                        .matcher(written);
                if (m.find()) {
                    return m.group(1) + " " + value;
                }
            }
            // biblatex puts "p."/"pp." before a number in a postnote itself.
            return value;
        }
        String term = TERMS.get(locator.label());
        return term == null ? value : term + " " + value;
    }

    /**
     * Markdown: a note that is its citations and nothing else becomes one pandoc bracket,
     * {@code [@a, 4; @b, 7]}, its closing period taken in (the style puts its own). In a note with a signal or
     * commentary each citation becomes pandoc's bare form {@code @a [4]} where it stands: pandoc sets a bracketed
     * citation inside a footnote in parentheses ("See (Smith, Title, 45)") and closes one that opens a note with
     * a period ("45.;"), while the bare form reads in a note exactly as the note wrote it.
     */
    private static List<Change> markdownChanges(Note note, String text, List<Keyed> keyed, boolean all) {
        if (all && wholeNote(note, keyed)) {
            StringBuilder cite = new StringBuilder("[");
            for (int i = 0; i < keyed.size(); i++) {
                Keyed k = keyed.get(i);
                cite.append(i == 0 ? "" : "; ").append('@').append(k.key());
                if (k.locator() != null) {
                    cite.append(", ").append(k.locator());
                }
            }
            cite.append(']');
            int start = keyed.get(0).start();
            int end = closingPunctuation(text, keyed.get(keyed.size() - 1).end());
            if (end >= 0) {
                return List.of(new Change(note, start, end, text.substring(start, end), cite.toString(),
                        keyed.get(0).position()));
            }
        }
        // A note pandoc does not read as a footnote (a numbered line under "Notes") is body text to it, where the
        // bare form would print the author in the text: there each citation gets its bracket, pandoc's note.
        boolean footnote = text.startsWith("[^", note.position().offset());
        List<Change> out = new ArrayList<>();
        for (Keyed k : keyed) {
            String cite = !footnote ? "[@" + k.key() + (k.locator() == null ? "" : ", " + k.locator()) + "]"
                    : "@" + k.key() + (k.locator() == null ? "" : " [" + k.locator() + "]");
            out.add(new Change(note, k.start(), k.end(), text.substring(k.start(), k.end()), cite, k.position()));
        }
        return out;
    }

    /**
     * Whether the note's text is the citations and nothing else: nothing before the first, separators between,
     * closing punctuation after the last.
     */
    private static boolean wholeNote(Note note, List<Keyed> keyed) {
        String t = note.text();
        if (!t.substring(0, keyed.get(0).core().start()).isBlank()) {
            return false;
        }
        for (int i = 1; i < keyed.size(); i++) {
            if (!t.substring(keyed.get(i - 1).core().end(), keyed.get(i).core().start()).matches("[\\s;,]*")) {
                return false;
            }
        }
        return t.substring(keyed.get(keyed.size() - 1).core().end()).matches("[\\s.;,]*");
    }

    /**
     * Where the replaced span ends: past the note's closing punctuation, which must be all that stands between the
     * last citation and the end of its line; -1 if something else does.
     */
    private static int closingPunctuation(String text, int end) {
        int at = end;
        while (at < text.length() && ".;,".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        int eol = at;
        while (eol < text.length() && (text.charAt(eol) == ' ' || text.charAt(eol) == '\t')) {
            eol++;
        }
        return eol == text.length() || text.charAt(eol) == '\n' || text.charAt(eol) == '\r' ? at : -1;
    }

    /**
     * LaTeX: a {@code \footnote{…}} that is one citation and nothing else becomes {@code \footcite[45]{key}}; in
     * any other note each citation becomes {@code \cite[45]{key}} where it stands.
     */
    private static List<Change> latexChanges(Note note, String text, List<Keyed> keyed, boolean all) {
        if (all && keyed.size() == 1) {
            Change whole = wholeFootnote(note, text, keyed.get(0));
            if (whole != null) {
                return List.of(whole);
            }
        }
        List<Change> out = new ArrayList<>();
        for (Keyed k : keyed) {
            out.add(new Change(note, k.start(), k.end(), text.substring(k.start(), k.end()), cite("\\cite", k),
                    k.position()));
        }
        return out;
    }

    private static String cite(String command, Keyed k) {
        return command + (k.locator() == null ? "" : "[" + k.locator() + "]") + "{" + k.key() + "}";
    }

    /**
     * The whole {@code \footnote{…}} replaced by {@code \footcite}, when its argument is the citation, white space
     * and closing punctuation; null otherwise ({@code \footnote[3]{…}}, {@code \footnotetext}, anything else said).
     */
    private static @Nullable Change wholeFootnote(Note note, String text, Keyed k) {
        int open = k.start() - 1;
        while (open >= 0 && Character.isWhitespace(text.charAt(open))) {
            open--;
        }
        if (open < 0 || text.charAt(open) != '{') {
            return null;
        }
        int command = open - 1;
        while (command >= 0 && Character.isWhitespace(text.charAt(command))) {
            command--;
        }
        String name = "\\footnote";
        if (command < name.length() - 1 || !text.startsWith(name, command - name.length() + 1)) {
            return null;
        }
        int start = command - name.length() + 1;
        int close = k.end();
        while (close < text.length() && (Character.isWhitespace(text.charAt(close))
                || ".;,".indexOf(text.charAt(close)) >= 0)) {
            close++;
        }
        if (close >= text.length() || text.charAt(close) != '}') {
            return null;
        }
        int end = close + 1;
        return new Change(note, start, end, text.substring(start, end), cite("\\footcite", k), k.position());
    }

    private static String apply(String text, List<Change> changes) {
        StringBuilder out = new StringBuilder(text.length() + 32 * changes.size());
        int at = 0;
        for (Change c : changes) {
            out.append(text, at, c.start()).append(c.replacement());
            at = c.end();
        }
        return out.append(text, at, text.length()).toString();
    }
}

package org.ibidem.rewrite;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.ibidem.citation.Citation;
import org.ibidem.citation.ShortCitation;
import org.ibidem.citation.UnparsedCitation;
import org.ibidem.document.Document;
import org.ibidem.document.InputFormat;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Reference;
import org.ibidem.resolution.Resolution;
import org.ibidem.resolution.ResolutionStatus;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;
import org.ibidem.style.CitePosition;
import org.ibidem.style.NoteStyle;
import org.ibidem.style.OutputFormat;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Rewrites the citations of a document in a CSL note style: each citation whose work resolved is rendered from
 * the resolved data, in the position Ibidem computes ({@link Positions}), and only its span of the file changes.
 *
 * <p>What is a citation's span: the citation's text less its signal ("See", "Cf.") and its commentary, and less
 * its closing punctuation, which stays. A citation whose signal or commentary cannot be told apart from it, or
 * whose span cannot be mapped exactly back into the file, is left as written and reported
 * ({@link LeftCitation}), as are unparsed, unresolved and ambiguous ones.
 *
 * <pre>{@code
 * Rewrite r = new NoteRewriter(NoteStyle.load("mhra-notes")).rewrite(document, resolution,
 *         text -> readAgain(text));   // the caller's parser and resolver
 * }</pre>
 *
 * <p>Thread-safe if its style is (a {@link NoteStyle} is). Plain text, Markdown, LaTeX and HTML are rewritten (in
 * LaTeX and HTML, italics as the note or document writes them and special characters escaped, spliced into the
 * original source). A .docx is rewritten from its bytes ({@link #rewrite(Document, byte[], Resolution, Function)}):
 * its text as laid out changes, each change carries its italics ({@link Change#italics()}), and the new .docx is
 * {@link Rewrite#bytesLike(byte[])} of the original bytes ({@link DocxRewriter}).
 */
@NullMarked
public final class NoteRewriter {

    /** The document formats a rewrite supports, so far. */
    public static final List<InputFormat> FORMATS = List.of(InputFormat.TEXT, InputFormat.MARKDOWN,
            InputFormat.LATEX, InputFormat.HTML, InputFormat.DOCX);

    private final NoteStyle style;

    /** A rewriter for one note style. */
    public NoteRewriter(NoteStyle style) {
        this.style = Objects.requireNonNull(style, "style");
    }

    /**
     * A document as Ibidem reads it: its notes found, parsed and resolved.
     *
     * @param document   the document
     * @param resolution its notes, resolved
     */
    public record Read(Document document, Resolution resolution) {
        /** Validates. */
        public Read {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(resolution, "resolution");
        }
    }

    /**
     * How many times a rewrite is read back and its unstable citations put back as written, at most; past that,
     * every change left goes back (no fixed point in sight).
     */
    private static final int ROUNDS = 10;

    /** In how many of the first read-back rounds a text a second rewrite would write is tried instead. */
    private static final int ADOPTING_ROUNDS = 3;

    /** How many times the whole rewrite is rewritten again to prove that a second rewrite changes nothing. */
    private static final int CHECKS = 6;

    /**
     * The document rewritten. The result is read back ({@code reread}) and every citation that does not come back
     * as the same work at the same place, or that a second rewrite would change again, is put back as written
     * ({@link LeftCitation.Reason#UNSTABLE}): a rewrite never loses a source, and rewriting twice changes nothing.
     * One exception to putting back: a later cite of a work whose first cite is rewritten, which a second rewrite
     * would write otherwise because the work reads back from its rewritten first cite a little differently, takes
     * the second text if that reads back as the same work at the same place ({@link Adoption}). What is put back is
     * put back for a reason of its own; only when no fixed point is found at all does the whole document go back.
     *
     * @param reread reads a text of the same format as Ibidem reads files (the caller's options)
     * @throws IllegalArgumentException for a document format not in {@link #FORMATS}, and for a .docx, which is
     *                                  rewritten from its bytes ({@link #rewrite(Document, byte[], Resolution,
     *                                  Function)})
     */
    public Rewrite rewrite(Document document, Resolution resolution, Function<String, Read> reread) {
        if (document.format() == InputFormat.DOCX) {
            throw new IllegalArgumentException("Cannot rewrite " + document.name() + " without its bytes: a .docx "
                    + "is rewritten from the file, not from its text as laid out");
        }
        return rewrite(document, new byte[0], resolution, reread);
    }

    /**
     * The document rewritten, as {@link #rewrite(Document, Resolution, Function)}, given the file's bytes: a
     * .docx is rewritten from them, and its rewrite is read back from the new .docx, whose bytes
     * {@code reread} gets as ISO-8859-1 characters (as {@link org.ibidem.document.DocxExtractor} takes them).
     * Other formats ignore the bytes. The rewritten .docx is {@link Rewrite#bytesLike(byte[]) bytesLike} these
     * bytes.
     *
     * @param original the bytes the document was read from
     * @throws IllegalArgumentException for a document format not in {@link #FORMATS}, or a .docx whose bytes do
     *                                  not read as the document's text
     */
    public Rewrite rewrite(Document document, byte[] original, Resolution resolution,
                           Function<String, Read> reread) {
        Objects.requireNonNull(original, "original");
        if (!FORMATS.contains(document.format())) {
            throw new IllegalArgumentException("Cannot rewrite " + document.name() + ": rewriting supports "
                    + "plain text, Markdown, LaTeX, HTML and .docx, not "
                    + document.format().name().toLowerCase(java.util.Locale.ROOT));
        }
        DocxRewriter docx = document.format() == InputFormat.DOCX ? DocxRewriter.of(document, original) : null;
        Map<Integer, String> forced = new java.util.HashMap<>();
        Adoptions adoptions = new Adoptions(docx == null);
        Renders renders = new Renders();
        Stable first = stabilized(document, docx, resolution, reread, forced, adoptions, renders);
        Rewrite once = first.rewrite();
        for (int round = 0; round < CHECKS && !once.changes().isEmpty(); round++) {
            // The proof of the pudding: rewrite the result as a user would. Where that changes a citation, the
            // first rewrite takes the second's text there (read back again, it is kept only if it cites the
            // same work at the same place); where it cannot, the notes around it go back as written.
            String written = docx == null ? once.text() : docx.written(once.changes());
            Read again = reread.apply(written);
            Rewrite twice = stabilized(again.document(), docx == null ? null
                    : DocxRewriter.ofWritten(again.document(), written), again.resolution(), reread, Map.of(),
                    new Adoptions(docx == null), renders).rewrite();
            if (twice.changes().isEmpty()) {
                return once;
            }
            Written w = new Written(once.changes());
            java.util.Set<String> settled = firstsRewritten(once.changes(), first.cited(), java.util.Set.of());
            boolean progress = false;
            for (Change c : twice.changes()) {
                Adoption a = adoptions.enabled() ? adoption(document.text(), w, c, first.cited(), resolution, settled)
                        : null;
                if (a != null && adoptions.adopt(a)) {
                    progress = true;
                    continue;
                }
                String why = "a second rewrite would change note " + c.note().displayName() + " again (\""
                        + c.original() + "\" to \"" + c.replacement() + "\")";
                progress |= forced.putIfAbsent(c.note().index(), why) == null;
                progress |= forced.putIfAbsent(c.note().index() - 1, why) == null;
            }
            if (!progress || round == CHECKS - 1) {
                // Nothing left to try: better nothing than a drifting text.
                for (ResolvedNote rn : resolution.notes()) {
                    forced.putIfAbsent(rn.note().index(), "its neighbours would not settle in a few rewrites");
                }
            }
            first = stabilized(document, docx, resolution, reread, forced, adoptions, renders);
            once = first.rewrite();
        }
        return once;
    }

    /**
     * The text a second rewrite writes for a citation ({@code d}, in the offsets of the first rewrite's text
     * {@code w}), as a change of the original text, or null if it does not map onto one citation's span or
     * cites a work whose first cite is not rewritten ({@code settled} are those that are).
     */
    private static @Nullable Adoption adoption(String text, Written w, Change d, Map<Change, ResolvedCitation> cited,
                                               Resolution resolution, java.util.Set<String> settled) {
        int i = w.overlapping(d.start(), d.end());
        if (i >= 0) {
            if (i + 1 < w.size() && w.start(i + 1) < d.end()
                    || !settled.contains(cited.get(w.get(i)).sourceId())) {
                return null;
            }
            return Adoption.composed(text, w.get(i), w.start(i), d, i + 1 < w.size() ? w.get(i + 1).start()
                    : text.length());
        }
        // A citation the first rewrite left as written.
        if (!Adoption.later(d.position())) {
            return null;
        }
        int s = w.toOriginal(d.start());
        int e = w.toOriginal(d.end());
        if (e - s != d.original().length() || !text.startsWith(d.original(), s)) {
            return null;
        }
        ResolvedNote note = resolution.notes().get(d.note().index() - 1);
        for (ResolvedCitation rc : note.citations()) {
            int cs = note.note().textMap().toSource(rc.citation().span().start());
            int ce = note.note().textMap().toSource(rc.citation().span().end());
            if (cs < e && ce > s) {
                return settled.contains(rc.sourceId()) ? new Adoption(s, e, d.replacement(), d.position()) : null;
            }
        }
        return null;
    }

    /**
     * One rewrite: rendered, read back, and the unstable citations put back until the rest is stable; the
     * changes in the {@code forced} notes (by index) are put back from the start, and the texts adopted so far
     * replace what the pass renders for their citations.
     */
    private Stable stabilized(Document document, @Nullable DocxRewriter docx, Resolution resolution,
                               Function<String, Read> reread, Map<Integer, String> forced, Adoptions adoptions,
                               Renders renders) {
        Pass pass = pass(document, resolution, docx, renders);
        String text = document.text();
        Map<Change, ResolvedCitation> cited = new IdentityHashMap<>(pass.cited());
        List<Change> changes = adoptions.applied(text, sorted(pass.changes()), cited);
        List<LeftCitation> left = new ArrayList<>(pass.left());
        int rewritten = pass.rewritten();
        List<Change> reverted = new ArrayList<>();
        List<Change> kept = new ArrayList<>(changes.size());
        for (Change c : changes) {
            String why = forced.get(c.note().index());
            if (why != null) {
                reverted.add(c);
                rewritten--;
                left.add(left(c.note(), cited.get(c), LeftCitation.Reason.UNSTABLE, why));
            } else {
                kept.add(c);
            }
        }
        changes = kept;
        UnstableRoots roots = new UnstableRoots();
        for (int round = 0; !changes.isEmpty(); round++) {
            String written = docx == null ? apply(text, changes) : docx.written(changes);
            Read again = reread.apply(written);
            Map<Change, Adoption> proposed = new IdentityHashMap<>();
            Map<Change, String> unstable = unstable(resolution, text, changes, reverted, cited, again,
                    docx == null ? null : DocxRewriter.ofWritten(again.document(), written), proposed, renders);
            if (unstable.isEmpty()) {
                break;
            }
            if (round >= ROUNDS - 1) {
                // No fixed point in sight: better nothing than a drifting text.
                for (Change c : changes) {
                    unstable.putIfAbsent(c, "its neighbours would not settle in a few rewrites");
                }
            } else {
                if (round < ADOPTING_ROUNDS) {
                    // What a second rewrite writes instead is tried in its place, and read back next round.
                    Map<Change, Change> instead = new IdentityHashMap<>();
                    for (Map.Entry<Change, Adoption> p : proposed.entrySet()) {
                        if (adoptions.adopt(p.getValue())) {
                            Change n = p.getValue().replacing(p.getKey(), text);
                            instead.put(p.getKey(), n);
                            cited.put(n, cited.get(p.getKey()));
                            unstable.remove(p.getKey());
                        }
                    }
                    changes.replaceAll(c -> instead.getOrDefault(c, c));
                    changes.removeIf(c -> c.original().equals(c.replacement()));
                }
                if (round < ROUNDS - 3) {
                    // A work's later citations may be unstable only through its earlier one: that goes back first.
                    unstable = roots.toPutBack(unstable, cited);
                }
            }
            java.util.Set<Change> back = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            for (Map.Entry<Change, String> u : unstable.entrySet()) {
                Change c = u.getKey();
                back.add(c);
                reverted.add(c);
                rewritten--;
                left.add(left(c.note(), cited.get(c), LeftCitation.Reason.UNSTABLE, u.getValue()));
            }
            changes.removeIf(back::contains);
        }
        left.sort(java.util.Comparator.comparingInt(l -> l.note().index()));
        return new Stable(new Rewrite(style.style().id(), apply(text, changes), changes, rewritten, left), cited);
    }

    /** A rewrite read back until stable, with the citation each of its changes replaced. */
    private record Stable(Rewrite rewrite, Map<Change, ResolvedCitation> cited) {
    }

    /** What one rendering pass gives: the changes (with the citation each replaces), what was left, a count. */
    private record Pass(List<Change> changes, Map<Change, ResolvedCitation> cited, List<LeftCitation> left,
                        int rewritten) {
    }

    /** One pass over the notes: each citation rendered in its position, or left with its reason. */
    private Pass pass(Document document, Resolution resolution, @Nullable DocxRewriter docx, Renders renders) {
        List<ResolvedNote> notes = resolution.notes();
        List<List<@Nullable CitePosition>> positions = Positions.compute(Positions.of(notes), style.nearNoteDistance());
        // Every work cited, with its first note: two works whose later cites would read alike are told apart.
        Map<Reference, Integer> firstNotes = new java.util.LinkedHashMap<>();
        for (ResolvedNote rn : notes) {
            for (ResolvedCitation rc : rn.citations()) {
                if (rc.sourceId() != null) {
                    firstNotes.putIfAbsent(resolution.source(rc.sourceId()), rn.note().number());
                }
            }
        }
        NoteStyle.Cites cites = renders.cites(style, firstNotes);
        Markup markup = Markup.of(document.format());
        LatexMarkup latex = markup == Markup.LATEX ? LatexMarkup.of(document.text()) : null;
        HtmlMarkup html = markup == Markup.HTML ? HtmlMarkup.of(document.text()) : null;
        List<Change> changes = new ArrayList<>();
        Map<Change, ResolvedCitation> cited = new IdentityHashMap<>();
        List<LeftCitation> left = new ArrayList<>();
        int rewritten = 0;
        String text = document.text();
        for (int n = 0; n < notes.size(); n++) {
            ResolvedNote rn = notes.get(n);
            int lastEnd = -1;
            for (int c = 0; c < rn.citations().size(); c++) {
                ResolvedCitation rc = rn.citations().get(c);
                LeftCitation.Reason reason = cannotRender(rc);
                CitePosition position = positions.get(n).get(c);
                if (reason != null || position == null) {
                    left.add(left(rn.note(), rc, reason != null ? reason : LeftCitation.Reason.UNRESOLVED, ""));
                    continue;
                }
                Spans.Core core = Spans.coreBeforeCommentary(rn.note(), rc.citation());
                if (core == null) {
                    left.add(left(rn.note(), rc, LeftCitation.Reason.NOT_DELIMITED, ""));
                    continue;
                }
                int[] file = latex != null ? LatexMarkup.inFile(rn.note(), core, text)
                        : html != null ? HtmlMarkup.inFile(rn.note(), core, text)
                        : docx != null ? docx.inFile(rn.note(), core, text)
                        : Spans.inFile(rn.note(), core, text, markup);
                if (file == null || file[0] < lastEnd) {
                    left.add(left(rn.note(), rc, LeftCitation.Reason.NOT_MAPPED, ""));
                    continue;
                }
                Reference work = resolution.source(Objects.requireNonNull(rc.sourceId()));
                if (endsInEtAl(work)) {
                    left.add(left(rn.note(), rc, LeftCitation.Reason.ET_AL, ""));
                    continue;
                }
                String original = text.substring(file[0], file[1]);
                // "5:300" of a work that is volume 5: the style prints the volume itself.
                Locator locator = VolumeInLocator.forWork(work.volume(), rc.locator());
                DocxRuns.Rendered runs = docx == null ? null
                        : DocxRuns.of(cites.format(work, locator, position, OutputFormat.HTML));
                String rendered = runs != null ? runs.text()
                        : render(cites, work, locator, position, markup, latex, html, original);
                if (rendered.isBlank()) {
                    left.add(left(rn.note(), rc, LeftCitation.Reason.RENDERS_EMPTY, ""));
                    continue;
                }
                String replacement = Spans.fit(rendered, rn.note(), core, style.layoutSuffix(),
                        style.punctuationInQuote());
                if (style.punctuationInQuote() && file[1] < text.length() && text.charAt(file[1]) == '.'
                        && (replacement.endsWith("\u201D") || replacement.endsWith("\u2019"))
                        && (docx == null || docx.editable(file[0], file[1] + 1))) {
                    // "…Union”." becomes "…Union.”": the period the note closes with goes inside the quotes.
                    int at = replacement.length();
                    while (at > 0 && "\u201D\u2019".indexOf(replacement.charAt(at - 1)) >= 0) {
                        at--;
                    }
                    replacement = replacement.substring(0, at) + "." + replacement.substring(at);
                    file[1]++;
                    original = text.substring(file[0], file[1]);
                }
                if (latex != null) {
                    replacement = latex.finish(replacement);
                }
                rewritten++;
                lastEnd = file[1];
                if (!original.equals(replacement)) {
                    Change change = new Change(rn.note(), file[0], file[1], original, replacement, position,
                            runs == null ? List.of() : DocxRuns.carried(runs, replacement));
                    changes.add(change);
                    cited.put(change, rc);
                }
            }
        }
        return new Pass(changes, cited, left, rewritten);
    }

    /**
     * The changes that do not survive being read back: their note no longer cites the same work at the same
     * place there, or a second pass would change them again. All of them if the notes themselves changed. Where
     * a second pass would write a change otherwise but it reads back right, what it would write goes into
     * {@code proposed}.
     */
    private Map<Change, String> unstable(Resolution resolution, String text, List<Change> changes,
                                         List<Change> reverted, Map<Change, ResolvedCitation> cited, Read again,
                                         @Nullable DocxRewriter docx, Map<Change, Adoption> proposed,
                                         Renders renders) {
        List<ResolvedNote> notes = again.resolution().notes();
        Map<Change, String> unstable = new java.util.LinkedHashMap<>();
        if (notes.size() != resolution.notes().size()) {
            for (Change c : changes) {
                unstable.put(c, "the rewritten document reads as " + notes.size() + " notes, not "
                        + resolution.notes().size());
            }
            return unstable;
        }
        Pass secondPass = pass(again.document(), again.resolution(), docx, renders);
        // The second pass's changes, in the offsets of the rewritten text they were made on.
        List<Change> second = sorted(secondPass.changes());
        int[] secondStarts = new int[second.size()];
        int[] secondEnds = new int[second.size()];
        for (int j = 0; j < second.size(); j++) {
            secondStarts[j] = second.get(j).start();
            secondEnds[j] = second.get(j).end();
        }
        Written w = new Written(changes);
        for (int i = 0; i < w.size(); i++) {
            Change c = w.get(i);
            int start = w.start(i);
            int end = w.end(i);
            ResolvedCitation was = cited.get(c);
            ResolvedNote note = notes.get(c.note().index() - 1);
            boolean same = false;
            List<ResolvedCitation> there = new ArrayList<>();
            for (ResolvedCitation rc : note.citations()) {
                int s = note.note().textMap().toSource(rc.citation().span().start());
                int e = note.note().textMap().toSource(rc.citation().span().end());
                if (s < end && e > start) {
                    there.add(rc);
                    if (Objects.equals(was.sourceId(), rc.sourceId())
                            && VolumeInLocator.samePlace(was.locator(), rc.locator(), volumeOf(resolution, was))) {
                        same = true;
                        break;
                    }
                }
            }
            int j = Written.overlapping(secondStarts, secondEnds, start, end);
            if (!same) {
                unstable.put(c, "as \"" + c.replacement() + "\" it " + ReadBack.difference(was, there));
            } else if (j >= 0) {
                Change changedAgain = second.get(j);
                unstable.put(c, "as \"" + c.replacement() + "\" a second rewrite would change it again, to \""
                        + changedAgain.replacement() + "\"");
                boolean alone = j + 1 >= second.size() || secondStarts[j + 1] >= end;
                Adoption a = alone ? Adoption.composed(text, c, start, changedAgain,
                        i + 1 < w.size() ? w.get(i + 1).start() : text.length()) : null;
                if (a != null) {
                    proposed.put(c, a);
                }
            }
        }
        // A second change where the first pass changed nothing: a position moved. The changes of that note and
        // the note before (whose cites decide its positions) go back.
        List<Change> back = sorted(reverted);
        int[] backStarts = new int[back.size()];
        int[] backEnds = new int[back.size()];
        for (int i = 0; i < back.size(); i++) {
            backStarts[i] = w.toWritten(back.get(i).start());
            backEnds[i] = backStarts[i] + back.get(i).original().length();
        }
        java.util.Set<Integer> moved = new java.util.HashSet<>();
        java.util.Set<String> movedWorks = new java.util.HashSet<>();
        for (int j = 0; j < second.size(); j++) {
            Change d = second.get(j);
            // A citation put back as written is proposed again, and that is no moved position.
            boolean attributed = w.overlapping(d.start(), d.end()) >= 0
                    || Written.overlapping(backStarts, backEnds, d.start(), d.end()) >= 0;
            if (!attributed) {
                moved.add(d.note().index());
                moved.add(d.note().index() - 1);
                // Its work may resolve otherwise because another citation of that work was rewritten.
                String work = secondPass.cited().get(d).sourceId();
                if (work != null) {
                    movedWorks.add(work);
                }
            }
        }
        for (Change c : changes) {
            boolean sameWork = movedWorks.contains(cited.get(c).sourceId());
            if (moved.contains(c.note().index()) || sameWork) {
                unstable.putIfAbsent(c, "rewritten, the citations around it would take other positions on a"
                        + " second rewrite");
            }
        }
        // A later cite's second text is taken only where its work's first cite is rewritten and reads back
        // right: then the second text is what the work as rewritten gives, not a drift of the later cite's own.
        java.util.Set<String> settled = firstsRewritten(changes, cited, unstable.keySet());
        proposed.keySet().removeIf(c -> !settled.contains(cited.get(c).sourceId()));
        return unstable;
    }

    /** A citation left as written, with where it starts in its note. */
    private static LeftCitation left(org.ibidem.document.Note note, ResolvedCitation rc, LeftCitation.Reason reason,
                                     String detail) {
        int offset = Math.max(0, Math.min(rc.citation().span().start(), note.text().length()));
        return new LeftCitation(note, rc.citation().text(), reason, offset, detail);
    }

    /** The works whose first cite is among the changes and not among the unstable ones. */
    private static java.util.Set<String> firstsRewritten(List<Change> changes, Map<Change, ResolvedCitation> cited,
                                                        java.util.Set<Change> unstable) {
        java.util.Set<String> works = new java.util.HashSet<>();
        for (Change c : changes) {
            String work = cited.get(c).sourceId();
            if (work != null && c.position().kind() == org.ibidem.style.CitePosition.Kind.FIRST
                    && !unstable.contains(c)) {
                works.add(work);
            }
        }
        return works;
    }

    /** The changes in the order of the text. */
    private static List<Change> sorted(List<Change> changes) {
        List<Change> out = new ArrayList<>(changes);
        out.sort(java.util.Comparator.comparingInt(Change::start));
        return out;
    }
    private static @Nullable String volumeOf(Resolution resolution, ResolvedCitation rc) {
        String id = rc.sourceId();
        return id == null ? null : resolution.source(id).volume();
    }

    /** Whether a list of the work's names ends in "et al." ({@code Name.others()}). */
    private static boolean endsInEtAl(Reference work) {
        return java.util.stream.Stream.of(work.authors(), work.editors(), work.translators())
                .anyMatch(names -> names.stream().anyMatch(org.ibidem.reference.Name::isOthers));
    }

    /** Why a citation cannot be rendered from data, or null if it can. */
    static LeftCitation.@Nullable Reason cannotRender(ResolvedCitation rc) {
        Citation c = rc.citation();
        if (c instanceof UnparsedCitation || rc.status() == ResolutionStatus.UNPARSED) {
            return LeftCitation.Reason.UNPARSED;
        }
        if (rc.sourceId() == null) {
            return LeftCitation.Reason.UNRESOLVED;
        }
        if (rc.status() == ResolutionStatus.INTRODUCED || rc.status() == ResolutionStatus.FORWARD_ONLY) {
            return LeftCitation.Reason.PARTLY_KNOWN;
        }
        if (c instanceof ShortCitation s && s.form() == ShortCitation.Form.CITATION_KEY) {
            return LeftCitation.Reason.CITATION_KEY;
        }
        return null;
    }

    private static String render(NoteStyle.Cites style, Reference work, @Nullable Locator locator,
                                 CitePosition position, Markup markup, @Nullable LatexMarkup latex,
                                 @Nullable HtmlMarkup html, String original) {
        if (markup == Markup.MARKDOWN) {
            return Markup.markdownOf(style.format(work, locator, position, OutputFormat.HTML));
        }
        if (latex != null) {
            return latex.latexOf(style.format(work, locator, position, OutputFormat.HTML), original);
        }
        if (html != null) {
            return html.htmlOf(style.format(work, locator, position, OutputFormat.HTML), original);
        }
        return style.format(work, locator, position, OutputFormat.TEXT);
    }

    private static String apply(String text, List<Change> changes) {
        StringBuilder out = new StringBuilder(text.length() + 64 * changes.size());
        int at = 0;
        for (Change c : changes) {
            out.append(text, at, c.start()).append(c.replacement());
            at = c.end();
        }
        return out.append(text, at, text.length()).toString();
    }
}

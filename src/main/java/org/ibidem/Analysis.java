package org.ibidem;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ibidem.bibtex.BibTeXExporter;
import org.ibidem.citation.NoteParser;
import org.ibidem.diagnostic.Diagnostic;
import org.ibidem.diagnostic.Severity;
import org.ibidem.document.Document;
import org.ibidem.export.ExportFormat;
import org.ibidem.export.Exporter;
import org.ibidem.reference.Reference;
import org.ibidem.resolution.Resolution;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;
import org.ibidem.resolution.Resolver;
import org.ibidem.rewrite.KeyRewriter;
import org.ibidem.rewrite.NoteRewriter;
import org.ibidem.rewrite.Positions;
import org.ibidem.rewrite.Rewrite;
import org.ibidem.style.Cite;
import org.ibidem.style.CitationFormatter;
import org.ibidem.style.CitePosition;
import org.ibidem.style.FormattedBibliography;
import org.ibidem.style.NoteStyle;
import org.ibidem.style.OutputFormat;
import org.jspecify.annotations.Nullable;

/**
 * What {@link Ibidem#analyze} finds in a document: the notes with their resolved citations, the distinct works,
 * and the diagnostics; the bibliography and BibTeX are one call away.
 *
 * <pre>{@code
 * Analysis a = Ibidem.analyze(Path.of("essay.txt"));
 * for (ResolvedNote n : a.notes()) {
 *     System.out.println(n.note().number() + " " + n.citations());
 * }
 * }</pre>
 *
 * <p>A book whose chapters are files of their own is analysed as one {@link ProjectAnalysis}, which holds an
 * {@code Analysis} per chapter with the book's source ids.
 *
 * <p>Immutable and thread-safe.
 *
 * @param document    the document as extracted
 * @param resolution  the notes, resolved, and the sources
 * @param diagnostics what the checks found, in file order
 */
public record Analysis(Document document, Resolution resolution, List<Diagnostic> diagnostics) {

    /** Validates and copies. */
    public Analysis {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(resolution, "resolution");
        diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics"));
    }

    /** The notes with their resolved citations, in order. */
    public List<ResolvedNote> notes() {
        return resolution.notes();
    }

    /** The distinct works cited, each once, in order of first citation. */
    public List<Reference> sources() {
        return resolution.sources();
    }

    /**
     * The works known only from a short form that matched no full citation (status {@code INTRODUCED}, and no full
     * citation anywhere in the notes points at them), in order of first citation. Bibliographies and BibTeX leave
     * them out unless asked for {@link SourceScope#ALL}: what a reader would get is the short form's words.
     */
    public List<Reference> unmatchedSources() {
        return Works.unmatched(notes(), sources());
    }

    /** The sources a bibliography or an export of this scope lists, in order of first citation. */
    public List<Reference> sources(SourceScope scope) {
        return Works.ofScope(notes(), sources(), scope);
    }

    /** The number of diagnostics of a severity. */
    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    /** Whether any diagnostic is an error: a broken chain. */
    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /**
     * The bibliography of the sources in a CSL style. In a Chicago style, sources cited only as scripture or
     * classical works by their own divisions ("Gen. 3:16") are left out and listed in
     * {@link FormattedBibliography#omitted()}, as Chicago asks and its CSL styles do not do. Works known only
     * from a short form that matched nothing are left out ({@link #unmatchedSources()}).
     *
     * @param style  "chicago", "apa", "mla", a CSL style id, or a path to a .csl file; a file of that name in
     *               {@code ./styles} comes before the bundled styles
     * @param format text or HTML
     * @throws IllegalArgumentException for an unknown style; the message lists the choices
     */
    public FormattedBibliography bibliography(String style, OutputFormat format) {
        return bibliography(style, format, SourceScope.GIVEN_IN_FULL);
    }

    /**
     * The bibliography of the sources of a scope in a CSL style; see {@link #bibliography(String, OutputFormat)}.
     *
     * @throws IllegalArgumentException for an unknown style; the message lists the choices
     */
    public FormattedBibliography bibliography(String style, OutputFormat format, SourceScope scope) {
        return bibliography(style, format, scope, null);
    }

    /**
     * The bibliography of the sources of a scope in a CSL style and a locale other than the style's own; see
     * {@link #bibliography(String, OutputFormat)}.
     *
     * <pre>{@code
     * a.bibliography("chicago", OutputFormat.TEXT, SourceScope.GIVEN_IN_FULL, "de-DE").text();
     * // ... Herausgegeben von Odd Arne Westad ...
     * }</pre>
     *
     * @param locale a bundled CSL locale such as "de-DE" ({@link org.ibidem.style.CslLocales#bundled()}), or null
     *               for the style's own
     * @throws IllegalArgumentException for an unknown style or locale; the message lists the choices
     */
    public FormattedBibliography bibliography(String style, OutputFormat format, SourceScope scope,
                                              @Nullable String locale) {
        return Works.bibliography(notes(), sources(), style, format, scope, locale);
    }

    /**
     * The sources as a BibTeX database, one entry each, keyed by source id; works known only from a short form that
     * matched nothing are left out ({@link #unmatchedSources()}).
     */
    public String bibtex() {
        return bibtex(SourceScope.GIVEN_IN_FULL);
    }

    /** The sources of a scope as a BibTeX database, one entry each, keyed by source id. */
    public String bibtex(SourceScope scope) {
        return new BibTeXExporter().export(sources(scope));
    }

    /**
     * The sources of a scope in an export format (BibTeX, BibLaTeX, CSL-JSON, RIS); for warnings and ASCII
     * output use {@link Exporter} with {@link #sources(SourceScope)}.
     */
    public String export(ExportFormat format, SourceScope scope) {
        return Exporter.of(format).export(sources(scope));
    }

    /**
     * One note, formatted in a CSL style as a writer using that style would have written it: each work's first
     * cite in the chapter in full, later ones short, "Ibid." right after the same work, whatever form the note
     * itself used. Positions are Ibidem's, from how the citations resolved ({@link Positions}, as {@link #rewrite} uses them): the full form
     * comes again at the first cite of a work in each chapter (CMOS 14.29), and an ibid only follows a note of one
     * cite. A citation that did not resolve is kept as the note wrote it. In a numeric style (IEEE, Vancouver) the
     * works are numbered in order of first citation over the notes, as in the style's bibliography of them.
     *
     * <pre>{@code
     * Analysis a = Ibidem.analyze(Path.of("examples/brothers-no-more-notes.txt"));
     * a.formatNote(12, "chicago", OutputFormat.TEXT, null);
     * // note 13: "Shen, Reviewing and Reconsidering the History of Sino-Soviet Relations, 11–22."
     * a.formatNote(13, "mhra-notes-subsequent-ibid", OutputFormat.TEXT, "de-DE");   // note 14: "Ebd."
     * }</pre>
     *
     * @param index  the note's index in {@link #notes()}, from 0
     * @param style  an alias, a CSL style id or a path to a .csl file
     * @param format text or HTML
     * @param locale a bundled CSL locale such as "de-DE", or null for the style's own
     * @return the note's citations, formatted; "" for a note that cites nothing
     * @throws IndexOutOfBoundsException if there is no note at that index
     * @throws IllegalArgumentException  for an unknown style or locale; the message lists the choices
     */
    public String formatNote(int index, String style, OutputFormat format, @Nullable String locale) {
        Objects.checkIndex(index, notes().size());
        List<List<@Nullable CitePosition>> positions = positionsUpTo(index);
        return formatNote(notes().get(index), positions.get(index), session(style, format, locale));
    }

    /**
     * A formatting session that knows every work the notes cite, numbered in order of first citation, and the note
     * that first cites each (which tells the works' later cites apart in a style that names it, OSCOLA's "(n 3)").
     */
    private CitationFormatter.Session session(String style, OutputFormat format, @Nullable String locale) {
        CitationFormatter.Session session = Works.CITATIONS.session(style, format, locale);
        for (ResolvedNote note : notes()) {
            for (ResolvedCitation rc : note.citations()) {
                Reference work = resolution.source(rc.sourceId());
                if (work != null) {
                    if (note.note().number() > 0) {
                        session.firstNote(work, note.note().number());
                    } else {
                        session.number(work);
                    }
                }
            }
        }
        return session;
    }

    /**
     * Every note, formatted in a CSL style as {@link #formatNote} formats one, in order; positions are worked out
     * in one pass.
     *
     * @throws IllegalArgumentException for an unknown style or locale; the message lists the choices
     */
    public List<String> formatNotes(String style, OutputFormat format, @Nullable String locale) {
        if (notes().isEmpty()) {
            return List.of();
        }
        List<List<@Nullable CitePosition>> positions = positionsUpTo(notes().size() - 1);
        CitationFormatter.Session session = session(style, format, locale);
        List<String> out = new ArrayList<>(notes().size());
        for (int i = 0; i < notes().size(); i++) {
            out.add(formatNote(notes().get(i), positions.get(i), session));
        }
        return out;
    }

    /** The CSL positions of the citations of the notes up to {@code last} ({@link Positions}, as the rewrite). */
    private List<List<@Nullable CitePosition>> positionsUpTo(int last) {
        return Positions.compute(Positions.of(notes().subList(0, last + 1)), Positions.DEFAULT_NEAR_NOTE_DISTANCE);
    }

    private String formatNote(ResolvedNote note, List<@Nullable CitePosition> positions,
                              CitationFormatter.Session session) {
        // Runs of resolved citations are formatted together (joined as the style joins cites); an unresolved one
        // stands between them as written.
        List<String> parts = new ArrayList<>();
        List<Cite> run = new ArrayList<>();
        for (int i = 0; i < note.citations().size(); i++) {
            ResolvedCitation rc = note.citations().get(i);
            Reference work = resolution.source(rc.sourceId());
            CitePosition position = positions.get(i);
            if (work == null || position == null) {
                if (!run.isEmpty()) {
                    parts.add(session.formatNote(run));
                    run = new ArrayList<>();
                }
                parts.add(rc.citation().text());
            } else {
                run.add(new Cite(work, rc.locator(), position));
            }
        }
        if (!run.isEmpty()) {
            parts.add(session.formatNote(run));
        }
        return String.join(" ", parts);
    }

    /**
     * The document with its citations rewritten in a CSL note style: each citation whose work resolved is
     * rendered from the resolved data in the position Ibidem computes (first, subsequent, ibid,
     * ibid-with-locator, near-note); everything else stays as written. See {@link NoteRewriter}.
     *
     * @param style a note style: "chicago-notes-bibliography", "mhra-notes", any note style id or a .csl file
     * <p>A .docx is rewritten from its bytes: {@link #rewrite(String, IbidemOptions, byte[])}.
     *
     * @throws IllegalArgumentException for an unknown style, an in-text style, or a format that cannot be
     *                                  rewritten from its text (.docx); the message lists the choices
     */
    public Rewrite rewrite(String style) {
        return rewrite(style, IbidemOptions.defaults());
    }

    /**
     * The document rewritten in a note style, read back with these options to check that every rewritten
     * citation still names the same work at the same place; see {@link #rewrite(String)}.
     *
     * @throws IllegalArgumentException for an unknown style, an in-text style, or a format that cannot be
     *                                  rewritten yet; the message lists the choices
     */
    public Rewrite rewrite(String style, IbidemOptions options) {
        Objects.requireNonNull(options, "options");
        return new NoteRewriter(NoteStyle.load(style)).rewrite(document, resolution, reader(options));
    }

    /**
     * The document rewritten in a note style from the bytes it was read from, as a .docx is rewritten: its
     * {@link Rewrite#text()} is the text as Ibidem lays it out, and {@link Rewrite#bytesLike(byte[])
     * bytesLike(original)} the new .docx. Each rewrite is read back from the new file's bytes; see
     * {@link #rewrite(String)}. Other formats ignore the bytes.
     *
     * <pre>{@code
     * byte[] docx = Files.readAllBytes(Path.of("thesis.docx"));
     * Analysis a = Ibidem.analyze(Path.of("thesis.docx"));
     * Rewrite r = a.rewrite("mhra-notes", IbidemOptions.defaults(), docx);
     * Files.write(Path.of("thesis-mhra.docx"), r.bytesLike(docx));
     * }</pre>
     *
     * @param original the bytes the document was read from
     * @throws IllegalArgumentException for an unknown style, an in-text style, or bytes that are not the
     *                                  document's
     */
    public Rewrite rewrite(String style, IbidemOptions options, byte[] original) {
        Objects.requireNonNull(options, "options");
        return new NoteRewriter(NoteStyle.load(style)).rewrite(document, original, resolution, reader(options));
    }

    /** Reads a rewritten text back as Ibidem.analyze reads a document, without the checks it does not use. */
    private java.util.function.Function<String, NoteRewriter.Read> reader(IbidemOptions options) {
        return text -> {
            Document again = org.ibidem.document.Documents.parse(document.name(), text, document.format());
            return new NoteRewriter.Read(again, resolve(again, options));
        };
    }

    /**
     * The document with its citations written as citation keys, for a writer moving to a reference manager:
     * pandoc's {@code [@smith1999, 45]} in Markdown, biblatex's {@code \footcite[45]{smith1999}} (or
     * {@code \cite} inside a note with commentary) in LaTeX. The keys are those of
     * {@code export(ExportFormat.BIBLATEX, SourceScope.GIVEN_IN_FULL)} ({@link #citationKeys()}); a citation of a
     * work that export leaves out, or that did not resolve, is left as written. See {@link KeyRewriter}.
     *
     * <pre>{@code
     * Analysis a = Ibidem.analyze(Path.of("thesis.md"));
     * Files.writeString(Path.of("thesis-keys.md"), a.rewriteToKeys().text());
     * Files.writeString(Path.of("thesis.bib"), a.export(ExportFormat.BIBLATEX, SourceScope.GIVEN_IN_FULL));
     * }</pre>
     *
     * @throws IllegalArgumentException for a format with no key syntax (plain text, HTML, .docx)
     */
    public Rewrite rewriteToKeys() {
        return rewriteToKeys(IbidemOptions.defaults());
    }

    /**
     * The document with its citations written as citation keys, read back with these options to check that a
     * second rewrite changes nothing; see {@link #rewriteToKeys()}.
     *
     * @throws IllegalArgumentException for a format with no key syntax (plain text, HTML, .docx)
     */
    public Rewrite rewriteToKeys(IbidemOptions options) {
        Objects.requireNonNull(options, "options");
        return new KeyRewriter(citationKeys()).rewrite(document, resolution, text -> {
            Document again = org.ibidem.document.Documents.parse(document.name(), text, document.format());
            Analysis read = new Analysis(again, resolve(again, options), List.of());
            return new KeyRewriter(read.citationKeys()).rewrite(again, read.resolution());
        });
    }

    /**
     * The citation key of each work the exports list by default ({@link SourceScope#GIVEN_IN_FULL}), by source
     * id: the keys of the BibTeX and BibLaTeX export, and the ids {@link #rewriteToKeys()} writes.
     */
    public java.util.Map<String, String> citationKeys() {
        return Works.citationKeys(sources(SourceScope.GIVEN_IN_FULL));
    }

    /** A document's notes parsed and resolved, without the checks: what the analysis and its read-backs share. */
    static Resolution resolve(Document document, IbidemOptions options) {
        return new Resolver().resolve(new NoteParser(options.nameOrder()).parseAll(document));
    }
}

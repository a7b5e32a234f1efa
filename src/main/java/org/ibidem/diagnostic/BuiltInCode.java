package org.ibidem.diagnostic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The codes of the built-in rules: the one place that lists each code with its default severity, its one-line
 * summary and whether it runs by default. {@code check --list-rules}, the README's diagnostics table, the golden
 * cases under {@code src/test/resources/golden/check/<code>/} and the rules that report them all follow this list,
 * in this order (tests keep them so).
 *
 * <pre>{@code
 * BuiltInCode code = BuiltInCode.byId("short-form-unmatched");   // SHORT_FORM_UNMATCHED
 * code.defaultSeverity();                                         // ERROR
 * CheckOptions options = CheckOptions.defaults().without(code.id());
 * }</pre>
 *
 * <p>Two codes are reported by the document extractor, not by a rule ({@link #UNCLOSED_FOOTNOTE},
 * {@link #CITATION_KEY}); they are listed here so that they can be configured like the others.
 *
 * <p>Immutable and thread-safe.
 */
@NullMarked
public enum BuiltInCode {
    // Body markers against notes
    MARKER_WITHOUT_NOTE("marker-without-note", Severity.ERROR, "a body marker has no note"),
    NOTE_WITHOUT_MARKER("note-without-marker", Severity.WARNING, "a note has no marker in the body"),
    DUPLICATE_MARKER("duplicate-marker", Severity.WARNING, "two body markers point at the same note"),
    // Numbering of notes and markers
    DUPLICATE_NOTE_NUMBER("duplicate-note-number", Severity.ERROR, "two notes in a row have the same number"),
    NOTE_NUMBERING_GAP("note-numbering-gap", Severity.WARNING, "note numbers skip or go back"),
    MARKERS_OUT_OF_ORDER("markers-out-of-order", Severity.WARNING, "body markers are not in numeric order"),
    NUMBERING_RESTART("numbering-restart", Severity.INFO, "note numbering restarts at 1 where no chapter starts"),
    // Ibid chains
    IBID_WITHOUT_ANTECEDENT("ibid-without-antecedent", Severity.ERROR, "an ibid has no citation before it"),
    IBID_AFTER_MULTIPLE("ibid-after-multiple", Severity.ERROR, "an ibid follows a note citing several works"),
    IBID_AFTER_COMMENTARY("ibid-after-commentary", Severity.ERROR, "an ibid follows a note that cites nothing"),
    IBID_AFTER_UNRESOLVED("ibid-after-unresolved", Severity.ERROR,
            "an ibid follows a citation that could not be read or resolved"),
    IBID_AMBIGUOUS_PAGE("ibid-ambiguous-page", Severity.WARNING, "a bare ibid inherits a list of pages"),
    IBID_NOT_ADJACENT("ibid-not-adjacent", Severity.WARNING,
            "an ibid leans on a note that is not the one numbered just before it"),
    IBID_FORMS_MIXED("ibid-forms-mixed", Severity.INFO, "the document spells ibid in more than one way"),
    IBID_DISCOURAGED("ibid-discouraged", Severity.INFO,
            "Chicago 18 discourages ibid; use the short form (only with --chicago 18)"),
    // Short forms
    SHORT_FORM_UNMATCHED("short-form-unmatched", Severity.ERROR, "a short form matches no earlier work"),
    SHORT_FORMS_THROUGHOUT("short-forms-throughout", Severity.WARNING,
            "most works are cited only in short form, never in full (one finding for the document)"),
    SHORT_FORM_AMBIGUOUS("short-form-ambiguous", Severity.ERROR, "a short form matches several earlier works"),
    SHORT_FORM_FORWARD("short-form-forward", Severity.ERROR, "a short form matches only a work given in full later"),
    SHORT_FORM_VOLUME_MISMATCH("short-form-volume-mismatch", Severity.ERROR,
            "a short form names a volume no full citation has"),
    SHORT_FORM_APPROXIMATE("short-form-approximate", Severity.WARNING,
            "a short form's title is spelled differently from the full title"),
    SHORT_FORM_PREVIOUS_CHAPTER("short-form-previous-chapter", Severity.WARNING,
            "a short form's work was given in full only in an earlier chapter"),
    SHORT_FORM_AUTHOR_AMBIGUOUS("short-form-author-ambiguous", Severity.ERROR,
            "an author-only short form names an author with several works"),
    /**
     * Off by default: Chicago's four-word limit on short titles is real, but so many writers repeat longer titles
     * that it would drown what matters.
     */
    SHORT_TITLE_TOO_LONG("short-title-too-long", Severity.INFO, "a short title has more than four words", false),
    PAGE_OUTSIDE_RANGE("page-outside-range", Severity.WARNING,
            "a page cited lies outside the work's known page range (an article's or chapter's)"),
    // Text that could not be read
    UNPARSED_CITATION("unparsed-citation", Severity.WARNING, "a citation could not be read"),
    INTERNAL_ERROR("internal-error", Severity.ERROR,
            "a parser rule failed on a note (a bug in Ibidem): the note is kept, unparsed"),
    /** Reported by the document extractor. */
    UNCLOSED_FOOTNOTE("unclosed-footnote", Severity.WARNING, "a footnote block is never closed"),
    /** Reported by the document extractor. */
    CITATION_KEY("citation-key", Severity.WARNING,
            "a LaTeX note cites by BibTeX key (\\cite, \\footcite): kept as the key, not checked"),
    /** Reported by the document reader: a document that is not blank, in which no reading found a note. */
    NO_NOTES_FOUND("no-notes-found", Severity.WARNING,
            "a document that is not blank yields no note: what was tried, and the --from that finds notes"),
    /** Reported by the document reader: the format its name or content shows found no note, another did. */
    FORMAT_FALLBACK("format-fallback", Severity.INFO,
            "the format the file's name or content shows found no note; another reading did and was used"),
    // Consistency between the citations of one work
    REPEATED_FULL_CITATION("repeated-full-citation", Severity.INFO,
            "a work is given in full again; shorten it after the first time"),
    FULL_CITATIONS_DISAGREE("full-citations-disagree", Severity.WARNING,
            "two full citations of the same work disagree (year, publisher, place, title)"),
    // Completeness of full citations
    BOOK_MISSING_PUBLICATION("book-missing-publication", Severity.WARNING,
            "a book is cited in full without its publisher or year"),
    ARTICLE_MISSING_DETAILS("article-missing-details", Severity.WARNING,
            "a journal article is cited in full without its volume or pages"),
    // House style
    NOTE_CUT_OFF("note-cut-off", Severity.WARNING, "a note ends in a comma: its end looks lost"),
    AUTHORS_JOINED_BY_COMMA("authors-joined-by-comma", Severity.WARNING,
            "authors are joined by a comma where Chicago uses \"and\""),
    INVERTED_NAME("inverted-name", Severity.WARNING, "a name is written family name first inside a note"),
    IBID_WITHOUT_PERIOD("ibid-without-period", Severity.WARNING, "\"Ibid\" is written without its period");

    private static final Map<String, BuiltInCode> BY_ID = new HashMap<>();

    static {
        for (BuiltInCode c : values()) {
            BY_ID.put(c.id, c);
        }
    }

    private final String id;
    private final Severity defaultSeverity;
    private final String summary;
    private final boolean onByDefault;
    private final RuleCode ruleCode;

    BuiltInCode(String id, Severity defaultSeverity, String summary) {
        this(id, defaultSeverity, summary, true);
    }

    BuiltInCode(String id, Severity defaultSeverity, String summary, boolean onByDefault) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.summary = summary;
        this.onByDefault = onByDefault;
        this.ruleCode = new RuleCode(id, defaultSeverity, summary); // validates the id's kebab case
    }

    /** The stable kebab-case code, as printed in diagnostics: {@code short-form-unmatched}. */
    public String id() {
        return id;
    }

    /** The severity of its findings unless configured otherwise. */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** What it means, in one line, for {@code --list-rules}. */
    public String summary() {
        return summary;
    }

    /** Whether it runs without being asked for (a severity set in the options switches it on). */
    public boolean onByDefault() {
        return onByDefault;
    }

    /** The code as a {@link RuleCode}, the form a rule declares its codes in. */
    public RuleCode ruleCode() {
        return ruleCode;
    }

    /** The built-in code with the given id, or null when none has it. */
    public static @Nullable BuiltInCode byId(String id) {
        return BY_ID.get(Objects.requireNonNull(id, "id"));
    }

    /** Every built-in code as a {@link RuleCode}, in the order of this enum. */
    public static List<RuleCode> ruleCodes() {
        return java.util.Arrays.stream(values()).map(BuiltInCode::ruleCode).toList();
    }
}

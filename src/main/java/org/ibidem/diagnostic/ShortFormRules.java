package org.ibidem.diagnostic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ibidem.citation.ShortCitation;
import org.ibidem.resolution.ResolutionStatus;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;

/**
 * Short forms. A short form must match exactly one work given in full earlier (CMOS 14.29): not none, not
 * several, not only a later one; a volume it names must be one of the work's. A title that matches only
 * approximately, and a work last given in full in an earlier chapter, resolve with a warning.
 *
 * <p>A document that cites in short form throughout, as books did before the full first citation became the rule
 * (most of its works are never given in full, at least {@value #THROUGHOUT_MIN_WORKS}), gets one
 * {@code short-forms-throughout} warning listing those notes instead of an error for each of them; switching that
 * code off brings the errors back.
 *
 * <p>Stateless and thread-safe.
 */
final class ShortFormRules implements ChainRule {

    /**
     * Reports {@code short-forms-throughout} when more works are known only from short forms than are given in
     * full, and at least {@link #THROUGHOUT_MIN_WORKS} of them; returns whether it did.
     */
    private static boolean reportThroughout(CheckContext context, DiagnosticSink sink) {
        Set<String> introduced = new LinkedHashSet<>();
        Set<String> defined = new HashSet<>();
        List<ResolvedNote> firstNotes = new ArrayList<>();
        ShortCitation first = null;
        for (ResolvedNote note : context.notes()) {
            for (ResolvedCitation rc : note.citations()) {
                if (rc.status() == ResolutionStatus.DEFINED && rc.sourceId() != null) {
                    defined.add(rc.sourceId());
                } else if (rc.status() == ResolutionStatus.INTRODUCED && rc.citation() instanceof ShortCitation s
                        && introduced.add(rc.sourceId())) {
                    firstNotes.add(note);
                    if (first == null) {
                        first = s;
                    }
                }
            }
        }
        if (introduced.size() < THROUGHOUT_MIN_WORKS || introduced.size() <= defined.size()) {
            return false;
        }
        String notes = firstNotes.stream().map(n -> n.note().displayName()).distinct()
                .collect(Collectors.joining(", "));
        sink.report("short-forms-throughout", firstNotes.get(0).note(), focus(first), introduced.size()
                + " works are cited only in short form, never in full (first in notes " + notes + "), against "
                + defined.size() + " given in full: the document cites in short form throughout, as older books do."
                + " Chicago gives each work in full at its first mention (CMOS 14.29); switch this rule off to see"
                + " each short form as an error");
        return true;
    }

    @Override
    public List<RuleCode> codes() {
        return List.of(
                new RuleCode("short-form-unmatched", Severity.ERROR, "a short form matches no earlier work"),
                new RuleCode("short-forms-throughout", Severity.WARNING,
                        "most works are cited only in short form, never in full (one finding for the document)"),
                new RuleCode("short-form-ambiguous", Severity.ERROR, "a short form matches several earlier works"),
                new RuleCode("short-form-forward", Severity.ERROR,
                        "a short form matches only a work given in full later"),
                new RuleCode("short-form-volume-mismatch", Severity.ERROR,
                        "a short form names a volume no full citation has"),
                new RuleCode("short-form-approximate", Severity.WARNING,
                        "a short form's title is spelled differently from the full title"),
                new RuleCode("short-form-previous-chapter", Severity.WARNING,
                        "a short form's work was given in full only in an earlier chapter"),
                new RuleCode("short-form-author-ambiguous", Severity.ERROR,
                        "an author-only short form names an author with several works"),
                new RuleCode("short-title-too-long", Severity.INFO,
                        "a short title has more than four words"),
                new RuleCode("page-outside-range", Severity.WARNING,
                        "a page cited lies outside the work's known page range (an article's or chapter's)"));
    }

    /** The fewest works known only from short forms that make a document one that cites in short throughout. */
    static final int THROUGHOUT_MIN_WORKS = 5;

    @Override
    public void check(CheckContext context, DiagnosticSink sink) {
        boolean throughout = sink.reports("short-forms-throughout") && reportThroughout(context, sink);
        for (ResolvedNote note : context.notes()) {
            for (ResolvedCitation rc : note.citations()) {
                if (!(rc.citation() instanceof ShortCitation s)) {
                    continue;
                }
                String what = "short form \"" + ParseRules.abbreviate(describe(s)) + "\" in note "
                        + note.note().displayName();
                String notes = rc.candidates().stream().map(i -> context.note(i).note().displayName())
                        .collect(Collectors.joining(", "));
                switch (rc.status()) {
                    case INTRODUCED -> {
                        if (!throughout) {
                            sink.report("short-form-unmatched", note.note(), focus(s), what + " matches no work cited"
                                    + " in full before it (listed as a source from the short form alone)");
                        }
                    }
                    case NO_MATCH -> sink.report("short-form-unmatched", note.note(), focus(s),
                            what + " has no earlier work by that author to refer to");
                    case AMBIGUOUS -> {
                        if (s.form() == ShortCitation.Form.AUTHOR_ONLY) {
                            sink.report("short-form-author-ambiguous", note.note(), focus(s), what + " names only"
                                    + " the author, who has " + rc.candidates().size() + " works (notes " + notes
                                    + "); add a short title");
                        } else {
                            sink.report("short-form-ambiguous", note.note(), focus(s),
                                    what + " matches " + rc.candidates().size() + " works (notes " + notes
                                            + "); add a title or volume");
                        }
                    }
                    case FORWARD_ONLY -> sink.report("short-form-forward", note.note(), focus(s),
                            what + " comes before the work is cited in full (note " + notes
                                    + "); give it in full here and shorten it there");
                    case VOLUME_MISMATCH -> sink.report("short-form-volume-mismatch", note.note(), focus(s),
                            what + " names volume " + s.volume() + ", which no full citation of the work has"
                                    + " (notes " + notes + ")");
                    case RESOLVED_APPROXIMATE -> sink.report("short-form-approximate", note.note(), focus(s),
                            what + " spells the title \"" + ParseRules.abbreviate(s.title())
                                    + "\" but the full citation (note "
                                    + context.note(rc.antecedent()).note().displayName() + ") has \""
                                    + ParseRules.abbreviate(rc.matchedTitle()) + "\"");
                    case RESOLVED_ACROSS_CHAPTER -> sink.report("short-form-previous-chapter", note.note(),
                            focus(s), what + " refers to a work given in full only in an earlier chapter (note "
                                    + context.note(rc.antecedent()).note().displayName()
                                    + "); Chicago gives it in full again at its first mention in each chapter");
                    default -> {
                        // resolved: nothing to say
                    }
                }
                titleLength(s, note, sink);
            }
        }
        // Any citation that points at a work with a known page range: short forms, ibids, repeated full ones.
        for (ResolvedNote note : context.notes()) {
            for (ResolvedCitation rc : note.citations()) {
                if (!(rc.citation() instanceof org.ibidem.citation.UnparsedCitation)) {
                    pageRange(context, rc, note, sink);
                }
            }
        }
    }

    /** CMOS 14.30: a short title has no more than four words, leaving out a leading article. */
    private static void titleLength(ShortCitation s, ResolvedNote note, DiagnosticSink sink) {
        if (s.title() == null) {
            return;
        }
        String[] words = s.title().strip().split("\\s+");
        int count = words.length;
        if (count > 0 && words[0].matches("(?i)the|a|an")) {
            count--;
        }
        if (count > 4) {
            sink.report("short-title-too-long", note.note(), focus(s), "note " + note.note().displayName()
                    + " repeats a title of " + count + " words; Chicago shortens it to four or fewer");
        }
    }

    private static void pageRange(CheckContext context, ResolvedCitation rc, ResolvedNote note,
                                  DiagnosticSink sink) {
        org.ibidem.reference.Reference work = context.source(rc.sourceId());
        if (work == null || work.page() == null || rc.locator() == null || !"page".equals(rc.locator().label())
                || work.type().has(org.ibidem.reference.ItemTrait.FIRST_PAGE_ONLY)) {
            return; // a case's page is where the decision opens in its reporter, not a range: pinpoints run past it
        }
        if (isFirstPageOnly(work.page()) && Pages.noneBefore(rc.locator().value(), Integer.parseInt(work.page()))) {
            return; // "73 Yale L.J. 733, 737": the Bluebook gives an article's first page, and the pinpoint after it
        }
        if (!Pages.within(rc.locator().value(), work.page())) {
            sink.report("page-outside-range", note.note(), rc.citation().span(), "note "
                    + note.note().displayName() + " cites page " + rc.locator().value() + " of \"" + work.title()
                    + "\", which runs over pages " + work.page());
        }
    }

    private static org.ibidem.document.TextSpan focus(ShortCitation s) {
        return s.titleSpan() != null ? s.titleSpan() : s.span();
    }

    static String describe(ShortCitation s) {
        StringBuilder b = new StringBuilder();
        if (!s.authors().isEmpty()) {
            b.append(s.authors().get(0).surname());
        }
        if (s.title() != null) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(s.title());
        }
        if (s.form() == ShortCitation.Form.OP_CIT || s.form() == ShortCitation.Form.LOC_CIT) {
            b.append(b.length() > 0 ? ", " : "").append(s.form() == ShortCitation.Form.OP_CIT ? "op. cit." : "loc. cit.");
        }
        return b.toString();
    }

    /** Whether a work's page is one number (of up to six digits), where it opens, rather than a range. */
    private static boolean isFirstPageOnly(String page) {
        if (page.length() > 6) {
            return false;
        }
        for (int i = 0; i < page.length(); i++) {
            if (page.charAt(i) < '0' || page.charAt(i) > '9') {
                return false;
            }
        }
        return !page.isEmpty();
    }
}

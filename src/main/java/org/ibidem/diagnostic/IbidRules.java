package org.ibidem.diagnostic;

import java.util.List;
import org.ibidem.citation.IbidCitation;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;

/**
 * Ibid chains. "Ibid." refers to the single work cited just before it (CMOS 14.34), so it is broken when there
 * is nothing before it, when the note before it cites several works or none, or when that citation itself could
 * not be read. A bare "Ibid." after a list of pages ("79-80, 85-86") cannot say which page it means.
 *
 * <p>Stateless and thread-safe.
 */
final class IbidRules implements ChainRule {

    @Override
    public List<RuleCode> codes() {
        return List.of(
                new RuleCode("ibid-without-antecedent", Severity.ERROR, "an ibid has no citation before it"),
                new RuleCode("ibid-after-multiple", Severity.ERROR, "an ibid follows a note citing several works"),
                new RuleCode("ibid-after-commentary", Severity.ERROR,
                        "an ibid follows a note that cites nothing"),
                new RuleCode("ibid-after-unresolved", Severity.ERROR,
                        "an ibid follows a citation that could not be read or resolved"),
                new RuleCode("ibid-ambiguous-page", Severity.WARNING,
                        "a bare ibid inherits a list of pages"),
                new RuleCode("ibid-not-adjacent", Severity.WARNING,
                        "an ibid leans on a note that is not the one numbered just before it"),
                new RuleCode("ibid-forms-mixed", Severity.INFO,
                        "the document spells ibid in more than one way"),
                new RuleCode("ibid-discouraged", Severity.INFO,
                        "Chicago 18 discourages ibid; use the short form (only with --chicago 18)"));
    }

    @Override
    public void check(CheckContext context, DiagnosticSink sink) {
        String firstForm = null;
        String firstOpening = null;
        for (ResolvedNote note : context.notes()) {
            for (ResolvedCitation rc : note.citations()) {
                if (!(rc.citation() instanceof IbidCitation ibid)) {
                    continue;
                }
                // The period is its own rule (ibid-without-period); here only the word and its case count.
                String form = ibid.form().endsWith(".") ? ibid.form().substring(0, ibid.form().length() - 1)
                        : ibid.form();
                // Mid-sentence ("…, July 27; ibid. No. 49") grammar sets the case of the first letter, so there it
                // is compared loosely; at the start of a note or a sentence the writer chose the case.
                boolean opens = opensSentence(note.note().text(), ibid.formSpan().start());
                String earlier = opens && firstOpening != null ? firstOpening : firstForm;
                if (earlier != null && !(opens && firstOpening != null ? earlier.equals(form)
                        : sameButFirstCase(earlier, form))) {
                    sink.report("ibid-forms-mixed", note.note(), ibid.formSpan(), "note "
                            + note.note().displayName() + " writes \"" + ibid.form() + "\" where earlier notes write \""
                            + earlier + ".\"; keep one form");
                }
                if (firstForm == null) {
                    firstForm = form;
                }
                if (opens && firstOpening == null) {
                    firstOpening = form;
                }
                if (context.options().chicagoEdition() == 18) {
                    sink.report("ibid-discouraged", note.note(), ibid.formSpan(), "note "
                            + note.note().displayName() + " uses \"" + ibid.form() + "\"; the Chicago Manual's 18th"
                            + " edition (14.34) prefers the short form of the work");
                }
                adjacency(context, note, rc, ibid, sink);
            }
        }
        for (ResolvedNote note : context.notes()) {
            for (ResolvedCitation rc : note.citations()) {
                if (!(rc.citation() instanceof IbidCitation ibid)) {
                    continue;
                }
                String before = rc.antecedent() > 0 ? context.note(rc.antecedent()).note().displayName() : "";
                String what = "note " + note.note().displayName() + " says \"" + ibid.form() + "\"";
                switch (rc.status()) {
                    case NO_ANTECEDENT -> sink.report("ibid-without-antecedent", note.note(), ibid.formSpan(),
                            what + " but no citation comes before it"
                                    + (note.note().chapter() != null ? " in its chapter" : ""));
                    case AFTER_SEVERAL -> sink.report("ibid-after-multiple", note.note(), ibid.formSpan(),
                            what + " but note " + before + " cites "
                                    + context.note(rc.antecedent()).citations().size()
                                    + " works; give the short form of the one meant");
                    case AFTER_COMMENTARY -> sink.report("ibid-after-commentary", note.note(), ibid.formSpan(),
                            what + " but note " + before + " cites no work");
                    case AFTER_UNRESOLVED -> sink.report("ibid-after-unresolved", note.note(), ibid.formSpan(),
                            what + " but the citation before it (note " + before + ") could not be resolved");
                    default -> {
                        if (rc.locatorInherited() && rc.locator() != null && rc.locator().isList()) {
                            sink.report("ibid-ambiguous-page", note.note(), ibid.formSpan(),
                                    what + " without a page after note " + before + " cited several places ("
                                            + rc.locator().value() + "); say which page");
                        }
                    }
                }
            }
        }
    }

    /** "Ibid." in note 7 when the note before it is numbered 5: a note is missing or misnumbered. */
    private static void adjacency(CheckContext context, ResolvedNote note, ResolvedCitation rc, IbidCitation ibid,
                                  DiagnosticSink sink) {
        if (rc.antecedent() <= 0 || rc.antecedent() == note.note().index()) {
            return;
        }
        int number = note.note().number();
        int before = context.note(rc.antecedent()).note().number();
        // Equal numbers are duplicate-note-number's concern, a lower one a restart or note-numbering-gap's.
        if (number > 1 && before > 0 && before < number - 1) {
            sink.report("ibid-not-adjacent", note.note(), ibid.formSpan(), "note " + number + " says \""
                    + ibid.form() + "\" but the note before it is note " + before + ", not " + (number - 1)
                    + ": check which work it means");
        }
    }

    /** Whether two spellings of ibid differ at most in the case of their first letter. */
    private static boolean sameButFirstCase(String a, String b) {
        return a.length() == b.length() && a.regionMatches(true, 0, b, 0, 1) && a.regionMatches(1, b, 1, b.length() - 1);
    }

    /** Whether the text before {@code at} is empty or ends a sentence (".", "?", "!", after any spaces). */
    private static boolean opensSentence(String text, int at) {
        int i = Math.min(at, text.length()) - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || ".?!".indexOf(text.charAt(i)) >= 0;
    }
}

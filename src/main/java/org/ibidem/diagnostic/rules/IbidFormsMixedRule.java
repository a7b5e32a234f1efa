package org.ibidem.diagnostic.rules;

import org.ibidem.citation.IbidCitation;
import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.DiagnosticSink;
import org.ibidem.diagnostic.NoteChecker;
import org.ibidem.diagnostic.NoteRule;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;

/**
 * The document spells ibid in more than one way (Ibid./Id./ibidem). The period has its own rule
 * ({@code ibid-without-period}); here only the word and its case count. Mid-sentence ("…, July 27; ibid. No. 49")
 * grammar sets the case of the first letter, so there it is compared loosely; at the start of a note or a
 * sentence the writer chose the case.
 *
 * <p>Stateless and thread-safe; the forms seen so far live in the checker of one document.
 */
final class IbidFormsMixedRule extends SingleCodeRule implements NoteRule {

    IbidFormsMixedRule() {
        super(BuiltInCode.IBID_FORMS_MIXED);
    }

    @Override
    public NoteChecker start(CheckContext context, DiagnosticSink sink) {
        return new NoteChecker() {
            private String firstForm;
            private String firstOpening;

            @Override
            public void citation(ResolvedNote note, ResolvedCitation rc) {
                if (!(rc.citation() instanceof IbidCitation ibid) || ibid.form().isEmpty()) { // no word written
                    return;
                }
                String form = ibid.form().endsWith(".") ? ibid.form().substring(0, ibid.form().length() - 1)
                        : ibid.form();
                boolean opens = opensSentence(note.note().text(), ibid.formSpan().start());
                String earlier = opens && firstOpening != null ? firstOpening : firstForm;
                if (earlier != null && !(opens && firstOpening != null ? earlier.equals(form)
                        : sameButFirstCase(earlier, form))) {
                    sink.report(code(), note.note(), ibid.formSpan(), "note " + note.note().displayName()
                            + " writes \"" + ibid.form() + "\" where earlier notes write \"" + earlier
                            + ".\"; keep one form");
                }
                if (firstForm == null) {
                    firstForm = form;
                }
                if (opens && firstOpening == null) {
                    firstOpening = form;
                }
            }
        };
    }

    /** Whether two spellings of ibid differ at most in the case of their first letter. */
    private static boolean sameButFirstCase(String a, String b) {
        return a.length() == b.length() && a.regionMatches(true, 0, b, 0, 1)
                && a.regionMatches(1, b, 1, b.length() - 1);
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

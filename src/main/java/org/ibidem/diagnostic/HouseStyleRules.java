package org.ibidem.diagnostic;

import java.util.List;
import org.ibidem.citation.Citation;
import org.ibidem.citation.FullCitation;
import org.ibidem.citation.IbidCitation;
import org.ibidem.citation.ShortCitation;
import org.ibidem.citation.StyleFlag;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;

/**
 * How notes are written, where Chicago has a clear rule. These never break a chain; each can be switched off.
 *
 * <ul>
 *   <li>A note that ends in a comma has lost its end (a URL or page).</li>
 *   <li>Chicago joins two authors with "and" (CMOS 14.76), not a comma.</li>
 *   <li>Notes give names in reading order (CMOS 14.20); "Lengxi, Wu" is bibliography order.</li>
 *   <li>"Ibid." is an abbreviation and takes its period (CMOS 14.34).</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class HouseStyleRules implements ChainRule {

    @Override
    public List<RuleCode> codes() {
        return List.of(
                new RuleCode("note-cut-off", Severity.WARNING, "a note ends in a comma: its end looks lost"),
                new RuleCode("authors-joined-by-comma", Severity.WARNING,
                        "authors are joined by a comma where Chicago uses \"and\""),
                new RuleCode("inverted-name", Severity.WARNING,
                        "a name is written family name first inside a note"),
                new RuleCode("ibid-without-period", Severity.WARNING, "\"Ibid\" is written without its period"));
    }

    @Override
    public void check(CheckContext context, DiagnosticSink sink) {
        for (ResolvedNote note : context.notes()) {
            String n = "note " + note.note().displayName();
            for (ResolvedCitation rc : note.citations()) {
                Citation c = rc.citation();
                java.util.Set<StyleFlag> flags = c instanceof FullCitation f ? f.flags()
                        : c instanceof ShortCitation s ? s.flags() : java.util.Set.of();
                if (flags.contains(StyleFlag.CUT_OFF)) {
                    sink.report("note-cut-off", note.note(), new org.ibidem.document.TextSpan(
                            Math.max(0, c.span().end() - 1), c.span().end()),
                            n + " ends in \"" + c.text().charAt(c.text().length() - 1)
                                    + "\": it looks cut off (a URL or page missing?)");
                }
                if (flags.contains(StyleFlag.AUTHORS_JOINED_BY_COMMA)) {
                    sink.report("authors-joined-by-comma", note.note(), c.span(),
                            n + " joins its authors with a comma; Chicago writes \"A and B\"");
                }
                if (flags.contains(StyleFlag.INVERTED_NAME) && c instanceof FullCitation f
                        && !f.reference().authors().isEmpty()) {
                    var a = f.reference().authors().get(0);
                    sink.report("inverted-name", note.note(), c.span(), n + " writes \"" + a.family() + ", "
                            + a.given() + "\" family name first; a note gives \"" + a.given() + " " + a.family()
                            + "\" (or, for a family-name-first name, writes it without the comma)");
                }
                if (c instanceof IbidCitation i && !i.hasPeriod()) {
                    sink.report("ibid-without-period", note.note(), i.formSpan(),
                            n + " writes \"" + i.form() + "\" without its period: \"" + i.form() + ".\"");
                }
            }
        }
    }
}

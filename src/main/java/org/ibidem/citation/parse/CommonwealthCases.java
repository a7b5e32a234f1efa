package org.ibidem.citation.parse;

import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.citation.FullCitation;
import org.ibidem.citation.StyleFlag;
import org.ibidem.document.TextSpan;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Locator;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;

/**
 * A court case of England and the Commonwealth, cited by its law report with the year in brackets: OSCOLA's
 * form ("Roe v Doe [2006] 1 AC 262 [144]") and the ones around it that {@link LegalSources}'s strict OSCOLA
 * pattern, tried after this one, reads wrongly or not at all: a page cited after the court ("Donoghue v Stevenson
 * [1932] AC 562 (HL) 580", OSCOLA 2.1.1 and 1.1.4), after a comma ("[1932] AC 562, 580"), a neutral citation with
 * its report after it ("[2017] UKSC 5, [2018] AC 61 [23]"), a report numbered by volume with the year in round
 * brackets ("R v Smith (1990) 91 Cr App R 1"), and the case as Chicago writes it, a comma and "v." in the name and
 * the report's abbreviation with periods ("Harbour Trustees v. Balfour, [1854] 2 Macq. 101 (HL)", CMOS 14.305).
 *
 * <pre>{@code
 * Donoghue v Stevenson [1932] AC 562 (HL) 580.
 *     → legal_case "Donoghue v Stevenson", report "AC", page 562, court "HL", 1932; cited at page 580
 * }</pre>
 *
 * <p>A year in square brackets numbers the report's volumes, so the volume may be left out; a year in round
 * brackets is the year of decision, and then the volume is required (without it, "(1990)" is as likely a book's
 * date). Stateless and thread-safe.
 */
final class CommonwealthCases {

    // One word of a report's abbreviation: "AC", "All", "ER", "Cr", "App", "Macq.", "Lloyd's", "Eng.".
    private static final String REPORT_WORD = "[A-Z][A-Za-z'\u2019]{0,12}\\.?";
    private static final String REPORT = REPORT_WORD + "(?:\\s" + REPORT_WORD + "){0,3}";
    private static final String PAGES = "\\d{1,5}(?:\\s*[-\u2013]\\s*\\d{1,5})?";
    private static final String PARAGRAPH = "\\[\\d{1,4}\\](?:\\s*[-\u2013]\\s*\\[\\d{1,4}\\])?";
    private static final Pattern CASE = Pattern.compile(
            "^(?<name>\\S.{0,150}?\\sv\\.?\\s.{1,150}?|(?:Re|In re|Ex parte)\\s.{1,150}?),?\\s+"
            + "(?:\\[(?<square>\\d{4})\\]|\\((?<round>\\d{4})\\))\\s+(?:(?<volume>\\d{1,4})\\s+)?"
            + "(?<report>" + REPORT + ")\\s+(?<page>\\d{1,5})"
            + "(?<parallel>,\\s+[\\[(]\\d{4}[\\])]\\s+(?:\\d{1,4}\\s+)?" + REPORT + "\\s+\\d{1,5})?"
            + "(?:,\\s*(?<pin>" + PAGES + "))?"
            + "(?:\\s+\\((?<court>[A-Z][A-Za-z.&' ]{0,30})\\))?"
            + "(?:,?\\s+(?<pinAfterCourt>" + PAGES + "))?"
            + "(?:,?\\s+(?<paragraphs>" + PARAGRAPH + "(?:,\\s*" + PARAGRAPH + ")*))?"
            + "(?:\\s+\\((?<judge>[^()]{1,80})\\))?$");

    private CommonwealthCases() {
    }

    /** The body read as such a case, or null; tried only on a body with a party's "v" or "Re" and a bracket. */
    static FullCitation read(String raw, TextSpan span, String prefix, String body, boolean cutOff) {
        Matcher m = CASE.matcher(body);
        if (!m.matches() || m.group("round") != null && m.group("volume") == null) {
            return null;
        }
        String year = m.group("square") != null ? m.group("square") : m.group("round");
        Reference.Builder ref = Reference.builder(ItemType.LEGAL_CASE).title(m.group("name").strip())
                .containerTitle(m.group("report")).page(m.group("page"))
                .issued(PartialDate.ofYear(Integer.parseInt(year)));
        if (m.group("volume") != null) {
            ref.volume(m.group("volume"));
        }
        if (m.group("court") != null) {
            ref.authority(m.group("court").strip());
        }
        Locator pin = null;
        String pages = m.group("pin") != null ? m.group("pin") : m.group("pinAfterCourt");
        if (pages != null && m.group("paragraphs") == null) {
            pin = Locator.page(pages);
        } else if (pages == null && m.group("paragraphs") != null) {
            pin = new Locator("paragraph", m.group("paragraphs"));
        }
        // What a case reference has no field for stays with the citation as its suffix, as written: the report
        // printed beside a neutral citation, a page and paragraphs both, the judge.
        StringBuilder rest = new StringBuilder();
        if (m.group("parallel") != null) {
            rest.append(m.group("parallel").substring(1).strip());
        }
        if (pin == null && pages != null) {
            rest.append(rest.isEmpty() ? "" : " ").append(pages).append(' ').append(m.group("paragraphs"));
        }
        if (m.group("judge") != null) {
            rest.append(rest.isEmpty() ? "" : " ").append('(').append(m.group("judge")).append(')');
        }
        return new FullCitation(ref.build(), pin, raw, span, prefix, rest.isEmpty() ? null : rest.toString(),
                cutOff ? EnumSet.of(StyleFlag.CUT_OFF) : EnumSet.noneOf(StyleFlag.class));
    }
}

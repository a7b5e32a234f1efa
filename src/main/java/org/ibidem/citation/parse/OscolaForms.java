package org.ibidem.citation.parse;

import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.citation.FullCitation;
import org.ibidem.citation.NameOrder;
import org.ibidem.citation.Names;
import org.ibidem.citation.StyleFlag;
import org.ibidem.document.TextSpan;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Locator;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;

/**
 * Three OSCOLA forms (British legal writing, much UK humanities): a chapter in an edited book, its title in single
 * quotation marks and the book's facts in brackets with no colon or comma before the year; a paper in a series or
 * from a body, the year in brackets after its title; and an Act or statutory instrument by its short title and year.
 *
 * <pre>{@code
 * Jane Roe, 'Writing the Trial' in Tom Doe (ed), The Trial Revisited (Brill 2011) 24.
 *     → chapter "Writing the Trial" in "The Trial Revisited", editor Tom Doe, Brill, 2011, cited at 24
 * Jane Roe, 'Writing the Trial', The Trial Revisited (Brill 2011) 24.      → the same, no editor named
 * Constitutional Reform Act 2005.                → legislation "Constitutional Reform Act 2005", 2005
 * Regulation of Investigatory Powers Act 2000 (RIPA), s 8.      → its abbreviation set apart, cited at s 8
 * Jane Roe, 'The Rule Revisited' (2017) LSE Working Papers 18/2017, 3.  → report in a series, cited at 3
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class OscolaForms {

    // Groups: authors, title, editors, book, publisher (and place), year, first page or pinpoint.
    private static final Pattern CHAPTER = Pattern.compile(
            "^(\\p{Lu}[^,'\u2018]{0,100}?),\\s+['\u2018](.{2,300}?)['\u2019],?\\s+"
            + "(?:in\\s+(\\p{Lu}.{0,200}?)\\s+\\((?:ed|eds)\\.?\\)[,.]?\\s+)?"
            + "(\\p{Lu}[^()]{1,300}?)\\s*\\(([^():]{0,120}?)\\s*(\\d{4})\\)(?:\\s*(\\d[\\d\\s,\u2013-]{0,30}))?$");
    // Groups: title (with the year), its abbreviation, the provision's label and number.
    private static final Pattern ACT = Pattern.compile(
            "^((?:The\\s+)?\\p{Lu}[\\p{L}\\d\\s(),'\u2019.&-]{2,200}?\\s(?:Act|Regulations|Order|Rules|Measure)"
            + "\\s\\d{4})(?:\\s\\(([A-Z]{2,10})\\))?"
            // An older Act's regnal year and chapter: "Factory Act 1833, 3 & 4 Will. 4, c. 103", "(4 & 5 Will. IV
            // c. 76)".
            + "(?:,?\\s*\\(?(\\d{1,2}(?:\\s*&\\s*\\d{1,2})?\\s+\\p{Lu}\\p{Ll}{1,5}\\.?\\s+[IVX\\d]{1,5}\\.?,?\\s+"
            + "c(?:ap)?\\.?\\s*\\d{1,4})\\)?)?"
            + "(?:,?\\s+(ss?|regs?|arts?|paras?|schs?|pt)\\.?\\s+(\\S.{0,40}))?$");

    // A paper in a series or from a body, the year in brackets after the title and no volume: "Jane Roe, 'The
    // Rule Revisited' (2017) LSE Working Papers 18/2017, 3 <https://…> accessed 7 February 2021". Groups: authors,
    // title, year, series or body, its number, pinpoint, URL, date of access.
    private static final Pattern PAPER = Pattern.compile(
            "^(\\p{Lu}[^,'\u2018]{0,100}?),\\s+['\u2018](.{2,300}?)['\u2019],?\\s+\\((\\d{4})\\)\\s+"
            + "(\\p{Lu}[^<>]{1,200}?)(?:\\s+(\\d{1,4}/\\d{2,4}|No\\.?\\s?\\d{1,5}))?(?:,?\\s+(\\d[\\d\\s,\u2013-]{0,20}?))?"
            + "(?:\\s*<\\s*(\\S+?)\\s*>)?(?:,?\\s+accessed\\s+(\\d{1,2}\\s\\p{L}{3,9}\\s\\d{4}))?$");

    private static final Pattern FIRST_PAGE_AND_PINPOINT = Pattern.compile("^(\\d{1,5}),\\s*(\\d{1,5})$");

    private OscolaForms() {
    }

    /** A paper in a series or issued by a body, or null. */
    static FullCitation paper(String raw, TextSpan span, String prefix, String body, boolean cutOff,
                              NameOrder order) {
        if (!(body.contains("' (") || body.contains("\u2019 ("))) {
            return null;
        }
        Matcher m = PAPER.matcher(body);
        if (!m.matches() || !Names.looksLikeNames(m.group(1)) || Character.isDigit(m.group(4).charAt(0))) {
            return null;
        }
        Reference.Builder ref = Reference.builder(ItemType.REPORT).authors(Names.parseList(m.group(1), order))
                .title(m.group(2).strip()).issued(PartialDate.ofYear(Integer.parseInt(m.group(3))))
                .url(m.group(7));
        String series = m.group(4).strip();
        if (m.group(5) != null || series.contains("Papers") || series.contains("Series")) {
            ref.collectionTitle(series).collectionNumber(m.group(5)); // "LSE Working Papers 18/2017"
        } else {
            ref.publisher(series); // "European Commission for Democracy through Law (Venice Commission)"
        }
        if (m.group(8) != null) {
            ref.accessed(Dates.parse(m.group(8)));
        }
        Locator at = m.group(6) == null ? null : Locator.page(m.group(6).strip());
        return new FullCitation(ref.build(), at, raw, span, prefix, null, flags(cutOff));
    }

    /** A chapter in an edited book, or null. */
    static FullCitation chapter(String raw, TextSpan span, String prefix, String body, boolean cutOff,
                                NameOrder order) {
        if (!(body.contains("' ") || body.contains("\u2019 ") || body.contains("',") || body.contains("\u2019,"))) {
            return null;
        }
        Matcher m = CHAPTER.matcher(body);
        if (!m.matches() || !Names.looksLikeNames(m.group(1))) {
            return null;
        }
        String facts = m.group(5).strip();
        Reference.Builder ref = Reference.builder(ItemType.CHAPTER).authors(Names.parseList(m.group(1), order))
                .title(m.group(2).strip()).containerTitle(m.group(4).strip())
                .issued(PartialDate.ofYear(Integer.parseInt(m.group(6))));
        if (m.group(3) != null) {
            ref.editors(Names.parseList(m.group(3).strip(), order));
        }
        int comma = facts.indexOf(", ");
        if (!facts.isEmpty()) {
            // "(Kluwer Law International, The Hague 1997)": the publisher, then the place.
            ref.publisher(comma > 0 ? facts.substring(0, comma) : facts);
            if (comma > 0) {
                ref.publisherPlace(facts.substring(comma + 2).strip());
            }
        }
        String pages = m.group(7) == null ? null : m.group(7).strip();
        Matcher firstAndPin = pages == null ? null : FIRST_PAGE_AND_PINPOINT.matcher(pages);
        if (firstAndPin != null && firstAndPin.matches()
                && Integer.parseInt(firstAndPin.group(1)) < Integer.parseInt(firstAndPin.group(2))) {
            // "(1998) 581, 593": the chapter opens on page 581, the page cited is 593.
            ref.page(firstAndPin.group(1));
            pages = firstAndPin.group(2);
        }
        Locator at = pages == null ? null : Locator.page(pages);
        return new FullCitation(ref.build(), at, raw, span, prefix, null, flags(cutOff));
    }

    /** An Act or statutory instrument, or null. */
    static FullCitation act(String raw, TextSpan span, String prefix, String body, boolean cutOff) {
        if (!(body.contains("Act ") || body.contains("Regulations ") || body.contains("Order ")
                || body.contains("Rules ") || body.contains("Measure "))) {
            return null;
        }
        Matcher m = ACT.matcher(body);
        if (!m.matches()) {
            return null;
        }
        String title = m.group(1).strip();
        Reference.Builder ref = Reference.builder(ItemType.LEGISLATION).title(title)
                .issued(PartialDate.ofYear(Integer.parseInt(title.substring(title.length() - 4))));
        Locator at = m.group(4) == null ? null : new Locator("section", m.group(4) + " " + m.group(5).strip());
        // The session's chapter ("3 & 4 Will. 4, c. 103") stays with the citation as written: CSL has no variable
        // for it, and the styles print "number" as a US public law's ("Pub. L. No.").
        String suffix = m.group(2) == null ? null : "(" + m.group(2) + ")";
        if (m.group(3) != null) {
            suffix = suffix == null ? m.group(3).strip() : suffix + " " + m.group(3).strip();
        }
        return new FullCitation(ref.build(), at, raw, span, prefix, suffix, flags(cutOff));
    }

    private static EnumSet<StyleFlag> flags(boolean cutOff) {
        return cutOff ? EnumSet.of(StyleFlag.CUT_OFF) : EnumSet.noneOf(StyleFlag.class);
    }
}

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
 * A newspaper article as OSCOLA cites it: the title in single quotation marks, no comma after it, the paper, then
 * the place (if given) and the full date in parentheses, perhaps the page: "Ann Lee, ‘Harbour Closed’ Port Gazette
 * (Leeds, 29 December 1956) 3". The day and month tell it from a chapter, whose parentheses hold a year alone.
 *
 * <pre>{@code
 * OscolaNewspapers.read(raw, span, null, "Ann Lee, ‘Harbour Closed’ Port Gazette (Leeds, 29 December 1956)", false,
 *         order);   // an article in Port Gazette, Leeds, 29 December 1956
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class OscolaNewspapers {

    // Groups: authors, title, newspaper, place, date, page.
    private static final Pattern NEWSPAPER = Pattern.compile(
            "^(\\p{Lu}[^,'\u2018]{0,100}?),\\s+['\u2018](.{2,300}?)['\u2019]\\s+(\\p{Lu}[^()]{1,150}?)\\s*"
            + "\\((?:([^(),\\d]{2,60}),\\s+)?([^()]{6,40}?\\d{4})\\)(?:\\s+(\\d{1,4}(?:[\u2013-]\\d{1,4})?))?$");

    private OscolaNewspapers() {
    }

    /** The article, or null when the body is not this form or its parentheses hold no day and month. */
    static FullCitation read(String raw, TextSpan span, String prefix, String body, boolean cutOff, NameOrder order) {
        if (!body.endsWith(")") && !Character.isDigit(body.charAt(body.length() - 1))
                || !(body.contains("\u2019 ") || body.contains("' "))) {
            return null;
        }
        Matcher m = NEWSPAPER.matcher(body);
        if (!m.matches() || !Names.looksLikeNames(m.group(1))) {
            return null;
        }
        PartialDate date = Dates.parse(m.group(5).strip());
        if (date == null || date.month() == 0 || date.day() == 0) {
            return null;
        }
        Reference.Builder ref = Reference.builder(ItemType.ARTICLE_NEWSPAPER)
                .authors(Names.parseList(m.group(1), order)).title(m.group(2).strip())
                .containerTitle(m.group(3).strip()).issued(date);
        if (m.group(4) != null) {
            ref.publisherPlace(m.group(4).strip());
        }
        Locator at = m.group(6) == null ? null : Locator.page(m.group(6));
        EnumSet<StyleFlag> flags = cutOff ? EnumSet.of(StyleFlag.CUT_OFF) : EnumSet.noneOf(StyleFlag.class);
        return new FullCitation(ref.build(), at, raw, span, prefix, null, flags);
    }
}

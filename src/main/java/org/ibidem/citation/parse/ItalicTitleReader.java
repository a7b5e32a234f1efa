package org.ibidem.citation.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.citation.Citation;
import org.ibidem.citation.FullCitation;
import org.ibidem.citation.NameOrder;
import org.ibidem.citation.StyleFlag;
import org.ibidem.document.TextSpan;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Locator;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;

/**
 * Reads a full citation in the older style, with no parentheses: an italic title, then the place and year
 * ("_Fourth Annual Report …_, New York, 1837, p. 31").
 */
final class ItalicTitleReader implements CitationReader {

    private final NameOrder familyNameFirst;
    private final Contributors contributors;

    ItalicTitleReader(NameOrder familyNameFirst) {
        this.familyNameFirst = familyNameFirst;
        this.contributors = new Contributors(familyNameFirst);
    }

    private static final Pattern COMPANY_SUFFIX = Pattern.compile("(?i)(inc|ltd|co|corp|llc|gmbh)\\.?");
    /** About when books were first printed in Europe: an earlier "year" after a title is a page. */
    private static final int FIRST_PRINTED_YEAR = 1450;

    /** An italic title followed by place and year, without parentheses: "_Report_, New York, 1837, p. 31". */
    Citation italicBook(Segment s) {
        int t = s.italic();
        Reference.Builder ref = Reference.builder(ItemType.BOOK);
        ref.authors(contributors.authors(s.fields().subList(0, t), s.flags()));
        String title = s.fields().get(t).text();
        Matcher vt = FieldText.volumeInTitle(title);
        if (vt != null) {
            title = vt.group(1).strip();
            ref.volume(vt.group(2));
        }
        ref.title(title);
        int i = contributors.modifiers(s.fields(), t + 1, ref);
        List<String> where = new ArrayList<>();
        List<String> remarks = new ArrayList<>(); // "45th Cong., 3rd sess.", "H. Rep. 2": kept as the note
        PartialDate year = null;
        // "…, 1991. UNC Press Books, 2016: 122.": a first year is the original edition's, the last one this
        // edition's; a colon after the year (bibliography style) introduces the page.
        for (; i < s.fields().size(); i++) {
            Field f = s.fields().get(i);
            if (f.isPlain() && Dates.isYear(f.text())) {
                if (year != null) {
                    ref.originalDate(year);
                }
                year = Dates.parse(f.text());
                if (f.colonAfter() || !moreFacts(s.fields(), i + 1)) {
                    i++;
                    break;
                }
            } else if (f.isPlain() && Contributors.isCongressional(f.text())) {
                remarks.add(f.text());
            } else if (year != null && Locators.isLocator(f.text())) {
                break;
            } else if (!contributors.applyModifier(f, ref) && !TrailingLocator.consumeTrailing(f, s.fields(), i, ref)) {
                where.add(f.text());
            }
        }
        ref.issued(year);
        if (!remarks.isEmpty()) {
            // A congressional paper is a report (CSL), which needs no publisher: Chicago gives none (14.298).
            ref.note(String.join(", ", remarks)).type(ItemType.REPORT);
        }
        for (int k = where.size() - 1; k > 0; k--) {
            if (PatternChecks.matches(COMPANY_SUFFIX, where.get(k))) {
                where.set(k - 1, where.get(k - 1) + ", " + where.remove(k)); // "O’Reilly Media, Inc."
            }
        }
        if (where.size() == 1) {
            // "New York, 1837" names a place; "SAGE, 1991" a publisher.
            if (Places.isPlace(where.get(0))) {
                ref.publisherPlace(where.get(0));
            } else {
                ref.publisher(where.get(0));
            }
        } else if (!where.isEmpty()) {
            PublicationFacts.publicationFacts(String.join(where.size() == 2 && !PublicationFacts.PUBLISHER_WORD.find(where.get(0))
                    ? ": " : ", ", where), ref);
        }
        for (; i < s.fields().size() && TrailingLocator.consumeTrailing(s.fields().get(i), s.fields(), i, ref); i++) {
            // a URL or DOI after the year
        }
        List<Field> tail = new ArrayList<>();
        for (Field f : s.fields().subList(i, s.fields().size())) {
            if (!TrailingLocator.consumeTrailing(f, s.fields(), s.fields().indexOf(f), ref)) {
                tail.add(f);
            }
        }
        LocatorAndPage lp = tail.isEmpty() ? null : TrailingLocator.locatorAndPage(tail);
        Locator locator = lp == null ? null : lp.locator();
        String suffix = tail.isEmpty() || lp != null ? null : FieldText.joinText(tail);
        return new FullCitation(ref.build(), locator, s.raw(), s.span(), s.prefix(), suffix, s.flags());
    }

    /** Whether publication facts (a place, a publisher, another year) follow, rather than only locators. */
    private static boolean moreFacts(List<Field> fields, int from) {
        for (int i = from; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.isPlain() || TrailingLocator.isUrl(f.text())) {
                return false;
            }
            if (!Locators.isLocator(f.text()) || Dates.isYear(f.text())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a plain year stands among the fields after index {@code t}, before any locator-only tail. */
    static boolean yearAfter(List<Field> fields, int t) {
        for (int i = t + 1; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (f.isPlain() && Dates.isYear(f.text())) {
                // "Caro, *Power Broker*, 1020": four digits before print are a page, not the year.
                return Integer.parseInt(f.text().substring(0, 4)) >= FIRST_PRINTED_YEAR;
            }
            if (f.isPlain() && Locators.isLocator(f.text())) {
                return false;
            }
        }
        return false;
    }

    /**
     * "_Fourth Annual Report …_, New York, 1837, p. 31": an italic title, then where and when — a full citation
     * in the older style, without parentheses.
     */
    @Override
    public boolean accepts(Segment s) {
        // "Hartley's _Diary_, Sept. 6, 1676": the years are the entry's date, where in the diary, not the edition's.
        return s.italic() >= 0 && yearAfter(s.fields(), s.italic()) && TrailingLocator.datedFrom(s.fields()) < 0;
    }

    @Override
    public Citation read(Segment s) {
        Citation c = italicBook(s);
        return c == null ? NOTHING : c;
    }
}

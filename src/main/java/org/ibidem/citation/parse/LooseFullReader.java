package org.ibidem.citation.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ibidem.citation.Citation;
import org.ibidem.citation.FullCitation;
import org.ibidem.citation.NameOrder;
import org.ibidem.citation.StyleFlag;
import org.ibidem.citation.UnparsedCitation;
import org.ibidem.document.TextSpan;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Locator;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;

/**
 * Reads a full citation without publication facts that still names its work in full: a date, a URL, an access
 * date ("Jane Doe, Field Notes, March 3, 2020, https://…").
 */
final class LooseFullReader implements CitationReader {

    private final NameOrder familyNameFirst;
    private final Contributors contributors;

    LooseFullReader(NameOrder familyNameFirst) {
        this.familyNameFirst = familyNameFirst;
        this.contributors = new Contributors(familyNameFirst);
    }

    /** A full citation without quotes or parentheses: "Author, Title, Site, March 3, 2024, https://…". */
    private Citation looseFull(Segment s) {
        Reference.Builder ref = Reference.builder(ItemType.WEBPAGE);
        List<Field> head = new ArrayList<>();
        List<Field> tail = new ArrayList<>();
        boolean inTail = false;
        for (int i = 0; i < s.fields().size(); i++) {
            Field f = s.fields().get(i);
            if (TrailingLocator.consumeTrailing(f, s.fields(), i, ref)) {
                inTail = true;
                if (i + 1 < s.fields().size() && Dates.isMonthDay(f.text()) && Dates.isYear(s.fields().get(i + 1).text())) {
                    i++;
                }
            } else if (inTail) {
                tail.add(f);
            } else if (!contributors.applyModifier(f, ref)) {
                head.add(f);
            }
        }
        int authorCount = Contributors.leadingNameFields(head);
        ref.authors(contributors.authors(head.subList(0, authorCount), s.flags()));
        List<Field> rest = head.subList(authorCount, head.size());
        if (rest.isEmpty()) {
            return new UnparsedCitation("a date or URL but no title", s.raw(), s.span());
        }
        ref.title(rest.get(0).text());
        if (rest.size() > 1) {
            ref.containerTitle(FieldText.joinText(rest.subList(1, rest.size())));
        }
        Reference built = ref.build();
        if (built.url() == null) {
            ref.type(built.containerTitle() == null ? ItemType.BOOK : ItemType.ARTICLE_MAGAZINE);
        }
        LocatorAndPage lp = tail.isEmpty() ? null : TrailingLocator.locatorAndPage(tail);
        Locator locator = lp == null ? null : lp.locator();
        String suffix = tail.isEmpty() || lp != null ? null : FieldText.joinText(tail);
        return new FullCitation(ref.build(), locator, s.raw(), s.span(), s.prefix(), suffix, s.flags());
    }

    /** Whether these fields hold a date with a year or a URL: then a citation without quotes is still full. */
    static boolean hasFullSignals(List<Field> fields) {
        for (int i = 0; i < fields.size(); i++) {
            String t = fields.get(i).text();
            if (TrailingLocator.isUrl(t) || TrailingLocator.isAccessed(t)) {
                return true;
            }
            if (Dates.isMonthDay(t) && i + 1 < fields.size() && Dates.isYear(fields.get(i + 1).text())) {
                return true;
            }
            PartialDate d = Dates.parse(t);
            if (d != null && (d.month() > 0 || d.season() != null)) {
                return true;
            }
        }
        return false;
    }

    /** A URL, an access date or another sign of a full citation, with no facts in parentheses. */
    @Override
    public boolean accepts(Segment s) {
        // "Hartley's Diary, Jan. 28, 1684-5": a date of writing is where in the diary, not when it was published.
        return hasFullSignals(s.fields()) && TrailingLocator.datedFrom(s.fields()) < 0;
    }

    @Override
    public Citation read(Segment s) {
        Citation c = looseFull(s);
        return c == null ? NOTHING : c;
    }
}

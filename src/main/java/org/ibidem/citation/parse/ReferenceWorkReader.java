package org.ibidem.citation.parse;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.citation.Citation;
import org.ibidem.citation.FullCitation;
import org.ibidem.citation.StyleFlag;
import org.ibidem.document.TextSpan;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;

/**
 * Reads an entry in a dictionary or encyclopedia cited "under the word": "Oxford English Dictionary, s.v.
 * “historiography,” accessed May 1, 2020".
 */
final class ReferenceWorkReader implements CitationReader {

    ReferenceWorkReader() {
    }

    private static final Pattern SUB_VERBO = Pattern.compile("(?i)s\\.\\s?v\\.?|sub verbo");
    private static final Pattern ENCYCLOPEDIA_NAME = Pattern.compile("(?i)encyclop|britannica|wikipedia");

    /**
     * An entry in a dictionary or encyclopedia cited "under the word" (CMOS 14.233): "Oxford English Dictionary,
     * s.v. “historiography,” accessed May 1, 2020, https://www.oed.com/" or "Encyclopaedia Britannica, 15th ed.,
     * s.v. “Salvation Army.”" The reference work is the container, the headword the entry's title; an edition may
     * stand between them, a revision or access date and a URL after. Null when no field is "s.v." with a work
     * before it and a headword after it.
     */
    static Citation subVerbo(Segment s) {
        int sv = -1;
        for (int i = 1; i + 1 < s.fields().size() && sv < 0; i++) {
            String t = s.fields().get(i).text();
            if (s.fields().get(i).isPlain() && t.length() <= 9 && (t.charAt(0) | 0x20) == 's'
                    && PatternChecks.matches(SUB_VERBO, t)) {
                sv = i;
            }
        }
        if (sv < 0 || s.fields().get(0).kind() == Field.Kind.QUOTED || s.fields().get(0).kind() == Field.Kind.PAREN) {
            return null;
        }
        String work = s.fields().get(0).text();
        ItemType type = PatternChecks.find(ENCYCLOPEDIA_NAME, work) ? ItemType.ENTRY_ENCYCLOPEDIA
                : ItemType.ENTRY_DICTIONARY;
        Reference.Builder ref = Reference.builder(type).containerTitle(work).title(s.fields().get(sv + 1).text());
        for (int i = 1; i < sv; i++) {
            Matcher ed = PublicationFacts.EDITION.matcher(s.fields().get(i).text());
            if (!ed.matches()) {
                return null; // something this rule does not know stands between the work and "s.v."
            }
            ref.edition(PublicationFacts.edition(ed.group(1), ed.group(2)));
        }
        for (int i = sv + 2; i < s.fields().size(); i++) {
            String t = s.fields().get(i).text();
            if (s.fields().get(i).isPlain() && t.regionMatches(true, 0, "last modified ", 0, 14)) {
                // An online work's revision date stands for its date: "last modified April 2, 2021".
                String date = t.substring(14);
                if (i + 1 < s.fields().size() && Dates.isYear(s.fields().get(i + 1).text())) {
                    date = date + ", " + s.fields().get(++i).text();
                }
                PartialDate d = Dates.parse(date);
                if (d == null) {
                    return null;
                }
                ref.issued(d);
            } else if (!TrailingLocator.consumeTrailing(s.fields().get(i), s.fields(), i, ref)) {
                return null;
            }
        }
        return new FullCitation(ref.build(), null, s.raw(), s.span(), s.prefix(), null, s.flags());
    }

    /** No publication facts in parentheses (an edition may stand between the work and "s.v."). */
    @Override
    public boolean accepts(Segment s) {
        return s.facts() < 0;
    }

    @Override
    public Citation read(Segment s) {
        return subVerbo(s);
    }
}

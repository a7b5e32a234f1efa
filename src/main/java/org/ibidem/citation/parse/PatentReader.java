package org.ibidem.citation.parse;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.citation.Citation;
import org.ibidem.citation.FullCitation;
import org.ibidem.citation.NameOrder;
import org.ibidem.citation.Names;
import org.ibidem.citation.StyleFlag;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;

/**
 * Reads a patent (CMOS 14.157): "U.S. Patent No. 5,123,456 (issued Jan. 1, 1999)", "Smith, U.S. Patent
 * 5,123,456, col. 3". The inventor, if named, comes first; the issuing office ("U.S.", "European", "GB") is the
 * authority, the patent's number its number, the date of issue (or filing) its date; a column or page after it
 * is the locator.
 */
final class PatentReader implements CitationReader {

    // Bounded pieces throughout: the inventor and the locator cannot run over the whole note.
    private static final Pattern PATENT = Pattern.compile(
            "^(?:([^,]{1,80}),\\s*)?(U\\.\\s?S\\.|[A-Z][a-z]{2,15}|[A-Z]{2,3})\\s+Patent\\s+(?:No\\.\\s*)?"
                    + "(\\d[\\d,]{0,14}(?:\\s?[A-Z]\\d?)?)"
                    + "(?:\\s*\\((?:(issued|granted|filed)\\s+)?([^()]{1,40})\\))?(?:,\\s*(.{1,60}))?$");

    private final NameOrder nameOrder;

    PatentReader(NameOrder nameOrder) {
        this.nameOrder = nameOrder;
    }

    @Override
    public boolean readsFields() {
        return false;
    }

    /** The body says "Patent". */
    @Override
    public boolean accepts(Segment s) {
        return s.body().contains(" Patent ");
    }

    @Override
    public Citation read(Segment s) {
        Matcher m = PATENT.matcher(s.body());
        if (!m.matches()) {
            return null;
        }
        PartialDate date = m.group(5) == null ? null : Dates.parse(m.group(5));
        Locator locator = m.group(6) == null ? null : Locators.parse(m.group(6));
        if (m.group(5) != null && date == null || m.group(6) != null && locator == null) {
            return null; // something after the number this reader does not know
        }
        List<Name> inventors = m.group(1) == null || !Names.looksLikeNames(m.group(1).strip()) ? List.of()
                : Names.parseList(m.group(1).strip(), nameOrder);
        if (m.group(1) != null && inventors.isEmpty()) {
            return null;
        }
        Reference patent = Reference.builder(ItemType.PATENT).authors(inventors)
                .authority(m.group(2).replace(" ", "")).number(m.group(3)).issued(date).build();
        Set<StyleFlag> flags = s.flags();
        return new FullCitation(patent, locator, s.raw(), s.span(), s.prefix(), null, flags);
    }
}

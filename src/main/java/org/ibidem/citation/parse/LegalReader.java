package org.ibidem.citation.parse;

import org.ibidem.citation.Citation;
import org.ibidem.citation.NameOrder;

/**
 * Reads legal sources: cases ("Brown v. Board of Education, 347 U.S. 483, 495 (1954)"), statutes and codes
 * ("42 U.S.C. § 1983"), constitutions ("U.S. Const. art. I, § 8, cl. 3") and law-review articles. The grammar and
 * its patterns are in {@link LegalSources}; it runs before the field readers because a case name's "v." and a
 * reporter's volume and page do not split into fields as a book's do.
 */
final class LegalReader implements CitationReader {

    private final NameOrder nameOrder;

    LegalReader(NameOrder nameOrder) {
        this.nameOrder = nameOrder;
    }

    @Override
    public boolean readsFields() {
        return false;
    }

    /** {@link LegalSources#read} makes its own cheap tests first. */
    @Override
    public boolean accepts(Segment s) {
        return true;
    }

    @Override
    public Citation read(Segment s) {
        return LegalSources.read(s.raw(), s.span(), s.prefix(), s.body(), s.offset(), s.cutOff(), nameOrder);
    }
}

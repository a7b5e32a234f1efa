package org.ibidem.citation.parse;

import java.util.List;
import org.ibidem.citation.Citation;
import org.ibidem.citation.ShortCitation;
import org.ibidem.document.TextSpan;

/**
 * Reads a work cited by the abbreviation of its title, with the edition's year in parentheses: "*TAMO* (1563),
 * 1335–6", "*CSP Dom.* (1547), 12". An abbreviation in capitals stands for a work the writer gave in full before
 * (often with "or TAMO" or "hereafter TAMO" in that citation); the year names the edition read, and is no
 * publication facts of a work of its own, which the book reader would otherwise make of it.
 *
 * <p>Stateless and thread-safe.
 */
final class AbbreviatedTitleReader implements CitationReader {

    /** An italic title first, in capitals, then a year in parentheses. */
    @Override
    public boolean accepts(Segment s) {
        List<Field> f = s.fields();
        return f.size() >= 2 && f.get(0).kind() == Field.Kind.ITALIC && isAbbreviation(f.get(0).text())
                && f.get(1).kind() == Field.Kind.PAREN && Dates.isYear(f.get(1).text().strip());
    }

    @Override
    public Citation read(Segment s) {
        List<Field> rest = s.fields().subList(2, s.fields().size());
        if (!TrailingLocator.allLocators(rest)) {
            return null;
        }
        Field title = s.fields().get(0);
        TextSpan titleSpan = new TextSpan(s.offset() + title.start(), s.offset() + title.end());
        return new ShortCitation(ShortCitation.Form.TITLE_ONLY, List.of(), title.text(), null,
                TrailingLocator.locatorOf(rest), titleSpan, s.raw(), s.span(), s.prefix(), null, s.flags());
    }

    /** Two to eight capital letters (and perhaps a period or a space between them): "TAMO", "LP", "CSP Dom.". */
    static boolean isAbbreviation(String text) {
        String t = text.strip();
        if (t.length() < 2 || t.length() > 10 || !Character.isUpperCase(t.charAt(0)) || !Character.isUpperCase(t.charAt(1))) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Character.isLetter(c) && c != '.' && c != ' ') {
                return false;
            }
        }
        return true;
    }
}

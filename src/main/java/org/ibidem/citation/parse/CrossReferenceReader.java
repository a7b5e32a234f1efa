package org.ibidem.citation.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.citation.Citation;
import org.ibidem.citation.NameOrder;
import org.ibidem.citation.Names;
import org.ibidem.citation.CrossReference;
import org.ibidem.document.TextSpan;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Name;

/**
 * Reads cross-references to an earlier note: "Smith, supra note 3, at 45", "n. 7 above", OSCOLA's "Smith (n 3)
 * 45", and the Latin forms "Smith, op. cit., 12" and "loc. cit.", as {@link CrossReference}s.
 */
final class CrossReferenceReader implements CitationReader {

    private final NameOrder familyNameFirst;

    CrossReferenceReader(NameOrder familyNameFirst) {
        this.familyNameFirst = familyNameFirst;
    }

    static final Pattern OP_CIT = Pattern.compile("(?:^|,\\s*|\\s+)(op\\.?\\s*cit|loc\\.?\\s*cit)\\.?",
            Pattern.CASE_INSENSITIVE);
    // "Smith, supra note 3, at 45", "Smith, supra n. 3", "n. 7 above", "see note 7 above, 12".
    static final Pattern SUPRA = Pattern.compile(
            "^(?:(.{1,120}?),\\s*)?(?:supra\\s+(?:note|n\\.)\\s*(\\d{1,5})|(?:note|n\\.)\\s*(\\d{1,5})\\s+above)"
                    + "(?:,?\\s*(?:at\\s+)?(.{1,80}))?$", Pattern.CASE_INSENSITIVE);

    // OSCOLA's cross-reference: "Dicey (n 9) 3", "Lord Bingham (n 4) 6-10", "Raz (n 15)". Groups: who, note, rest.
    static final Pattern OSCOLA_NOTE = Pattern.compile(
            "^(?:(.{1,120}?)\\s+)?\\(nn?\\s*(\\d{1,5})\\)(?:,?\\s*(.{1,80}))?$");

    private Citation supra(String raw, TextSpan span, String prefix, Matcher m) {
        String authorPart = m.group(1) == null ? "" : m.group(1).strip();
        boolean oscola = m.pattern() == OSCOLA_NOTE;
        int note = Integer.parseInt(oscola || m.group(2) != null ? m.group(2) : m.group(3));
        List<Name> authors = authorPart.isEmpty() || !Names.looksLikeNames(FieldText.stripPossessive(authorPart))
                ? List.of() : Names.parseList(FieldText.stripPossessive(authorPart), familyNameFirst);
        String rest = m.group(oscola ? 3 : 4);
        Locator locator = rest == null ? null : Locators.parse(rest);
        String suffix = rest == null || locator != null ? null : rest;
        return new CrossReference(CrossReference.Form.NOTE, authors, note, locator, raw, span, prefix, suffix);
    }

    private Citation opCit(String raw, TextSpan span, String prefix, String body, Matcher m) {
        String authorPart = body.substring(0, m.start()).strip();
        String rest = FieldText.LEADING_PUNCTUATION.matcher(body.substring(m.end())).replaceFirst("");
        List<Name> authors = authorPart.isEmpty() || !Names.looksLikeNames(FieldText.stripPossessive(authorPart))
                ? List.of() : Names.parseList(FieldText.stripPossessive(authorPart), familyNameFirst);
        Locator locator = rest.isEmpty() ? null : Locators.parse(rest);
        String suffix = rest.isEmpty() || locator != null ? null : rest;
        CrossReference.Form form = Character.toLowerCase(m.group(1).charAt(0)) == 'l' ? CrossReference.Form.LOC_CIT
                : CrossReference.Form.OP_CIT;
        return new CrossReference(form, authors, 0, locator, raw, span, prefix, suffix);
    }

    @Override
    public boolean readsFields() {
        return false;
    }

    /** The text says "supra", "above" or "cit". */
    @Override
    public boolean accepts(Segment s) {
        return s.has(HeadReader.HAS_SUPRA | HeadReader.HAS_ABOVE | HeadReader.HAS_CIT) || s.body().contains("(n ");
    }

    @Override
    public Citation read(Segment s) {
        if (s.has(HeadReader.HAS_SUPRA | HeadReader.HAS_ABOVE)) {
            // "Roe, supra note 3, at 82 n.16 (explaining …)": what the writer says of the page is the suffix.
            String body = s.body();
            int explained = Parentheticals.trailingStart(body);
            Matcher supra = SUPRA.matcher(explained > 0 ? body.substring(0, explained) : body);
            if (supra.matches()) {
                Citation c = supra(s.raw(), s.span(), s.prefix(), supra);
                return explained > 0 ? Suffixes.withSuffix(c, body.substring(explained).strip()) : c;
            }
        }
        if (s.body().contains("(n ")) {
            Matcher oscola = OSCOLA_NOTE.matcher(s.body());
            if (oscola.matches()) {
                return supra(s.raw(), s.span(), s.prefix(), oscola);
            }
        }
        Matcher opCit = s.has(HeadReader.HAS_CIT) ? OP_CIT.matcher(s.body()) : null;
        if (opCit != null && opCit.find()) {
            return opCit(s.raw(), s.span(), s.prefix(), s.body(), opCit);
        }
        return null;
    }
}

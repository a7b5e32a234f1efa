package org.ibidem.citation.parse;

import java.util.List;
import java.util.Set;
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
            "^(?:(.{1,300}?),\\s*)?(?:supra\\s+(?:note|n\\.)\\s*(\\d{1,5})|(?:note|n\\.)\\s*(\\d{1,5})\\s+above)"
                    + "(?:,?\\s*(?:at\\s+)?(.{1,80}))?$", Pattern.CASE_INSENSITIVE);

    // OSCOLA's cross-reference: "Dicey (n 9) 3", "Lord Bingham (n 4) 6-10", "Raz (n 15)". Groups: who, note, rest.
    static final Pattern OSCOLA_NOTE = Pattern.compile(
            "^(?:(.{1,120}?)\\s+)?\\(nn?\\s*(\\d{1,5})\\)(?:,?\\s*(.{1,80}))?$");

    // "Holmes, supra": the Bluebook's cross-reference to a work cited in the same note or just before, without the
    // note's number. Groups: who, rest.
    static final Pattern SUPRA_ALONE = Pattern.compile(
            "^(.{1,120}?),\\s*supra(?![\\s,]*(?:notes?|nn?\\.)\\s)(?:,?\\s*(?:at\\s+)?(.{1,80}))?$",
            Pattern.CASE_INSENSITIVE);
    // A cross-reference to a part of the writer's own text, which cites no work: "infra Section II.C", "see supra
    // Part III.A", "Section V.B".
    static final Pattern INTERNAL = Pattern.compile(
            "^(?:(?:infra|supra)\\s+)?(?:Sections?|Parts?)\\s+[IVX]{1,6}\\b.{0,200}$");

    private static final Pattern NAME_SUFFIX = Pattern.compile(",\\s*(?:Jr\\.|Sr\\.|II|III|IV)$");

    private Citation supra(String raw, TextSpan span, String prefix, Matcher m) {
        String authorPart = m.group(1) == null ? "" : m.group(1).strip();
        int sentence = Parentheticals.nextSentence(authorPart, 0);
        while (sentence > 0) {
            // "He watched the videos. Max, supra note 6": the sentences before the name are commentary.
            authorPart = authorPart.substring(sentence);
            sentence = Parentheticals.nextSentence(authorPart, 0);
        }
        boolean oscola = m.pattern() == OSCOLA_NOTE;
        int note = Integer.parseInt(oscola || m.group(2) != null ? m.group(2) : m.group(3));
        String title = null;
        int comma = authorPart.indexOf(", ");
        if (!oscola && !authorPart.isEmpty() && (comma > 0 && !NAME_SUFFIX.matcher(authorPart).find()
                || !Names.looksLikeNames(FieldText.stripPossessive(authorPart)))) {
            // "Roe, Sexual Privacy, supra note 25": the author (in reading order, as the Bluebook writes names)
            // and the short title of one of that note's works; "Who Is Liable?, supra note 41": a title alone.
            String who = comma > 0 ? authorPart.substring(0, comma) : "";
            boolean named = !who.isEmpty() && Names.looksLikeNames(FieldText.stripPossessive(who));
            title = named ? authorPart.substring(comma + 2).strip() : authorPart;
            authorPart = named ? who : "";
        }
        if (oscola && authorPart.indexOf('(') >= 0) {
            // "R (Jackson) (n 50)": a case's short name, not an author.
            title = authorPart;
            authorPart = "";
        }
        List<Name> authors = authorPart.isEmpty() || !Names.looksLikeNames(FieldText.stripPossessive(authorPart))
                ? List.of() : Names.parseList(FieldText.stripPossessive(authorPart), familyNameFirst);
        String rest = m.group(oscola ? 3 : 4);
        Locator locator = rest == null ? null : Locators.parse(rest);
        String suffix = rest == null || locator != null ? null : rest;
        return new CrossReference(CrossReference.Form.NOTE, authors, title, note, locator, raw, span, prefix, suffix,
                Set.of());
    }

    private Citation opCit(String raw, TextSpan span, String prefix, String body, Matcher m) {
        String authorPart = body.substring(0, m.start()).strip();
        // "This is incorrect. Euseb. loc. cit.": the sentences before the name are commentary.
        for (int next = Parentheticals.nextSentence(authorPart, 0); next > 0;
                next = Parentheticals.nextSentence(authorPart, 0)) {
            authorPart = authorPart.substring(next);
        }
        String rest = FieldText.LEADING_PUNCTUATION.matcher(body.substring(m.end())).replaceFirst("");
        List<Name> authors = authorPart.isEmpty() || !Names.looksLikeNames(FieldText.stripPossessive(authorPart))
                ? List.of() : Names.parseList(FieldText.stripPossessive(authorPart), familyNameFirst);
        Locator locator = rest.isEmpty() ? null : Locators.parse(rest);
        String suffix = rest.isEmpty() || locator != null ? null : rest;
        CrossReference.Form form = Character.toLowerCase(m.group(1).charAt(0)) == 'l' ? CrossReference.Form.LOC_CIT
                : CrossReference.Form.OP_CIT;
        return new CrossReference(form, authors, null, 0, locator, raw, span, prefix, suffix, Set.of());
    }

    /** "Roe, supra note 3, at 82 n.16 (explaining …)": what the writer says of the page is the suffix. */
    private Citation supra(Segment s, String body) {
        int explained = Parentheticals.trailingStart(body);
        String core = explained > 0 ? body.substring(0, explained) : body;
        Matcher supra = SUPRA.matcher(core);
        Citation c = null;
        if (supra.matches()) {
            c = supra(s.raw(), s.span(), s.prefix(), supra);
        } else {
            Matcher alone = SUPRA_ALONE.matcher(core);
            if (alone.matches() && Names.looksLikeNames(FieldText.stripPossessive(alone.group(1).strip()))) {
                // "Holmes, supra": the work of Holmes cited last, as "op. cit." points to it.
                List<Name> authors = Names.parseList(FieldText.stripPossessive(alone.group(1).strip()),
                        familyNameFirst);
                String rest = alone.group(2);
                Locator locator = rest == null ? null : Locators.parse(rest);
                c = new CrossReference(CrossReference.Form.OP_CIT, authors, null, 0, locator, s.raw(), s.span(),
                        s.prefix(), rest == null || locator != null ? null : rest, Set.of());
            }
        }
        return c == null || explained <= 0 ? c : Suffixes.withSuffix(c, body.substring(explained).strip());
    }

    @Override
    public boolean readsFields() {
        return false;
    }

    /** The text says "supra", "above" or "cit", or opens with "infra" or a part of the text ("Section II"). */
    @Override
    public boolean accepts(Segment s) {
        return s.has(HeadReader.HAS_SUPRA | HeadReader.HAS_ABOVE | HeadReader.HAS_CIT) || s.body().contains("(n ")
                || mayReferToTheText(s.body());
    }

    private static boolean mayReferToTheText(String body) {
        return body.startsWith("infra") || body.startsWith("Section") || body.startsWith("Part");
    }

    @Override
    public Citation read(Segment s) {
        if (mayReferToTheText(s.body()) || s.body().startsWith("supra ")) {
            String body = s.body();
            int explained = Parentheticals.trailingStart(body);
            if (INTERNAL.matcher(explained > 0 ? body.substring(0, explained) : body).matches()) {
                return NOTHING; // "see infra Section II.C (discussing …)": the writer's own text, no work
            }
        }
        if (s.has(HeadReader.HAS_SUPRA | HeadReader.HAS_ABOVE)) {
            // Emphasis marks a converter left as text ("Roe,* Title, supra* note 25") are no part of the grammar.
            String body = s.body().indexOf('*') < 0 ? s.body() : s.body().replace("*", "").replace("  ", " ");
            Citation c = supra(s, body);
            // "Roe, supra note 3, at 554 (explaining …). State agencies make these laws.": commentary after it.
            int commentary = c == null ? Parentheticals.commentaryStart(body) : -1;
            if (commentary > 0) {
                c = supra(s, body.substring(0, commentary - 1));
                return c == null ? null : Suffixes.withSuffix(c, body.substring(commentary).strip());
            }
            if (c != null) {
                return c;
            }
        }
        if (s.body().contains("(n ")) {
            Matcher oscola = OSCOLA_NOTE.matcher(s.body());
            if (oscola.matches()) {
                return supra(s.raw(), s.span(), s.prefix(), oscola);
            }
        }
        Matcher opCit = s.has(HeadReader.HAS_CIT) && hasOpOrLocCit(s.body()) ? OP_CIT.matcher(s.body()) : null;
        if (opCit != null && opCit.find()) {
            return opCit(s.raw(), s.span(), s.prefix(), s.body(), opCit);
        }
        return null;
    }

    /**
     * Whether an "op" or "loc" stands before a "cit" in the text, with perhaps a period and white space between
     * ({@code op\.?\s*cit}, in any ASCII case): what {@link #OP_CIT} needs, and "City" or "citizens" have not.
     */
    static boolean hasOpOrLocCit(String text) {
        for (int i = 2; i + 3 <= text.length(); i++) {
            if (!KeywordPattern.asciiWordAt(text, i, "cit")) {
                continue;
            }
            int j = i;
            while (j > 0 && PatternChecks.isSpace(text.charAt(j - 1))) {
                j--;
            }
            if (j > 0 && text.charAt(j - 1) == '.') {
                j--;
            }
            if (j >= 2 && KeywordPattern.asciiWordAt(text, j - 2, "op")
                    || j >= 3 && KeywordPattern.asciiWordAt(text, j - 3, "loc")) {
                return true;
            }
        }
        return false;
    }
}

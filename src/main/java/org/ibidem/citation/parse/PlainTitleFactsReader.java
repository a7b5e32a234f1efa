package org.ibidem.citation.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ibidem.citation.Citation;
import org.ibidem.citation.FullCitation;
import org.ibidem.citation.NameOrder;
import org.ibidem.citation.Names;
import org.ibidem.reference.Locator;

/**
 * A book cited in the older (and the continental) way with its title in roman, not italics, and its place and year
 * run on after commas without parentheses: "Symbolic Logic, London, 1881.", "A. Hale, The Drained Land,
 * Leipsic, 1890, p. 45". The place, a known place of printing, says where the title ends: the field before it (and
 * before any locator or volume written ahead of the facts: "Manuel, Chap. I., §8, Paris, 1905"). A place and a
 * year may share a field ("London 1854").
 *
 * <p>The rest is read as {@link ItalicTitleReader} reads an italic title. Stateless and thread-safe.
 */
final class PlainTitleFactsReader implements CitationReader {

    private static final Pattern VOLUME = Pattern.compile("(?i)vol(?:ume)?\\.?\\s*(?:\\d{1,3}|[ivxlc]{1,6})\\.?");

    private final ItalicTitleReader italic;

    PlainTitleFactsReader(NameOrder familyNameFirst) {
        this.italic = new ItalicTitleReader(familyNameFirst);
    }

    /** No italics, quotes or facts in parentheses; a plain year (from 1450) stands after the second field. */
    @Override
    public boolean accepts(Segment s) {
        return s.italic() < 0 && s.quoted() < 0 && s.facts() < 0 && s.fields().size() >= 2 && place(s.fields()) > 0;
    }

    @Override
    public Citation read(Segment s) {
        List<Field> fields = splitPlaceAndYear(s.fields());
        int k = place(fields);
        if (k <= 0) {
            return null;
        }
        // Locators written before the facts ("Chap. I., §8, Paris, 1905"): the place cited, kept for the end; a
        // volume there ("Vol. I., Leipsic, 1890") is the volume the facts are of.
        int t = k - 1;
        while (t > 0 && fields.get(t).isPlain()
                && (Locators.isLocator(fields.get(t).text()) || isVolume(fields.get(t).text()))) {
            t--;
        }
        List<Field> volumes = new ArrayList<>(1);
        List<Field> places = new ArrayList<>(2);
        for (Field f : fields.subList(t + 1, k)) {
            if (isVolume(f.text())) {
                // "Vol. I.": the stop ends the abbreviation of the numeral, not the volume's name.
                String v = FieldTokenizer.stripTrailing(f.text(), ".");
                volumes.add(new Field(Field.Kind.PLAIN, v, f.start(), f.start() + v.length(), f.colonAfter()));
            } else {
                places.add(f);
            }
        }
        Locator ahead = places.isEmpty() ? null : Locators.parse(FieldText.joinText(places));
        if (!places.isEmpty() && ahead == null || !fields.get(t).isPlain() || !authorsOnly(fields.subList(0, t))
                || t == 0 && fields.get(0).text().indexOf(' ') < 0) {
            // (A single word before the facts is an author's name, "Kempe, Berlin, 1961", not a title.)
            return null;
        }
        List<Field> read = new ArrayList<>(fields.size());
        read.addAll(fields.subList(0, t));
        Field title = fields.get(t);
        read.add(new Field(Field.Kind.ITALIC, title.text(), title.start(), title.end(), title.colonAfter()));
        read.addAll(volumes);
        read.addAll(fields.subList(k, fields.size()));
        Citation c = italic.italicBook(s.withFields(read));
        if (ahead != null && c instanceof FullCitation f && f.locator() == null) {
            return new FullCitation(f.reference(), ahead, f.text(), f.span(), f.prefix(), f.suffix(), f.flags());
        }
        return c;
    }

    /** "Vol. I.", "vol. 3": a volume alone. */
    private static boolean isVolume(String text) {
        return text.length() >= 5 && (text.charAt(0) == 'V' || text.charAt(0) == 'v')
                && PatternChecks.matches(VOLUME, text);
    }

    /** Whether the fields before the title are names (or there are none). */
    private static boolean authorsOnly(List<Field> head) {
        for (Field f : head) {
            if (!f.isPlain() || !Names.looksLikeNames(f.text())) {
                return false;
            }
        }
        return true;
    }

    /** The index of the first plain field that is a known place followed by a year (or holding both), or -1. */
    private static int place(List<Field> fields) {
        for (int i = 1; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.isPlain()) {
                continue;
            }
            String text = f.text();
            boolean yearNext = i + 1 < fields.size() && fields.get(i + 1).isPlain() && isPrintedYear(fields.get(i + 1).text());
            // "Kempe, Berlin 1961, 392": a place and a year in one field may be a short title ("Berlin 1961"); they
            // are the facts only after an author and a title.
            if (yearNext && Places.isPlace(text) || i >= 2 && placeThenYear(text) > 0) {
                return i;
            }
        }
        return -1;
    }

    /** Where the year starts in "London 1854" (a place, a space, a year), or -1. */
    private static int placeThenYear(String text) {
        int space = text.length() - 5;
        if (space < 3 || text.charAt(space) != ' ' || !isPrintedYear(text.substring(space + 1))) {
            return -1;
        }
        return Places.isPlace(text.substring(0, space)) ? space + 1 : -1;
    }

    /** The fields with a "London 1854" field cut in two, as the italic reader expects a place and a year. */
    private static List<Field> splitPlaceAndYear(List<Field> fields) {
        List<Field> out = new ArrayList<>(fields.size() + 1);
        for (Field f : fields) {
            int year = f.isPlain() ? placeThenYear(f.text()) : -1;
            if (year > 0) {
                out.add(new Field(Field.Kind.PLAIN, f.text().substring(0, year - 1), f.start(), f.start() + year - 1,
                        false));
                out.add(new Field(Field.Kind.PLAIN, f.text().substring(year), f.start() + year, f.end(), f.colonAfter()));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /** Four digits from when books were printed in Europe: an earlier number is a page. */
    private static boolean isPrintedYear(String text) {
        return Dates.isYear(text) && Integer.parseInt(text.strip().substring(0, 4)) >= 1450;
    }
}

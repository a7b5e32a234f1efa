package org.ibidem.citation.parse;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.citation.Citation;
import org.ibidem.citation.FullCitation;
import org.ibidem.citation.NameOrder;
import org.ibidem.citation.Names;
import org.ibidem.citation.ShortCitation;
import org.ibidem.citation.StyleFlag;
import org.ibidem.citation.UnparsedCitation;
import org.ibidem.document.TextSpan;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Name;
import org.ibidem.reference.Reference;

/**
 * The last reader: short forms ("Beard, SPQR, 12", "Beard, 12", "SPQR, 12"), and a classical reference shaped
 * as one ("Aristotle, Politics 1.2.1253a"), which becomes the full citation it is. What is not a short form either
 * is commentary, or unparsed.
 */
final class ShortFormReader implements CitationReader {

    private final NameOrder familyNameFirst;
    private final Contributors contributors;

    ShortFormReader(NameOrder familyNameFirst) {
        this.familyNameFirst = familyNameFirst;
        this.contributors = new Contributors(familyNameFirst);
    }

    // The numbers a classical work is cited by, at the end of its title: book and section joined by periods
    // ("2.40.1", "1.2.1253a"), or a Stephanus or Bekker page ("514a", "1094a1-3"), with a range after them.
    private static final Pattern CLASSICAL_DIVISIONS = Pattern.compile(
            "\\s((?:\\d{1,4}[a-e]?\\d{0,2}(?:\\.\\d{1,4}[a-e]?\\d{0,2})+|\\d{1,4}[a-e]\\d{0,2})"
            + "(?:\\s*[\u2013-]\\s*\\d{1,4}[a-e]?\\d{0,2}(?:\\.\\d{1,4}[a-e]?\\d{0,2})*)?)$");
    private static final Pattern LOCATOR_THEN_SENTENCE = Pattern.compile("(\\S.{0,40}?\\d)[.:]\\s+(\\p{Lu}.*)");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{4}");
    private static final Pattern TRAILING_DIVISIONS = Pattern.compile(
            "^(.*\\S\\.)\\s+((?:[ivxlc]{1,7}|[IVXLC]{1,7})\\.\\s*\\d{1,4}(?:\\s*[-–]+\\s*\\d{1,4})?)$");
    private static final Pattern TRAILING_PAGE = Pattern.compile(
            "^(.*?\\S)[,\\s]+((?:pp?|vol|vols|lib|cap|ch|col|fol|no)\\.?\\s*[\\divxlcIVXLC].*)$", Pattern.CASE_INSENSITIVE);

    /**
     * A classical reference read as a short form ("Aristotle, Politics 1.2.1253a": author, title and, with no comma
     * between, the work's own book and section numbers, or a Stephanus or Bekker page such as "514a"), as the
     * full citation it is: Chicago gives classical works in that form every time (CMOS 14.242–14.256). Any other
     * short form is returned as it is.
     */
    static Citation classicalReference(ShortCitation s) {
        if (s.form() != ShortCitation.Form.AUTHOR_TITLE || s.locator() != null || s.title() == null
                || s.authors().isEmpty() || s.title().length() > 150 || !Dates.hasDigits(s.title(), 1)) {
            return s;
        }
        Matcher m = CLASSICAL_DIVISIONS.matcher(s.title());
        if (!m.find() || m.start() == 0 || PatternChecks.matches(NUMERIC_DATE, m.group(1))) {
            return s; // "Report 12.5.1944" ends in a date, not in a book and section
        }
        Reference work = Reference.builder(ItemType.BOOK).authors(s.authors())
                .title(s.title().substring(0, m.start()).strip()).build();
        Set<StyleFlag> flags = EnumSet.of(StyleFlag.CANONICAL_REFERENCE);
        flags.addAll(s.flags());
        return new FullCitation(work, new Locator("section", m.group(1)), s.text(), s.span(), s.prefix(),
                s.suffix(), flags);
    }

    /** "Girald. Cambr. p. 760": a locator run into the last field, split off as a field of its own. */
    private static List<Field> splitTrailingLocator(List<Field> fields) {
        if (fields.isEmpty()) {
            return fields;
        }
        Field last = fields.get(fields.size() - 1);
        if (!last.isPlain() || Locators.isLocator(last.text())) {
            return fields;
        }
        Matcher m = mayEndInLabelledPage(last.text()) ? TRAILING_PAGE.matcher(last.text()) : null;
        if (m == null || !m.matches() || !Locators.isLocator(m.group(2))) {
            // "Tacit. Hist. v. 4": a book (or volume) and chapter after an abbreviated title, with no comma.
            m = last.text().indexOf(". ") > 0 ? TRAILING_DIVISIONS.matcher(last.text()) : null;
            if (m == null || !m.matches() || !Locators.isLocator(m.group(2))) {
                return fields;
            }
        }
        List<Field> out = new ArrayList<>(fields.subList(0, fields.size() - 1));
        int locStart = last.start() + m.start(2);
        out.add(new Field(Field.Kind.PLAIN, m.group(1), last.start(), last.start() + m.end(1), false));
        out.add(new Field(Field.Kind.PLAIN, m.group(2), locStart, last.end(), last.colonAfter()));
        return out;
    }

    // The labels TRAILING_PAGE reads, longest first where one opens another.
    private static final String[] PAGE_LABELS = {"pp", "p", "vols", "vol", "lib", "cap", "ch", "col", "fol", "no"};

    /**
     * What every match of {@link #TRAILING_PAGE} holds: after a comma or white space, one of its labels (in ASCII
     * letters of either case), perhaps a period and white space, then a digit or a roman numeral's letter. A
     * necessary test only, run instead of the pattern's lazy search on the many titles that hold no such label.
     */
    static boolean mayEndInLabelledPage(String t) {
        for (int i = 1; i < t.length(); i++) {
            char before = t.charAt(i - 1);
            if (before != ',' && !PatternChecks.isSpace(before)) {
                continue;
            }
            for (String label : PAGE_LABELS) {
                if (KeywordPattern.asciiWordAt(t, i, label) && numeralAfterLabel(t, i + label.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether an optional period, white space, then a digit or one of "ivxlcIVXLC" start at {@code i}. */
    private static boolean numeralAfterLabel(String t, int i) {
        int k = i < t.length() && t.charAt(i) == '.' ? i + 1 : i;
        while (k < t.length() && PatternChecks.isSpace(t.charAt(k))) {
            k++;
        }
        return k < t.length() && (t.charAt(k) >= '0' && t.charAt(k) <= '9' || "ivxlcIVXLC".indexOf(t.charAt(k)) >= 0);
    }

    // ---- Short forms ----

    private Citation shortForm(String raw, TextSpan span, String prefix, List<Field> allFields, int bodyOffset,
                               Set<StyleFlag> flags) {
        int last = allFields.size() - 1;
        LocatorAndPage pinned = last > 0 && allFields.get(last).kind() == Field.Kind.PAREN
                ? Extents.extentThenPinpoint(allFields.subList(last - 1, last + 1)) : null;
        if (pinned != null) {
            // "‘Preface’, in Tarr, 285–88 (pp. 285–86)": the part's extent, then the page cited (MHRA).
            Field pin = allFields.get(last);
            List<Field> withPin = new ArrayList<>(allFields.subList(0, last - 1));
            withPin.add(new Field(Field.Kind.PLAIN, pinned.locator().value(), pin.start(), pin.end(), false));
            return shortFormCore(raw, span, prefix, withPin, bodyOffset, flags);
        }
        if (allFields.size() > 1 && allFields.get(allFields.size() - 1).kind() == Field.Kind.PAREN
                && allFields.get(allFields.size() - 2).isPlain()) {
            // "Gaddis, Cold War, 12 (emphasis added)": a remark in parentheses after the page.
            String remark = "(" + allFields.get(allFields.size() - 1).text() + ")";
            Citation c = shortFormCore(raw, span, prefix, allFields.subList(0, allFields.size() - 1), bodyOffset,
                    flags);
            return c == null ? null : Suffixes.withSuffix(c, remark);
        }
        return shortFormCore(raw, span, prefix, allFields, bodyOffset, flags);
    }

    private Citation shortFormCore(String raw, TextSpan span, String prefix, List<Field> allFields, int bodyOffset,
                                   Set<StyleFlag> flags) {
        String[] remarkOut = new String[1];
        Citation c = shortFormFields(raw, span, prefix, allFields, bodyOffset, flags, remarkOut);
        return c != null && remarkOut[0] != null ? Suffixes.withSuffix(c, remarkOut[0]) : c;
    }

    private Citation shortFormFields(String raw, TextSpan span, String prefix, List<Field> allFields,
                                     int bodyOffset, Set<StyleFlag> flags, String[] remarkOut) {
        List<Field> fields = new ArrayList<>();
        for (Field f : splitTrailingLocator(allFields)) {
            String t = f.text();
            if (f.isPlain() && (t.equalsIgnoreCase("etc") || t.equalsIgnoreCase("etc.") || t.equals("&c")
                    || t.equals("&c."))) {
                // "i. 36, 37, &c.": and the pages after, as older notes write "ff."
                continue; // "Baird, _Collections_, etc., pp. 814-817": "etc." stands for the rest of the title
            }
            if (f.isPlain() && t.regionMatches(true, 0, "etc. ", 0, 5)) {
                f = new Field(Field.Kind.PLAIN, t.substring(5).strip(), f.start() + 5, f.end(), f.colonAfter());
            }
            fields.add(f);
        }
        if (fields.isEmpty()) {
            return null;
        }
        int dated = TrailingLocator.datedFrom(fields);
        if (dated > 0) {
            // "Lowther, Feb. 16-26, 1685": a letter or diary is found by its date, the locator.
            List<Field> day = fields.subList(dated, fields.size());
            Field first = day.get(0);
            Field last = day.get(day.size() - 1);
            fields = new ArrayList<>(fields.subList(0, dated));
            // "May 22,/June 1": the comma the tokenizer cut at stays against the stroke, as written.
            fields.add(new Field(Field.Kind.PLAIN, FieldText.joinText(day).replace(", /", ",/"), first.start(),
                    last.end(), false));
            return datedShortForm(raw, span, prefix, fields, bodyOffset, flags);
        }
        fields = cutAtSentenceAfterLocator(fields, remarkOut);
        int end = fields.size();
        while (end > 0 && TrailingLocator.isLocatorField(fields, end - 1)) {
            end--;
        }
        if (end > 0 && end < fields.size() - 1 && fields.get(end).isPlain()
                && PatternChecks.matches(FieldText.YEAR_SPAN, fields.get(end).text()) && fields.get(end).text().length() > 4
                && !fields.get(end - 1).isTitle()) {
            // "Department of State, Documents on Germany, 1944–1985, 770": a plain title's closing years, then
            // the page — the span is no page range (a page range, "1944–85", would not come before a page).
            end++;
        }
        // A page list ("79-80, 85-86") is cut into several fields; at least one field must stay for the work.
        if (end == 0) {
            return new UnparsedCitation("a page number with no author or title", raw, span);
        }
        if (end == fields.size()) {
            // "Gaddis, Cold War, 13, quoting Lenin": a page, then a remark in lower case. "Correspondence, No. 9,
            // Note communicated by …": a numbered document of a collection, then what the document is.
            for (int i = 1; i < fields.size() - 1; i++) {
                List<Field> after = fields.subList(i + 1, fields.size());
                Locator here = fields.get(i).isPlain() ? Locators.parse(fields.get(i).text()) : null;
                if (here != null && (after.stream().allMatch(f -> f.isPlain() && Character.isLowerCase(f.text().charAt(0)))
                        || here.label().equals("number") && after.stream().allMatch(Field::isPlain))) {
                    remarkOut[0] = FieldText.joinText(after);
                    end = i;
                    fields = fields.subList(0, i + 1);
                    break;
                }
            }
        }
        List<Field> work = new ArrayList<>(fields.subList(0, end));
        List<Field> locatorFields = new ArrayList<>(fields.subList(end, fields.size()));
        if (!locatorFields.isEmpty()) {
            // "Girald. Cambr. p. 761, 762": the page list starts inside the last field of the work.
            List<Field> split = splitTrailingLocator(work);
            if (split.size() > work.size()) {
                locatorFields.add(0, split.get(split.size() - 1));
                work = new ArrayList<>(split.subList(0, split.size() - 1));
            }
        }
        Locator locator = TrailingLocator.locatorOf(locatorFields);
        VolumeThenPage.Split inVolumeFirst = locator == null && !locatorFields.isEmpty()
                ? VolumeThenPage.of(FieldText.joinText(locatorFields)) : null;
        if (inVolumeFirst != null) {
            locator = inVolumeFirst.page(); // "Lee, Collected Papers, 5, p. 286": MHRA's volume, then the page
        }
        if (work.size() > 1 && BareVolumes.isVolumeBefore(work.get(work.size() - 1), locator)) {
            // "Burnet, i, 606": older notes give a multi-volume work's volume as a bare numeral before the page.
            // It is part of the locator ("i, 606", as "Burnet, i. 606" is), never a title.
            locator = new Locator(locator.label(),
                    FieldTokenizer.stripTrailing(work.remove(work.size() - 1).text(), ".") + ", " + locator.value());
        }
        String volume = null;
        Locators.InVolume inVolume = Locators.splitVolume(locator);
        if (inVolume != null) {
            // "Rymer, vol. i. p. 15": the volume tells the work's volumes apart; the page is the locator.
            volume = inVolume.volume();
            locator = inVolume.locator();
        }
        for (int i = work.size() - 1; i > 0; i--) {
            String text = work.get(i).text();
            Matcher vf = Contributors.mayBeVolumeField(text) ? Contributors.VOLUME_FIELD.matcher(text) : null;
            if (work.get(i).isPlain() && vf != null && vf.matches()) {
                volume = FieldTokenizer.stripTrailing(vf.group(1), ".");
                work.remove(i);
            }
        }
        if (volume == null && locator != null) {
            volume = inVolumeFirst != null ? inVolumeFirst.volume() : Locators.volumeOf(locator);
        }
        if (looksLikeCommentary(work) && !opensWithAuthorAndTitle(work)) {
            return null;
        }
        int italicTitle = FieldText.indexOf(work, Field.Kind.ITALIC);
        if (italicTitle < 0) {
            italicTitle = FieldText.indexOf(work, Field.Kind.QUOTED);
        }
        if (italicTitle >= 0) {
            Field t = work.get(italicTitle);
            List<Name> authors = italicTitle == 0 ? List.of() : contributors.authors(work.subList(0, italicTitle), flags);
            String title = t.text();
            Matcher vt = FieldText.volumeInTitle(title);
            if (vt != null) {
                title = vt.group(1).strip();
                volume = vt.group(2);
            }
            String suffix = italicTitle + 1 < work.size() ? FieldText.joinText(work.subList(italicTitle + 1, work.size())) : null;
            TextSpan titleSpan = new TextSpan(bodyOffset + t.start(), bodyOffset + t.end());
            return new ShortCitation(authors.isEmpty() ? ShortCitation.Form.TITLE_ONLY
                    : ShortCitation.Form.AUTHOR_TITLE, authors, title, volume, locator, titleSpan, raw, span, prefix,
                    suffix, flags);
        }
        Field first = work.get(0);
        String firstText = FieldText.stripPossessive(first.text());
        if (work.size() == 1 && !Names.looksLikeNames(firstText) && !Prose.isTitleCase(first.text())) {
            return null; // "See chapter on Demonology.": a cross-reference or remark, not a work
        }
        if (work.size() > 1 && !Names.looksLikeNames(firstText) && !Prose.isTitleCase(FieldText.joinText(work))) {
            return null;
        }
        if (work.size() == 1) {
            // "Correspondence, No. 43": collections number their documents; an author is cited by page.
            boolean numbered = locator != null && locator.label().equals("number")
                    && Prose.splitLength(firstText) == 1;
            if (first.isPlain() && locator != null && Contributors.isIdem(firstText)) {
                // "Idem, 202.": the author of the citation before, by a page alone (the resolver names them).
                Set<StyleFlag> same = EnumSet.of(StyleFlag.SAME_AUTHOR_AS_BEFORE);
                same.addAll(flags);
                return new ShortCitation(ShortCitation.Form.AUTHOR_ONLY, List.of(), null, volume, locator, null,
                        raw, span, prefix, null, same);
            }
            List<Name> named = first.isPlain() && Names.looksLikeNames(firstText) && !numbered
                    && !PeriodicalTitles.isPeriodicalTitle(firstText) // "Court Gazette, May 3": a title
                    ? Names.parseList(firstText, familyNameFirst) : List.of();
            if (!named.isEmpty()) {
                return new ShortCitation(ShortCitation.Form.AUTHOR_ONLY, named, null, volume, locator, null, raw,
                        span, prefix, null, flags);
            }
            if (!FieldText.hasLetter(first.text())) {
                return new UnparsedCitation("no author or title", raw, span); // "&", "& 12."
            }
            String title = first.text();
            Matcher vt = FieldText.volumeInTitle(title);
            if (vt != null) {
                title = vt.group(1).strip();
                volume = vt.group(2);
            }
            TextSpan titleSpan = new TextSpan(bodyOffset + first.start(), bodyOffset + first.end());
            return new ShortCitation(ShortCitation.Form.TITLE_ONLY, List.of(), title, volume, locator, titleSpan,
                    raw, span, prefix, null, flags);
        }
        int nameFields = Contributors.leadingNameFields(work);
        int authorCount = Math.max(1, Math.min(nameFields, work.size() - 1));
        List<Name> authors = authorCount <= nameFields ? contributors.leadingAuthors(work.subList(0, authorCount), flags)
                : contributors.authors(work.subList(0, authorCount), flags);
        List<Field> titleFields = work.subList(authorCount, work.size());
        String title = FieldText.joinText(titleFields);
        Matcher vt = FieldText.volumeInTitle(title);
        if (vt != null) {
            title = vt.group(1).strip();
            volume = vt.group(2);
        }
        TextSpan titleSpan = new TextSpan(bodyOffset + titleFields.get(0).start(),
                bodyOffset + titleFields.get(titleFields.size() - 1).end());
        return new ShortCitation(ShortCitation.Form.AUTHOR_TITLE, authors, title, volume, locator, titleSpan, raw,
                span, prefix, null, flags);
    }

    /** "Lowther, Feb. 16-26, 1685": the writer or series read as a short form, its last field the date. */
    private Citation datedShortForm(String raw, TextSpan span, String prefix, List<Field> fields, int bodyOffset,
                                    Set<StyleFlag> flags) {
        Field day = fields.get(fields.size() - 1);
        String[] remark = new String[1];
        Citation c = shortFormFields(raw, span, prefix, fields.subList(0, fields.size() - 1), bodyOffset, flags,
                remark);
        if (!(c instanceof ShortCitation sc) || sc.locator() != null) {
            return c;
        }
        return new ShortCitation(sc.form(), sc.authors(), sc.title(), sc.volume(), new Locator("date", day.text()),
                sc.titleSpan(), sc.text(), sc.span(), sc.prefix(), sc.suffix(), sc.flags());
    }

    /**
     * "Hartley, i. 605. The Treasury Books prove …", "Hartley, i. 606: Evelyn's …": a page, then a new sentence.
     * The citation ends with its page; what follows is set aside as a remark (older notes run a citation and
     * the author's comment together without a semicolon).
     */
    private static List<Field> cutAtSentenceAfterLocator(List<Field> fields, String[] remarkOut) {
        for (int i = 1; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.isPlain()) {
                continue;
            }
            String rest = null;
            String loc = null;
            Matcher m = hasDigitThenStop(f.text()) ? LOCATOR_THEN_SENTENCE.matcher(f.text()) : null;
            if (m != null && m.matches() && Locators.isLocator(m.group(1))) {
                loc = m.group(1);
                rest = m.group(2);
            } else if (f.colonAfter() && i + 1 < fields.size() && Locators.isLocator(f.text())
                    && Character.isUpperCase(fields.get(i + 1).text().charAt(0))) {
                loc = f.text();
            }
            if (loc == null) {
                continue;
            }
            List<Field> after = fields.subList(i + 1, fields.size());
            String remark = rest == null ? FieldText.joinText(after)
                    : after.isEmpty() ? rest : rest + ", " + FieldText.joinText(after);
            List<Field> out = new ArrayList<>(fields.subList(0, i));
            out.add(new Field(Field.Kind.PLAIN, loc, f.start(), f.start() + loc.length(), false));
            remarkOut[0] = remark;
            return out;
        }
        return fields;
    }

    /**
     * What every match of {@link #LOCATOR_THEN_SENTENCE} holds: a digit, a period or colon, then white space. A
     * necessary test only, run before the pattern on every field of a short form.
     */
    static boolean hasDigitThenStop(String t) {
        for (int i = 0; i + 2 < t.length(); i++) {
            char c = t.charAt(i + 1);
            if ((c == '.' || c == ':') && t.charAt(i) >= '0' && t.charAt(i) <= '9'
                    && PatternChecks.isSpace(t.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    /** "Smith, _A Title_, …": a name, then a title in italics — a citation, however long the rest is. */
    private static boolean opensWithAuthorAndTitle(List<Field> work) {
        return work.size() >= 2 && work.get(0).isPlain() && work.get(1).kind() == Field.Kind.ITALIC
                && Prose.isTitleCase(work.get(1).text()) && Names.looksLikeNames(FieldText.stripPossessive(work.get(0).text()));
    }

    /** Prose rather than a reference: many words, mostly lower case, no quoted title. */
    private static boolean looksLikeCommentary(List<Field> work) {
        String text = FieldText.joinText(work);
        int words = Prose.splitLength(text); // the words of WHITESPACE.split(text), counted without cutting
        if (words <= 8) {
            return false;
        }
        return lowerCaseWords(text) * 2 > words || words > 25;
    }

    /** How many words of {@code WHITESPACE.split(text)} open with a lower-case letter, counted in place. */
    static int lowerCaseWords(String text) {
        int lower = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!PatternChecks.isSpace(text.charAt(i)) && (i == 0 || PatternChecks.isSpace(text.charAt(i - 1)))
                    && Character.isLowerCase(text.charAt(i))) {
                lower++;
            }
        }
        return lower;
    }

    /** The last reader: whatever is left is read as a short form, or is commentary. */
    @Override
    public boolean accepts(Segment s) {
        return true;
    }

    @Override
    public Citation read(Segment s) {
        Citation shortForm = shortForm(s.raw(), s.span(), s.prefix(), s.fields(), s.offset(), s.flags());
        // A classical reference ("Aristotle, Politics 1.2.1253a") is shaped as a short form and read as one
        // first; only then is it known to be the full citation it is.
        return shortForm instanceof ShortCitation sc ? classicalReference(sc) : shortForm;
    }
}

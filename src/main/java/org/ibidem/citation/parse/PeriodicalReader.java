package org.ibidem.citation.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.citation.Citation;
import org.ibidem.citation.FullCitation;
import org.ibidem.citation.NameOrder;
import org.ibidem.citation.Names;
import org.ibidem.citation.ShortCitation;
import org.ibidem.citation.StyleFlag;
import org.ibidem.document.TextSpan;
import org.ibidem.reference.ItemTrait;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Name;
import org.ibidem.reference.Reference;

/**
 * Reads a work whose quoted title comes first: journal, magazine and newspaper articles, chapters "in" a book,
 * web pages, papers presented at a meeting, speeches, theses ("Myron Rush, “After Khrushchev,” <i>Studies in
 * Comparative Communism</i> 2, no. 3/4 (1969): 148").
 */
final class PeriodicalReader implements CitationReader {

    private final NameOrder familyNameFirst;
    private final Contributors contributors;

    PeriodicalReader(NameOrder familyNameFirst) {
        this.familyNameFirst = familyNameFirst;
        this.contributors = new Contributors(familyNameFirst);
    }

    // What kind of piece a quoted title is, written between it and its periodical.
    private static final Pattern ARTICLE_GENRE = Pattern.compile(
            "(?:unsigned\\s+)?(?:editorial|op-ed|obituary|letter to the editor|review|book review|press release|"
                    + "advertisement|commentary|column)", Pattern.CASE_INSENSITIVE);

    /** Whether the text opens as every {@link #ARTICLE_GENRE} does; a journal's or a paper's name rarely does. */
    static boolean mayNameGenre(String text) {
        return !text.isEmpty() && "uUeEoOlLrRbBpPaAcC".indexOf(text.charAt(0)) >= 0;
    }

    // ---- Full citations ----

    /** "Author, “Title,” Container …": articles, chapters, web pages, archival documents, speeches. */
    private Citation quotedTitle(Segment s) {
        int q = s.quoted();
        int bodyOffset = s.offset();
        String quotedText = s.fields().get(q).text();
        // The cheap test of prose first: the fields before most quoted titles are authors, and no prose.
        if (Prose.splitLength(quotedText) > 30 || (q > 0 && Prose.isProse(FieldText.joinText(s.fields().subList(0, q)))
                && s.fields().subList(0, q).stream()
                        .noneMatch(f -> Names.looksLikeNames(FieldText.stripPossessive(f.text()))))) {
            // A quoted passage, or prose that quotes something: commentary, not a title.
            return null;
        }
        List<Name> authors = contributors.authors(s.fields().subList(0, q), s.flags());
        Field titleField = s.fields().get(q);
        List<Field> rest = s.fields().subList(q + 1, s.fields().size());
        if (!rest.isEmpty() && rest.get(0).isPlain() && rest.get(0).text().regionMatches(true, 0, "by ", 0, 3)
                && authors.isEmpty()) {
            // "“Superstitions of Modern Greece,” by M. Le Baron d'Estournelles, in …": the author after the title.
            authors = Names.parseList(rest.get(0).text().substring(3), familyNameFirst);
            rest = rest.subList(1, rest.size());
        }
        if (rest.size() > 1 && rest.get(0).isPlain() && rest.get(0).text().startsWith("ed. by ")
                && TrailingLocator.allLocators(rest.subList(1, rest.size()))) {
            // MHRA's later citation of a chapter, "Lee, ‘Docks’, ed. by Smith, p. 4": the book's editors, the page.
            rest = rest.subList(1, rest.size());
        }
        boolean yearFirst = !rest.isEmpty() && rest.get(0).isPlain() && Dates.isYear(rest.get(0).text());
        // A page alone, the usual short form's, is parsed once: as the test and as the locator.
        Locator onlyPage = rest.size() == 1 && rest.get(0).isPlain() ? Locators.parse(rest.get(0).text()) : null;
        boolean allLocators = rest.size() == 1 ? onlyPage != null : TrailingLocator.allLocators(rest);
        if (allLocators && !(yearFirst && (rest.size() > 1 || s.fields().get(q).kind() == Field.Kind.ITALIC))) {
            Locator locator = rest.size() == 1 ? onlyPage : TrailingLocator.locatorOf(rest);
            ShortCitation.Form form = authors.isEmpty() ? ShortCitation.Form.TITLE_ONLY
                    : ShortCitation.Form.AUTHOR_TITLE;
            TextSpan titleSpan = new TextSpan(bodyOffset + titleField.start(), bodyOffset + titleField.end());
            return new ShortCitation(form, authors, titleField.text(), null, locator, titleSpan, s.raw(), s.span(),
                    s.prefix(), null, s.flags());
        }
        Reference.Builder ref = Reference.builder(ItemType.ARTICLE_JOURNAL).authors(authors)
                .title(titleField.text());
        Locator locator = null;
        String suffix = null;
        int i = 0;
        Field first = rest.get(0);
        ItemType type;
        boolean inItalic = first.isPlain() && first.text().equalsIgnoreCase("in") && rest.size() > 1
                && rest.get(1).isTitle();
        boolean inShortForm = first.isPlain() && first.text().regionMatches(true, 0, "in ", 0, 3)
                && rest.size() > 1 && rest.get(1).kind() != Field.Kind.PAREN
                && rest.stream().noneMatch(f -> f.kind() == Field.Kind.PAREN)
                && Names.looksLikeNames(first.text().substring(3)) && !Locators.isLocator(rest.get(1).text());
        if (inItalic || inShortForm) {
            // "“Chapter,” in *Book*, ed. Editor (…)" and "“Chapter,” in Editors, Book, 67–71": the book in italics,
            // or in its short form after its editors' names.
            ref.containerTitle(rest.get(1).text());
            i = contributors.modifiers(rest, 2, ref);
            if (i < rest.size() && rest.get(i).kind() == Field.Kind.PAREN) {
                PublicationFacts.publicationFacts(rest.get(i).text(), ref);
                i++;
            }
            type = ItemType.CHAPTER;
        } else if (first.isPlain() && first.text().regionMatches(true, 0, "in ", 0, 3)
                && rest.stream().anyMatch(f -> f.kind() == Field.Kind.PAREN)) {
            // A chapter: "“Chapter,” in Book, ed. Editor (Place: Publisher, Year), 189–225."
            ref.containerTitle(first.text().substring(3).strip());
            i = 1;
            i = contributors.modifiers(rest, i, ref);
            if (i < rest.size() && rest.get(i).kind() == Field.Kind.PAREN) {
                PublicationFacts.publicationFacts(rest.get(i).text(), ref);
                i++;
            }
            type = ItemType.CHAPTER;
        } else if (first.kind() == Field.Kind.PAREN) {
            // "“Title” (Marxists Internet Archive, Beijing, 1958)", "“Title” (PhD diss., Yale University, 2011)"
            String facts = first.text();
            if (FieldText.THESIS.find(facts)) {
                PublicationFacts.thesisFacts(facts, ref);
                type = ItemType.THESIS;
            } else if (PatternChecks.lookingAt(Containers.PRESENTED, facts)) {
                type = Containers.presentedFacts(facts, ref);
            } else {
                type = Containers.speechOrDocument(titleField.text(), facts, ref);
            }
            i = 1;
        } else {
            if (first.isPlain() && rest.size() > 1 && mayNameGenre(first.text())
                    && PatternChecks.matches(ARTICLE_GENRE, first.text())) {
                // "“A City Is Not a Freeway,” editorial, New York Herald Tribune, …"
                ref.genre(first.text());
                rest = rest.subList(1, rest.size());
            }
            Containers.ContainerRead read = Containers.container(rest, ref, titleField.text());
            type = read.type();
            i = read.consumed();
        }
        // Dates, access dates and URLs may follow in any order; then the locator.
        List<Field> tail = new ArrayList<>();
        Field colonSource = i > 0 ? rest.get(i - 1) : null;
        boolean colonPages = colonSource != null && colonSource.colonAfter();
        rest = splitAfterPages(rest, i);
        for (; i < rest.size(); i++) {
            Field f = rest.get(i);
            if (!TrailingLocator.consumeTrailing(f, rest, i, ref)) {
                tail.add(f);
            } else if (i + 1 < rest.size() && Dates.isMonthDay(f.text()) && Dates.isYear(rest.get(i + 1).text())) {
                i++;
            }
        }
        if (!tail.isEmpty()) {
            tail = factsWithoutParentheses(tail, ref);
        }
        if (!tail.isEmpty()) {
            LocatorAndPage lp = TrailingLocator.locatorAndPage(tail);
            ItemType held;
            if (lp != null && lp.page() == null && type.has(ItemTrait.PRINTED_IN_A_CONTAINER) && tail.size() == 1
                    && !Locators.isEmphasized(tail.get(0).text()) && Extents.isExtent(lp.locator())) {
                ref.page(lp.locator().value()); // "(1977): 452–73": the article's pages, no place cited
                s.flags().add(StyleFlag.RANGE_READ_AS_EXTENT);
            } else if (lp != null) {
                locator = lp.locator();
                if (lp.page() != null) {
                    ref.page(lp.page());
                }
            } else if (type == ItemType.WEBPAGE && tail.size() == 1 && tail.get(0).isPlain()
                    && Prose.isTitleCase(tail.get(0).text())) {
                // "“Title,” Site Name, Owner, accessed …, URL" (CMOS 14.104): the body that runs the site.
                ref.publisher(tail.get(0).text());
            } else if ((held = HeldDocuments.read(type, tail, ref, titleField.text())) != null) {
                type = held; // "“Notes,” 1958, Leeds Harbour Archive": a document and the archive keeping it
            } else {
                suffix = FieldText.joinText(tail);
            }
        }
        if (colonPages && tail.isEmpty() && locator == null && ref.page() == null) {
            s.flags().add(StyleFlag.CUT_OFF);
        }
        Reference reference = ref.type(type).build();
        return new FullCitation(reference, locator, s.raw(), s.span(), s.prefix(), suffix, s.flags());
    }

    /**
     * "…, in ECIR 2006, ed. X, Berlin: Springer, 2006, pp. 565–69" and "…, vol. 1, Louvain, Presses
     * Universitaires de Louvain, 2004, pp. 107–18": a place and a publisher left after the container without
     * parentheses (the year is read already), then only locators. Reads them as publication facts and returns the
     * locators; a single range of pages after them is the work's extent. Returns the tail unchanged when it is not
     * that shape or the publisher is known.
     */
    private static List<Field> factsWithoutParentheses(List<Field> tail, Reference.Builder ref) {
        // "vol. 1" of the proceedings may come first.
        Matcher volume = tail.get(0).isPlain() && tail.get(0).text().regionMatches(true, 0, "vol", 0, 3)
                ? Contributors.VOLUME_FIELD.matcher(tail.get(0).text()) : null;
        int from = volume != null && volume.matches() ? 1 : 0;
        int k = from;
        while (k < tail.size() && k < from + 3 && tail.get(k).isPlain() && !TrailingLocator.isLocatorField(tail, k)) {
            k++;
        }
        if (k == from || !TrailingLocator.allLocators(tail.subList(k, tail.size()))
                || ref.publisher() != null) {
            return tail;
        }
        StringBuilder facts = new StringBuilder();
        boolean colon = false;
        boolean publisherWord = false;
        for (int j = from; j < k; j++) {
            Field f = tail.get(j);
            if (!Character.isUpperCase(f.text().charAt(0)) || Dates.parse(f.text()) != null) {
                return tail;
            }
            facts.append(f.text()).append(j + 1 < k ? (f.colonAfter() ? ": " : ", ") : "");
            colon |= f.colonAfter() && j + 1 < k || f.text().contains(": ") && !f.text().endsWith(":");
            publisherWord |= PublicationFacts.PUBLISHER_WORD.find(f.text());
        }
        if (!colon && !(publisherWord && k - from >= 2)) {
            return tail;
        }
        if (from == 1 && ref.volume() == null) {
            ref.volume(volume.group(1));
        }
        PublicationFacts.publicationFacts(facts.toString(), ref);
        String extent = k == tail.size() - 1 && tail.get(k).isPlain() ? PageRanges.pageRange(tail.get(k).text())
                : null;
        if (extent != null) {
            // Written as a bibliography writes it, the range after the facts is the paper's extent, not a page cited.
            ref.page(extent);
            return List.of();
        }
        return tail.subList(k, tail.size());
    }

    /**
     * "(2011): 105-123. 114. https://…": pages, a pinpoint and a URL run together with periods instead of commas.
     * Cuts the plain fields from {@code from} on at each period that ends a locator, so that each part is read
     * on its own. Returns the fields unchanged when there is no such period.
     */
    private static List<Field> splitAfterPages(List<Field> fields, int from) {
        List<Field> out = null;
        for (int k = from; k < fields.size(); k++) {
            Field f = fields.get(k);
            String t = f.text();
            int cut = f.isPlain() ? pageEndingPeriod(t, 0) : -1;
            if (cut < 0) {
                if (out != null) {
                    out.add(f);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(fields.subList(0, k));
            }
            int start = 0;
            while (cut >= 0) {
                out.add(new Field(Field.Kind.PLAIN, t.substring(start, cut).strip(), f.start() + start,
                        f.start() + cut, false));
                start = cut + 1;
                while (start < t.length() && Character.isWhitespace(t.charAt(start))) {
                    start++;
                }
                cut = pageEndingPeriod(t, start);
            }
            String last = FieldTokenizer.stripTrailing(t, start, t.length(), ".");
            if (!last.isEmpty()) {
                out.add(new Field(Field.Kind.PLAIN, last, f.start() + start, f.end(), f.colonAfter()));
            }
        }
        return out == null ? fields : out;
    }

    /** The first period at or after {@code from} that follows a digit, ends a locator and has text after it. */
    private static int pageEndingPeriod(String t, int from) {
        for (int p = t.indexOf(". ", from); p > from; p = t.indexOf(". ", p + 1)) {
            if (p - from > 80) {
                return -1; // a locator is short; never test ever longer prefixes of a long field
            }
            if (Character.isDigit(t.charAt(p - 1)) && p + 2 < t.length()
                    && Locators.isLocator(t.substring(from, p))) {
                return p;
            }
        }
        return -1;
    }

    /**
     * A quoted title that comes before any italic title and before the publication facts: the quoted work is
     * the one cited, the rest its container ("“Title,” <i>Journal</i> 12 (1990)"; "“Chapter,” in <i>Book</i>
     * (…)"). A quoted title after an italic one is a book's subtitle or a series; one after the facts a remark.
     */
    @Override
    public boolean accepts(Segment s) {
        int quoted = s.quoted();
        return quoted >= 0 && (s.facts() < 0 || quoted < s.facts()) && (s.italic() < 0 || quoted < s.italic()
                || s.italic() == 0 && italicIdemFirst(s, quoted));
    }

    /**
     * "<i>idem</i>, “Article,” <i>Journal</i> 66 (2013)": the italic first field is the author of the citation
     * before, not a title, and no other italic field comes before the quoted one.
     */
    private static boolean italicIdemFirst(Segment s, int quoted) {
        if (!Contributors.isIdem(s.fields().get(0).text().strip())) {
            return false;
        }
        for (int k = 1; k < quoted; k++) {
            if (s.fields().get(k).kind() == Field.Kind.ITALIC) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Citation read(Segment s) {
        Citation c = quotedTitle(s);
        return c == null ? NOTHING : c;
    }
}

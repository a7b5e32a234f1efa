package org.ibidem.citation.parse;

import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.citation.Citation;
import org.ibidem.citation.FullCitation;
import org.ibidem.citation.NameOrder;
import org.ibidem.citation.Names;
import org.ibidem.citation.StyleFlag;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Locator;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;

/**
 * Three MHRA forms (British humanities theses and journals), titles in single quotation marks and the page cited
 * in parentheses after the piece's extent:
 *
 * <pre>{@code
 * Ann Lee, ‘Quays and Docks’, Port Review, 12.3 (Spring 1998), 40–62 (p. 45).
 *     → article "Quays and Docks" in Port Review, volume 12, issue 3, 1998, pages 40–62, cited at 45
 *     (without "(p. 45)", a range of three pages or more is the article's pages, and no place is cited)
 * Ann Lee, ‘Introduction’, in Ships, ix–xxix (p. xvi).
 *     → chapter "Introduction" in "Ships" (a book cited in full before), cited at xvi
 * ‘Manifesto of the Docks’, ibid., 11–28 (p. 11).
 *     → a piece in the container of the work cited just before (the resolver completes it), cited at 11
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class MhraReader implements CitationReader {

    private final NameOrder order;

    MhraReader(NameOrder order) {
        this.order = order;
    }

    // Perhaps an author, then a title in single quotation marks and the comma after it.
    private static final String HEAD = "^(?:(?<authors>\\p{Lu}[^,‘'’()]{0,100}?),\\s+)?['‘](?<title>[^‘]{2,300}?)['’],\\s+";
    // The periodical (an apostrophe in its name: "Women’s History Review"), its volume and perhaps issue ("12.3", "6.1–4", a double issue "2.3/4"), the date in parentheses, the pages.
    private static final Pattern ARTICLE = Pattern.compile(HEAD
            + "(?<journal>\\p{Lu}(?:[^,()‘’\\[\\]]|’(?=\\p{L})){0,150}?),\\s+(?<volume>\\d{1,4})(?:\\.(?<issue>\\d{1,3}(?:[–/-]\\d{1,3})?))?"
            + "\\s+[(\\[](?<date>(?:[\\p{L}]+\\.?\\s+){0,2}\\d{4})[)\\]](?:,\\s+(?<pages>\\S.{0,60}?))?\\.?$");
    // A part of a book cited before by its short title: "‘Introduction’, in Ships, ix–xxix (p. xvi)".
    private static final Pattern PART = Pattern.compile(HEAD
            + "in\\s+(?<book>\\p{Lu}[^,()‘’\\[\\]]{0,80}?),\\s+(?<pages>\\S.{0,60}?)\\.?$");
    // A piece in the issue or book cited just before: "‘Manifesto of the Docks’, ibid., 11–28 (p. 11)". The
    // resolver gives it that container; the parser keeps the "ibid." it read there.
    private static final Pattern IN_IBID = Pattern.compile(HEAD
            + "(?<book>\\*?[Ii]bid\\.?\\*?),\\s+(?<pages>\\S.{0,60}?)\\.?$");
    // The pages: an extent, then the page cited in parentheses ("342–80 (p. 348)", "[7–8] ([p. 7])"); the CSL
    // MHRA style labels the extent too ("pp. 342–80 (p. 348)", a first page alone "p. 210 (p. 229)").
    private static final Pattern EXTENT_AND_PIN = Pattern.compile(
            "^(?:pp?\\.\\s*)?\\[?(?<extent>[\\divxlcdm]+(?:[–-]+[\\divxlcdm]+)?)]?\\s+\\(\\[?(?<pin>pp?\\.\\s*[^()\\[\\]]{1,20})]?\\)$");

    // An address after the citation, MHRA's way: "…, 188–219 (p. 190), doi:10.1353/shq.2013.0015", "…, 40–62
    // <https://example.org/quays> [accessed 4 May 2020]". The address is one token, in angle brackets or not.
    private static final Pattern ONLINE = Pattern.compile("^(?<core>.+?)(?:,\\s+|\\s+)<?"
            + "(?<address>" + TrailingLocator.ADDRESS_OPENING + "[^\\s<>]+?)>?"
            + "(?:,?\\s+\\[(?:last\\s+)?accessed\\s+(?<accessed>[^\\]]{4,30})\\])?\\.?$", Pattern.CASE_INSENSITIVE);

    /** A cheap test before {@link #ONLINE}: an address's opening somewhere in the text. */
    private static boolean mayEndOnline(String body) {
        return FieldTokenizer.containsIgnoreCase(body, "http") || FieldTokenizer.containsIgnoreCase(body, "doi:")
                || FieldTokenizer.containsIgnoreCase(body, "www.");
    }

    @Override
    public boolean readsFields() {
        return false;
    }

    /** A single quotation mark closed by a comma: the title of an MHRA piece. */
    @Override
    public boolean accepts(Segment s) {
        String b = s.body();
        return b.contains("’, ") || b.contains("', ");
    }

    @Override
    public Citation read(Segment s) {
        String body = s.body();
        // Read online: the address (and perhaps the day it was read) after the pages, set aside and given back.
        Matcher online = mayEndOnline(body) ? ONLINE.matcher(body) : null;
        if (online != null && online.matches()) {
            body = online.group("core");
        } else {
            online = null;
        }
        Matcher m = ARTICLE.matcher(body);
        boolean article = m.matches();
        if (!article) {
            m = IN_IBID.matcher(body);
            if (!m.matches()) {
                m = PART.matcher(body);
            }
            if (!m.matches() || m.group("book").split("\\s+").length > 8) {
                return null;
            }
        }
        String authors = m.group("authors");
        if (authors != null && authors.endsWith(" and others")) {
            // MHRA's "et al.": "Jeremy Lee and others" names the first of four or more authors.
            authors = authors.substring(0, authors.length() - " and others".length()) + " et al.";
        }
        // "Idem, ‘Warehouses’, ibid., 60–71": the author of the citation before, which the resolver fills in.
        boolean sameAuthor = authors != null && Contributors.isIdem(authors.strip());
        if (sameAuthor) {
            authors = null;
        }
        if (authors != null && !Names.looksLikeNames(authors)) {
            return null;
        }
        Reference.Builder ref = Reference.builder(article ? ItemType.ARTICLE_JOURNAL : ItemType.CHAPTER)
                .title(m.group("title").strip());
        if (authors != null) {
            ref.authors(Contributors.withOthers(authors, Names.parseList(authors, order)));
        }
        if (article) {
            ref.containerTitle(m.group("journal").strip()).volume(m.group("volume")).issue(m.group("issue"));
            PartialDate date = Dates.parse(m.group("date"));
            ref.issued(date != null ? date : PartialDate.ofYear(Dates.lastYearIn(m.group("date"))));
        } else if (m.group("book").toLowerCase(java.util.Locale.ROOT).contains("ibid")) {
            ref.type(ItemType.ARTICLE_JOURNAL).containerTitle("ibid.");
        } else {
            ref.containerTitle(m.group("book").strip());
        }
        Locator at = null;
        boolean extentAlone = false;
        String pages = m.group("pages");
        if (pages != null) {
            Matcher p = EXTENT_AND_PIN.matcher(pages.strip());
            if (p.matches()) {
                ref.page(p.group("extent"));
                at = Locators.parse(p.group("pin"));
            } else {
                at = Locators.parse(pages.strip());
                if (at == null) {
                    return null; // something else follows: not this form
                }
                if (article && Extents.isExtent(at)) {
                    // "Port Review, 12.3 (1998), pp. 40–62": MHRA gives an article's pages, then the page cited in
                    // parentheses (as its CSL style prints them); a range alone that runs over three pages or more
                    // is the article's, with no place cited, as in a Chicago note (Extents).
                    ref.page(at.value());
                    at = null;
                    extentAlone = true;
                }
            }
        }
        if (online != null) {
            TrailingLocator.address(online.group("address"), ref);
            if (online.group("accessed") != null) {
                ref.accessed(Dates.parse(online.group("accessed")));
            }
        }
        EnumSet<StyleFlag> flags = s.cutOff() ? EnumSet.of(StyleFlag.CUT_OFF) : EnumSet.noneOf(StyleFlag.class);
        if (extentAlone) {
            flags.add(StyleFlag.RANGE_READ_AS_EXTENT);
        }
        if (sameAuthor) {
            flags.add(StyleFlag.SAME_AUTHOR_AS_BEFORE);
        }
        return new FullCitation(ref.build(), at, s.raw(), s.span(), s.prefix(), null, flags);
    }
}

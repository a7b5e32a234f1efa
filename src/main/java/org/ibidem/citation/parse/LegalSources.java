package org.ibidem.citation.parse;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.document.TextSpan;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Locator;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.ibidem.citation.Citation;
import org.ibidem.citation.FullCitation;
import org.ibidem.citation.ShortCitation;
import org.ibidem.citation.StyleFlag;
import org.ibidem.citation.NameOrder;
import org.ibidem.citation.Names;

/**
 * Court cases, law-review articles, statutes, session laws and constitutions in the Bluebook form that Chicago
 * defers to for legal sources (CMOS 14.269–14.305). Read as books they came out wrong: "The
 * New Property" as a second author, "73 Yale L.J. 733, 737" as a title.
 *
 * <pre>{@code
 * Charles A. Reich, The New Property, 73 Yale L.J. 733, 737 (1964).
 *     → article-journal: container "Yale L.J.", volume 73, page 733, pinpoint 737, 1964
 * 42 U.S.C. § 1983 (2018).                 → legislation "42 U.S.C. § 1983", 2018
 * Civil Rights Act of 1964, Pub. L. No. 88-352, 78 Stat. 241.
 *     → legislation "Civil Rights Act of 1964, Pub. L. No. 88-352", 78 Stat. 241
 * U.S. Const. art. I, § 8, cl. 3.          → legislation "U.S. Const.", cited at "art. I, § 8, cl. 3"
 * }</pre>
 *
 * <p>Each form is told by its abbreviations ("L.J.", "L. Rev.", "U.S.C.", "Stat.", "Const."), tested with
 * {@code contains} before a pattern runs. Stateless and thread-safe.
 */
final class LegalSources {
    // Author(s), title, volume, journal (an abbreviation with a period: "Yale L.J.", "Harv. L. Rev.", "J. Am. Hist."),
    // first page, pinpoint, year.
    private static final Pattern LAW_REVIEW = Pattern.compile(
            "^(\\p{Lu}[^,]*?(?:,\\s*(?:Jr\\.|Sr\\.|II|III))?(?:\\s*(?:&|and)\\s*\\p{Lu}[^,]*?)?),\\s+(\\S.*?),\\s+"
            + "(\\d{1,4})\\s+(\\p{Lu}[\\p{L}.&'\u2019 ]*?(?:\\.|\\s\\p{Lu}[\\p{Lu}'\u2019]{1,20}"
            // A review's online companion: "101 B.U. L. Rev. Online 62", "Colum. L. Rev. Sidebar".
            + "|\\s(?:Online|Sidebar|Forum|Dialogue|Arguendo|Headnotes|Supplement|First Impressions))"
            + "|\\p{Lu}{3,20})\\s+(\\d{1,5})"
            + "(?:,\\s*(\\d[\\d\\s,\u2013-]*?))?\\s*(?:\\((\\d{4})\\))?$");
    // A journal named in one word of capitals between its volume and first page: "359 SCIENCE 1146".
    private static final Pattern JOURNAL_IN_CAPITALS = Pattern.compile("\\s\\p{Lu}{3,20}\\s\\d");
    // The marker of student work between the author and the title: "Jane Doe, Note, Title, 1 J. 2 (2000)".
    private static final Pattern STUDENT_WORK = Pattern.compile("^(Note|Comment|Essay|Recent Case|Book Note|Book Review),\\s+(\\S.*)$");
    private static final Pattern CODE_SECTION = Pattern.compile(
            "^(?:(\\S.*?),\\s+)?(\\d{1,3})\\s+(U\\.\\s?S\\.\\s?C\\.(?:\\s?A\\.)?|C\\.\\s?F\\.\\s?R\\.)"
            + "\\s+(§§?\\s*\\S.*?)"
            + "(?:\\s*\\(([^()]*?)\\s*(\\d{4})\\))?$");
    private static final Pattern SESSION_LAW = Pattern.compile(
            "^(\\S.*?),\\s+(Pub\\.\\s?L\\.\\s?(?:No\\.\\s?)?[\\d-]+),\\s+(\\d{1,4})\\s+Stat\\.\\s+(\\d{1,5})"
            + "(?:,\\s*(\\d[\\d\\s,\u2013-]*?))?(?:\\s*\\((\\d{4})\\))?$");
    private static final Pattern CONSTITUTION = Pattern.compile(
            "^((?:U\\.\\s?S\\.|\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?)\\s+Const\\.)(?:\\s+(\\S.*?))?"
            + "(?:\\s*\\((\\d{4})\\))?$");
    // A court decision as Chicago cites it, after the Bluebook (CMOS 14.276-14.281): "Brown v. Board of Education,
    // 347 U.S. 483, 495 (1954)": the case name (two parties with "v.", or "In re" / "Ex parte" and one), the
    // reporter's volume, abbreviation and first page, a pinpoint page, and in parentheses the court (when the
    // reporter does not tell it: "2d Cir.") and the year. An early Supreme Court reporter's own volume may follow
    // in parentheses: "60 U.S. (19 How.) 393". Groups: name, volume, reporter, that earlier reporter, first page,
    // pinpoint, court, year.
    private static final Pattern LEGAL_CASE = Pattern.compile(
            "^(\\S.*?\\sv\\.?\\s.+?|(?:In re|Ex parte)\\s.+?),\\s+(\\d{1,4})\\s+([A-Z][A-Za-z0-9.'\u2019 ]*?)\\s+"
            + "(?:\\((\\d{1,4}\\s+[A-Z][A-Za-z0-9.' ]*?)\\)\\s+)?(\\d{1,5})(?:,\\s*(\\d[\\d\\s,\u2013-]*?))?"
            + "(?:\\s*\\(([^()]*?)\\s*(\\d{4})\\))?$");
    // A case's short form: the first party's name, the volume and reporter, and "at" the page ("Brown, 347 U.S. at
    // 494"). Groups: name, volume, reporter, page.
    private static final Pattern LEGAL_CASE_SHORT = Pattern.compile(
            "^([A-Z][^,]{0,80}?(?:,\\s(?:Inc|Co|Corp|Ltd|LLC|L\\.L\\.C)\\.?)?),\\s+(\\d{1,4})\\s+([A-Z][A-Za-z0-9.' ]*?)"
            + "\\s+at\\s+(\\d[\\d\\s,\u2013-]*?)$");
    // A case cited by its reporter alone, its name given in the text: "568 U.S. 398 (2013)", "865 F.3d 620 (D.C.
    // Cir. 2017)". Groups: volume, reporter, first page, pinpoint, court, year.
    private static final Pattern REPORTER_ONLY = Pattern.compile(
            "^(\\d{1,4})\\s+([A-Z][A-Za-z0-9.'\u2019 ]{0,30}?)\\s+(\\d{1,5})(?:,\\s*(\\d[\\d\\s,\u2013-]*?))?"
            + "\\s*\\(([^()]{0,40}?)\\s*(\\d{4})\\)$");
    // A book as a law review cites it, its author and title in large and small capitals written as capitals, the
    // pinpoint straight after the title and the edition and year in parentheses: "JANE ROE, A HISTORY OF RIGHTS
    // 35–69, 82–92 (2d ed. 2007)". Groups: authors, title, pinpoint, edition, year.
    private static final Pattern CAPITALS_BOOK = Pattern.compile(
            "^(\\p{Lu}[^,\\p{Ll}]{1,80}?),\\s+(\\p{Lu}[^\\p{Ll}()]{2,250}?)"
            + "(?:\\s+(\\d[\\d\\s,\u2013-]*?|[ivxlc]+(?:[\u2013-][ivxlc]+)?))?\\s*\\(([^()]*?)\\s*(\\d{4})\\)$");
    // An article as OSCOLA cites it: the title in single quotation marks, the year in round brackets before the
    // volume (or in square brackets when the year numbers the volumes), the journal, first page and pinpoint:
    // "Jane Roe, 'The Law of Things' (1977) 93 LQR 210, 229", "… '…' [2006] CLJ 100, 104". Groups: authors,
    // title, year, volume, square-bracket year, volume, journal, first page, pinpoint.
    private static final Pattern OSCOLA_ARTICLE = Pattern.compile(
            "^(\\p{Lu}[^,']{0,100}?),\\s+['\u2018](.{2,300}?)['\u2019],?\\s+"
            + "(?:\\((\\d{4})\\)\\s+(\\d{1,4})|\\[(\\d{4})\\](?:\\s+(\\d{1,4}))?)(?:\\((?<issue>\\d{1,3})\\))?"
            + "\\s+(\\p{Lu}[\\p{L}.,&'\u2019 ]{0,60}?)\\s+(\\d{1,5}(?:[\u2013-]\\d{1,5})?)(?:,\\s*(\\d[\\d\\s,\u2013-]*?))?$");
    // A case as OSCOLA cites it: no comma, "v" without a period, the year in square brackets, the volume if the
    // report has one, the report or court, the first page or case number, then the paragraphs and the judge:
    // "Roe v Doe [2006] 1 AC 262 [144]-[157] (Lord Smith)", "Roe v Doe [2019] UKSC 41 [41]". Groups: name,
    // year, volume, report, page, pinpoint, judge.
    private static final Pattern OSCOLA_CASE = Pattern.compile(
            "^(\\S.{0,150}?\\sv\\s.{1,150}?|Re\\s.{1,150}?)\\s+\\[(\\d{4})\\]\\s+(?:(\\d{1,4})\\s+)?"
            + "([A-Z][A-Za-z]{0,12}(?:\\s\\([A-Za-z]{1,8}\\))?)\\s+(\\d{1,5})"
            + "(?:,?\\s+(\\[\\d{1,4}\\](?:\\s*[-\u2013]\\s*\\[\\d{1,4}\\])?(?:,\\s*\\[\\d{1,4}\\](?:\\s*[-\u2013]\\s*"
            + "\\[\\d{1,4}\\])?)*))?(?:\\s+\\(([^()]{1,80})\\))?$");
    private static final Pattern YEAR_IN_NAME = Pattern.compile("\\b(1[6-9]\\d{2}|20\\d{2})\\b");

    private LegalSources() {
    }

    /** The note read as one of these sources or as a court case, or null (the usual case, decided cheaply). */
    static Citation read(String raw, TextSpan span, String prefix, String body, int bodyOffset, boolean cutOff,
                         NameOrder order) {
        // Most notes show no sign of any of these shapes in any of their parts: one look at the text says so.
        return body.isEmpty() || !LegalSigns.any(body) ? null
                : readShapes(raw, span, prefix, body, bodyOffset, cutOff, order);
    }

    /** {@link #read} without its first look at the signs: each shape tried on the text and its parts. */
    static Citation readShapes(String raw, TextSpan span, String prefix, String body, int bodyOffset,
                               boolean cutOff, NameOrder order) {
        if (body.isEmpty()) {
            return null;
        }
        int hereinafter = body.endsWith("]") ? body.lastIndexOf(" [hereinafter ") : -1;
        if (hereinafter > 0) {
            // "… 61, 65–66 (2009) [hereinafter Roe, Short Title]": the short title the later notes use, kept as the
            // suffix (a later "Roe, Short Title, supra note 4" finds the work by its title's words).
            Citation core = readShapes(raw, span, prefix, body.substring(0, hereinafter), bodyOffset, cutOff, order);
            return core == null ? null : Suffixes.withSuffix(core, body.substring(hereinafter).strip());
        }
        Citation whole = readWhole(raw, span, prefix, body, bodyOffset, cutOff, order);
        if (whole != null) {
            return whole;
        }
        // "… 504 U.S. 555, 560–61 (1992). Standing requirements ensure …": a sentence of commentary after the
        // citation is its suffix.
        int commentary = Parentheticals.commentaryStart(body);
        Citation core = commentary < 0 ? null
                : readWhole(raw, span, prefix, body.substring(0, commentary - 1), bodyOffset, cutOff, order);
        if (core != null) {
            return Suffixes.withSuffix(core, body.substring(commentary).strip());
        }
        return afterCommentary(raw, span, prefix, body, bodyOffset, cutOff, order);
    }

    /**
     * "The Court has endorsed video evidence. Doe v. Roe, 550 U.S. 372, 380 (2007).": a law-review note that opens
     * with sentences of its own and ends with the citation. The first sentence (of the first few) from which the
     * rest reads as a full citation of these shapes gives it; the sentences before become its prefix.
     */
    private static Citation afterCommentary(String raw, TextSpan span, String prefix, String body, int bodyOffset,
                                            boolean cutOff, NameOrder order) {
        if (body.length() > 1200) {
            return null;
        }
        int tries = 0;
        for (int i = Parentheticals.nextSentence(body, 0); i > 0 && tries < 6; i = Parentheticals.nextSentence(body, i)) {
            tries++;
            Citation c = readWhole(raw, span, prefix, body.substring(i), bodyOffset + i, cutOff, order);
            if (c instanceof FullCitation f) {
                String before = body.substring(0, i).strip();
                return new FullCitation(f.reference(), f.locator(), f.text(), f.span(),
                        prefix == null ? before : prefix + " " + before, f.suffix(), f.flags());
            }
        }
        return null;
    }

    private static Citation readWhole(String raw, TextSpan span, String prefix, String body, int bodyOffset,
                                      boolean cutOff, NameOrder order) {
        if (body.length() > 600) {
            return null;
        }
        // "… (2d Cir. 1990) (noting that …)": the explanatory parentheticals become the suffix.
        int explained = Parentheticals.trailingStart(body);
        if (explained > 0) {
            Citation core = readWhole(raw, span, prefix, body.substring(0, explained), bodyOffset, cutOff, order);
            return core == null ? null : Suffixes.withSuffix(core, body.substring(explained).strip());
        }
        FullCitation press = BluebookPress.read(raw, span, prefix, body, cutOff, order);
        if (press != null) {
            return press;
        }
        if (body.length() > 300) {
            return null;
        }
        // Emphasis marks a converter left as text ("Comment, *Title, * 62 AM. U. L. REV.") are no part of the grammar.
        FullCitation source = statuteOrArticle(raw, span, prefix, stripEmphasisMarks(body), cutOff, order);
        if (source != null) {
            return source;
        }
        if (mayCiteACase(body)) {
            return legalCase(raw, span, prefix, body, bodyOffset, cutOff);
        }
        return Character.isDigit(body.charAt(0)) && body.endsWith(")") ? reporterOnly(raw, span, prefix, body, cutOff)
                : null;
    }

    /**
     * A case cited by volume, reporter and page alone, its name in the text the note belongs to: the same work as
     * a case cited before with that volume, reporter and first page (the resolver keys cases by them).
     */
    private static FullCitation reporterOnly(String raw, TextSpan span, String prefix, String body,
                                             boolean cutOff) {
        Matcher m = REPORTER_ONLY.matcher(body);
        if (!m.matches() || !looksLikeAReporter(m.group(2))) {
            return null;
        }
        Reference.Builder ref = Reference.builder(ItemType.LEGAL_CASE).volume(m.group(1))
                .containerTitle(m.group(2).strip()).page(m.group(3)).authority(blankToNull(m.group(5)))
                .issued(PartialDate.ofYear(Integer.parseInt(m.group(6))));
        Locator pin = m.group(4) == null ? null : Locator.page(m.group(4).strip());
        return new FullCitation(ref.build(), pin, raw, span, prefix, null, flags(cutOff));
    }

    /** "U.S.", "F.3d", "S. Ct.", "F. Supp. 3d", "F. App'x": an abbreviation with a period, no word spelt out. */
    private static boolean looksLikeAReporter(String s) {
        if (s.indexOf('.') < 0) {
            return false;
        }
        for (String w : FieldText.WHITESPACE.split(s.strip())) {
            if (w.length() > 6 && w.indexOf('.') < 0) {
                return false;
            }
        }
        return true;
    }

    /** A law-review article, code section, session law or constitution, or null. */
    private static FullCitation statuteOrArticle(String raw, TextSpan span, String prefix, String body,
                                                 boolean cutOff, NameOrder order) {
        if (body.isEmpty()) {
            return null; // a body of emphasis marks alone ("*"), which stripEmphasisMarks empties
        }
        if (body.contains("Const.")) {
            Matcher m = CONSTITUTION.matcher(body);
            if (m.matches()) {
                Reference.Builder ref = Reference.builder(ItemType.LEGISLATION).title(m.group(1));
                if (m.group(3) != null) {
                    ref.issued(PartialDate.ofYear(Integer.parseInt(m.group(3))));
                }
                Locator at = m.group(2) == null ? null : new Locator("section", m.group(2));
                return new FullCitation(ref.build(), at, raw, span, prefix, null, flags(cutOff));
            }
        }
        if (body.contains(" Stat. ")) {
            Matcher m = SESSION_LAW.matcher(body);
            if (m.matches()) {
                // The public-law number stays in the title: as CSL's number, "88-352" is read as a range and
                // printed "Pub. L. Nos. 88–352".
                Reference.Builder ref = Reference.builder(ItemType.LEGISLATION).title(m.group(1) + ", " + m.group(2))
                        .volume(m.group(3)).containerTitle("Stat.").page(m.group(4));
                String year = m.group(6);
                if (year == null) {
                    Matcher inName = YEAR_IN_NAME.matcher(m.group(1)); // "Civil Rights Act of 1964"
                    year = inName.find() ? inName.group(1) : null;
                }
                if (year != null) {
                    ref.issued(PartialDate.ofYear(Integer.parseInt(year)));
                }
                Locator pin = m.group(5) == null ? null : Locator.page(m.group(5).strip());
                return new FullCitation(ref.build(), pin, raw, span, prefix, null, flags(cutOff));
            }
        }
        if (body.indexOf('§') >= 0) { // "42 U.S.C. § 1983", "12 C.F.R. § 226.1"
            Matcher m = CODE_SECTION.matcher(body);
            if (m.matches()) {
                // Each section is a work of its own, as the Bluebook cites it: "42 U.S.C. § 1983", the code's title
                // and section in the work's title (as a code and volume of their own, the styles print them twice).
                String cited = m.group(2) + " " + m.group(3) + " " + m.group(4).strip();
                Reference.Builder ref = Reference.builder(ItemType.LEGISLATION)
                        .title(m.group(1) != null ? m.group(1) + ", " + cited : cited)
                        .authority(blankToNull(m.group(5)));
                if (m.group(6) != null) {
                    ref.issued(PartialDate.ofYear(Integer.parseInt(m.group(6))));
                }
                return new FullCitation(ref.build(), null, raw, span, prefix, null, flags(cutOff));
            }
        }
        if (body.endsWith(")") && isCapitals(body, body.indexOf(','))) {
            FullCitation book = capitalsBook(raw, span, prefix, body, cutOff, order);
            if (book != null) {
                return book;
            }
        }
        if ((body.contains("' (") || body.contains("\u2019 (") || body.contains("' [") || body.contains("\u2019 [")
                || body.contains("', (") || body.contains("\u2019, ("))
                && Character.isDigit(body.charAt(body.length() - 1))) {
            Matcher m = OSCOLA_ARTICLE.matcher(body);
            if (m.matches() && Names.looksLikeNames(m.group(1))) {
                boolean round = m.group(3) != null;
                Reference.Builder ref = Reference.builder(ItemType.ARTICLE_JOURNAL)
                        .authors(Names.parseList(m.group(1), order))
                        .title(m.group(2)).containerTitle(m.group(8).strip())
                        .issued(PartialDate.ofYear(Integer.parseInt(round ? m.group(3) : m.group(5))));
                // A first page is one number; a range where it stands is the pages cited, the article's first page
                // not given ("(1969) 2 Comparative Studies 79–80, 85–86", as a CSL OSCOLA style prints it).
                boolean cited = m.group(9).indexOf('-') > 0 || m.group(9).indexOf('\u2013') > 0;
                if (!cited) {
                    ref.page(m.group(9));
                }
                String volume = round ? m.group(4) : m.group(6);
                if (volume != null) {
                    ref.volume(volume);
                }
                if (m.group("issue") != null) {
                    ref.issue(m.group("issue")); // "(2017) 17(2) Int'l Crim LR 259": volume 17, issue 2
                }
                Locator pin = m.group(10) == null ? null : Locator.page(m.group(10).strip());
                if (cited) {
                    pin = Locator.page(m.group(9) + (m.group(10) == null ? "" : ", " + m.group(10).strip()));
                }
                return new FullCitation(ref.build(), pin, raw, span, prefix, null, flags(cutOff));
            }
        }
        FullCitation chapter = BluebookPress.chapter(raw, span, prefix, body, cutOff, order);
        if (chapter != null) {
            return chapter;
        }
        // A newspaper before a chapter: "‘Title’ Paper (Place, 29 December 1956)" has a day and month in its facts.
        FullCitation oscola = OscolaNewspapers.read(raw, span, prefix, body, cutOff, order);
        if (oscola == null) {
            oscola = OscolaForms.chapter(raw, span, prefix, body, cutOff, order);
        }
        if (oscola == null && !body.contains(" v ")) {
            oscola = OscolaForms.paper(raw, span, prefix, body, cutOff, order);
        }
        if (oscola == null) {
            oscola = OscolaForms.act(raw, span, prefix, body, cutOff);
        }
        if (oscola != null) {
            return oscola;
        }
        // A report cited with its court, a page after it or a neutral citation before it; the strict form after.
        if ((body.indexOf('[') > 0 || body.indexOf('(') > 0) && (namesParties(body) || body.startsWith("Re "))) {
            FullCitation reported = CommonwealthCases.read(raw, span, prefix, body, cutOff);
            if (reported != null) {
                return reported;
            }
        }
        if (body.indexOf('[') > 0 && (body.contains(" v ") || body.startsWith("Re "))) {
            Matcher m = OSCOLA_CASE.matcher(body);
            if (m.matches()) {
                Reference.Builder ref = Reference.builder(ItemType.LEGAL_CASE).title(m.group(1).strip())
                        .containerTitle(m.group(4)).page(m.group(5))
                        .issued(PartialDate.ofYear(Integer.parseInt(m.group(2))));
                if (m.group(3) != null) {
                    ref.volume(m.group(3));
                }
                Locator pin = m.group(6) == null ? null : new Locator("paragraph", m.group(6));
                String judge = m.group(7) == null ? null : "(" + m.group(7) + ")";
                return new FullCitation(ref.build(), pin, raw, span, prefix, judge, flags(cutOff));
            }
        }
        if ((endsInAYearAlone(body) || Character.isDigit(body.charAt(body.length() - 1)))
                && (JournalMarks.hasAbbreviation(body) || JournalMarks.hasWordInCapitalsBeforeNumber(body))
                && !namesACase(body)) {
            Matcher m = LAW_REVIEW.matcher(body);
            // Without a year in parentheses, the volume is the year: "2016 COLUM. BUS. L. REV. 544, 575".
            String year = !m.matches() ? null : m.group(7) != null ? m.group(7)
                    : YEAR_IN_NAME.matcher(m.group(3)).matches() ? m.group(3) : null;
            if (year != null && (JournalMarks.hasAbbreviation(m.group(4))
                    || JOURNAL_IN_CAPITALS.matcher(" " + m.group(4) + " 1").matches())
                    && Names.looksLikeNames(m.group(1))) {
                // A student's "Note," or "Comment," is no part of the title; emphasis marks around it are not either.
                Matcher student = STUDENT_WORK.matcher(m.group(2));
                String title = stripEmphasisMarks(student.matches() ? student.group(2) : m.group(2));
                Reference ref = Reference.builder(ItemType.ARTICLE_JOURNAL)
                        .authors(Names.parseList(m.group(1), order))
                        .title(title).volume(m.group(3)).containerTitle(m.group(4)).page(m.group(5))
                        .issued(PartialDate.ofYear(Integer.parseInt(year)))
                        .build();
                Locator pin = m.group(6) == null ? null : Locator.page(m.group(6).strip());
                return new FullCitation(ref, pin, raw, span, prefix, null, flags(cutOff));
            }
        }
        return null;
    }

    /**
     * Whether a "v." in the text names a case's parties rather than standing in an article's title ("Standing and
     * Privacy Harms: A Critique of TransUnion v. Ramirez"): it does when it comes before the first comma (where an
     * article's authors end), or when what comes before that comma is one word, a party's name rather than an
     * author's ("Spokeo, Inc. v. Robins"), or when a company's suffix follows that comma ("Acme Widgets, Inc. v.
     * Roe"): the Bluebook gives an article's authors in full.
     */
    private static boolean namesACase(String body) {
        int v = body.indexOf(" v. ");
        if (v < 0) {
            return false;
        }
        int comma = body.indexOf(',');
        if (comma < 0 || v < comma || body.substring(0, comma).strip().indexOf(' ') < 0) {
            return true;
        }
        // "Acme Widgets, Inc. v. Roe": a company's name runs on past its comma.
        String after = body.substring(comma + 1).stripLeading();
        for (String suffix : COMPANY_SUFFIXES) {
            if (after.startsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> COMPANY_SUFFIXES = List.of("Inc.", "Inc ", "Co.", "Corp.", "Ltd", "LLC",
            "L.L.C.", "L.P.", "N.A.", "P.C.", "S.A.", "et al.");

    /** {@link #CAPITALS_BOOK}, its capitals set in title case as a reader sees them, or null. */
    private static FullCitation capitalsBook(String raw, TextSpan span, String prefix, String body, boolean cutOff,
                                             NameOrder order) {
        Matcher m = CAPITALS_BOOK.matcher(body);
        if (!m.matches() || !Names.looksLikeNames(m.group(1)) || FieldText.WHITESPACE.split(m.group(2)).length < 2) {
            return null;
        }
        String edition = m.group(4).strip();
        if (!edition.isEmpty() && !edition.endsWith("ed.")) {
            return null; // "(Oxford Univ. Press 2007)" and the like are not this shape's
        }
        Reference.Builder ref = Reference.builder(ItemType.BOOK)
                .authors(Names.parseList(SmallCapitals.titleCase(m.group(1)), order))
                .title(SmallCapitals.titleCase(m.group(2).strip()))
                .issued(PartialDate.ofYear(Integer.parseInt(m.group(5))));
        if (!edition.isEmpty()) {
            ref.edition(edition.substring(0, edition.length() - 3).strip());
        }
        Locator pin = m.group(3) == null ? null : Locator.page(m.group(3).strip());
        return new FullCitation(ref.build(), pin, raw, span, prefix, null, flags(cutOff));
    }

    /** Whether the text's first {@code n} characters hold letters, all of them capitals. */
    private static boolean isCapitals(String text, int n) {
        if (n < 3) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /**
     * Whether the text could be a court case or its short form: short, with a party's "v." or a short form's "at"
     * before a page, and a digit. The patterns backtrack over every comma, so they never see a long text.
     */
    private static boolean mayCiteACase(String body) {
        return body.length() <= 300 && (namesParties(body) || body.contains(" at ")) && Dates.hasDigits(body, 1);
    }

    private static boolean namesParties(String body) {
        return body.contains(" v. ") || body.contains(" v ") || body.startsWith("In re ")
                || body.startsWith("Ex parte ");
    }

    /** A court case ({@link #LEGAL_CASE}) or a case's short form ({@link #LEGAL_CASE_SHORT}), or null. */
    private static Citation legalCase(String raw, TextSpan span, String prefix, String body, int bodyOffset,
                                      boolean cutOff) {
        Set<StyleFlag> flags = flags(cutOff);
        Matcher full = namesParties(body) ? LEGAL_CASE.matcher(body) : null;
        if (full != null && full.matches()) {
            // An earlier reporter's volume stays with the reporter, where a style prints it: "U.S. (19 How.)".
            String reporter = full.group(4) == null ? full.group(3) : full.group(3) + " (" + full.group(4) + ")";
            Reference.Builder ref = Reference.builder(ItemType.LEGAL_CASE)
                    .title(full.group(1))
                    .volume(full.group(2))
                    .containerTitle(reporter)
                    .page(full.group(5))
                    .authority(full.group(7));
            if (full.group(8) != null) {
                ref.issued(PartialDate.ofYear(Integer.parseInt(full.group(8))));
            }
            Locator pin = full.group(6) == null ? null : Locator.page(full.group(6));
            return new FullCitation(ref.build(), pin, raw, span, prefix, null, flags);
        }
        Matcher shortForm = body.contains(" at ") ? LEGAL_CASE_SHORT.matcher(body) : null;
        if (shortForm != null && shortForm.matches()) {
            String name = shortForm.group(1).strip();
            TextSpan nameSpan = new TextSpan(bodyOffset, bodyOffset + name.length());
            return new ShortCitation(ShortCitation.Form.TITLE_ONLY, List.of(), name, shortForm.group(2),
                    Locator.page(shortForm.group(4)), nameSpan, raw, span, prefix, null, flags);
        }
        return null;
    }

    /**
     * Whether the text ends in a year alone in parentheses, " (1964)", as a Bluebook article does; a Chicago note's
     * parentheses end in a year too, but after the place and publisher ("(New York: Norton, 2001)").
     */
    private static boolean endsInAYearAlone(String body) {
        int n = body.length();
        if (n < 7 || body.charAt(n - 1) != ')' || body.charAt(n - 6) != '(') {
            return false;
        }
        for (int i = n - 5; i < n - 1; i++) {
            if (body.charAt(i) < '0' || body.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The flags of a citation read whole by these rules: only whether the note was cut off. */
    private static Set<StyleFlag> flags(boolean cutOff) {
        return cutOff ? EnumSet.of(StyleFlag.CUT_OFF) : EnumSet.noneOf(StyleFlag.class);
    }

    /** The text without the literal asterisks of emphasis that a converter left: "*Title, *" → "Title,". */
    private static String stripEmphasisMarks(String text) {
        return text.indexOf('*') < 0 ? text : text.replace("*", "").replaceAll("\\s{2,}", " ").strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

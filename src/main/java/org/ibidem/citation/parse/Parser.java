package org.ibidem.citation.parse;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ibidem.citation.Citation;
import org.ibidem.citation.CrossReference;
import org.ibidem.citation.FullCitation;
import org.ibidem.citation.NameOrder;
import org.ibidem.citation.ShortCitation;
import org.ibidem.citation.StyleFlag;
import org.ibidem.citation.UnparsedCitation;
import org.ibidem.document.TextSpan;
import org.ibidem.reference.Name;

/**
 * The note parser's machinery: splits a note into segments and reads each one. {@link
 * org.ibidem.citation.NoteParser} is its public face.
 *
 * <p>Stateless and thread-safe. Never throws on content: a reader that fails on a note leaves it unparsed, as an
 * {@link UnparsedCitation#internalError internal error}, unless the parser is strict ({@link #STRICT_PROPERTY}),
 * as in the tests, where the failure is rethrown.
 */
public final class Parser {

    /** The readers, in the order they are tried ({@link #readers(NameOrder)}). */
    private final List<CitationReader> readers;
    /** Whether a reader that throws fails the parse (tests) rather than leaving the note unparsed. */
    private final boolean strict;

    /**
     * The system property that makes a parser strict: set to {@code true} (the test suite does, in the pom), a
     * parser rethrows what a reader throws instead of keeping the note as an internal error.
     */
    public static final String STRICT_PROPERTY = "ibidem.parser.strict";

    /**
     * A parser.
     *
     * @param nameOrder which personal names are written family name first
     */
    public Parser(NameOrder nameOrder) {
        this(readers(Objects.requireNonNull(nameOrder, "nameOrder")), Boolean.getBoolean(STRICT_PROPERTY));
    }

    /** A parser with its own readers (tests give one that throws). */
    Parser(List<CitationReader> readers, boolean strict) {
        this.readers = List.copyOf(readers);
        this.strict = strict;
    }

    /**
     * The readers, in the order they are tried: the one place that decides which shape of note wins. Readers of
     * the whole body come first, then the readers of its fields. Where two shapes could read one note, the earlier
     * reader wins; each reader's guard says which notes it may read. {@code docs/parser.md} lists them.
     */
    private static List<CitationReader> readers(NameOrder nameOrder) {
        return List.of(
                new IbidReader(),                    // "Ibid., 45", "Id. at 3", "(ibid., 45–47)"
                new ReviewedPageReader(),            // "P. 88." in a book review: the book under review
                new CrossReferenceReader(nameOrder), // "Smith, supra note 3", "n. 7 above", "Smith, op. cit., 12"
                // Patents before the legal sources: "U.S. Patent No. …" says "U.S." as a statute or a reporter does.
                new PatentReader(nameOrder),         // "U.S. Patent No. 5,123,456 (issued Jan. 1, 1999)"
                new LegalReader(nameOrder),          // cases, statutes, constitutions, law-review articles
                new ScriptureReader(),               // "John 3:16 (NRSV)"
                new DivisionsReader(nameOrder),      // "Euseb. Hist. Eccles. l. iv. c. 15", "Tacit. Annal. xv. 44"
                new MediaReader(nameOrder),          // films, broadcasts, recordings, posts, personal communications
                new ArchivalReader(nameOrder),       // letters, memoranda, manuscripts: "TNA, FO 65/1210"
                new ReferenceWorkReader(),           // "Oxford English Dictionary, s.v. “word”"
                new MhraReader(nameOrder),           // "Lee, ‘Quays’, Port Review, 12.3 (1998), 40–62 (p. 45)"
                new DictionaryArticleReader(nameOrder), // "See in Moreri, in the article of Savonarola, …"
                new PeriodicalReader(nameOrder),     // a quoted title first: articles, chapters, web pages
                // An abbreviated title with its edition's year, "*TAMO* (1563), 12": before the book reader, which
                // would read the year as the facts of a new work.
                new AbbreviatedTitleReader(),
                new BookReader(nameOrder),           // publication facts in parentheses: books, reports
                new ItalicTitleReader(nameOrder),    // "_Title_, New York, 1837, p. 31" (older books)
                new PlainTitleFactsReader(nameOrder), // "Symbolic Logic, London, 1881" (the title in roman)
                new LooseFullReader(nameOrder),      // a date, URL or access date but no facts in parentheses
                new ShortFormReader(nameOrder));     // "Author, Title, page", "Author, page"; classical works
    }

    /**
     * Parses a note's text, knowing which spans of it were set in italics (titles, in Chicago).
     *
     * @param italics spans of {@code text} in italics, sorted; empty when the source had no markup
     */
    public List<Citation> parse(String text, List<TextSpan> italics) {
        return parse(text, italics, List.of());
    }

    /**
     * Parses a note's text, knowing its italics and where it names works by citation key.
     *
     * @param italics spans of {@code text} in italics, sorted; empty when the source had no markup
     * @param keys    spans of {@code text} that are citation keys ({@code \footcite{beard2015}}), sorted; empty
     *                for formats that have none
     */
    public List<Citation> parse(String text, List<TextSpan> italics, List<TextSpan> keys) {
        List<Citation> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (TextSpan segment : Segmenter.segments(text)) {
            String raw = text.substring(segment.start(), segment.end());
            List<TextSpan> inSegment = keys.isEmpty() ? List.of()
                    : CitationKeys.within(keys, segment.start(), segment.end());
            if (!inSegment.isEmpty()) {
                // The extractor saw keys here: the works are named by them, whatever the words around look like.
                out.addAll(CitationKeys.read(text, segment.start(), segment.end(), inSegment));
                continue;
            }
            if (!out.isEmpty() && AvailableFrom.isAvailability(raw)) {
                // "… (2004). Available from: http://… [Accessed 4 March 2013]": where the work just cited is.
                Citation before = out.get(out.size() - 1);
                Citation with = AvailableFrom.addedTo(before, raw);
                out.set(out.size() - 1, with != before ? with : Suffixes.withSuffix(before, raw.strip()));
                continue;
            }
            if (!out.isEmpty() && ContinuedIssues.isFurtherIssue(raw)) {
                // "…, Sea 9, no. 1 (2000); 10, no. 2 (2001)": the next issue of the run just cited.
                out.set(out.size() - 1, Suffixes.withSuffix(out.get(out.size() - 1), raw.strip()));
                continue;
            }
            Citation c;
            String prose = null;
            try {
                if (readSharedReference(raw, segment, out)) {
                    continue;
                }
                // "… is stated by Orosius, Hist. l. vii. c. 3, and by Zosimus, l. ii. c. 29.": listed authorities.
                List<Citation> listed = listedAuthorities(raw, segment.start(), italics);
                if (!listed.isEmpty()) {
                    out.addAll(listed.subList(0, listed.size() - 1));
                    c = listed.get(listed.size() - 1);
                } else {
                    c = IbidAsContainer.mayBe(raw) ? ibidAsContainer(raw, out, segment) : null;
                }
                // "…; The Church vindicated, or a Defence of the Clergy; …": a pamphlet by its double title.
                c = c == null ? DoubleTitles.read(raw, segment.start()) : c;
                // "… often told (A. Hale, Land [London: Dent, 1979], p. 9), an …": a work inside the commentary.
                c = c == null && raw.indexOf('[') > 0 ? inCommentary(raw, segment.start(), italics) : c;
                if (c == null) {
                    // "See the Court Gazette of May 3, 1689": a document cited by its day, read as a short form.
                    String dated = DatedDocuments.asShortForm(raw);
                    dated = dated == null ? ArticledTitles.withoutArticle(raw) : dated;
                    c = dated == null ? parseSegment(raw, segment.start(), italics)
                            : asWritten(parseSegment(dated, segment.start(), italics), raw);
                }
                int collection = c == null ? DocumentInCollection.start(raw) : -1;
                if (collection > 0) {
                    // "Letter from Rome, Lamb's Church History, part viii.": the collection that prints the document.
                    c = asWritten(parseSegment(raw.substring(collection), segment.start() + collection, italics), raw);
                }
                int from = c == null ? ProseCitations.closingCitationStart(raw) : 0;
                if (c == null && from == 0) {
                    from = QuotationSource.start(raw); // "… credebant Servius Honoratus, ii. 14."
                }
                Citation closing = from > 0 ? closingCitation(raw.substring(from), segment.start() + from, italics)
                        : null;
                int end;
                if (closing != null) {
                    // "… hostile odium. Tacit. Hist. v. 4.": a quotation or a remark whose last sentence is its
                    // source. The prose before it is commentary.
                    c = closing;
                    prose = raw.substring(0, from).strip();
                } else if (c == null && (end = OpeningCitations.end(raw)) > 0) {
                    // "Hartley on Quin. What Lowther says …": a short title, then prose remarking on it.
                    c = parseSegment(raw.substring(0, end + 1), segment.start(), italics);
                    c = c instanceof ShortCitation ? Suffixes.withSuffix(c, raw.substring(end + 1).strip()) : null;
                } else if (c == null && raw.indexOf('(') > 0) {
                    // "… Dr. Hartley (Annals, l. ii. c. 7) has discussed …": a name in the prose, its reference in
                    // the parentheses after it.
                    ProseCitations.Named named = ProseCitations.namedWithReference(raw);
                    // "… a critique of G.E. Lee (p. 377).": after a citation, a page alone is that work's.
                    c = named == null || out.isEmpty() ? null : PageInCommentary.read(raw, named, segment.start());
                    c = named == null || c != null ? c : asWritten(closingCitation(named.text(),
                            segment.start() + named.start(), italics), raw.substring(named.start(),
                            named.start() + named.text().length()));
                }
            } catch (RuntimeException e) {
                // A reader failed on the text: a bug in the parser. Tests run strict and fail on it; otherwise the
                // note is kept, unparsed, and the check reports the bug as internal-error.
                if (strict) {
                    throw new IllegalStateException("A parser rule failed on \"" + raw + "\"", e);
                }
                c = UnparsedCitation.internalError(e, raw, new TextSpan(segment.start(), segment.end()));
            }
            if (c == null && prose == null) {
                // "… the old rites. (Hartley's Church History, and Lettres de Quin.) The …": works named by title.
                addNamed(raw, TitlesInParentheses.spans(raw), segment.start(), italics, out);
            }
            int[] inParentheses = c == null && prose == null ? AuthoritiesInParentheses.span(raw) : null;
            if (inParentheses != null && parseSegment(raw.substring(inParentheses[0], inParentheses[1]),
                    segment.start() + inParentheses[0], italics) instanceof ShortCitation authority
                    && authority.locator() != null) {
                // "… we are assured (Quintus, i. 19. Marcellus, ii. 24) that …": an item of a parenthesis of
                // authorities that the segmenter cut at its periods.
                c = authority;
            }
            boolean proseAround = prose == null && (c == null || inParentheses != null);
            if (c == null && prose == null && (addNamed(raw, SayingAuthors.names(raw), segment.start(), italics, out)
                    || addNamed(raw, WorksOfAuthors.names(raw), segment.start(), italics, out)
                    || out.addAll(SeeTheTitle.read(raw, segment.start()))
                    || out.isEmpty() && addNamed(raw, FoundInWorks.titles(raw), segment.start(), italics, out))) {
                continue;
            }
            if (prose != null && !out.isEmpty()) {
                out.set(out.size() - 1, Suffixes.withSuffix(out.get(out.size() - 1), prose));
            }
            if ((c instanceof ShortCitation || c instanceof CrossReference) && c.locator() == null
                    && c.prefix() == null && !out.isEmpty()
                    && Segmenter.afterLocatorSentence(text, segment.start())
                    && !(c instanceof ShortCitation sc && namesAuthorsWork(sc))) {
                // "Correspondence, No. 43. Sir E. Goschen to Sir E. Grey, July 27.": a sentence after the locator
                // that cites nothing of its own (no locator) describes the document just cited.
                c = null;
            }
            // "… (London, 1705), reprinted in Tanner's Collection, IV, 363": the work, at the reprint's page.
            Citation reprinted = c == null || out.isEmpty() ? null
                    : ReprintedIn.joined(out.get(out.size() - 1), c, text);
            if (reprinted != null) {
                out.set(out.size() - 1, reprinted);
            } else if (c != null) {
                // "X, 471, quoting Y": Y is the authority X quotes, which a later "Ibid." passes over.
                Citation quoted = out.isEmpty() || !QuotingSignals.citesThrough(c.prefix()) ? null : inParenthetical(c);
                out.add(quoted != null ? quoted : c);
            } else if (!out.isEmpty()) {
                // Commentary between citations belongs to the citation before it.
                out.set(out.size() - 1, Suffixes.withSuffix(out.get(out.size() - 1), raw.strip()));
            }
            int[] closingWork = proseAround ? WorkClosingProse.span(raw) : null;
            if (closingWork != null && parseSegment(raw.substring(closingWork[0], closingWork[1]),
                    segment.start() + closingWork[0], italics) instanceof ShortCitation work
                    && work.locator() != null) {
                // "… explained in the Lettres sur le Nord, tom. ii. p. 117.": the work that closes the prose.
                out.add(work);
            }
            for (int[] within : Parentheticals.citedWithin(raw)) {
                // "… (quoting Doe v. Roe, 1 U.S. 2, 3 (1990))": a citation of its own, after the one around it.
                Citation inner = citedWithin(raw.substring(within[0], within[1]), segment.start() + within[0],
                        italics);
                if (inner != null) {
                    out.add(inner);
                }
            }
            for (int[] through : CitedThrough.spans(raw)) {
                // "… attested by Aristo of Pella (apud Euseb. l. iv. c. 6)": the work the passage is read in.
                Citation inner = citedWithin(raw.substring(through[0], through[1]), segment.start() + through[0],
                        italics);
                if (inner != null) {
                    out.add(inner);
                }
            }
        }
        return out;
    }

    /**
     * Reads two articles that share one journal reference ({@link SharedJournalReference}) into {@code out};
     * false, and nothing added, when the segment is not so written or either article does not read in full.
     */
    private boolean readSharedReference(String raw, TextSpan segment, List<Citation> out) {
        SharedJournalReference.Pair pair = SharedJournalReference.split(raw);
        if (pair == null) {
            return false;
        }
        int start = segment.start();
        Citation first = rewrittenFull(pair.first(), pair.firstWritten(),
                new TextSpan(start, start + pair.firstWritten().length()), start);
        Citation second = rewrittenFull(pair.second(), raw.substring(pair.secondStart()),
                new TextSpan(start + pair.secondStart(), segment.end()), start + pair.secondStart());
        if (first == null || second == null) {
            return false;
        }
        out.add(first);
        out.add(second);
        return true;
    }

    /** The segment read as a new article in the issue cited before it ({@link IbidAsContainer}), or null. */
    private Citation ibidAsContainer(String raw, List<Citation> out, TextSpan segment) {
        String text = IbidAsContainer.rewritten(raw, out);
        Citation c = text == null ? null : rewrittenFull(text, raw, segment, segment.start());
        if (c instanceof FullCitation f) {
            return new FullCitation(f.reference(), f.locator(), f.text(), f.span(), IbidAsContainer.signal(raw),
                    f.suffix(), f.flags());
        }
        return null;
    }

    /**
     * A full citation read from a text that completes what the note wrote (a shared reference, the issue an ibid
     * stands for), given back the note's own text and span; null if the text does not read as one in full.
     */
    private Citation rewrittenFull(String text, String written, TextSpan span, int offset) {
        Citation c = parseSegment(text, offset, List.of());
        if (c instanceof FullCitation f && f.suffix() == null) {
            return new FullCitation(f.reference(), f.locator(), written, span, f.prefix(), null, f.flags());
        }
        return null;
    }

    /**
     * "Hartley and Lowther say that …", "… will be found in the Hartley Papers": the authors or works a sentence
     * of prose names ({@code spans} of {@code raw}), each read as a short form and added to {@code out}; whether
     * there were any.
     */
    private boolean addNamed(String raw, List<int[]> spans, int offset, List<TextSpan> italics, List<Citation> out) {
        List<Citation> named = new ArrayList<>();
        for (int[] name : spans) {
            if (parseSegment(raw.substring(name[0], name[1]), offset + name[0], italics) instanceof ShortCitation sc) {
                named.add(sc);
            }
        }
        out.addAll(named);
        return !named.isEmpty();
    }

    /** The authorities a sentence lists after "by" ({@link AuthorityList}), if every item reads as one. */
    private List<Citation> listedAuthorities(String raw, int offset, List<TextSpan> italics) {
        List<Citation> listed = new ArrayList<>();
        for (int[] item : AuthorityList.items(raw)) {
            Citation c = parseSegment(raw.substring(item[0], item[1]), offset + item[0], italics);
            if (!(c instanceof ShortCitation sc) || sc.authors().isEmpty() || sc.title() == null && sc.locator() == null
                    || sc.suffix() != null) {
                return List.of();
            }
            listed.add(c);
        }
        return listed;
    }

    /** The citation inside a "(quoting …)" parenthetical, flagged so, or null if it is no full or short one. */
    private Citation citedWithin(String raw, int offset, List<TextSpan> italics) {
        Citation c;
        try {
            c = parseSegment(raw, offset, italics);
        } catch (RuntimeException e) {
            if (strict) {
                throw new IllegalStateException("A parser rule failed on \"" + raw + "\"", e);
            }
            return null;
        }
        return inParenthetical(c);
    }

    /** The citation flagged as one inside another's parenthetical; null if it is no full or short one. */
    private static Citation inParenthetical(Citation c) {
        if (c instanceof FullCitation f) {
            return new FullCitation(f.reference(), f.locator(), f.text(), f.span(), f.prefix(), f.suffix(),
                    withFlag(f.flags()));
        }
        if (c instanceof ShortCitation s) {
            return new ShortCitation(s.form(), s.authors(), s.title(), s.volume(), s.locator(), s.titleSpan(),
                    s.text(), s.span(), s.prefix(), s.suffix(), withFlag(s.flags()));
        }
        if (c instanceof CrossReference x) {
            return new CrossReference(x.form(), x.authors(), x.title(), x.note(), x.locator(), x.text(), x.span(),
                    x.prefix(), x.suffix(), withFlag(x.flags()));
        }
        return null;
    }

    private static Set<StyleFlag> withFlag(Set<StyleFlag> flags) {
        EnumSet<StyleFlag> more = EnumSet.of(StyleFlag.IN_PARENTHETICAL);
        more.addAll(flags);
        return more;
    }

    private Citation parseSegment(String raw, int offset, List<TextSpan> noteItalics) {
        return parseSegment(raw, offset, noteItalics, true);
    }

    /**
     * "Hartley's Narrative": a work named by its author's possessive, which no description of the document just
     * cited begins with.
     */
    private static boolean namesAuthorsWork(ShortCitation sc) {
        String t = sc.text();
        int sp = t.indexOf(' ');
        return sc.form() == ShortCitation.Form.AUTHOR_TITLE && sp > 2 && sp < 25
                && (t.startsWith("'s", sp - 2) || t.startsWith("’s", sp - 2))
                && Character.isUpperCase(t.charAt(0));
    }

    /**
     * The work cited in a parenthesis of commentary with its imprint in square brackets ({@link BracketedImprints}),
     * the commentary around it kept as its prefix and suffix; null when there is none or it does not read.
     */
    private Citation inCommentary(String raw, int offset, List<TextSpan> italics) {
        BracketedImprints.Found found = BracketedImprints.find(raw);
        if (found == null) {
            return null;
        }
        String before = raw.substring(0, found.open()).strip();
        if (before.indexOf('(') >= 0) {
            // "Hale, Land (Cambridge: CUP, 1979), p. 95 (citing Fenn, Tides [London: Hale, 1889], p. 4)": the
            // note's own citation comes first, with its facts; the bracketed work is its parenthetical.
            return null;
        }
        Citation c = parseSegment(found.rewritten(), offset + found.open() + 1, italics);
        String after = FieldTokenizer.stripTrailing(raw.substring(found.close() + 1).strip(), ".").strip();
        after = after.startsWith(",") || after.startsWith(";") ? after.substring(1).strip() : after;
        String written = raw.substring(found.open() + 1, found.close());
        if (c instanceof FullCitation f && f.suffix() == null) {
            return new FullCitation(f.reference(), f.locator(), written, f.span(), before.isEmpty() ? null : before,
                    after.isEmpty() ? null : after, f.flags());
        }
        return null;
    }

    /**
     * A citation read from a rewritten text ("Hartley, Annals, 12" for "Hartley (Annals, 12)"), given back the text
     * the note wrote at the same span: a citation's text is always the note's own.
     */
    private static Citation asWritten(Citation c, String written) {
        if (c instanceof ShortCitation s) {
            return new ShortCitation(s.form(), s.authors(), s.title(), s.volume(), s.locator(), s.titleSpan(),
                    written, s.span(), s.prefix(), s.suffix(), s.flags());
        }
        if (c instanceof FullCitation f) {
            return new FullCitation(f.reference(), f.locator(), written, f.span(), f.prefix(), f.suffix(), f.flags());
        }
        return c; // (closingCitation gives nothing else)
    }

    /** The closing sentence read as a citation, when it reads as one that says where (a locator), else null. */
    private Citation closingCitation(String tail, int offset, List<TextSpan> italics) {
        Citation c = parseSegment(tail, offset, italics);
        if (c instanceof ShortCitation sc && sc.locator() != null && sc.suffix() == null
                || c instanceof FullCitation f && f.suffix() == null) {
            return c;
        }
        return null;
    }

    private Citation parseSegment(String raw, int offset, List<TextSpan> noteItalics, boolean allowLeadIn) {
        Segment segment = HeadReader.read(raw, offset, noteItalics);
        if (segment == null) {
            return null;
        }
        if (allowLeadIn && segment.prefix() == null) {
            int start = HeadReader.leadIn(segment.body());
            if (start > 0) {
                Citation c = parseSegment(raw.substring(start), offset + start, noteItalics, false);
                String leadIn = FieldTokenizer.stripTrailing(segment.body(), 0, start, " ");
                if (c instanceof FullCitation f) {
                    return new FullCitation(f.reference(), f.locator(), raw, segment.span(), leadIn, f.suffix(),
                            f.flags());
                }
                if (c instanceof ShortCitation sc && sc.form() == ShortCitation.Form.AUTHOR_TITLE && sc.locator() != null
                        && sc.titleSpan() != null) {
                    // "This supports Hoff's suspicion that …. Hoff, “Agency,” 23.": commentary that ends in a short
                    // form naming author, title and page; anything less could be the commentary's own words.
                    return new ShortCitation(sc.form(), sc.authors(), sc.title(), sc.volume(), sc.locator(),
                            sc.titleSpan(), raw, segment.span(), leadIn, sc.suffix(), sc.flags());
                }
            }
        }
        return read(segment);
    }

    /**
     * The citation the segment gives: the readers in order, the first that reads it wins. Before the first reader
     * of fields, the body is split into fields once; a remark on the quotation at the end ("emphasis added") and
     * an "[Anonymous]" in the author's place are set aside then, and put back on what the reader gives.
     */
    private Citation read(Segment segment) {
        Segment s = segment;
        List<Field> all = null;
        int kept = 0;
        boolean anonymous = false;
        for (CitationReader reader : readers) {
            if (all == null && reader.readsFields()) {
                // A title in single quotation marks (MHRA, OSCOLA) is split off as a double-quoted one is.
                all = FieldNormalizer.fields(SingleQuotedTitles.asDouble(s.body()), s.italics());
                if (all.isEmpty()) {
                    return null;
                }
                // "…, 23, emphasis added": a remark on the quotation, after the locator; read without it, kept as
                // the suffix, so that "23" is still the locator.
                kept = all.size();
                while (kept > 1 && FieldNormalizer.isQuotationRemark(all.get(kept - 1))) {
                    kept--;
                }
                // "White Book, p. 46 (infra in Appendix I)": a pointer to the writer's own appendix after the
                // locator; it and what follows remark on the citation.
                for (int k = 2; k < kept; k++) {
                    if (FieldNormalizer.isInternalReference(all.get(k)) && TrailingLocator.isLocatorField(all, k - 1)) {
                        kept = k;
                        break;
                    }
                }
                // "[Anonymous], A Letter to a Friend (…)": the title page says no name, and the work is read from
                // its title.
                anonymous = kept > 2 && FieldNormalizer.isAnonymous(all.get(0));
                s = s.withFields(all.subList(anonymous ? 1 : 0, kept));
            }
            if (reader.accepts(s)) {
                Citation c = reader.read(s);
                if (c != null) {
                    c = c == CitationReader.NOTHING ? null : c;
                    return all == null ? c : withSetAside(c, anonymous, all, kept);
                }
            }
        }
        return null;
    }

    /**
     * The citation with what {@link #read} set aside put back: the anonymous author, the remark.
     */
    private static Citation withSetAside(Citation read, boolean anonymous, List<Field> all, int kept) {
        Citation c = read;
        if (anonymous && c instanceof FullCitation f && f.reference().authors().isEmpty()) {
            c = new FullCitation(f.reference().toBuilder().authors(List.of(Name.literal("Anonymous"))).build(),
                    f.locator(), f.text(), f.span(), f.prefix(), f.suffix(), f.flags());
        }
        return kept == all.size() ? c : Suffixes.withRemark(c, FieldText.joinText(all.subList(kept, all.size())));
    }
}

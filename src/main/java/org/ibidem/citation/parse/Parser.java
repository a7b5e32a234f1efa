package org.ibidem.citation.parse;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.document.TextSpan;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.ibidem.citation.Citation;
import org.ibidem.citation.FullCitation;
import org.ibidem.citation.ShortCitation;
import org.ibidem.citation.IbidCitation;
import org.ibidem.citation.UnparsedCitation;
import org.ibidem.citation.StyleFlag;
import org.ibidem.citation.NameOrder;
import org.ibidem.citation.Names;

/**
 * The note parser's machinery: splits a note into segments and reads each one. {@link
 * org.ibidem.citation.NoteParser} is its public face.
 *
 * <p>Stateless and thread-safe; never throws on content.
 */
public final class Parser {

    // A signal may carry a qualifier set off by commas: "See, for example,", "See also, e.g.,", "Cf., in
    // particular,", "See especially".
    private static final Pattern SIGNAL = Pattern.compile(
            "^((?:see also|see especially|see generally|see|but see|but cf\\.|cf\\.|compare|contra|accord|also)"
                    + "(?:,?\\s+(?:e\\.g\\.|for example|for instance|especially|generally|in particular),)?"
                    + "|e\\.g\\.,|for example,|for instance,|as quoted in|quoted in|cited in|reprinted in)\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IBID = Pattern.compile("^(ibidem|ibid|id)(\\.)?(?=$|[\\s,.;:])",
            Pattern.CASE_INSENSITIVE);
    // The numbers a classical work is cited by, at the end of its title: book and section joined by periods
    // ("2.40.1", "1.2.1253a"), or a Stephanus or Bekker page ("514a", "1094a1-3"), with a range after them.
    private static final Pattern CLASSICAL_DIVISIONS = Pattern.compile(
            "\\s((?:\\d{1,4}[a-e]?\\d{0,2}(?:\\.\\d{1,4}[a-e]?\\d{0,2})+|\\d{1,4}[a-e]\\d{0,2})"
            + "(?:\\s*[\u2013-]\\s*\\d{1,4}[a-e]?\\d{0,2}(?:\\.\\d{1,4}[a-e]?\\d{0,2})*)?)$");
    private static final Pattern EBOOK_FORMAT = Pattern.compile(
            "(?i)kindle(?: edition)?|epub|e-?book|apple books|ibooks|nook(?: edition)?|pdf e-?book");
    private static final Pattern SUB_VERBO = Pattern.compile("(?i)s\\.\\s?v\\.?|sub verbo");
    private static final Pattern ENCYCLOPEDIA_NAME = Pattern.compile("(?i)encyclop|britannica|wikipedia");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{4}");
    private static final Pattern OP_CIT = Pattern.compile("(?:^|,\\s*|\\s+)(op\\.?\\s*cit|loc\\.?\\s*cit)\\.?",
            Pattern.CASE_INSENSITIVE);
    // "Smith, supra note 3, at 45", "Smith, supra n. 3", "n. 7 above", "see note 7 above, 12".
    private static final Pattern SUPRA = Pattern.compile(
            "^(?:(.{1,120}?),\\s*)?(?:supra\\s+(?:note|n\\.)\\s*(\\d{1,5})|(?:note|n\\.)\\s*(\\d{1,5})\\s+above)"
                    + "(?:,?\\s*(?:at\\s+)?(.{1,80}))?$", Pattern.CASE_INSENSITIVE);
    // A new sentence opens a new citation when it starts with a signal ("… 141. See also Mao, …"), or when the
    // sentence before it ended on a page number ("Hoveden, p. 529. Diceto, p. 560."). Prose that follows is
    // recognised as commentary later and kept as the suffix of the citation before it.
    private static final Pattern SENTENCE_SIGNAL = Pattern.compile(
            // Each alternative starts at a space or a comma; the lookahead first rejects every other position.
            "(?=[\\s,])(?:(?<=[.)”\"])\\s+(?=(?:See|Cf\\.|Compare|Also|But see|For example|Quoted in)\\b)"
                    + "|(?<=\\d[.)])\\s+(?=[A-Z\"“_])(?![A-Z][\\w’'.-]*(?: [A-Z][\\w’'.-]*)*(?: Press| Books"
                    + "| Publishing| Publications| Media| University)\\b)"
                    // "Author, Title, 12, quoted in Other, Book, 45": two works, the second with its signal.
                    + "|,\\s+(?=(?:as\\s+)?(?:quoted|cited|reprinted) in\\s)"
                    // "Taruskin, Music, 131–33, and McClary, Feminine Endings, 62": two works joined by "and".
                    + "|(?<=\\d),\\s+and\\s+(?=\\p{Lu}))");
    // The words the first branch of SENTENCE_SIGNAL looks ahead for.
    private static final List<String> SENTENCE_SIGNAL_WORDS = List.of("See", "Cf.", "Compare", "Also", "But see",
            "For example", "Quoted in");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s,;:]+");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s,.:]+");
    private static final Pattern LEADING_CLOSERS = Pattern.compile("^[\\s.,;:)\\]]+");
    private static final Pattern EDITOR_WORD = Pattern.compile("(?i)eds?\\.?|comps?\\.|editors?");
    private static final Pattern COMPANY_SUFFIX = Pattern.compile("(?i)(inc|ltd|co|corp|llc|gmbh)\\.?");
    private static final Pattern DOI_URL = Pattern.compile("(?i)^https?://(dx\\.)?doi\\.org/");
    private static final Pattern YEAR_LETTER = Pattern.compile("[a-z]$");
    private static final Pattern YEAR_SPAN = Pattern.compile("(?:c\\.\\s*)?\\d{4}(?:\\s*[–—-]\\s*\\d{2,4})?");
    // Latin "the same (author)": masculine, feminine, and their plurals.
    private static final Pattern IDEM = Pattern.compile("(?i)idem|eadem|iidem|eaedem");
    private static final Pattern NO_DATE = Pattern.compile("(?i)\\bn\\.\\s?d\\.");
    // A signal after some prose: "For a different reading, see Shen, …".
    private static final Pattern EMBEDDED_SIGNAL = Pattern.compile(
            "(?<=[\\s,;:(])(?:see also|see|cf\\.)\\s+(?=[\\p{Lu}“\"])", Pattern.CASE_INSENSITIVE);
    // Prose that says where something is, then the work: "Moses’s own account is in Robert Moses, …", "The same
    // paper is printed in Rymer, vol. i. p. 35".
    private static final Pattern FOUND_IN = Pattern.compile(
            "(?<=\\s)(?:is|are|appears?|(?:is|are|may be|can be) (?:found|printed|given))\\s+in\\s+(?=\\p{Lu})");
    // "ibid." inside a sentence: "As shown above (ibid., 45–47), …".
    private static final Pattern EMBEDDED_IBID = Pattern.compile("(?<![\\p{L}])(ibidem|ibid)(\\.)?(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern URL = Pattern.compile("^(?:<)?(https?://\\S+|www\\.\\S+|doi:\\s*\\S+)(?:>)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ACCESSED = Pattern.compile("^(?:last\\s+)?(?:accessed|retrieved|viewed)(?:\\s+on)?\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EDITOR = Pattern.compile(
            "^(ed\\. and trans\\.|eds\\. and trans\\.|trans\\. and ed\\.|trans\\. and eds\\.|edited and translated by|"
                    + "translated and edited by|ed\\.|eds\\.|edited by|trans\\.|translated by|"
                    + "comp\\.|compiled by)\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    // One word of an edition statement: "4th", "3d", "Second", "rev.", "exp.", "enl.", "English".
    private static final String EDITION_WORD = "(?:\\d+(?:st|nd|rd|th|d)|first|second|third|fourth|fifth|sixth|"
            + "seventh|eighth|ninth|tenth|rev\\.|revised|new|abridged|exp\\.|expanded|enl\\.|enlarged|updated|"
            + "corr\\.|corrected|augm\\.|augmented|American|English|British|paperback|student|critical|"
            + "illustrated|facsimile|definitive|complete|annotated|centennial|anniversary|variorum)";
    // "2nd ed.", "4th rev. ed.", "rev. and exp. ed.", "2nd ed. rev.", "new ed.", "3d ed.", "Second edition". The
    // words repeat a bounded number of times and never match a space, so the pattern cannot backtrack far.
    private static final Pattern EDITION = Pattern.compile(
            "^(" + EDITION_WORD + "(?:,?\\s+(?:and\\s+)?" + EDITION_WORD + "){0,4})\\s+(?:ed\\.?|edn\\.?|edition)"
                    + "(?:,?\\s+(rev\\.|revised|and\\s+enl\\.|enl\\.))?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VOLUME_FIELD = Pattern.compile("^vols?\\.\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern VOLUME_COUNT = Pattern.compile("^(\\d+)\\s+vols\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern VOLUME_IN_TITLE = Pattern.compile(
            "^(.{2,}?)[,\\s]+(?:vol\\.?|volume)\\s*(\\d+|[IVXLC]+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern JOURNAL_VOLUME = Pattern.compile(
            "^(.{2,}?)[,\\s]+(?:vol\\.?\\s*)?(\\d{1,4})(?:\\s*,?\\s*(?:no|nos|issue)\\.?\\s*([\\w/–-]{1,12})|\\.(\\d{1,3}))?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PRESENTED = Pattern.compile(
            "(?i)(?:(?:paper|lecture|talk|address|keynote|poster|remarks)\\s+)?(?:presented|delivered|given|read)\\s+(?:at|to|before)\\s");
    /** About when books were first printed in Europe: an earlier "year" after a title is a page. */
    private static final int FIRST_PRINTED_YEAR = 1450;
    private static final Pattern PAPER_SERIES = Pattern.compile(
            "(.{0,60}?\\b(?:working|discussion|occasional|research|policy|staff|technical)\\s+papers?"
                    + "(?:\\s+series)?)\\s*(?:,\\s*)?(?:no\\.|number|#)?\\s*([\\w/.-]{1,15})", Pattern.CASE_INSENSITIVE);
    private static final Pattern SERIES_OF_VOLUMES = Pattern.compile("(?i)(?:ser\\.|series)\\s*\\d{1,3}");
    private static final Pattern CONGRESS_PAPER = Pattern.compile(
            "(?:H\\.|S\\.|H\\.\\s?R\\.)\\s?(?:Exec\\.\\s?|Misc\\.\\s?)?(?:Rep|Doc|Res|Report|Document)\\.?\\s*"
                    + "(?:No\\.\\s*)?\\d[\\d–-]*");
    private static final Pattern FORTHCOMING = Pattern.compile("(?i)\\b(?:forthcoming|in press)$");
    private static final Pattern JOURNAL_SERIES = Pattern.compile(
            "(?:\\d+(?:st|nd|rd|th|d)|new|old|first|second|third|fourth|fifth)\\s+ser(?:\\.|ies)|n\\.\\s?s\\.|o\\.\\s?s\\.",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VOLUME_ONLY = Pattern.compile(
            "^(?:vol\\.?\\s*)?(\\d{1,4}|[ivxlc]{1,8})(?:\\s*,?\\s*(?:no|nos|issue)\\.?\\s*([\\w/–-]{1,12})|\\.(\\d{1,3}))?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSSESSIVE_PREFIX = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.'’ -]{0,60}?)(?:['’]s|s['’])\\s+(\\S.*)$");
    private static final Pattern TRAILING_PAGE = Pattern.compile(
            "^(.*?\\S)[,\\s]+((?:pp?|vol|vols|lib|cap|ch|col|fol|no)\\.?\\s*[\\divxlcIVXLC].*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISSUE_FIELD = Pattern.compile("^(?:no|nos|issue)\\.?\\s*([\\w/–-]{1,12})$",
            Pattern.CASE_INSENSITIVE);
    private static final KeywordPattern THESIS = new KeywordPattern("\\b(?:diss\\.|dissertation\\b|thesis\\b)",
            "diss", "thesis");
    private static final Pattern QUOTATION_REMARK = Pattern.compile("(?i)(?:(?:emphasis|italics?)\\s+(?:added|mine|"
            + "supplied|(?:is\\s+)?(?:in\\s+(?:the\\s+)?)?original)|(?:my|our|original)\\s+(?:emphasis|italics)"
            + "|(?:my|our|the\\s+author['’]s|author['’]s)\\s+translation|translation\\s+(?:mine|my\\s+own|modified|"
            + "altered|amended|slightly\\s+modified)|trans(?:\\.|lation)\\s+modified"
            + "|translated\\s+by\\s+(?:me|the\\s+author))");
    private static final Set<String> NO_PLACE = Set.of("n.p.", "n. p.", "n.p", "s.l.", "s.l");
    private static final Pattern REPRINT = Pattern.compile(";\\s*(?:repr\\.|reprint|reprinted)\\s*,?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final KeywordPattern ARCHIVE = new KeywordPattern(
            "\\b(archive|archives|digital archive|library|collection|papers|records|manuscripts?)\\b",
            "archive", "library", "collection", "papers", "records", "manuscript");
    private static final KeywordPattern SPEECH = new KeywordPattern(
            "\\b(speech|speeches|address|remarks|lecture|report to|delivered)\\b",
            "speech", "address", "remarks", "lecture", "report", "delivered");
    private static final KeywordPattern INTERVIEW = new KeywordPattern("\\binterview\\b", "interview");
    private static final KeywordPattern BLOG = new KeywordPattern("\\bblog\\b", "blog");
    private static final KeywordPattern PUBLISHER_WORD = new KeywordPattern(
            "\\b(press|books|publishing|publishers?|verlag|editions|university|pr|co\\.|company|house|"
                    + "library|archive|institute|gutenberg|hathitrust)\\b",
            "pr", "books", "publish", "verlag", "editions", "university", "co", "house", "library", "archive",
            "institute", "gutenberg", "hathitrust");
    // The year that ends publication facts; a multivolume work published over several years gives the span
    // ("Albin Michel, 1939–40"), and is dated by its first year.
    private static final Pattern YEAR_AT_END = Pattern.compile(
            "(?:^|[,\\s])((?:1[0-9]{3}|20[0-9]{2})[a-z]?|n\\.\\s?d\\.|forthcoming)"
            + "(?:\\s*[\u2013\u2014-]\\s*(?:1[0-9]{3}|20[0-9]{2}|[0-9]{2}))?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_EDITION = Pattern.compile(
            "^(" + EDITION_WORD + "(?:,?\\s+(?:and\\s+)?" + EDITION_WORD + "){0,4})\\s+(?:ed\\.?|edn\\.?|edition),\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ORDINAL_ALONE = Pattern.compile("^(\\d+)(?:st|nd|rd|th|d)$", Pattern.CASE_INSENSITIVE);
    private static final List<String> ORDINAL_WORDS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth");
    private static final Pattern PAGE_RANGE = Pattern.compile("^(?:pp?\\.\\s*)?(\\d{1,6})(?:\\s*[-–—]+\\s*(\\d{1,6}))?$");
    private static final Pattern POSSESSIVE = Pattern.compile("^(.+?)(?:['’]s|(?<=s)['’])$");
    // Where a document sits in an archive: "box 3", "folder 12", "RG 59", "f. 07, op. 23a, d. 235, l. 1". The
    // strong units say "archive" on their own; the weak ones only count once a note is known to be archival.
    private static final Pattern ARCHIVAL_UNIT_STRONG = Pattern.compile(
            "^(?:box|boxes|folder|folders|file|carton|reel|rg|record group|fond|fonds|opis|op\\.|delo|series|"
                    + "subseries)\\s*[0-9IVXLC][\\w./–-]{0,19}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ARCHIVAL_UNIT = Pattern.compile(
            "^(?:box|boxes|folder|folders|file|files|carton|container|drawer|envelope|reel|roll|rg|record group|"
                    + "fond|fonds|f\\.|opis|op\\.|delo|d\\.|list|l\\.|ll\\.|vol\\.|volume|series|subseries|item|"
                    + "no\\.|doc\\.|fol\\.|fols\\.|folio|ms\\.?|mss\\.?|sheet|piece|bundle|dossier)\\s*"
                    + "[0-9IVXLC][\\w./–-]{0,19}$", Pattern.CASE_INSENSITIVE);
    // The repository: "National Archives", "Yale University Library", "Hoover Institution Archives".
    private static final KeywordPattern ARCHIVE_NAME = new KeywordPattern(
            "\\b(?:archives?|archiv|archivo|archivio|library|museum|institution|record office|records office|"
                    + "historical society|biblioth[eè]que|bibliothek)\\b",
            "archiv", "library", "museum", "institution", "record", "historical", "biblioth");
    // A series, by the words series names use: "Cambridge Studies in International Relations", "NBER Series on
    // Long-Term Factors in Economic Development", "Oxford History of Modern Europe", "Adelphi Papers 123".
    private static final KeywordPattern SERIES_NAME = new KeywordPattern(
            "\\b(?:series|studies|monographs?|texts|classics|lectures|library of|handbooks|companions|"
                    + "perspectives|contributions|papers|history of|essays in|readings in|new approaches|"
                    + "sources)\\b",
            "series", "studies", "monograph", "texts", "classics", "lectures", "library", "handbooks",
            "companions", "perspectives", "contributions", "papers", "history", "essays", "readings", "new",
            "sources");
    // A number after a series name: "California Studies in 19th-Century Music 5", "Adelphi Papers, no. 123".
    private static final Pattern SERIES_NUMBER = Pattern.compile("^(.*?\\S)[,\\s]+(?:no\\.\\s*|vol\\.\\s*)?(\\d{1,5})$",
            Pattern.CASE_INSENSITIVE);
    // "vol. 3 of The Oxford History of Western Music": a volume of a multi-volume work with a title of its own.
    private static final Pattern VOLUME_OF = Pattern.compile("^vol\\.\\s*(\\d{1,4}|[IVXLC]{1,8})\\s+of(?:\\s+(.+))?$",
            Pattern.CASE_INSENSITIVE);
    // "87th Cong., 1st sess.", "H. Doc. 12": a congressional document's number, not part of its title.
    private static final Pattern CONGRESS_SESSION = Pattern.compile(
            "^\\d{1,3}(?:st|nd|rd|th|d)\\s+(?:cong\\.|congress|sess\\.|session)$", Pattern.CASE_INSENSITIVE);
    // What kind of piece a quoted title is, written between it and its periodical.
    private static final Pattern ARTICLE_GENRE = Pattern.compile(
            "(?:unsigned\\s+)?(?:editorial|op-ed|obituary|letter to the editor|review|book review|press release|"
                    + "advertisement|commentary|column)", Pattern.CASE_INSENSITIVE);
    // "College Park, MD": a state after a city, not the roman numeral it spells.
    private static final Pattern STATE_ABBREVIATION = Pattern.compile("^[A-Z]{2}$");
    // An archive's short name: "AVPRF", "RGASPI", "NARA", "TNA".
    // A shelfmark, or a class and piece: capitalised words or abbreviations, then a number — "Add. MS 12345",
    // "SP 16/345", "MS Ashmole 1729", "CO 137/45", "Cotton MS Vitellius A XV", "E 179/123/4".
    private static final Pattern SHELFMARK = Pattern.compile(
            "(?:[A-Z][A-Za-z]{0,12}\\.?\\s+){1,4}(?:\\d[\\w/.:–-]{0,20}|[A-Z]{1,4}(?:\\s+[A-Z]{1,4}){0,2})");
    private static final Pattern MAGAZINE_NAME = Pattern.compile(
            "(?:the\\s+)?(?:new yorker|atlantic(?: monthly)?|harper['’]s(?: magazine| weekly)?|economist|time|newsweek|"
                    + "nation|new republic|slate|salon|wired|forbes|fortune|smithsonian(?: magazine)?|"
                    + "national geographic|scientific american|rolling stone|vanity fair|esquire|life|look|"
                    + "saturday evening post|new york review of books|london review of books|foreign affairs|"
                    + "foreign policy|spectator|new statesman|(?:der )?spiegel|paris review|mother jones|dissent|"
                    + "commentary|harper's bazaar|vogue|variety|new york magazine"
                    // and any title that calls itself one: "New York Times Magazine", "Sunday Times Magazine".
                    + "|.*\\bmagazine)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEWSPAPER_NAME = Pattern.compile(
            "\\b(?:times|post|herald|tribune|gazette|guardian|globe|telegraph|chronicle|courier|inquirer|daily|"
                    + "dispatch|examiner|observer|independent|mercury|sun|zeitung|allgemeine|le monde|le figaro|"
                    + "pravda|izvestiia|izvestia|renmin ribao|wall street journal|asahi shimbun|yomiuri shimbun)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ARCHIVE_ACRONYM = Pattern.compile("^[A-Z][A-Z-]{2,9}$");
    // A part of the repository, written before it: "Manuscript Division, Library of Congress".
    private static final KeywordPattern ARCHIVE_DIVISION = new KeywordPattern(
            "\\b(?:division|department|section|branch|reading room|special collections)\\b",
            "division", "department", "section", "branch", "reading", "special");
    // A named collection in an archive: "Walter Lippmann Papers", "Central Files", "Columbia River Packers
    // Association Records".
    private static final KeywordPattern COLLECTION_NAME = new KeywordPattern(
            "\\b(?:papers|records|collection|collections|files|fonds|correspondence|diaries)\\b",
            "papers", "records", "collection", "files", "fonds", "correspondence", "diaries");
    // What kind of unpublished document a note describes, at the start of a field: "Memorandum of conversation",
    // "telegram", "minutes of the board", "interview by the author", "speech to the Bundestag".
    private static final Pattern DOCUMENT_GENRE = Pattern.compile(
            "^(?:(?:confidential|secret|top secret|personal|private|draft|unsigned|undated|handwritten|typed)\\s+)?"
                    + "(memorandum of conversation|memorandum for the record|memorandum|memo|letter|telegram|"
                    + "cable|dispatch|despatch|diary|diary entry|journal entry|minutes|record of conversation|"
                    + "record of a conversation|transcript|circular|postcard|note verbale|aide-m[ée]moire|"
                    + "interview|oral history interview|speech|address|lecture|remarks|testimony|petition)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LETTER_FROM = Pattern.compile(
            "^(letter|telegram|cable|memorandum|memo|note|message|dispatch|despatch)\\s+from\\s+",
            Pattern.CASE_INSENSITIVE);

    private final NameOrder familyNameFirst;
    /** Films, broadcasts, personal communications and posts: notes for works that are not printed. */
    private final MediaNotes media;

    /**
     * A parser.
     *
     * @param nameOrder which personal names are written family name first
     */
    public Parser(NameOrder nameOrder) {
        this.familyNameFirst = java.util.Objects.requireNonNull(nameOrder, "nameOrder");
        this.media = new MediaNotes(nameOrder);
    }

    /**
     * Parses a note's text, knowing which spans of it were set in italics (titles, in Chicago).
     *
     * @param italics spans of {@code text} in italics, sorted; empty when the source had no markup
     */
    public List<Citation> parse(String text, List<TextSpan> italics) {
        List<Citation> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (TextSpan segment : segments(text)) {
            String raw = text.substring(segment.start(), segment.end());
            Citation c;
            try {
                c = parseSegment(raw, segment.start(), italics);
            } catch (IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException e) {
                // A citation refused what a rule made of the text (a short form with neither author nor title), or
                // a rule read a match or a field that was not there: a gap in the rules, but the note is kept, as
                // unparsed, rather than lose the document.
                c = new UnparsedCitation("not read as a citation (" + e.getMessage() + ")", raw,
                        new TextSpan(segment.start(), segment.end()));
            }
            if (c instanceof ShortCitation sc && sc.locator() == null && sc.prefix() == null && !out.isEmpty()
                    && afterLocatorSentence(text, segment.start())) {
                // "Correspondence, No. 43. Sir E. Goschen to Sir E. Grey, July 27.": a sentence after the locator
                // that cites nothing of its own (no locator) describes the document just cited.
                c = null;
            }
            if (c != null) {
                out.add(c);
            } else if (!out.isEmpty()) {
                // Commentary between citations belongs to the citation before it.
                out.set(out.size() - 1, withSuffix(out.get(out.size() - 1), raw.strip()));
            }
        }
        return out;
    }

    /** Splits a note at top-level semicolons and before sentences that open with a signal ("See also …"). */
    static List<TextSpan> segments(String text) {
        List<TextSpan> spans = new ArrayList<>();
        int depth = 0;
        boolean inQuote = false;
        int start = 0;
        int n = text.length();
        // Both passes read the characters from an array: charAt's checks cost more than the copy.
        char[] chars = text.toCharArray();
        for (int i = text.indexOf(';') < 0 ? n : 0; i < n; i++) {
            char c = chars[i];
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == '“') {
                inQuote = true;
            } else if (c == '”') {
                inQuote = false;
            } else if (c == ';' && depth == 0 && !inQuote) {
                addSegment(text, start, i, spans);
                start = i + 1;
            }
        }
        addSegment(text, start, n, spans);
        // Second cut: "… 141. See also Mao, …" opens a new citation.
        List<TextSpan> result = new ArrayList<>();
        // Every match of SENTENCE_SIGNAL starts at a comma or at a space after ". ) ” \"": try the pattern only
        // there (transparent bounds let its lookbehinds see before the position), not from every position.
        // A comma opens a citation only before "quoted in" and the like, or between a page and "and"; a space only
        // before a capital or a quote.
        // The comma's branch wants "quoted in" and the like in lower case (the pattern is case-sensitive), and the
        // space's a signal word or a number just before it (see mayOpenCitation); the matcher is made at the first
        // position that passes, which most notes never reach.
        Matcher m = null;
        boolean quotedIn = text.contains("quoted") || text.contains("cited") || text.contains("reprinted");
        for (TextSpan span : spans) {
            int from = span.start();
            for (int i = span.start(); i < span.end(); i++) {
                char c = chars[i];
                boolean candidate = c == ',' ? quotedIn || i > 0 && chars[i - 1] >= '0' && chars[i - 1] <= '9'
                        && text.startsWith(" and ", i + 1)
                        : i > 0 && isSentenceEnd(chars[i - 1]) && Character.isWhitespace(c)
                                && opensSentence(text, i, span.end()) && mayOpenCitation(text, i, span.end());
                if (candidate && m == null) {
                    m = SENTENCE_SIGNAL.matcher(text).useTransparentBounds(true);
                }
                if (candidate && m.region(i, span.end()).lookingAt()) {
                    addSegment(text, from, i, result);
                    from = m.end();
                    i = m.end() - 1;
                }
            }
            addSegment(text, from, span.end(), result);
        }
        return result;
    }

    /** Whether the segment at {@code start} is a sentence cut off after a locator's number ("p. 529. Diceto"). */
    private static boolean afterLocatorSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 1 && (text.charAt(i) == '.' || text.charAt(i) == ')') && Character.isDigit(text.charAt(i - 1));
    }

    // The words parseSegment's cheap tests look for, as bits of what keywords returns.
    private static final int HAS_SEE = 1;
    private static final int HAS_CF = 2;
    private static final int HAS_IBID = 4;
    private static final int HAS_SUPRA = 8;
    private static final int HAS_ABOVE = 16;
    private static final int HAS_CIT = 32;

    /**
     * Which of "see", "cf.", "ibid", "supra", "above" and "cit" the text contains, in any ASCII case (the case the
     * patterns that need them ignore), found in one pass.
     */
    private static int keywords(String s) {
        int found = 0;
        char[] chars = s.toCharArray();
        // Every word has three characters at least; the first two letters are tested here, the rest only after.
        // Only 'S' and 's' give 's' when the case bit is set, and likewise for the other letters.
        for (int i = 0; i + 2 < chars.length; i++) {
            int a = chars[i] | 0x20;
            int b = chars[i + 1] | 0x20;
            if (a == 's') {
                found |= b == 'e' && KeywordPattern.asciiWordAt(s, i, "see") ? HAS_SEE
                        : b == 'u' && KeywordPattern.asciiWordAt(s, i, "supra") ? HAS_SUPRA : 0;
            } else if (a == 'c') {
                found |= b == 'f' && KeywordPattern.asciiWordAt(s, i, "cf.") ? HAS_CF
                        : b == 'i' && KeywordPattern.asciiWordAt(s, i, "cit") ? HAS_CIT : 0;
            } else if (a == 'i') {
                found |= b == 'b' && KeywordPattern.asciiWordAt(s, i, "ibid") ? HAS_IBID : 0;
            } else if (a == 'a') {
                found |= b == 'b' && KeywordPattern.asciiWordAt(s, i, "above") ? HAS_ABOVE : 0;
            }
        }
        return found;
    }


    /** The match of {@link #VOLUME_IN_TITLE} on the whole title, or null; tried only on a title that says "vol". */
    private static Matcher volumeInTitle(String title) {
        char last = title.isEmpty() ? ' ' : title.charAt(title.length() - 1);
        if (!(last >= '0' && last <= '9' || "IVXLCivxlc".indexOf(last) >= 0)
                || !FieldTokenizer.containsIgnoreCase(title, "vol")) {
            return null;
        }
        Matcher vt = VOLUME_IN_TITLE.matcher(title);
        return vt.matches() ? vt : null;
    }

    /** Whether the whole text is a URL ({@link #URL}), tried only on a text that opens as one. */
    private static boolean isUrl(String t) {
        return !t.isEmpty() && "<hHwWdD".indexOf(t.charAt(0)) >= 0 && PatternChecks.matches(URL, t);
    }

    /** Whether the whole text is an access date ({@link #ACCESSED}), tried only on a text that opens as one. */
    private static boolean isAccessed(String t) {
        return !t.isEmpty() && "lLaArRvV".indexOf(t.charAt(0)) >= 0 && PatternChecks.matches(ACCESSED, t);
    }

    /** {@link #ARCHIVAL_UNIT_STRONG} on the whole text, tried only on a text that opens as a unit's name does. */
    private static boolean isStrongArchivalUnit(String t) {
        return !t.isEmpty() && "bBfFcCrRoOdDsS".indexOf(t.charAt(0)) >= 0
                && PatternChecks.matches(ARCHIVAL_UNIT_STRONG, t);
    }

    private static boolean startsWithDigit(String t) {
        return !t.isEmpty() && t.charAt(0) >= '0' && t.charAt(0) <= '9';
    }

    /** Whether the text opens with a letter that one of {@link #SIGNAL}'s words opens with. */
    private static boolean mayOpenWithSignal(String s) {
        return !s.isEmpty() && "sbcefaqrSBCEFAQR".indexOf(s.charAt(0)) >= 0;
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == ')' || c == '”' || c == '"';
    }

    /**
     * What {@link #SENTENCE_SIGNAL} needs at the white space at {@code i} before it can match there: a signal word
     * after the space (its first branch), or a digit before the period or parenthesis that ends the sentence (its
     * second). A necessary test only; the pattern decides.
     */
    private static boolean mayOpenCitation(String text, int i, int end) {
        char before = text.charAt(i - 1);
        if ((before == '.' || before == ')') && i >= 2 && text.charAt(i - 2) >= '0' && text.charAt(i - 2) <= '9') {
            return true;
        }
        int j = i;
        while (j < end && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        for (String word : SENTENCE_SIGNAL_WORDS) {
            if (text.startsWith(word, j)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the first character after the white space at {@code i} is a capital, a quote or an underscore. */
    private static boolean opensSentence(String text, int i, int end) {
        int j = i;
        while (j < end && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j < end && (Character.isUpperCase(text.charAt(j)) || "\"“_".indexOf(text.charAt(j)) >= 0);
    }

    private static void addSegment(String text, int start, int end, List<TextSpan> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new TextSpan(start, end));
        }
    }

    private static boolean endsWithDigit(String s) {
        return !s.isEmpty() && Character.isDigit(s.charAt(s.length() - 1));
    }

    private Citation parseSegment(String raw, int offset, List<TextSpan> noteItalics) {
        return parseSegment(raw, offset, noteItalics, true);
    }

    /**
     * "The book is partisan but indispensable. Henry M. Field, History … (New York: …, 1866), 211."; "…, and the
     * fullest is Hamlin's: Charles S. Hamlin, diary, …": a sentence of commentary, ending in a period or a colon,
     * before a full citation. Returns where the citation starts, or -1. Only the opening 300 characters are
     * searched, and only before the first quote or parenthesis (a title's colon comes after its author).
     */
    private static int leadIn(String s) {
        int limit = Math.min(s.length() - 2, 300);
        for (int i = 1; i < limit; i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '“' || c == '"' || c == '[') {
                return -1;
            }
            if ((c == '.' || c == ':') && s.charAt(i + 1) == ' ' && Character.isUpperCase(s.charAt(i + 2))
                    && Character.isLowerCase(s.charAt(i - 1))) {
                String before = s.substring(0, i);
                int comma = before.indexOf(',');
                String firstField = comma < 0 ? before : before.substring(0, comma);
                String lastField = before.substring(before.lastIndexOf(',') + 1);
                if (isProse(before) && splitLength(firstField) >= 4
                        && !Names.looksLikeNames(firstField) && hasLowerCaseWord(lastField)) {
                    return i + 2;
                }
            }
        }
        return -1;
    }

    private Citation parseSegment(String raw, int offset, List<TextSpan> noteItalics, boolean allowLeadIn) {
        TextSpan span = new TextSpan(offset, offset + raw.length());
        String s = raw;
        boolean cutOff = s.endsWith(",") || s.endsWith("“") || s.endsWith("(") || s.endsWith(":");
        // Cheap tests go before the patterns that would run from every position (most notes have none of the
        // words that signals, embedded ibids, cross-references and op. cit. need), and a matcher is made only
        // when its pattern is run. The anchored patterns are run with lookingAt: find would try them at every
        // position, where "^" fails.
        int words = keywords(s);
        String prefix = null;
        Matcher signal = mayOpenWithSignal(s) ? SIGNAL.matcher(s) : null;
        int bodyStart = 0;
        if (signal != null && signal.lookingAt() && signal.end() < s.length()) {
            prefix = s.substring(0, signal.end()).strip();
            bodyStart = signal.end();
        } else {
            Matcher embedded = (words & (HAS_SEE | HAS_CF)) != 0 ? EMBEDDED_SIGNAL.matcher(s) : null;
            if (embedded != null && embedded.find()
                    && (isProse(s.substring(0, embedded.start())) || isLeadIn(s.substring(0, embedded.start())))) {
                prefix = s.substring(0, embedded.end()).strip();
                bodyStart = embedded.end();
            } else if (mayBeFoundIn(s)) {
                Matcher in = FOUND_IN.matcher(s);
                if (in.find() && isProse(s.substring(0, in.start()))) {
                    prefix = s.substring(0, in.end()).strip();
                    bodyStart = in.end();
                }
            }
        }
        String body = FieldTokenizer.stripTrailing(s, bodyStart, s.length(), ".,;:");
        int bodyOffset = offset + bodyStart;
        if (body.isEmpty()) {
            return null;
        }
        if (allowLeadIn && prefix == null) {
            int start = leadIn(body);
            if (start > 0) {
                Citation c = parseSegment(raw.substring(start), offset + start, noteItalics, false);
                if (c instanceof FullCitation f) {
                    return new FullCitation(f.reference(), f.locator(), raw, span,
                            FieldTokenizer.stripTrailing(body, 0, start, " "), f.suffix(), f.flags());
                }
            }
        }
        List<TextSpan> italics = new ArrayList<>();
        for (TextSpan t : noteItalics) {
            int a = Math.max(0, t.start() - bodyOffset);
            int b = Math.min(body.length(), t.end() - bodyOffset);
            if (b > a) {
                italics.add(new TextSpan(a, b));
            }
        }

        // Match on the text before its final period was stripped, so "Ibid." keeps the period it was written with.
        char opening = s.charAt(bodyStart);
        Matcher ibid = opening == 'i' || opening == 'I' ? IBID.matcher(s.substring(bodyStart)) : null;
        if (ibid != null && ibid.lookingAt() && (ibid.group(2) != null || !ibid.group(1).equalsIgnoreCase("id"))) {
            return ibid(raw, span, prefix, s.substring(bodyStart), bodyOffset, ibid);
        }
        Matcher inner = (words & HAS_IBID) != 0 ? EMBEDDED_IBID.matcher(body) : null;
        if (inner != null && inner.find() && inner.start() > 0
                && isProse(body.substring(0, inner.start()))) {
            String before = FieldTokenizer.stripTrailing(body, 0, inner.start(), "([").strip();
            String innerPrefix = prefix == null ? before : prefix + " " + before;
            String from = body.substring(inner.start());
            Matcher again = IBID.matcher(from);
            if (again.lookingAt()) {
                return ibid(raw, span, innerPrefix, from, bodyOffset + inner.start(), again);
            }
        }
        boolean crossReference = (words & (HAS_SUPRA | HAS_ABOVE)) != 0;
        Matcher supra = crossReference ? SUPRA.matcher(body) : null;
        if (supra != null && supra.matches()) {
            return supra(raw, span, prefix, supra);
        }
        Matcher opCit = (words & HAS_CIT) != 0 ? OP_CIT.matcher(body) : null;
        if (opCit != null && opCit.find()) {
            return opCit(raw, span, prefix, body, opCit);
        }

        Citation legal = LegalSources.read(raw, span, prefix, body, bodyOffset, cutOff, familyNameFirst);
        if (legal != null) {
            return legal;
        }
        Scripture.Read verse = Scripture.read(body);
        if (verse != null) {
            // The work is the Bible, in the version named (the version tells two works apart); the book, chapter
            // and verse are the place cited in it.
            Reference bible = Reference.builder(ItemType.BOOK)
                    .title(verse.version() == null ? "The Bible" : "The Bible, " + verse.version())
                    .build();
            Set<StyleFlag> canonical = EnumSet.of(StyleFlag.CANONICAL_REFERENCE);
            if (cutOff) {
                canonical.add(StyleFlag.CUT_OFF);
            }
            return new FullCitation(bible, new Locator("verse", verse.locator()), raw, span, prefix, null, canonical);
        }

        List<Field> fields = BibliographyStyle.fields(body, italics);
        if (fields == null) {
            fields = splitPossessive(splitUrlRemarks(mergeItalicLocatorWords(FieldTokenizer.tokenize(body, italics))));
        }
        if (fields.isEmpty()) {
            return null;
        }
        fields = reviewAsTitle(quotedWordsInPlainTitle(fields, body));
        // "…, 23, emphasis added": a remark on the quotation, after the locator; read without it, kept as the
        // suffix, so that "23" is still the locator.
        int kept = fields.size();
        while (kept > 1 && isQuotationRemark(fields.get(kept - 1))) {
            kept--;
        }
        // "[Anonymous], A Letter to a Friend (…)": the title page says no name, and the work is read from its title.
        boolean anonymous = kept > 2 && isAnonymous(fields.get(0));
        Citation c = parseFields(raw, span, prefix, fields.subList(anonymous ? 1 : 0, kept), bodyOffset, cutOff);
        if (anonymous && c instanceof FullCitation f && f.reference().authors().isEmpty()) {
            c = new FullCitation(f.reference().toBuilder().authors(List.of(Name.literal("Anonymous"))).build(),
                    f.locator(), f.text(), f.span(), f.prefix(), f.suffix(), f.flags());
        }
        return kept == fields.size() ? c : withRemark(c, joinText(fields.subList(kept, fields.size())));
    }

    /** "Anonymous", "Anon.", "[Anonymous]": a work whose title page names no author (CMOS 14.79). */
    private static boolean isAnonymous(Field f) {
        String t = f.text();
        if (t.length() > 12 || t.isEmpty() || "[aA".indexOf(t.charAt(0)) < 0) {
            return false;
        }
        String bare = t.startsWith("[") && t.endsWith("]") ? t.substring(1, t.length() - 1) : t;
        return bare.equalsIgnoreCase("anonymous") || bare.equalsIgnoreCase("anon.");
    }

    /**
     * Whether a field is a remark on the quotation a note supports rather than part of the citation: "emphasis
     * added", "italics in original", "my translation", "translation modified", plain or in parentheses.
     */
    private static boolean isQuotationRemark(Field f) {
        String t = f.text();
        if (f.isTitle() || t.length() > 40 || t.length() < 8) {
            return false;
        }
        return (FieldTokenizer.containsIgnoreCase(t, "emphas") || FieldTokenizer.containsIgnoreCase(t, "italic")
                || FieldTokenizer.containsIgnoreCase(t, "transl") || FieldTokenizer.containsIgnoreCase(t, "modified"))
                && PatternChecks.matches(QUOTATION_REMARK, t);
    }

    /** The citation with a remark added to its suffix; kinds without a suffix keep the remark in their text. */
    private static Citation withRemark(Citation c, String remark) {
        if (c instanceof FullCitation f) {
            return new FullCitation(f.reference(), f.locator(), f.text(), f.span(), f.prefix(),
                    f.suffix() == null ? remark : f.suffix() + ", " + remark, f.flags());
        }
        if (c instanceof ShortCitation sc) {
            return new ShortCitation(sc.form(), sc.authors(), sc.title(), sc.volume(), sc.locator(), sc.titleSpan(),
                    sc.text(), sc.span(), sc.prefix(), sc.suffix() == null ? remark : sc.suffix() + ", " + remark,
                    sc.flags(), sc.noteReference());
        }
        return c;
    }

    /** The citation its fields describe: the rules in order, the first that reads them wins. */
    private Citation parseFields(String raw, TextSpan span, String prefix, List<Field> fields, int bodyOffset,
                                 boolean cutOff) {
        Set<StyleFlag> flags = EnumSet.noneOf(StyleFlag.class);
        if (cutOff) {
            flags.add(StyleFlag.CUT_OFF);
        }
        FullCitation unprinted = media.read(raw, span, prefix, fields, flags);
        if (unprinted != null) {
            return unprinted;
        }
        int quoted = indexOf(fields, Field.Kind.QUOTED);
        int italic = indexOf(fields, Field.Kind.ITALIC);
        int facts = indexOfPublicationFacts(fields);
        if (italic < 0 && facts < 0 && quoted < 0) {
            Citation held = repositoryFirst(raw, span, prefix, fields, flags);
            if (held != null) {
                return held;
            }
        }
        if (italic < 0 && facts < 0) {
            Citation document = unpublishedDocument(raw, span, prefix, fields, flags);
            if (document != null) {
                return document;
            }
        }
        Citation entry = facts < 0 ? subVerbo(raw, span, prefix, fields, flags) : null;
        if (entry != null) {
            return entry;
        }
        if (quoted >= 0 && (facts < 0 || quoted < facts) && (italic < 0 || quoted < italic)) {
            return quotedTitle(raw, span, prefix, fields, quoted, bodyOffset, flags);
        }
        if (facts >= 0) {
            Citation published = publishedDocument(raw, span, prefix, fields, facts, flags);
            return published != null ? published : book(raw, span, prefix, fields, facts, flags);
        }
        if (italic >= 0 && yearAfter(fields, italic)) {
            // "_Fourth Annual Report …_, New York, 1837, p. 31": a title, then where and when — a full citation
            // in the older style, without parentheses.
            return italicBook(raw, span, prefix, fields, italic, flags);
        }
        if (hasFullSignals(fields)) {
            return looseFull(raw, span, prefix, fields, flags);
        }
        Citation shortForm = shortForm(raw, span, prefix, fields, bodyOffset, flags);
        return shortForm instanceof ShortCitation sc ? classicalReference(sc) : shortForm;
    }

    /**
     * A classical reference read as a short form ("Aristotle, Politics 1.2.1253a": author, title and, with no comma
     * between, the work's own book and section numbers, or a Stephanus or Bekker page such as "514a"), as the
     * full citation it is: Chicago gives classical works in that form every time (CMOS 14.242–14.256). Any other
     * short form is returned as it is.
     */
    private static Citation classicalReference(ShortCitation s) {
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

    /**
     * Quoted words inside a plain title ("… to the Sailing of the “Agamemnon” and “Niagara” (London: …)") are part
     * of the title, not a quoted title of their own: a quoted title is set off by commas, while these follow a
     * title's small word ("the", "of", "and"…) with no comma between. The run of such fields becomes one plain
     * field, quotes kept.
     */
    private static List<Field> quotedWordsInPlainTitle(List<Field> fields, String body) {
        List<Field> out = null;
        for (int i = 1; i < fields.size(); i++) {
            Field q = fields.get(i);
            Field before = fields.get(i - 1);
            if (q.kind() != Field.Kind.QUOTED || !before.isPlain() || before.colonAfter()
                    || !onlySpaces(body, before.end(), q.start()) || !endsWithTitleWord(before.text())) {
                continue;
            }
            int last = i;
            while (last + 1 < fields.size() && fields.get(last + 1).kind() != Field.Kind.PAREN
                    && onlySpaces(body, fields.get(last).end(), fields.get(last + 1).start())) {
                last++;
            }
            if (out == null) {
                out = new ArrayList<>(fields.subList(0, i - 1));
            } else {
                out.remove(out.size() - 1);
            }
            Field end = fields.get(last);
            out.add(new Field(Field.Kind.PLAIN, body.substring(before.start(), end.end()).strip(), before.start(),
                    end.end(), end.colonAfter()));
            for (int k = last + 1; k < fields.size(); k++) {
                out.add(fields.get(k));
            }
            return quotedWordsInPlainTitle(out, body);
        }
        return out == null ? fields : out;
    }

    /** Whether the text ends with a word only a title has before a quoted name: "… the Sailing of the". */
    private static boolean endsWithTitleWord(String text) {
        int space = text.lastIndexOf(' ');
        String last = text.substring(space + 1);
        // Or the article that opens a subtitle: "That Noble Dream: The “Objectivity Question” and …".
        return TITLE_JOINERS.contains(last)
                || space > 0 && text.charAt(space - 1) == ':' && SUBTITLE_ARTICLES.contains(last);
    }

    private static final Set<String> SUBTITLE_ARTICLES = Set.of("The", "A", "An");

    private static final Set<String> TITLE_JOINERS = Set.of("the", "a", "an", "of", "and", "or", "to", "on", "for",
            "with", "from", "at", "about", "against", "between");

    private static boolean onlySpaces(String s, int from, int to) {
        if (from > to || to > s.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A book review (CMOS 14.215) names the review in place of a title: "Perez Zagorin, review of <i>The Crisis of
     * the Aristocracy</i>, by Lawrence Stone, <i>Journal of Modern History</i> 39, no. 3 (1967): 272–74". The
     * words from "review of" to the reviewed author become one quoted title, so that the journal after them is read
     * as an article's.
     */
    private static List<Field> reviewAsTitle(List<Field> fields) {
        for (int r = 1; r < fields.size() - 1; r++) {
            Field f = fields.get(r);
            if (f.isTitle()) {
                return fields; // a title comes first: the review's words are not where its title would be
            }
            if (!f.isPlain() || !f.text().regionMatches(true, 0, "review of", 0, 9)) {
                continue;
            }
            int by = f.text().length() > 9 ? r + 1 : r + 2; // "review of Title" or "review of", *Title*
            if (by >= fields.size() || !fields.get(by).isPlain()
                    || !fields.get(by).text().regionMatches(true, 0, "by ", 0, 3)) {
                return fields;
            }
            StringBuilder text = new StringBuilder(f.text());
            for (int k = r + 1; k <= by; k++) {
                text.append(k == r + 1 && by == r + 2 ? " " : ", ").append(fields.get(k).text());
            }
            Field last = fields.get(by);
            List<Field> merged = new ArrayList<>(fields.subList(0, r));
            merged.add(new Field(Field.Kind.QUOTED, text.toString(), f.start(), last.end(), last.colonAfter()));
            merged.addAll(fields.subList(by + 1, fields.size()));
            return merged;
        }
        return fields;
    }

    // ---- Ibid and op. cit. ----

    private static Citation ibid(String raw, TextSpan span, String prefix, String body, int bodyOffset,
                                 Matcher m) {
        String form = body.substring(0, m.end());
        TextSpan formSpan = new TextSpan(bodyOffset, bodyOffset + form.length());
        String rest = LEADING_PUNCTUATION.matcher(FieldTokenizer.stripTrailing(body, m.end(), body.length(), ".,;:"))
                .replaceFirst("");
        if (rest.startsWith("at ")) {
            rest = rest.substring(3).strip(); // "Id. at 495": the legal "ibid." names its page after "at"
        }
        Locator locator = null;
        String suffix = null;
        if (!rest.isEmpty()) {
            locator = Locators.parse(rest);
            if (locator == null) {
                // "Ibid., 45. A comment.", "(ibid., 45–47), the argument…": the locator is the longest opening
                // stretch, ending at a boundary, that reads as one.
                int stop = locatorPrefix(rest);
                locator = stop > 0 ? Locators.parse(rest.substring(0, stop)) : null;
                suffix = locator == null ? rest
                        : emptyToNull(LEADING_CLOSERS.matcher(rest.substring(stop)).replaceFirst(""));
            }
        }
        return new IbidCitation(form, formSpan, locator, raw, span, prefix, suffix);
    }

    /**
     * An entry in a dictionary or encyclopedia cited "under the word" (CMOS 14.233): "Oxford English Dictionary,
     * s.v. “historiography,” accessed May 1, 2020, https://www.oed.com/" or "Encyclopaedia Britannica, 15th ed.,
     * s.v. “Salvation Army.”" The reference work is the container, the headword the entry's title; an edition may
     * stand between them, a revision or access date and a URL after. Null when no field is "s.v." with a work
     * before it and a headword after it.
     */
    private static Citation subVerbo(String raw, TextSpan span, String prefix, List<Field> fields,
                                     Set<StyleFlag> flags) {
        int sv = -1;
        for (int i = 1; i + 1 < fields.size() && sv < 0; i++) {
            String t = fields.get(i).text();
            if (fields.get(i).isPlain() && t.length() <= 9 && (t.charAt(0) | 0x20) == 's'
                    && PatternChecks.matches(SUB_VERBO, t)) {
                sv = i;
            }
        }
        if (sv < 0 || fields.get(0).kind() == Field.Kind.QUOTED || fields.get(0).kind() == Field.Kind.PAREN) {
            return null;
        }
        String work = fields.get(0).text();
        ItemType type = PatternChecks.find(ENCYCLOPEDIA_NAME, work) ? ItemType.ENTRY_ENCYCLOPEDIA
                : ItemType.ENTRY_DICTIONARY;
        Reference.Builder ref = Reference.builder(type).containerTitle(work).title(fields.get(sv + 1).text());
        for (int i = 1; i < sv; i++) {
            Matcher ed = EDITION.matcher(fields.get(i).text());
            if (!ed.matches()) {
                return null; // something this rule does not know stands between the work and "s.v."
            }
            ref.edition(edition(ed.group(1), ed.group(2)));
        }
        for (int i = sv + 2; i < fields.size(); i++) {
            String t = fields.get(i).text();
            if (fields.get(i).isPlain() && t.regionMatches(true, 0, "last modified ", 0, 14)) {
                // An online work's revision date stands for its date: "last modified April 2, 2021".
                String date = t.substring(14);
                if (i + 1 < fields.size() && Dates.isYear(fields.get(i + 1).text())) {
                    date = date + ", " + fields.get(++i).text();
                }
                PartialDate d = Dates.parse(date);
                if (d == null) {
                    return null;
                }
                ref.issued(d);
            } else if (!consumeTrailing(fields.get(i), fields, i, ref)) {
                return null;
            }
        }
        return new FullCitation(ref.build(), null, raw, span, prefix, null, flags);
    }

    private Citation supra(String raw, TextSpan span, String prefix, Matcher m) {
        String authorPart = m.group(1) == null ? "" : m.group(1).strip();
        int note = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
        List<Name> authors = authorPart.isEmpty() || !Names.looksLikeNames(stripPossessive(authorPart))
                ? List.of() : Names.parseList(stripPossessive(authorPart), familyNameFirst);
        String rest = m.group(4);
        Locator locator = rest == null ? null : Locators.parse(rest);
        String suffix = rest == null || locator != null ? null : rest;
        return new ShortCitation(ShortCitation.Form.NOTE_REFERENCE, authors, null, null, locator, null, raw, span,
                prefix, suffix, Set.of(), note);
    }

    private Citation opCit(String raw, TextSpan span, String prefix, String body, Matcher m) {
        String authorPart = body.substring(0, m.start()).strip();
        String rest = LEADING_PUNCTUATION.matcher(body.substring(m.end())).replaceFirst("");
        List<Name> authors = authorPart.isEmpty() || !Names.looksLikeNames(stripPossessive(authorPart))
                ? List.of() : Names.parseList(stripPossessive(authorPart), familyNameFirst);
        Locator locator = rest.isEmpty() ? null : Locators.parse(rest);
        String suffix = rest.isEmpty() || locator != null ? null : rest;
        ShortCitation.Form form = Character.toLowerCase(m.group(1).charAt(0)) == 'l' ? ShortCitation.Form.LOC_CIT
                : ShortCitation.Form.OP_CIT;
        return new ShortCitation(form, authors, null, null, locator, null, raw, span, prefix, suffix, Set.of());
    }

    // ---- Full citations ----

    /** "Author, “Title,” Container …": articles, chapters, web pages, archival documents, speeches. */
    private Citation quotedTitle(String raw, TextSpan span, String prefix, List<Field> fields, int q,
                                 int bodyOffset, Set<StyleFlag> flags) {
        String quotedText = fields.get(q).text();
        if (splitLength(quotedText) > 30 || (q > 0 && fields.subList(0, q).stream()
                .noneMatch(f -> Names.looksLikeNames(stripPossessive(f.text()))) && isProse(joinText(fields.subList(0, q))))) {
            // A quoted passage, or prose that quotes something: commentary, not a title.
            return null;
        }
        List<Name> authors = authors(fields.subList(0, q), flags);
        Field titleField = fields.get(q);
        List<Field> rest = fields.subList(q + 1, fields.size());
        if (!rest.isEmpty() && rest.get(0).isPlain() && rest.get(0).text().regionMatches(true, 0, "by ", 0, 3)
                && authors.isEmpty()) {
            // "“Superstitions of Modern Greece,” by M. Le Baron d'Estournelles, in …": the author after the title.
            authors = Names.parseList(rest.get(0).text().substring(3), familyNameFirst);
            rest = rest.subList(1, rest.size());
        }
        boolean yearFirst = !rest.isEmpty() && rest.get(0).isPlain() && Dates.isYear(rest.get(0).text());
        if (allLocators(rest) && !(yearFirst && (rest.size() > 1 || fields.get(q).kind() == Field.Kind.ITALIC))) {
            Locator locator = locatorOf(rest);
            ShortCitation.Form form = authors.isEmpty() ? ShortCitation.Form.TITLE_ONLY
                    : ShortCitation.Form.AUTHOR_TITLE;
            TextSpan titleSpan = new TextSpan(bodyOffset + titleField.start(), bodyOffset + titleField.end());
            return new ShortCitation(form, authors, titleField.text(), null, locator, titleSpan, raw, span,
                    prefix, null, flags);
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
            i = modifiers(rest, 2, ref);
            if (i < rest.size() && rest.get(i).kind() == Field.Kind.PAREN) {
                publicationFacts(rest.get(i).text(), ref);
                i++;
            }
            type = ItemType.CHAPTER;
        } else if (first.isPlain() && first.text().regionMatches(true, 0, "in ", 0, 3)
                && rest.stream().anyMatch(f -> f.kind() == Field.Kind.PAREN)) {
            // A chapter: "“Chapter,” in Book, ed. Editor (Place: Publisher, Year), 189–225."
            ref.containerTitle(first.text().substring(3).strip());
            i = 1;
            i = modifiers(rest, i, ref);
            if (i < rest.size() && rest.get(i).kind() == Field.Kind.PAREN) {
                publicationFacts(rest.get(i).text(), ref);
                i++;
            }
            type = ItemType.CHAPTER;
        } else if (first.kind() == Field.Kind.PAREN) {
            // "“Title” (Marxists Internet Archive, Beijing, 1958)", "“Title” (PhD diss., Yale University, 2011)"
            String facts = first.text();
            if (THESIS.find(facts)) {
                thesisFacts(facts, ref);
                type = ItemType.THESIS;
            } else if (PatternChecks.lookingAt(PRESENTED, facts)) {
                type = presentedFacts(facts, ref);
            } else {
                type = speechOrDocument(titleField.text(), facts, ref);
            }
            i = 1;
        } else {
            if (first.isPlain() && rest.size() > 1 && PatternChecks.matches(ARTICLE_GENRE, first.text())) {
                // "“A City Is Not a Freeway,” editorial, New York Herald Tribune, …"
                ref.genre(first.text());
                rest = rest.subList(1, rest.size());
            }
            ContainerRead read = container(rest, ref, titleField.text());
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
            if (!consumeTrailing(f, rest, i, ref)) {
                tail.add(f);
            } else if (i + 1 < rest.size() && Dates.isMonthDay(f.text()) && Dates.isYear(rest.get(i + 1).text())) {
                i++;
            }
        }
        if (!tail.isEmpty()) {
            LocatorAndPage lp = locatorAndPage(tail);
            if (lp != null) {
                locator = lp.locator;
                if (lp.page != null) {
                    ref.page(lp.page);
                }
            } else if (type == ItemType.WEBPAGE && tail.size() == 1 && tail.get(0).isPlain()
                    && isTitleCase(tail.get(0).text())) {
                // "“Title,” Site Name, Owner, accessed …, URL" (CMOS 14.104): the body that runs the site.
                ref.publisher(tail.get(0).text());
            } else {
                suffix = joinText(tail);
            }
        }
        if (colonPages && tail.isEmpty() && locator == null && ref.build().page() == null) {
            flags.add(StyleFlag.CUT_OFF);
        }
        Reference reference = ref.type(type).build();
        return new FullCitation(reference, locator, raw, span, prefix, suffix, flags);
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

    /** What {@link #container} decided, and how many fields it read. */
    private record ContainerRead(ItemType type, int consumed) {
    }

    /**
     * Reads the container after a quoted title and decides the type: journal (a volume number), newspaper
     * (a place in parentheses, or a full date), archive, website.
     */
    private static ContainerRead container(List<Field> rest, Reference.Builder ref, String title) {
        int i = 0;
        Field c = rest.get(0);
        String container = c.text();
        boolean journal = false;
        boolean placeGiven = false;
        PartialDate date = null;
        // Made only for a plain container with a digit, which the pattern's volume needs.
        Matcher jv = c.isPlain() && Dates.hasDigits(container, 1) ? JOURNAL_VOLUME.matcher(container) : null;
        Matcher paperSeries = (c.isPlain() || c.kind() == Field.Kind.ITALIC)
                && FieldTokenizer.containsIgnoreCase(container, "paper") ? PAPER_SERIES.matcher(container) : null;
        if (paperSeries != null && paperSeries.matches()) {
            // "BIS Working Paper no. 137 (Basel: …, 2003)": a numbered paper in an institution's series, a report.
            ref.collectionTitle(paperSeries.group(1).strip()).collectionNumber(paperSeries.group(2));
            i = 1;
            if (i < rest.size() && rest.get(i).kind() == Field.Kind.PAREN) {
                publicationFacts(rest.get(i).text(), ref);
                i++;
            }
            return new ContainerRead(ItemType.REPORT, i);
        }
        if (c.kind() == Field.Kind.ITALIC) {
            // "*Journal of Cold War Studies* 5, no. 2": the volume follows the italic journal title.
            ref.containerTitle(container);
            i = 1;
            if (i < rest.size() && rest.get(i).isPlain()) {
                Matcher vol = VOLUME_ONLY.matcher(rest.get(i).text());
                if (vol.matches() && !Dates.isYear(vol.group(1))) {
                    ref.volume(vol.group(1));
                    if (vol.group(2) != null || vol.group(3) != null) {
                        ref.issue(vol.group(2) != null ? vol.group(2) : vol.group(3)); // "38.1": issue 1
                    }
                    journal = true;
                    i++;
                }
            }
        } else if (jv != null && jv.matches() && Character.isUpperCase(container.charAt(0))
                && !Dates.isYear(jv.group(2)) && !isUrl(container)) {
            ref.containerTitle(jv.group(1).strip());
            ref.volume(jv.group(2));
            if (jv.group(3) != null || jv.group(4) != null) {
                ref.issue(jv.group(3) != null ? jv.group(3) : jv.group(4)); // "38.1": volume 38, issue 1
            }
            journal = true;
            i = 1;
        } else if (c.isPlain() && !isUrl(container) && Dates.parse(container) == null
                && !isAccessed(container)) {
            ref.containerTitle(container);
            i = 1;
        }
        if (i == 1 && !journal && rest.size() > 2 && rest.get(1).isPlain()
                && PatternChecks.matches(JOURNAL_SERIES, rest.get(1).text())) {
            // "Economic History Review, 2nd ser., 37, no. 3": the journal's series stays with its name (CSL has
            // no field for it, and Chicago prints it there), the volume follows.
            Matcher vol = VOLUME_ONLY.matcher(rest.get(2).text());
            if (rest.get(2).isPlain() && vol.matches() && !Dates.isYear(vol.group(1))) {
                ref.containerTitle(container + ", " + rest.get(1).text());
                ref.volume(vol.group(1));
                if (vol.group(2) != null || vol.group(3) != null) {
                    ref.issue(vol.group(2) != null ? vol.group(2) : vol.group(3));
                }
                journal = true;
                i = 3;
            }
        }
        if (i < rest.size()) {
            Matcher issue = ISSUE_FIELD.matcher(rest.get(i).text());
            if (rest.get(i).isPlain() && issue.matches()) {
                ref.issue(issue.group(1));
                journal = true;
                i++;
            }
        }
        boolean blog = false;
        if (i < rest.size() && rest.get(i).kind() == Field.Kind.PAREN) {
            String inner = rest.get(i).text();
            PartialDate d = Dates.parse(inner);
            if (inner.equalsIgnoreCase("blog")) {
                blog = true; // "RealClimate (blog)": Chicago's mark of a blog, not a place
            } else if (d != null) {
                date = d;
                ref.issued(d);
            } else if (Dates.lastYearIn(inner) > 0) {
                publicationFacts(inner, ref);
            } else {
                ref.publisherPlace(inner); // "People’s Press (Beijing)": a newspaper's city
                placeGiven = true;
            }
            i++;
        }
        final int consumed = i;
        String containerTitle = ref.build().containerTitle();
        boolean hasUrl = rest.stream().anyMatch(f -> isUrl(f.text()));
        boolean fullDate = hasDayDate(rest, i) || (date != null && date.day() > 0);
        if (journal) {
            return new ContainerRead(ItemType.ARTICLE_JOURNAL, consumed);
        }
        boolean readOnline = hasUrl && rest.stream().anyMatch(f -> isAccessed(f.text()));
        if (containerTitle != null && ARCHIVE.find(containerTitle) && !readOnline) {
            // An archive holds the document; it is not a periodical the document appeared in. Read online, with
            // the date it was read, a library's or archive's page is a web page ("“Yellow Fever Collection,”
            // Health Sciences Library, University of Virginia, accessed …, https://…").
            ref.archive(containerTitle).containerTitle(null);
            return new ContainerRead(ItemType.DOCUMENT, consumed);
        }
        if (INTERVIEW.find(title)) {
            return new ContainerRead(ItemType.INTERVIEW, consumed);
        }
        if (blog) {
            return new ContainerRead(ItemType.POST_WEBLOG, consumed);
        }
        if (placeGiven) {
            return new ContainerRead(ItemType.ARTICLE_NEWSPAPER, consumed);
        }
        ItemType periodical = containerTitle == null ? null : knownPeriodical(containerTitle);
        if (periodical != null) {
            // Read online or in print, an article in a paper or magazine stays one (CMOS 14.89, 14.94).
            return new ContainerRead(periodical, consumed);
        }
        if (hasUrl) {
            return new ContainerRead(containerTitle != null && BLOG.find(containerTitle)
                    ? ItemType.POST_WEBLOG : ItemType.WEBPAGE, consumed);
        }
        if (fullDate) {
            return new ContainerRead(ItemType.ARTICLE_NEWSPAPER, consumed);
        }
        if (containerTitle == null) {
            // "Tylor's “Primitive Culture,” 1873": older notes quote book titles and give only the year.
            return new ContainerRead(ref.build().issued() != null || rest.stream().anyMatch(f -> Dates.isYear(f.text()))
                    ? ItemType.BOOK : ItemType.DOCUMENT, consumed);
        }
        return new ContainerRead(ItemType.ARTICLE_MAGAZINE, consumed);
    }

    /**
     * "(paper presented at the annual meeting of the X Society, Cambridge, UK, April 2, 2016)" (CMOS 14.217): what
     * was presented where is the genre, then the place, then the date. A paper "presented at Proceedings of …" was
     * published there: a conference paper in those proceedings.
     */
    private static ItemType presentedFacts(String inner, Reference.Builder ref) {
        List<String> parts = splitTopLevelCommas(inner);
        int end = parts.size();
        PartialDate date = null;
        if (end >= 3 && Dates.isMonthDay(parts.get(end - 2).strip()) && Dates.isYear(parts.get(end - 1).strip())) {
            date = Dates.parse(parts.get(end - 2).strip() + ", " + parts.get(end - 1).strip());
            end -= 2;
        } else if (end >= 2 && Dates.parse(parts.get(end - 1).strip()) != null) {
            date = Dates.parse(parts.get(end - 1).strip());
            end -= 1;
        }
        ref.issued(date);
        String place = end > 1 ? String.join(", ", parts.subList(1, end)).strip() : null;
        Matcher presented = PRESENTED.matcher(parts.get(0));
        String where = presented.lookingAt() ? parts.get(0).substring(presented.end()).strip() : "";
        if (where.regionMatches(true, 0, "Proceedings", 0, 11)) {
            // "presented at Proceedings of the 58th Annual Meeting of the ACL": published in the proceedings.
            ref.containerTitle(where).publisherPlace(place);
            return ItemType.PAPER_CONFERENCE;
        }
        ref.genre(parts.get(0).strip());
        ref.eventPlace(place);
        return ItemType.SPEECH;
    }

    /**
     * Newspapers and magazines by their names: a magazine from a short list of the ones scholars cite most or by
     * the word "Magazine" at the end of its name (a newspaper's magazine is a magazine in Chicago), a newspaper by
     * the words papers are named with ("Times", "Herald", "Gazette", "Zeitung"…); null for other
     * names (a journal, a web site).
     */
    static ItemType knownPeriodical(String containerTitle) {
        if (PatternChecks.matches(MAGAZINE_NAME, containerTitle)) {
            return ItemType.ARTICLE_MAGAZINE;
        }
        return PatternChecks.find(NEWSPAPER_NAME, containerTitle) ? ItemType.ARTICLE_NEWSPAPER : null;
    }

    private static boolean hasDayDate(List<Field> rest, int from) {
        for (int i = from; i < rest.size(); i++) {
            String t = rest.get(i).text();
            if (Dates.isMonthDay(t) && i + 1 < rest.size() && Dates.isYear(rest.get(i + 1).text())) {
                return true;
            }
            PartialDate d = Dates.parse(t);
            if (d != null && d.day() > 0) {
                return true;
            }
        }
        return false;
    }

    private static ItemType speechOrDocument(String title, String facts, Reference.Builder ref) {
        List<String> parts = splitTopLevelCommas(facts);
        int year = 0;
        if (!parts.isEmpty()) {
            // "June 13, 1904" is two comma-separated fields; its year alone would also read as a date, so the
            // month and day are tried first.
            PartialDate d = null;
            if (parts.size() >= 2 && Dates.isMonthDay(parts.get(parts.size() - 2))) {
                d = Dates.parse(parts.get(parts.size() - 2) + ", " + parts.get(parts.size() - 1));
                if (d != null) {
                    parts = parts.subList(0, parts.size() - 1);
                }
            }
            if (d == null) {
                d = Dates.parse(parts.get(parts.size() - 1));
            }
            if (d != null) {
                ref.issued(d);
                year = d.year();
                parts = parts.subList(0, parts.size() - 1);
            }
        }
        if (parts.stream().anyMatch(p -> p.contains(":"))) {
            publicationFacts(facts, ref);
            return SPEECH.find(title) ? ItemType.SPEECH : ItemType.REPORT;
        }
        boolean speech = SPEECH.find(title)
                || parts.stream().anyMatch(p -> SPEECH.find(p));
        String holder = parts.isEmpty() ? null : parts.get(0);
        String place = parts.size() > 1 ? String.join(", ", parts.subList(1, parts.size())) : null;
        if (holder != null && ARCHIVE.find(holder)) {
            ref.archive(holder);
        } else if (holder != null && speech && SPEECH.find(holder)) {
            ref.genre(holder);
            // "(speech, Columbia University Archives, New York, …)": the repository follows the kind.
            if (parts.size() > 1 && ARCHIVE.find(parts.get(1))) {
                ref.archive(parts.get(1));
                place = parts.size() > 2 ? String.join(", ", parts.subList(2, parts.size())) : null;
            }
        } else if (holder != null) {
            ref.publisher(holder);
        }
        if (speech) {
            ref.eventPlace(place);
        } else {
            ref.publisherPlace(place);
        }
        if (year == 0 && parts.isEmpty()) {
            return ItemType.DOCUMENT;
        }
        return speech ? ItemType.SPEECH : ItemType.DOCUMENT;
    }

    private static void thesisFacts(String facts, Reference.Builder ref) {
        List<String> parts = splitTopLevelCommas(facts);
        if (!parts.isEmpty()) {
            PartialDate d = Dates.parse(parts.get(parts.size() - 1));
            if (d != null) {
                ref.issued(d);
                parts = parts.subList(0, parts.size() - 1);
            }
        }
        if (!parts.isEmpty()) {
            ref.genre(parts.get(0));
        }
        if (parts.size() > 1) {
            ref.publisher(String.join(", ", parts.subList(1, parts.size())));
        }
    }

    // ---- Unpublished documents: archives, letters, interviews, speeches ----

    /**
     * A letter or document published in a collection (CMOS 14.111–14.117): "Thomas Jefferson to John Adams, January
     * 21, 1812, in The Adams-Jefferson Letters, ed. Lester J. Cappon (Chapel Hill: …, 1959), 290"; "Memorandum of
     * conversation, Washington, October 3, 1961, in Foreign Relations of the United States, 1961–1963, vol. 14,
     * Berlin Crisis (Washington, DC: GPO, 1993), 445". The part before "in" is read as an unpublished document
     * would be (writer, recipient, kind, place, date, which stays the work's date); the collection after it becomes
     * the container: its title (with a volume's own title after its number), volume, editors and publication
     * facts. Null for any other shape.
     */
    private Citation publishedDocument(String raw, TextSpan span, String prefix, List<Field> fields, int facts,
                                       Set<StyleFlag> flags) {
        // "in The Adams-Jefferson Letters" as one plain field, or "in" and then the title in italics.
        int in = -1;
        boolean italicTitle = false;
        for (int i = 1; i < facts && in < 0; i++) {
            Field f = fields.get(i);
            if (f.isPlain() && f.text().startsWith("in ") && f.text().length() > 3) {
                in = i;
            } else if (f.isPlain() && f.text().equals("in") && i + 1 < facts && fields.get(i + 1).isTitle()) {
                in = i;
                italicTitle = true;
            }
        }
        // On a copy of the flags: a head read for nothing must not leave its flags to the book reading after it.
        Set<StyleFlag> own = EnumSet.copyOf(flags);
        Citation head = in < 0 ? null : unpublishedDocument(raw, span, prefix, fields.subList(0, in), own);
        if (!(head instanceof FullCitation doc)
                || doc.reference().authors().isEmpty() && doc.reference().genre() == null) {
            return null;
        }
        Reference.Builder ref = doc.reference().toBuilder();
        PartialDate documentDate = doc.reference().issued();
        StringBuilder container = new StringBuilder(italicTitle ? fields.get(in + 1).text()
                : fields.get(in).text().substring(3).strip());
        List<Field> rest = fields.subList(italicTitle ? in + 1 : in, fields.size());
        int factsAt = facts - (italicTitle ? in + 1 : in);
        int i = modifiers(rest, 1, ref);
        while (i < factsAt) {
            Field f = rest.get(i);
            boolean years = PatternChecks.matches(YEAR_SPAN, f.text()); // "Foreign Relations …, 1961–1963"
            if (f.kind() == Field.Kind.QUOTED || f.kind() == Field.Kind.PAREN
                    || !years && Locators.isLocator(f.text())) {
                return null;
            }
            container.append(", ").append(f.text()); // "…, vol. 6, Kennedy-Khrushchev Exchanges": the volume's title
            i = modifiers(rest, i + 1, ref);
        }
        ref.containerTitle(container.toString());
        publicationFacts(rest.get(factsAt).text(), ref);
        if (documentDate != null) {
            ref.issued(documentDate);
        }
        List<Field> after = rest.subList(factsAt + 1, rest.size());
        Locator locator = after.isEmpty() ? null : Locators.parse(joinText(after));
        String suffix = after.isEmpty() || locator != null ? null : joinText(after);
        return new FullCitation(ref.build(), locator, raw, span, prefix, suffix, own);
    }

    /**
     * Reads a note describing an unpublished document: "Memorandum of conversation, A and B, March 3, 1950, box
     * 12, folder 4, Central Files, RG 59, National Archives, College Park, MD"; "X to Y, telegram, date, …";
     * "Letter from X to Y, 12 May 1921, folder 7, box 3, Smith Papers, Hoover Institution Archives, Stanford, CA";
     * "Telegram, X to Y, 2 October 1950, AVPRF, f. 07, op. 23a, d. 235, l. 1"; "“Title,” date, Collection,
     * Archive"; "A, interview by B, Place, date"; "A, speech to C, Place, date". Null when the note is not one.
     *
     * <p>The parts, in the order Chicago gives them (CMOS 14.222–14.232): who wrote to whom and what the document
     * is, its date, where it sits in the archive (box, folder, record group, fond…), the collection, the division
     * and the repository, and the repository's city.
     */
    private Citation unpublishedDocument(String raw, TextSpan span, String prefix, List<Field> fields,
                                         Set<StyleFlag> flags) {
        int n = fields.size();
        if (n < 2) {
            return null;
        }
        // The date: "March 3, 1950" (cut in two by its comma), "2 October 1950", "February 1878".
        int date = -1;
        int dateEnd = -1;
        PartialDate issued = null;
        for (int i = 0; i < n && date < 0; i++) {
            Field f = fields.get(i);
            if (!f.isPlain() || f.text().length() > 30) {
                continue;
            }
            if (Dates.isMonthDay(f.text()) && i + 1 < n && Dates.isYear(fields.get(i + 1).text())) {
                issued = Dates.parse(f.text() + ", " + fields.get(i + 1).text());
                date = i;
                dateEnd = i + 2;
            } else if (!Dates.isYear(f.text())) {
                PartialDate d = Dates.parse(f.text());
                if (d != null && d.month() > 0) {
                    issued = d;
                    date = i;
                    dateEnd = i + 1;
                }
            }
        }
        boolean strongUnit = false;
        for (Field f : fields) {
            if (f.isPlain() && f.text().length() <= 40 && isStrongArchivalUnit(f.text())) {
                strongUnit = true;
                break;
            }
        }
        boolean heldAfterDate = false;
        if (date >= 0) {
            for (int i = dateEnd; i < n && !heldAfterDate; i++) {
                Field f = fields.get(i);
                heldAfterDate = f.isPlain() && f.text().length() <= 120 && (COLLECTION_NAME.find(f.text())
                        || ARCHIVE_NAME.find(f.text()));
            }
        }
        int headEnd = date >= 0 ? date : n;
        int genreField = -1;
        int toField = -1;
        for (int i = 0; i < headEnd; i++) {
            Field f = fields.get(i);
            if (!f.isPlain() || f.text().length() > 200) {
                continue;
            }
            if (genreField < 0 && PatternChecks.lookingAt(DOCUMENT_GENRE, f.text())) {
                genreField = i;
            }
            if (toField < 0 && senderAndRecipient(f.text()) != null) {
                toField = i;
            }
        }
        boolean described = date >= 0 && (genreField >= 0 || toField >= 0);
        if (!strongUnit && !heldAfterDate && !described) {
            return null;
        }
        if (date < 0) {
            // No date: the description runs to the first unit or collection.
            headEnd = 0;
            while (headEnd < n && !(fields.get(headEnd).isPlain() && isHeld(fields.get(headEnd).text()))) {
                headEnd++;
            }
            dateEnd = headEnd;
            if (headEnd == 0 || headEnd == n) {
                return null;
            }
        }
        Reference.Builder ref = Reference.builder(ItemType.MANUSCRIPT).issued(issued);
        ItemType type = ItemType.MANUSCRIPT;

        // The description: who, to whom, what.
        List<Field> head = fields.subList(0, headEnd);
        int quoted = indexOf(head, Field.Kind.QUOTED);
        String genre = null;
        List<String> description = new ArrayList<>();
        List<Name> authors = new ArrayList<>();
        int i = 0;
        if (quoted >= 0) {
            authors.addAll(authors(head.subList(0, quoted), flags));
            ref.title(head.get(quoted).text());
            i = quoted + 1;
        }
        boolean afterGenre = false;
        for (; i < head.size(); i++) {
            Field f = head.get(i);
            String t = f.text();
            if (!f.isPlain()) {
                continue;
            }
            Matcher from = LETTER_FROM.matcher(t);
            if (from.lookingAt()) {
                String[] who = senderAndRecipient(t.substring(from.end()));
                if (who != null) {
                    genre = from.group(1).toLowerCase(Locale.ROOT);
                    authors.addAll(Names.parseList(who[0], familyNameFirst));
                    ref.recipients(Names.parseList(who[1], familyNameFirst));
                    continue;
                }
            }
            String[] who = t.length() <= 200 ? senderAndRecipient(t) : null;
            if (who != null) {
                authors.addAll(Names.parseList(who[0], familyNameFirst));
                ref.recipients(Names.parseList(who[1], familyNameFirst));
                continue;
            }
            Matcher g = t.length() <= 200 ? DOCUMENT_GENRE.matcher(t) : null;
            if (g != null && g.lookingAt() && genre == null) {
                String kind = g.group(1).toLowerCase(Locale.ROOT);
                genre = splitLength(t) <= 4 ? lowerFirst(t) : kind;
                if (kind.contains("interview")) {
                    type = ItemType.INTERVIEW;
                } else if (kind.equals("speech") || kind.equals("address") || kind.equals("lecture")
                        || kind.equals("remarks")) {
                    type = ItemType.SPEECH;
                }
                description.add(t);
                afterGenre = true;
                continue;
            }
            if (!afterGenre && ref.build().title() == null && authors.isEmpty() && description.isEmpty()
                    && Names.looksLikeNames(stripPossessive(t))) {
                authors.addAll(Names.parseList(stripPossessive(t), familyNameFirst));
                continue;
            }
            if (type == ItemType.SPEECH || type == ItemType.INTERVIEW) {
                // "speech to the Bundestag, Bonn": where it was given.
                String before = ref.build().eventPlace();
                ref.eventPlace(before == null ? t : before + ", " + t);
                continue;
            }
            description.add(t);
        }
        if (genre == null && !ref.build().recipients().isEmpty()) {
            genre = "letter";
        }
        ref.authors(authors);
        ref.genre(genre);
        if (ref.build().title() == null && !description.isEmpty()) {
            ref.title(String.join(", ", description));
        }

        // Where it is held: units, collection, division, repository, city.
        List<Field> tail = fields.subList(Math.min(dateEnd, n), n);
        int firstUnit = -1;
        int lastUnit = -1;
        for (int k = 0; k < tail.size(); k++) {
            Field f = tail.get(k);
            if (f.isPlain() && f.text().length() <= 40 && (PatternChecks.matches(ARCHIVAL_UNIT, f.text())
                    || PatternChecks.matches(SHELFMARK, f.text()) && !ARCHIVE_NAME.find(f.text()))) {
                // "box 4, folder 12", or a shelfmark / class and piece: "FO 65/1210", "MSS Eur C 312".
                if (firstUnit < 0) {
                    firstUnit = k;
                }
                lastUnit = k;
            }
        }
        int archive = -1;
        for (int k = tail.size() - 1; k > lastUnit && archive < 0; k--) {
            Field f = tail.get(k);
            if (f.isPlain() && ARCHIVE_NAME.find(f.text()) && !COLLECTION_NAME.find(f.text())) {
                archive = k;
            }
        }
        boolean archiveFirst = false;
        if (archive < 0 && firstUnit > 0) {
            // "AVPRF, f. 07, op. 23a": the repository named before the place in it.
            Field f = tail.get(firstUnit - 1);
            if (f.isPlain() && (PatternChecks.matches(ARCHIVE_ACRONYM, f.text())
                    || ARCHIVE_NAME.find(f.text()))) {
                archive = firstUnit - 1;
                archiveFirst = true;
            }
        }
        if (archive < 0 && firstUnit < 0) {
            // "…, Smith Papers, Hoover Institution": no unit, the last field after a collection is the repository.
            for (int k = 0; k + 1 < tail.size() && archive < 0; k++) {
                if (tail.get(k).isPlain() && COLLECTION_NAME.find(tail.get(k).text())
                        && tail.get(k + 1).isPlain() && !Places.isPlace(tail.get(k + 1).text())
                        && !isUrl(tail.get(k + 1).text())) {
                    archive = k + 1;
                }
            }
        }
        List<String> located = new ArrayList<>();
        List<String> collection = new ArrayList<>();
        List<String> places = new ArrayList<>();
        List<Field> trailing = new ArrayList<>();
        if (firstUnit >= 0) {
            for (int k = firstUnit; k <= lastUnit; k++) {
                located.add(tail.get(k).text());
            }
        }
        int archiveStart = archive;
        if (archive >= 0 && !archiveFirst) {
            while (archiveStart - 1 > lastUnit && ARCHIVE_DIVISION.find(tail.get(archiveStart - 1).text())
                    && !COLLECTION_NAME.find(tail.get(archiveStart - 1).text())) {
                archiveStart--;
            }
            ref.archive(joinText(tail.subList(archiveStart, archive + 1)));
            for (int k = lastUnit + 1; k < archiveStart; k++) {
                collection.add(tail.get(k).text());
            }
        } else if (archiveFirst) {
            ref.archive(tail.get(archive).text());
        }
        int from = archive >= 0 && !archiveFirst ? archive + 1 : lastUnit + 1;
        boolean pastPlace = false;
        for (int k = 0; k < tail.size(); k++) {
            Field f = tail.get(k);
            boolean inLocation = firstUnit >= 0 && k >= firstUnit && k <= lastUnit;
            boolean inArchive = archive >= 0 && (archiveFirst ? k == archive : k >= archiveStart && k <= archive);
            boolean inCollection = archive >= 0 && !archiveFirst && k > lastUnit && k < archiveStart;
            if (inLocation || inArchive || inCollection) {
                continue;
            }
            if (consumeTrailing(f, tail, k, ref)) {
                continue;
            }
            if (k >= from && f.isPlain() && places.size() < 3 && !pastPlace
                    && (PatternChecks.matches(STATE_ABBREVIATION, f.text()) || !Locators.isLocator(f.text()))) {
                places.add(f.text());
            } else if (k < Math.max(firstUnit, 0) && f.isPlain() && genre == null
                    && PatternChecks.lookingAt(DOCUMENT_GENRE, f.text())) {
                ref.genre(lowerFirst(f.text())); // "…, April 10, 1961, transcript, box 12, …"
            } else if (k >= from || k < Math.max(firstUnit, 0)) {
                pastPlace |= k >= from;
                trailing.add(f);
            }
        }
        ref.archiveLocation(located.isEmpty() ? null : String.join(", ", located));
        ref.collectionTitle(collection.isEmpty() ? null : String.join(", ", collection));
        if (archive >= 0 || firstUnit >= 0) {
            ref.archivePlace(places.isEmpty() ? null : String.join(", ", places));
        } else if (!places.isEmpty() && type != ItemType.MANUSCRIPT) {
            String before = ref.build().eventPlace();
            ref.eventPlace(before == null ? String.join(", ", places) : before);
        } else if (!places.isEmpty()) {
            trailing.addAll(0, tail.stream().filter(f -> places.contains(f.text())).toList());
        }
        if (ref.build().title() == null && authors.isEmpty() && ref.build().archive() == null) {
            return null;
        }
        Trailing after = Trailing.of(trailing);
        return new FullCitation(ref.type(type).build(), after.locator(), raw, span, prefix, after.suffix(), flags);
    }

    /**
     * A manuscript cited by where it is kept, as British and European notes do: the repository, then its shelfmark
     * or class and piece, then the folio — "British Library, Add. MS 12345, fol. 23r", "TNA, SP 16/345, no. 12",
     * "Bodleian Library, MS Ashmole 1729". No author and no title; the shelfmark identifies the document.
     */
    private Citation repositoryFirst(String raw, TextSpan span, String prefix, List<Field> fields,
                                     Set<StyleFlag> flags) {
        // "National Archives (UK), SP 16/345": the repository's country in parentheses after its name.
        int mark = fields.size() > 2 && fields.get(1).kind() == Field.Kind.PAREN ? 2 : 1;
        if (fields.size() <= mark || !fields.get(0).isPlain() || !fields.get(mark).isPlain()) {
            return null;
        }
        String repository = fields.get(0).text();
        if (!(PatternChecks.matches(ARCHIVE_ACRONYM, repository) || ARCHIVE_NAME.find(repository))
                || repository.length() > 80 || !PatternChecks.matches(SHELFMARK, fields.get(mark).text())) {
            return null;
        }
        Reference.Builder ref = Reference.builder(ItemType.MANUSCRIPT).archive(repository)
                .archiveLocation(fields.get(mark).text());
        if (mark == 2) {
            ref.archivePlace(fields.get(1).text());
        }
        List<Field> rest = fields.subList(mark + 1, fields.size());
        Trailing after = Trailing.of(rest);
        return new FullCitation(ref.build(), after.locator(), raw, span, prefix, after.suffix(), flags);
    }

    /** Whether a field says where a document is held: a box or folder, a named collection, a repository. */
    private static boolean isHeld(String text) {
        return text.length() <= 120 && (isStrongArchivalUnit(text)
                || COLLECTION_NAME.find(text) || ARCHIVE_NAME.find(text));
    }

    /** "Lucius D. Clay to Dean Rusk" → {"Lucius D. Clay", "Dean Rusk"}; null unless both sides are names. */
    private static String[] senderAndRecipient(String text) {
        int to = text.indexOf(" to ");
        if (to <= 0 || text.indexOf(" to ", to + 4) >= 0) {
            return null;
        }
        String sender = text.substring(0, to).strip();
        String recipient = text.substring(to + 4).strip();
        if (sender.isEmpty() || recipient.isEmpty() || !Names.looksLikeNames(sender)
                || !Names.looksLikeNames(recipient)) {
            return null;
        }
        return new String[] {sender, recipient};
    }

    private static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }

    /** Whether a plain field names a series: title case, a series word, not too long. */
    /**
     * "The Wars of Reconstruction: The Brief": a subtitle of one or two words before a comma goes on after it
     * ("The Brief, Violent History of …"), so the next field is more subtitle, not a series.
     */
    private static boolean endsInShortSubtitle(String title) {
        int colon = title.lastIndexOf(':');
        return colon >= 0 && WHITESPACE.split(title.substring(colon + 1).strip()).length <= 2;
    }

    private static boolean isSeries(String text) {
        return text.length() <= 150 && isTitleCase(text) && SERIES_NAME.find(text)
                && !text.contains(":");
    }

    /** "California Studies in 19th-Century Music 5" → series and its number. */
    private static void series(String text, Reference.Builder ref) {
        Matcher m = SERIES_NUMBER.matcher(text.strip());
        if (m.matches() && !Dates.isYear(m.group(2))) {
            ref.collectionTitle(m.group(1)).collectionNumber(m.group(2));
        } else {
            ref.collectionTitle(text.strip());
        }
    }

    /** A book: "Authors, Title, ed. X, 2nd ed., vol. 3 (Place: Publisher, Year), page." */
    private Citation book(String raw, TextSpan span, String prefix, List<Field> fields, int facts,
                          Set<StyleFlag> flags) {
        Reference.Builder ref = Reference.builder(ItemType.BOOK);
        List<Field> head = new ArrayList<>();
        List<String> remarks = new ArrayList<>(); // kept as the note: "87th Cong., 1st sess.", a translated title
        boolean congressional = false;
        for (int k = 0; k < facts; k++) {
            Field f = fields.get(k);
            Matcher volumeOf = f.isPlain() && f.text().regionMatches(true, 0, "vol", 0, 3)
                    ? VOLUME_OF.matcher(f.text()) : null;
            if (volumeOf != null && volumeOf.matches()) {
                ref.volume(volumeOf.group(1));
                String collection = null;
                if (volumeOf.group(2) != null) {
                    collection = volumeOf.group(2);
                } else if (k + 1 < facts) {
                    collection = fields.get(++k).text();
                }
                while (collection != null && k + 1 < facts && fields.get(k + 1).isPlain()
                        && isYearSpan(fields.get(k + 1).text())) {
                    collection += ", " + fields.get(++k).text(); // "… of Emancipation, 1861–1867"
                }
                ref.collectionTitle(collection);
            } else if (f.isPlain() && isCongressional(f.text())) {
                remarks.add(f.text()); // "87th Cong., 1st sess."
                congressional = true;
            } else if (f.isPlain() && f.text().regionMatches(true, 0, "ser", 0, 3)
                    && PatternChecks.matches(SERIES_OF_VOLUMES, f.text())) {
                remarks.add(f.text()); // "ser. 3, vol. 1 of Freedom"
            } else if (f.kind() == Field.Kind.PAREN && !head.isEmpty() && !Dates.hasDigits(f.text(), 1)) {
                // "La société féodale [Feudal society] (Paris: …)": a translation of the title (CMOS 14.108),
                // kept as a note rather than run into the title.
                remarks.add(f.text());
            } else {
                int end = nameListEnd(fields, k, facts);
                if (end > k + 1) {
                    applyRoleList(fields, k, end, ref); // "ed. A, B, and C"
                    k = end - 1;
                } else if (!applyModifier(f, ref)) {
                    head.add(f);
                }
            }
        }
        if (!remarks.isEmpty()) {
            ref.note(String.join(", ", remarks));
        }
        String factsText = fields.get(facts).text();
        ItemType type = congressional ? ItemType.REPORT : ItemType.BOOK;
        if (THESIS.find(factsText)) {
            thesisFacts(factsText, ref);
            type = ItemType.THESIS;
        } else {
            publicationFacts(factsText, ref);
        }
        int editorMark = -1;
        for (int k = 1; k < head.size() && editorMark < 0; k++) {
            if (head.get(k).isPlain() && PatternChecks.matches(EDITOR_WORD, head.get(k).text())) {
                editorMark = k; // "Odd Arne Westad, ed., The Cold War…": the names before "ed." are editors
            }
        }
        if (editorMark > 0) {
            ref.editors(authors(head.subList(0, editorMark), flags));
            head = new ArrayList<>(head.subList(editorMark + 1, head.size()));
        }
        int italicTitle = indexOf(head, Field.Kind.ITALIC);
        int authorCount = editorMark > 0 ? 0 : italicTitle >= 0 ? italicTitle : leadingNameFields(head);
        ref.authors(authors(head.subList(0, authorCount), flags));
        // A series after the title: "*Golden Fetters*, NBER Series on …", "Title, Cambridge Studies in X 12".
        int titleEnd = head.size();
        int titleFrom = italicTitle >= 0 ? italicTitle + 1 : authorCount + 1;
        if (titleEnd > titleFrom && head.get(titleEnd - 1).isPlain() && isSeries(head.get(titleEnd - 1).text())
                && !endsInShortSubtitle(head.get(titleEnd - 2).text())) {
            series(head.get(titleEnd - 1).text(), ref);
            titleEnd--;
        }
        String title = italicTitle >= 0 ? head.get(italicTitle).text()
                : joinText(head.subList(authorCount, titleEnd));
        Matcher vt = volumeInTitle(title);
        if (vt != null) {
            title = vt.group(1).strip();
            ref.volume(vt.group(2));
            flags.add(StyleFlag.VOLUME_IN_TITLE);
        }
        if (title.isEmpty()) {
            return new UnparsedCitation("publication facts but no title", raw, span);
        }
        ref.title(title);
        List<Field> after = fields.subList(facts + 1, fields.size());
        Locator locator = null;
        String suffix = null;
        List<Field> tail = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            Field f = after.get(i);
            if (f.isPlain() && ref.build().collectionTitle() == null && !Locators.isLocator(f.text())
                    && isSeries(f.text())) {
                series(f.text(), ref); // "(Cambridge: CUP, 1998), Cambridge Studies in X"
            } else if (!consumeTrailing(f, after, i, ref)) {
                tail.add(f);
            }
        }
        if (!tail.isEmpty()) {
            LocatorAndPage lp = locatorAndPage(tail);
            if (lp != null) {
                locator = lp.locator;
            } else {
                suffix = joinText(tail);
            }
        }
        return new FullCitation(ref.type(type).build(), locator, raw, span, prefix, suffix, flags);
    }

    /** A full citation without quotes or parentheses: "Author, Title, Site, March 3, 2024, https://…". */
    private Citation looseFull(String raw, TextSpan span, String prefix, List<Field> fields, Set<StyleFlag> flags) {
        Reference.Builder ref = Reference.builder(ItemType.WEBPAGE);
        List<Field> head = new ArrayList<>();
        List<Field> tail = new ArrayList<>();
        boolean inTail = false;
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (consumeTrailing(f, fields, i, ref)) {
                inTail = true;
                if (i + 1 < fields.size() && Dates.isMonthDay(f.text()) && Dates.isYear(fields.get(i + 1).text())) {
                    i++;
                }
            } else if (inTail) {
                tail.add(f);
            } else if (!applyModifier(f, ref)) {
                head.add(f);
            }
        }
        int authorCount = leadingNameFields(head);
        ref.authors(authors(head.subList(0, authorCount), flags));
        List<Field> rest = head.subList(authorCount, head.size());
        if (rest.isEmpty()) {
            return new UnparsedCitation("a date or URL but no title", raw, span);
        }
        ref.title(rest.get(0).text());
        if (rest.size() > 1) {
            ref.containerTitle(joinText(rest.subList(1, rest.size())));
        }
        Reference built = ref.build();
        if (built.url() == null) {
            ref.type(built.containerTitle() == null ? ItemType.BOOK : ItemType.ARTICLE_MAGAZINE);
        }
        LocatorAndPage lp = tail.isEmpty() ? null : locatorAndPage(tail);
        Locator locator = lp == null ? null : lp.locator;
        String suffix = tail.isEmpty() || lp != null ? null : joinText(tail);
        return new FullCitation(ref.build(), locator, raw, span, prefix, suffix, flags);
    }

    /** An italic title followed by place and year, without parentheses: "_Report_, New York, 1837, p. 31". */
    private Citation italicBook(String raw, TextSpan span, String prefix, List<Field> fields, int t,
                                Set<StyleFlag> flags) {
        Reference.Builder ref = Reference.builder(ItemType.BOOK);
        ref.authors(authors(fields.subList(0, t), flags));
        String title = fields.get(t).text();
        Matcher vt = volumeInTitle(title);
        if (vt != null) {
            title = vt.group(1).strip();
            ref.volume(vt.group(2));
        }
        ref.title(title);
        int i = modifiers(fields, t + 1, ref);
        List<String> where = new ArrayList<>();
        List<String> remarks = new ArrayList<>(); // "45th Cong., 3rd sess.", "H. Rep. 2": kept as the note
        PartialDate year = null;
        // "…, 1991. UNC Press Books, 2016: 122.": a first year is the original edition's, the last one this
        // edition's; a colon after the year (bibliography style) introduces the page.
        for (; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (f.isPlain() && Dates.isYear(f.text())) {
                if (year != null) {
                    ref.originalDate(year);
                }
                year = Dates.parse(f.text());
                if (f.colonAfter() || !moreFacts(fields, i + 1)) {
                    i++;
                    break;
                }
            } else if (f.isPlain() && isCongressional(f.text())) {
                remarks.add(f.text());
            } else if (year != null && Locators.isLocator(f.text())) {
                break;
            } else if (!applyModifier(f, ref) && !consumeTrailing(f, fields, i, ref)) {
                where.add(f.text());
            }
        }
        ref.issued(year);
        if (!remarks.isEmpty()) {
            // A congressional paper is a report (CSL), which needs no publisher: Chicago gives none (14.298).
            ref.note(String.join(", ", remarks)).type(ItemType.REPORT);
        }
        for (int k = where.size() - 1; k > 0; k--) {
            if (PatternChecks.matches(COMPANY_SUFFIX, where.get(k))) {
                where.set(k - 1, where.get(k - 1) + ", " + where.remove(k)); // "O’Reilly Media, Inc."
            }
        }
        if (where.size() == 1) {
            // "New York, 1837" names a place; "SAGE, 1991" a publisher.
            if (Places.isPlace(where.get(0))) {
                ref.publisherPlace(where.get(0));
            } else {
                ref.publisher(where.get(0));
            }
        } else if (!where.isEmpty()) {
            publicationFacts(String.join(where.size() == 2 && !PUBLISHER_WORD.find(where.get(0))
                    ? ": " : ", ", where), ref);
        }
        for (; i < fields.size() && consumeTrailing(fields.get(i), fields, i, ref); i++) {
            // a URL or DOI after the year
        }
        List<Field> tail = new ArrayList<>();
        for (Field f : fields.subList(i, fields.size())) {
            if (!consumeTrailing(f, fields, fields.indexOf(f), ref)) {
                tail.add(f);
            }
        }
        LocatorAndPage lp = tail.isEmpty() ? null : locatorAndPage(tail);
        Locator locator = lp == null ? null : lp.locator;
        String suffix = tail.isEmpty() || lp != null ? null : joinText(tail);
        return new FullCitation(ref.build(), locator, raw, span, prefix, suffix, flags);
    }

    /** Whether publication facts (a place, a publisher, another year) follow, rather than only locators. */
    private static boolean moreFacts(List<Field> fields, int from) {
        for (int i = from; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.isPlain() || isUrl(f.text())) {
                return false;
            }
            if (!Locators.isLocator(f.text()) || Dates.isYear(f.text())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a plain year stands among the fields after index {@code t}, before any locator-only tail. */
    private static boolean yearAfter(List<Field> fields, int t) {
        for (int i = t + 1; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (f.isPlain() && Dates.isYear(f.text())) {
                // "Caro, *Power Broker*, 1020": four digits before print are a page, not the year.
                return Integer.parseInt(f.text().substring(0, 4)) >= FIRST_PRINTED_YEAR;
            }
            if (f.isPlain() && Locators.isLocator(f.text())) {
                return false;
            }
        }
        return false;
    }

    /**
     * Splits an author's possessive off the front of a field: "Madison's Works" → "Madison" + title "Works",
     * "Grimm's Teut. Myth." → "Grimm" + "Teut. Myth.", as nineteenth-century notes write them.
     */
    private static List<Field> splitPossessive(List<Field> fields) {
        if (fields.isEmpty() || !fields.get(0).isPlain()) {
            return fields;
        }
        Field f = fields.get(0);
        // "People’s Press Editorial, “…”": before a title, the field is the author, possessive or corporate.
        if (fields.size() > 1 && fields.get(1).isTitle() || Names.isCorporate(f.text())) {
            return fields;
        }
        if (f.text().indexOf('\'') < 0 && f.text().indexOf('’') < 0) {
            return fields; // no possessive
        }
        Matcher m = POSSESSIVE_PREFIX.matcher(f.text());
        if (!m.matches() || !Names.looksLikeNames(m.group(1)) || Locators.isLocator(m.group(2))) {
            return fields;
        }
        List<Field> out = new ArrayList<>(fields.size() + 1);
        int titleStart = f.start() + m.start(2);
        out.add(new Field(Field.Kind.PLAIN, m.group(1), f.start(), f.start() + m.end(1), false));
        out.add(new Field(Field.Kind.ITALIC, m.group(2), titleStart, f.end(), f.colonAfter()));
        out.addAll(fields.subList(1, fields.size()));
        return out;
    }

    /**
     * "pp. 228 _et seq_.", "p. 12 _passim_": Latin locator words set in italics, as older texts print them, belong
     * to the locator before them; they are not a title.
     */
    private static List<Field> mergeItalicLocatorWords(List<Field> fields) {
        List<Field> out = null;
        for (int i = 1; i < fields.size(); i++) {
            Field f = fields.get(i);
            Field before = out == null ? fields.get(i - 1) : out.get(out.size() - 1);
            boolean merge = f.kind() == Field.Kind.ITALIC && f.text().length() <= 8 && before.isPlain()
                    && isLatinLocatorWord(FieldTokenizer.stripTrailing(f.text(), "."));
            if (merge && out == null) {
                out = new ArrayList<>(fields.subList(0, i));
            }
            if (merge) {
                out.set(out.size() - 1, new Field(Field.Kind.PLAIN, before.text() + " " + f.text(), before.start(),
                        f.end(), f.colonAfter()));
            } else if (out != null) {
                out.add(f);
            }
        }
        return out == null ? fields : out;
    }

    /**
     * "…, https://example.org/guide.html for the differences": a URL with a remark run on after it, split in two
     * so that the URL is read as one and the remark kept as the suffix.
     */
    private static List<Field> splitUrlRemarks(List<Field> fields) {
        List<Field> out = null;
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            String t = f.text();
            int space = -1;
            if (f.isPlain() && (t.regionMatches(true, 0, "http", 0, 4) || t.regionMatches(true, 0, "www.", 0, 4))) {
                for (int k = 0; k < t.length() && space < 0; k++) {
                    if (Character.isWhitespace(t.charAt(k))) {
                        space = k;
                    }
                }
            }
            String url = space > 0 ? FieldTokenizer.stripTrailing(t, 0, space, ".,;:") : null;
            if (url != null && !isUrl(url)) {
                space = -1;
            }
            if (space > 0 && out == null) {
                out = new ArrayList<>(fields.subList(0, i));
            }
            if (space > 0) {
                int rest = space;
                while (rest < t.length() && Character.isWhitespace(t.charAt(rest))) {
                    rest++;
                }
                out.add(new Field(Field.Kind.PLAIN, url, f.start(), f.start() + url.length(), false));
                out.add(new Field(Field.Kind.PLAIN, t.substring(rest), f.start() + rest, f.end(), f.colonAfter()));
            } else if (out != null) {
                out.add(f);
            }
        }
        return out == null ? fields : out;
    }

    private static boolean isLatinLocatorWord(String text) {
        return text.equalsIgnoreCase("et seq") || text.equalsIgnoreCase("et seqq") || text.equalsIgnoreCase("seq")
                || text.equalsIgnoreCase("ff") || text.equalsIgnoreCase("passim");
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
        Matcher m = TRAILING_PAGE.matcher(last.text());
        if (!m.matches() || !Locators.isLocator(m.group(2))) {
            return fields;
        }
        List<Field> out = new ArrayList<>(fields.subList(0, fields.size() - 1));
        int locStart = last.start() + m.start(2);
        out.add(new Field(Field.Kind.PLAIN, m.group(1), last.start(), last.start() + m.end(1), false));
        out.add(new Field(Field.Kind.PLAIN, m.group(2), locStart, last.end(), last.colonAfter()));
        return out;
    }

    // ---- Short forms ----

    private Citation shortForm(String raw, TextSpan span, String prefix, List<Field> allFields, int bodyOffset,
                               Set<StyleFlag> flags) {
        if (allFields.size() > 1 && allFields.get(allFields.size() - 1).kind() == Field.Kind.PAREN
                && allFields.get(allFields.size() - 2).isPlain()) {
            // "Gaddis, Cold War, 12 (emphasis added)": a remark in parentheses after the page.
            String remark = "(" + allFields.get(allFields.size() - 1).text() + ")";
            Citation c = shortFormCore(raw, span, prefix, allFields.subList(0, allFields.size() - 1), bodyOffset,
                    flags);
            return c == null ? null : withSuffix(c, remark);
        }
        return shortFormCore(raw, span, prefix, allFields, bodyOffset, flags);
    }

    private Citation shortFormCore(String raw, TextSpan span, String prefix, List<Field> allFields, int bodyOffset,
                                   Set<StyleFlag> flags) {
        String[] remarkOut = new String[1];
        Citation c = shortFormFields(raw, span, prefix, allFields, bodyOffset, flags, remarkOut);
        return c != null && remarkOut[0] != null ? withSuffix(c, remarkOut[0]) : c;
    }

    private Citation shortFormFields(String raw, TextSpan span, String prefix, List<Field> allFields,
                                     int bodyOffset, Set<StyleFlag> flags, String[] remarkOut) {
        List<Field> fields = new ArrayList<>();
        for (Field f : splitTrailingLocator(allFields)) {
            String t = f.text();
            if (f.isPlain() && (t.equalsIgnoreCase("etc") || t.equalsIgnoreCase("etc."))) {
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
        int end = fields.size();
        while (end > 0 && isLocatorField(fields, end - 1)) {
            end--;
        }
        if (end > 0 && end < fields.size() - 1 && fields.get(end).isPlain()
                && PatternChecks.matches(YEAR_SPAN, fields.get(end).text()) && fields.get(end).text().length() > 4
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
                    remarkOut[0] = joinText(after);
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
        Locator locator = locatorOf(locatorFields);
        String volume = null;
        Locators.InVolume inVolume = Locators.splitVolume(locator);
        if (inVolume != null) {
            // "Rymer, vol. i. p. 15": the volume tells the work's volumes apart; the page is the locator.
            volume = inVolume.volume();
            locator = inVolume.locator();
        }
        for (int i = work.size() - 1; i > 0; i--) {
            Matcher vf = VOLUME_FIELD.matcher(work.get(i).text());
            if (work.get(i).isPlain() && vf.matches()) {
                volume = FieldTokenizer.stripTrailing(vf.group(1), ".");
                work.remove(i);
            }
        }
        if (volume == null && locator != null) {
            volume = Locators.volumeOf(locator);
        }
        if (looksLikeCommentary(work) && !opensWithAuthorAndTitle(work)) {
            return null;
        }
        int italicTitle = indexOf(work, Field.Kind.ITALIC);
        if (italicTitle < 0) {
            italicTitle = indexOf(work, Field.Kind.QUOTED);
        }
        if (italicTitle >= 0) {
            Field t = work.get(italicTitle);
            List<Name> authors = italicTitle == 0 ? List.of() : authors(work.subList(0, italicTitle), flags);
            String title = t.text();
            Matcher vt = volumeInTitle(title);
            if (vt != null) {
                title = vt.group(1).strip();
                volume = vt.group(2);
            }
            String suffix = italicTitle + 1 < work.size() ? joinText(work.subList(italicTitle + 1, work.size())) : null;
            TextSpan titleSpan = new TextSpan(bodyOffset + t.start(), bodyOffset + t.end());
            return new ShortCitation(authors.isEmpty() ? ShortCitation.Form.TITLE_ONLY
                    : ShortCitation.Form.AUTHOR_TITLE, authors, title, volume, locator, titleSpan, raw, span, prefix,
                    suffix, flags);
        }
        Field first = work.get(0);
        String firstText = stripPossessive(first.text());
        if (work.size() == 1 && !Names.looksLikeNames(firstText) && !isTitleCase(first.text())) {
            return null; // "See chapter on Demonology.": a cross-reference or remark, not a work
        }
        if (work.size() > 1 && !Names.looksLikeNames(firstText) && !isTitleCase(joinText(work))) {
            return null;
        }
        if (work.size() == 1) {
            // "Correspondence, No. 43": collections number their documents; an author is cited by page.
            boolean numbered = locator != null && locator.label().equals("number")
                    && splitLength(firstText) == 1;
            List<Name> named = first.isPlain() && Names.looksLikeNames(firstText) && !numbered
                    ? Names.parseList(firstText, familyNameFirst) : List.of();
            if (!named.isEmpty()) {
                return new ShortCitation(ShortCitation.Form.AUTHOR_ONLY, named, null, volume, locator, null, raw,
                        span, prefix, null, flags);
            }
            if (!hasLetter(first.text())) {
                return new UnparsedCitation("no author or title", raw, span); // "&", "& 12."
            }
            String title = first.text();
            Matcher vt = volumeInTitle(title);
            if (vt != null) {
                title = vt.group(1).strip();
                volume = vt.group(2);
            }
            TextSpan titleSpan = new TextSpan(bodyOffset + first.start(), bodyOffset + first.end());
            return new ShortCitation(ShortCitation.Form.TITLE_ONLY, List.of(), title, volume, locator, titleSpan,
                    raw, span, prefix, null, flags);
        }
        int authorCount = Math.max(1, Math.min(leadingNameFields(work), work.size() - 1));
        List<Name> authors = authors(work.subList(0, authorCount), flags);
        List<Field> titleFields = work.subList(authorCount, work.size());
        String title = joinText(titleFields);
        Matcher vt = volumeInTitle(title);
        if (vt != null) {
            title = vt.group(1).strip();
            volume = vt.group(2);
        }
        TextSpan titleSpan = new TextSpan(bodyOffset + titleFields.get(0).start(),
                bodyOffset + titleFields.get(titleFields.size() - 1).end());
        return new ShortCitation(ShortCitation.Form.AUTHOR_TITLE, authors, title, volume, locator, titleSpan, raw,
                span, prefix, null, flags);
    }

    private static final Set<String> MINOR_WORDS = Set.of("a", "an", "the", "and", "or", "nor", "but", "of", "in",
            "on", "at", "to", "for", "by", "with", "from", "into", "as", "vs", "via", "de", "la", "le", "du", "des",
            "von", "van", "der", "und", "et", "y");

    /** Whether a plain title is written in title case, as titles are; prose and remarks are not. */
    static boolean isTitleCase(String text) {
        String t = text.strip();
        if (t.isEmpty() || !(Character.isUpperCase(t.codePointAt(0)) || Character.isDigit(t.charAt(0)))) {
            return false;
        }
        int significant = 0;
        int capitalized = 0;
        for (String w : WORD_SEPARATORS.split(t)) {
            if (w.isEmpty() || MINOR_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            significant++;
            if (Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.charAt(0))) {
                capitalized++;
            }
        }
        return significant == 0 || capitalized * 10 >= significant * 6;
    }

    /** Whether a word other than an article, preposition or conjunction starts lower case. */
    private static boolean hasLowerCaseWord(String text) {
        return lowerCaseWords(text.strip(), 1) >= 1;
    }

    /** A cheap test before {@link #FOUND_IN}: one of its phrases is in the text. */
    private static boolean mayBeFoundIn(String text) {
        if (!text.contains(" in ")) {
            return false; // every phrase ends so: one scan rules most notes out
        }
        for (String phrase : FOUND_IN_PHRASES) {
            if (text.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> FOUND_IN_PHRASES = List.of(" is in ", " are in ", " appears in ",
            " appear in ", " found in ", " printed in ", " given in ");

    /** Words that open a short lead-in to a signal: "For a critique, see …", "On this point, cf. …". */
    private static final Set<String> LEAD_IN_OPENERS = Set.of("for", "on", "in", "regarding", "concerning", "about",
            "as", "similarly", "likewise", "generally", "further", "besides", "again", "here", "there", "elsewhere");

    /**
     * A short phrase set off by a comma before a signal, such as "For a critique," or "On Mao," — too few
     * lower-case words to count as prose, but opened by a word no author's name or title starts a note with.
     */
    private static boolean isLeadIn(String text) {
        String t = text.strip();
        if (!t.endsWith(",")) {
            return false;
        }
        String[] words = WHITESPACE.split(t);
        return words.length <= 8 && LEAD_IN_OPENERS.contains(words[0].toLowerCase(Locale.ROOT));
    }

    /** Whether text reads as prose: at least two words starting lower case ("For a different view"). */
    private static boolean isProse(String text) {
        return lowerCaseWords(text.strip(), 2) >= 2;
    }

    /**
     * How many words of the stripped text (as {@code WHITESPACE.split} cuts them) start lower case and are not
     * minor words, counting no further than {@code enough}. Read in place: only a word that starts lower case
     * is cut out, to be looked up.
     */
    private static int lowerCaseWords(String t, int enough) {
        int count = 0;
        int n = t.length();
        int i = 0;
        while (i < n && count < enough) {
            int start = i;
            while (i < n && !isRegexSpace(t.charAt(i))) {
                i++;
            }
            if (i > start && Character.isLowerCase(t.charAt(start)) && !MINOR_WORDS.contains(t.substring(start, i))) {
                count++;
            }
            while (i < n && isRegexSpace(t.charAt(i))) {
                i++;
            }
        }
        return count;
    }

    /** The characters of {@code \\s}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@code WHITESPACE.split(text).length}, counted without splitting. */
    public static int splitLength(String text) {
        int words = 0;
        boolean inWord = false;
        boolean anySpace = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = isRegexSpace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            anySpace |= space;
            inWord = !space;
        }
        if (!anySpace) {
            return 1; // no match: the text itself, even when empty
        }
        // A match at the start leaves an empty first piece; trailing empty pieces are dropped (all of them when
        // the text is only white space).
        return words == 0 ? 0 : words + (isRegexSpace(text.charAt(0)) ? 1 : 0);
    }

    /** "Smith, _A Title_, …": a name, then a title in italics — a citation, however long the rest is. */
    private static boolean opensWithAuthorAndTitle(List<Field> work) {
        return work.size() >= 2 && work.get(0).isPlain() && work.get(1).kind() == Field.Kind.ITALIC
                && isTitleCase(work.get(1).text()) && Names.looksLikeNames(stripPossessive(work.get(0).text()));
    }

    /** Prose rather than a reference: many words, mostly lower case, no quoted title. */
    private static boolean looksLikeCommentary(List<Field> work) {
        String text = joinText(work);
        String[] words = WHITESPACE.split(text);
        if (words.length <= 8) {
            return false;
        }
        int lower = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                lower++;
            }
        }
        return lower * 2 > words.length || words.length > 25;
    }

    // ---- Shared pieces ----

    /**
     * How many leading fields are author names, leaving at least one field for the title. A name-like field
     * followed by a bare year span is a title instead: "J. H. Elliott, Imperial Spain, 1469–1716 (London: …)" has
     * one author, and "Imperial Spain, 1469–1716" is the title (no name is followed by a span of years).
     */
    private static int leadingNameFields(List<Field> head) {
        int count = 0;
        while (count < head.size() - 1 && head.get(count).isPlain()
                && (Names.looksLikeNames(stripPossessive(head.get(count).text()))
                || (count > 0 && (Names.isSuffix(head.get(count).text()) || Names.isPeerage(head.get(count).text()))))) {
            if (count > 0 && isYearSpan(head.get(count + 1).text())) {
                break;
            }
            count++;
        }
        if (count >= 2 && count < head.size() && head.get(count).isPlain() && opensWithAnd(head.get(count).text())) {
            // "Judith M. Bennett, Ale, Beer, and Brewsters in England: …": a list whose last item, after "and",
            // is no name is a title that opens with a list, not a list of authors.
            return 1;
        }
        return count;
    }

    private static boolean opensWithAnd(String text) {
        return text.regionMatches(true, 0, "and ", 0, 4) || text.startsWith("& ");
    }

    /** "1469–1716", "1580-1680", "c. 1760–1830", "1914": a title's closing dates. */
    private static boolean isYearSpan(String text) {
        return PatternChecks.matches(YEAR_SPAN, text);
    }

    /** Authors from their fields: "Zhihua Shen"; "Lengxi, Wu"; "Marx, Karl, and Frederick Engels"; "A, B, and C". */
    private List<Name> authors(List<Field> all, Set<StyleFlag> flags) {
        List<Field> fields = new ArrayList<>();
        for (Field f : all) {
            // "See the _Gardeners' Chronicle_": an article before a title is not an author.
            if (f.isPlain() && (Names.looksLikeNames(stripPossessive(f.text())) || Names.isSuffix(f.text())
                    || Names.isPeerage(f.text()))) {
                fields.add(f);
            }
        }
        List<Name> names = new ArrayList<>();
        if (fields.size() >= 2 && Names.continuesCorporate(fields.get(0).text(), fields.get(1).text())) {
            // "U.S. Congress, Senate, Committee on Foreign Relations": one body named from the top down.
            StringBuilder body = new StringBuilder(fields.get(0).text());
            int k = 1;
            while (k < fields.size() && Names.continuesCorporate(fields.get(k - 1).text(), fields.get(k).text())) {
                body.append(", ").append(fields.get(k).text());
                k++;
            }
            names.add(Name.literal(body.toString()));
            for (; k < fields.size(); k++) {
                names.addAll(Names.parseList(stripPossessive(fields.get(k).text()), familyNameFirst));
            }
            return names;
        }
        int i = 0;
        if (fields.size() >= 2 && Names.isSingleWordName(fields.get(0).text())
                && Names.isGivenNames(fields.get(1).text()) && !fields.get(1).text().startsWith("and ")) {
            names.add(Names.inverted(fields.get(0).text(), fields.get(1).text()));
            flags.add(StyleFlag.INVERTED_NAME);
            i = 2;
        }
        int personFields = 0;
        boolean lastHasAnd = false;
        for (; i < fields.size(); i++) {
            String t = stripPossessive(fields.get(i).text());
            if (i == 0 && PatternChecks.matches(IDEM, t)) {
                flags.add(StyleFlag.SAME_AUTHOR_AS_BEFORE);
                continue;
            }
            if ((Names.isSuffix(t) || Names.isPeerage(t)) && !names.isEmpty()) {
                Name last = names.remove(names.size() - 1);
                String suffix = last.suffix() == null ? t : last.suffix() + ", " + t;
                names.add(new Name(last.family(), last.given(), last.particle(), suffix, last.literal()));
                continue;
            }
            lastHasAnd = t.regionMatches(true, 0, "and ", 0, 4) || t.startsWith("& ");
            names.addAll(Names.parseList(t, familyNameFirst));
            personFields++;
        }
        if (personFields + (flags.contains(StyleFlag.INVERTED_NAME) ? 1 : 0) >= 2 && !lastHasAnd) {
            flags.add(StyleFlag.AUTHORS_JOINED_BY_COMMA);
        }
        return names;
    }

    /**
     * A Congress and session ("45th Cong., 3rd sess.") or a numbered congressional paper ("H. Rep. 2", "S. Doc. 45",
     * "H.R. Rep. No. 94-1476") after a government document's title: where it belongs, not a place or publisher.
     */
    private static boolean isCongressional(String t) {
        return startsWithDigit(t) ? PatternChecks.matches(CONGRESS_SESSION, t)
                : (t.startsWith("H.") || t.startsWith("S.")) && PatternChecks.matches(CONGRESS_PAPER, t);
    }

    /** Whether the text opens as every match of {@link #EDITOR} does: "ed…", "tr…" or "co…". */
    private static boolean mayNameARole(String t) {
        return t.regionMatches(true, 0, "ed", 0, 2) || t.regionMatches(true, 0, "tr", 0, 2)
                || t.regionMatches(true, 0, "co", 0, 2);
    }

    /** "ed." / "trans." / "comp." and the names after it: editors, translators, or both. */
    private static void applyRole(String written, List<Name> names, Reference.Builder ref) {
        String role = written.toLowerCase(Locale.ROOT);
        if (role.startsWith("trans") && !role.contains(" ed")) {
            ref.translators(names);
        } else {
            ref.editors(names);
            if (role.contains("trans") && !role.startsWith("comp")) {
                ref.translators(names);
            }
        }
    }

    /** "ed. J. T. Houghton", "G. J. Jenkins", "and J. J. Ephraums": one role over several fields. */
    private void applyRoleList(List<Field> fields, int from, int to, Reference.Builder ref) {
        Matcher m = EDITOR.matcher(fields.get(from).text());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a role: " + fields.get(from).text());
        }
        List<Name> names = new ArrayList<>(Names.parseList(m.group(2), familyNameFirst));
        for (int k = from + 1; k < to; k++) {
            names.addAll(Names.parseList(fields.get(k).text(), familyNameFirst));
        }
        applyRole(m.group(1), names, ref);
    }

    /** Reads "ed. X", "trans. Y", "2nd ed.", "vol. 3", "3 vols."; false when the field is none of these. */
    private boolean applyModifier(Field f, Reference.Builder ref) {
        if (!f.isPlain()) {
            return false;
        }
        String t = f.text();
        // Each pattern is tried only on a field that opens as its matches open (or, for an edition, says "ed").
        Matcher m = mayNameARole(t) ? EDITOR.matcher(t) : null;
        if (m != null && m.matches()) {
            applyRole(m.group(1), Names.parseList(m.group(2), familyNameFirst), ref);
            return true;
        }
        if (t.length() <= 80 && FieldTokenizer.containsIgnoreCase(t, "ed")) {
            m = EDITION.matcher(t);
            if (m.matches()) {
                ref.edition(edition(m.group(1), m.group(2)));
                return true;
            }
        }
        m = startsWithDigit(t) ? VOLUME_COUNT.matcher(t) : null;
        if (m != null && m.matches()) {
            ref.numberOfVolumes(m.group(1));
            return true;
        }
        m = !t.isEmpty() && Character.toLowerCase(t.charAt(0)) == 'v' ? VOLUME_FIELD.matcher(t) : null;
        if (m != null && m.matches()) {
            ref.volume(m.group(1));
            return true;
        }
        return false;
    }

    private int modifiers(List<Field> rest, int from, Reference.Builder ref) {
        int i = from;
        while (i < rest.size()) {
            int end = nameListEnd(rest, i, rest.size());
            if (end > i + 1) {
                applyRoleList(rest, i, end, ref);
            } else if (!applyModifier(rest.get(i), ref)) {
                break;
            }
            i = end;
        }
        return i;
    }

    /**
     * Where the list of names that a role opens at field {@code i} ends: "ed. J. T. Houghton, G. J. Jenkins, and
     * J. J. Ephraums" is cut into three fields by its commas. The list runs on only when it closes with "and"
     * before {@code limit}; otherwise the role names one field ({@code i + 1}).
     */
    private static int nameListEnd(List<Field> fields, int i, int limit) {
        Field f = fields.get(i);
        if (!f.isPlain() || !mayNameARole(f.text()) || !PatternChecks.matches(EDITOR, f.text())) {
            return i + 1;
        }
        for (int k = i + 1; k < limit; k++) {
            Field next = fields.get(k);
            if (!next.isPlain() || !Names.looksLikeNames(next.text())) {
                return i + 1;
            }
            if (opensWithAnd(next.text())) {
                return k + 1;
            }
        }
        return i + 1;
    }


    /** Consumes a date, an access date or a URL after the work's main parts. */
    private static boolean consumeTrailing(Field f, List<Field> all, int index, Reference.Builder ref) {
        if (!f.isPlain()) {
            return false;
        }
        String t = f.text();
        if (t.length() <= 20 && !t.isEmpty() && "kKeEaAiInNpP".indexOf(t.charAt(0)) >= 0
                && PatternChecks.matches(EBOOK_FORMAT, t)) {
            // "…, chap. 3, Kindle": the e-book format read, after the place cited (CMOS 14.160; CSL's "medium").
            ref.note(t);
            return true;
        }
        // The yes-or-no tests first: most fields are neither, and a matcher to read groups from is made only for one
        // that is.
        if (isUrl(t)) {
            Matcher url = URL.matcher(t);
            url.matches();
            String u = url.group(1);
            Matcher doiUrl = DOI_URL.matcher(u);
            if (u.regionMatches(true, 0, "doi:", 0, 4)) {
                ref.doi(u.substring(4).strip());
            } else if (doiUrl.lookingAt() && doiUrl.end() < u.length()) {
                ref.doi(u.substring(doiUrl.end()));
            } else {
                ref.url(u);
            }
            return true;
        }
        if (isAccessed(t)) {
            Matcher accessed = ACCESSED.matcher(t);
            accessed.matches();
            String dateText = accessed.group(1);
            if (index + 1 < all.size() && Dates.isYear(all.get(index + 1).text())) {
                dateText = dateText + ", " + all.get(index + 1).text();
            }
            ref.accessed(Dates.parse(dateText));
            return true;
        }
        if (Dates.isMonthDay(t) && index + 1 < all.size() && Dates.isYear(all.get(index + 1).text())) {
            ref.issued(Dates.parse(t + ", " + all.get(index + 1).text()));
            return true;
        }
        PartialDate d = Dates.parse(t);
        if (d != null && !(Dates.isYear(t) && index > 0 && endsWithDigit(all.get(index - 1).text()))
                && ref.build().issued() == null) {
            ref.issued(d);
            return true;
        }
        if (index > 0 && isAccessed(all.get(index - 1).text()) && Dates.isYear(t)) {
            return true; // the year of an access date, already read with it
        }
        return false;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The facts of the edition consulted when the first publication comes before it without "repr." (as CMOS
     * 14.114 gives reprints): "(1942; Burbank, CA: Warner Home Video, 2003)" for a film, "(New York: Charles L.
     * Webster, 1885; Project Gutenberg, 2006)" for a book read online. The first part must end in a year and the
     * last in a later one; its year becomes the original date. Any other text is returned as it was
     * ("(Washington, DC: X; Stanford, CA: Y, 1999)" names two publishers of one edition).
     */
    private static String laterEdition(String facts, Reference.Builder ref) {
        int semicolon = facts.indexOf(';');
        String first = facts.substring(0, semicolon).strip();
        String later = facts.substring(semicolon + 1).strip();
        if (later.indexOf(';') >= 0 || !hasLetter(later)) {
            return facts;
        }
        Matcher firstYear = YEAR_AT_END.matcher(first);
        Matcher laterYear = YEAR_AT_END.matcher(later);
        if (!firstYear.find() || !laterYear.find() || firstYear.group(1).length() != 4
                || laterYear.group(1).length() != 4
                || Integer.parseInt(firstYear.group(1)) >= Integer.parseInt(laterYear.group(1))) {
            return facts;
        }
        ref.originalDate(PartialDate.ofYear(Integer.parseInt(firstYear.group(1))));
        return later;
    }

    /**
     * Reads "(Place: Publisher, Year)", "(Publisher, Year)", "(Year)", "(1848; repr., New York: X, 2000)",
     * "(Washington, DC: X; Stanford, CA: Y, 1999)", "(2nd ed., New York: X, 2010)".
     */
    static void publicationFacts(String facts, Reference.Builder ref) {
        String s = facts.strip();
        Matcher reprint = s.indexOf(';') >= 0 ? REPRINT.matcher(s) : null;
        if (reprint != null && reprint.find()) {
            int original = Dates.lastYearIn(s.substring(0, reprint.start()));
            if (original > 0) {
                ref.originalDate(PartialDate.ofYear(original));
            }
            String before = s.substring(0, reprint.start());
            s = s.substring(reprint.end());
            Matcher originalYear = YEAR_AT_END.matcher(before);
            if (!hasLetter(s) && originalYear.find()) {
                // "(Princeton, NJ: Princeton University Press, 2002; repr. 2013)": reprinted by the same publisher.
                s = FieldTokenizer.stripTrailing(before.substring(0, originalYear.start()).strip(), ",") + ", " + s;
            }
        } else if (s.indexOf(';') > 0) {
            s = laterEdition(s, ref);
        }
        Matcher forthcoming = s.endsWith("ing") || s.endsWith("ress") ? FORTHCOMING.matcher(s) : null;
        if (forthcoming != null && forthcoming.find()) {
            // "(Chicago: University of Chicago Press, forthcoming)": no date yet (CMOS 14.72).
            ref.note(forthcoming.group().toLowerCase(Locale.ROOT));
            s = FieldTokenizer.stripTrailing(s.substring(0, forthcoming.start()).strip(), ",;");
        }
        Matcher ed = LEADING_EDITION.matcher(s);
        if (ed.lookingAt()) {
            ref.edition(edition(ed.group(1), null));
            s = s.substring(ed.end());
        }
        Matcher year = YEAR_AT_END.matcher(s);
        if (year.find()) {
            String y = year.group(1);
            String before = s.substring(0, year.start()).strip();
            before = FieldTokenizer.stripTrailing(before, ",");
            // "March 3, 2001" before the year belongs to the date.
            PartialDate date = null;
            int lastComma = before.lastIndexOf(',');
            String candidate = lastComma >= 0 ? before.substring(lastComma + 1).strip() : before;
            if (Dates.isMonthDay(candidate)) {
                date = Dates.parse(candidate + ", " + y);
                before = lastComma >= 0 ? before.substring(0, lastComma).strip() : "";
            } else if (Dates.parse(candidate + " " + y) != null && !candidate.isEmpty()
                    && !candidate.contains(":")) {
                PartialDate d = Dates.parse(candidate + " " + y);
                if (d != null && (d.month() > 0 || d.season() != null)) {
                    date = d;
                    before = lastComma >= 0 ? before.substring(0, lastComma).strip() : "";
                }
            }
            if (date == null && Character.isDigit(y.charAt(0))) {
                date = PartialDate.ofYear(Integer.parseInt(YEAR_LETTER.matcher(y).replaceAll("")));
            }
            ref.issued(date);
            s = before;
        }
        if (s.isEmpty()) {
            return;
        }
        // Two publishers: "Washington, DC: X; Stanford, CA: Y" — keep both, in order.
        List<String> places = new ArrayList<>();
        List<String> publishers = new ArrayList<>();
        for (String part : s.split(";")) {
            String p = part.strip();
            if (NO_PLACE.contains(p.toLowerCase(Locale.ROOT))) {
                continue; // "(n.p., n.d.)": no place and no publisher, said outright; not a place named "n.p."
            }
            int colon = p.indexOf(':');
            if (colon >= 0) {
                places.add(p.substring(0, colon).strip());
                String publisher = FieldTokenizer.stripTrailing(p.substring(colon + 1).strip(), ",");
                if (!NO_PLACE.contains(publisher.toLowerCase(Locale.ROOT))) {
                    publishers.add(publisher); // "(London: n.p., 1820)": no publisher, said outright
                }
            } else if (Places.isPlace(p)) {
                places.add(p); // "(Princeton, NJ, 2008)": a place and no publisher
            } else if (PUBLISHER_WORD.find(p) || p.contains(",")) {
                List<String> bits = splitTopLevelCommas(p);
                publishers.add(bits.get(0));
                if (bits.size() > 1) {
                    places.add(String.join(", ", bits.subList(1, bits.size())));
                }
            } else if (!p.isEmpty()) {
                places.add(p);
            }
        }
        ref.publisherPlace(places.isEmpty() ? null : String.join("; ", places));
        ref.publisher(publishers.isEmpty() ? null : String.join("; ", publishers));
    }

    /**
     * An edition as CSL keeps it: "2nd" and "Second" are "2" (styles add the ordinal); anything longer ("4th
     * rev.", "rev. and exp.") stays as written, with a revision written after "ed." ("2nd ed. rev.") appended.
     */
    static String edition(String words, String after) {
        String w = words.strip();
        Matcher ordinal = ORDINAL_ALONE.matcher(w);
        if (ordinal.matches()) {
            w = ordinal.group(1);
        } else {
            int k = ORDINAL_WORDS.indexOf(w.toLowerCase(Locale.ROOT));
            if (k >= 0) {
                w = Integer.toString(k + 1);
            }
        }
        return after == null ? w : w + " " + after.strip();
    }

    private static List<String> splitTopLevelCommas(String s) {
        List<String> parts = new ArrayList<>();
        for (String p : s.split(",")) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        return parts;
    }

    /** Whether these fields hold a date with a year or a URL: then a citation without quotes is still full. */
    private static boolean hasFullSignals(List<Field> fields) {
        for (int i = 0; i < fields.size(); i++) {
            String t = fields.get(i).text();
            if (isUrl(t) || isAccessed(t)) {
                return true;
            }
            if (Dates.isMonthDay(t) && i + 1 < fields.size() && Dates.isYear(fields.get(i + 1).text())) {
                return true;
            }
            PartialDate d = Dates.parse(t);
            if (d != null && (d.month() > 0 || d.season() != null)) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfPublicationFacts(List<Field> fields) {
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (f.kind() == Field.Kind.PAREN) {
                String t = f.text();
                if (Dates.lastYearIn(t) > 0 || t.contains(":") || PatternChecks.find(NO_DATE, t)
                        || THESIS.find(t)
                        || (t.endsWith("ing") || t.endsWith("ress")) && PatternChecks.find(FORTHCOMING, t)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static int indexOf(List<Field> fields, Field.Kind kind) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).kind() == kind) {
                return i;
            }
        }
        return -1;
    }

    private static boolean allLocators(List<Field> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (!isLocatorField(fields, i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether field {@code i} is a locator, or the "and 105" that ends a list begun by the field before it. */
    private static boolean isLocatorField(List<Field> fields, int i) {
        Field f = fields.get(i);
        if (!f.isPlain()) {
            return false;
        }
        if (Locators.isLocator(f.text())) {
            return true;
        }
        return i > 0 && Locators.isContinuation(f.text()) && fields.get(i - 1).isPlain()
                && Locators.isLocator(fields.get(i - 1).text());
    }

    private static Locator locatorOf(List<Field> fields) {
        if (fields.isEmpty()) {
            return null;
        }
        return Locators.parse(joinText(fields));
    }

    /** A page range followed by a pinpoint inside it ("189–225, 201") gives both; otherwise all is the locator. */
    private static LocatorAndPage locatorAndPage(List<Field> tail) {
        if (!allLocators(tail)) {
            // "vol. 1, p. 212": a volume is no locator alone, but is with the page after it.
            Locator whole = tail.size() == 2 ? Locators.parse(joinText(tail)) : null;
            return whole == null ? null : new LocatorAndPage(whole, null);
        }
        Locator all = locatorOf(tail);
        if (all == null) {
            return null;
        }
        if (tail.size() == 2) {
            int[] range = range(tail.get(0).text());
            int[] pin = range(tail.get(1).text());
            if (range != null && pin != null && range[1] > range[0] && pin[0] >= range[0] && pin[1] <= range[1]
                    && !(pin[0] == range[0] && pin[1] == range[1])) {
                return new LocatorAndPage(Locator.page(tail.get(1).text()), tail.get(0).text());
            }
        }
        return new LocatorAndPage(all, null);
    }

    /** "189–225" → {189, 225}; "201" → {201, 201}; "474-5" → {474, 475}; null when not numeric. */
    static int[] range(String text) {
        Matcher m = PAGE_RANGE.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        int a = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return new int[] {a, a};
        }
        String bs = m.group(2);
        int b = Integer.parseInt(bs);
        if (b < a && bs.length() < m.group(1).length()) {
            // Chicago's abbreviated ranges: 474-5 is 474-475, 1420-38 is 1420-1438.
            String full = m.group(1);
            b = Integer.parseInt(full.substring(0, full.length() - bs.length()) + bs);
        }
        return new int[] {a, b};
    }

    private record LocatorAndPage(Locator locator, String page) {
    }

    /** What follows a work: the place cited, or, when the fields state no locator, a remark kept as the suffix. */
    private record Trailing(Locator locator, String suffix) {
        static Trailing of(List<Field> fields) {
            if (fields.isEmpty()) {
                return new Trailing(null, null);
            }
            LocatorAndPage lp = locatorAndPage(fields);
            return lp != null ? new Trailing(lp.locator, null) : new Trailing(null, joinText(fields));
        }
    }

    /** The fields' texts joined by ", ", as the note wrote them. */
    static String joinText(List<Field> fields) {
        StringBuilder sb = new StringBuilder();
        for (Field f : fields) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(f.text());
        }
        return sb.toString();
    }

    private static String stripPossessive(String text) {
        String t = text.strip();
        if (!(t.endsWith("'s") || t.endsWith("’s") || t.endsWith("s'") || t.endsWith("s’"))) {
            return t; // POSSESSIVE cannot match, and its lazy group would try every length first
        }
        Matcher m = POSSESSIVE.matcher(t);
        return m.matches() && Names.looksLikeNames(m.group(1)) ? m.group(1) : t;
    }

    /** The end of the longest opening stretch of {@code s} (at most 80 characters) that is a locator, or 0. */
    private static int locatorPrefix(String s) {
        int limit = Math.min(s.length(), 80);
        for (int end = limit; end > 0; end--) {
            boolean boundary = end == s.length() || ").;:]".indexOf(s.charAt(end)) >= 0
                    || (Character.isWhitespace(s.charAt(end)) && end + 1 < s.length() && s.charAt(end + 1) == '(')
                    || (s.charAt(end) == ',' && end + 2 < s.length() && Character.isLetter(s.charAt(end + 2)))
                    || (Character.isWhitespace(s.charAt(end)) && end > 0 && s.charAt(end - 1) == '.');
            if (boundary && Locators.isLocator(s.substring(0, end))) {
                return end;
            }
        }
        return 0;
    }

    private static int sentenceEnd(String s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            if (s.charAt(i) == '.' && Character.isWhitespace(s.charAt(i + 1)) && i > 0
                    && Character.isDigit(s.charAt(i - 1))) {
                return i;
            }
        }
        return s.length();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Citation withSuffix(Citation c, String more) {
        if (c instanceof FullCitation f) {
            return new FullCitation(f.reference(), f.locator(), f.text(), f.span(), f.prefix(),
                    join(f.suffix(), more), f.flags());
        }
        if (c instanceof ShortCitation s) {
            return new ShortCitation(s.form(), s.authors(), s.title(), s.volume(), s.locator(), s.titleSpan(),
                    s.text(), s.span(), s.prefix(), join(s.suffix(), more), s.flags(), s.noteReference());
        }
        if (c instanceof IbidCitation i) {
            return new IbidCitation(i.form(), i.formSpan(), i.locator(), i.text(), i.span(), i.prefix(),
                    join(i.suffix(), more));
        }
        if (c instanceof UnparsedCitation) {
            return c;
        }
        throw new AssertionError(c);
    }

    private static String join(String a, String b) {
        return a == null ? b : a + "; " + b;
    }
}

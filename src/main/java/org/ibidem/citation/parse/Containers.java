package org.ibidem.citation.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;

/**
 * Shared grammar: what follows a quoted title — a journal with volume and issue, a newspaper or magazine with its
 * date, a website, a conference where a paper was presented, a speech's occasion — and the kind of work it makes
 * the quoted title.
 */
final class Containers {

    private Containers() {
    }

    private static final Pattern JOURNAL_VOLUME = Pattern.compile(
            "^(.{2,}?)[,\\s]+(?:vol\\.?\\s*)?(\\d{1,4})(?:\\s*,?\\s*(?:no|nos|issue)\\.?\\s*([\\w/–-]{1,12})|\\.(\\d{1,3}))?$",
            Pattern.CASE_INSENSITIVE);
    static final Pattern PRESENTED = Pattern.compile(
            "(?i)(?:(?:paper|lecture|talk|address|keynote|poster|remarks)\\s+)?(?:presented|delivered|given|read)\\s+(?:at|to|before)\\s");
    private static final Pattern PAPER_SERIES = Pattern.compile(
            "(.{0,60}?\\b(?:working|discussion|occasional|research|policy|staff|technical)\\s+papers?"
                    + "(?:\\s+series)?)\\s*(?:,\\s*)?(?:no\\.|number|#)?\\s*([\\w/.-]{1,15})", Pattern.CASE_INSENSITIVE);
    private static final Pattern JOURNAL_SERIES = Pattern.compile(
            "(?:\\d+(?:st|nd|rd|th|d)|new|old|first|second|third|fourth|fifth)\\s+ser(?:\\.|ies)|n\\.\\s?s\\.|o\\.\\s?s\\.",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VOLUME_ONLY = Pattern.compile(
            "^(?:vol\\.?\\s*)?(\\d{1,4}|[ivxlc]{1,8})(?:\\s*,?\\s*(?:no|nos|issue)\\.?\\s*([\\w/–-]{1,12})|\\.(\\d{1,3}))?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ISSUE_FIELD = Pattern.compile("^(?:no|nos|issue)\\.?\\s*([\\w/–-]{1,12})$",
            Pattern.CASE_INSENSITIVE);
    private static final KeywordPattern ARCHIVE = KeywordPattern.startingAtKeys(
            "\\b(archive|archives|digital archive|library|collection|papers|records|manuscripts?)\\b",
            "archive", "digital", "library", "collection", "papers", "records", "manuscript");
    private static final KeywordPattern SPEECH = KeywordPattern.startingAtKeys(
            "\\b(speech|speeches|address|remarks|lecture|report to|delivered)\\b",
            "speech", "address", "remarks", "lecture", "report", "delivered");
    private static final KeywordPattern PREPRINT = KeywordPattern.startingAtKeys(
            "\\b(preprint|working paper|e-?print)\\b", "preprint", "working", "eprint", "e-print");
    private static final KeywordPattern CONFERENCE = KeywordPattern.startingAtKeys(
            "\\b(proceedings|conference|symposium|workshop|colloquium|journ[ée]es)\\b",
            "proceedings", "conference", "symposium", "workshop", "colloquium", "journ");
    private static final KeywordPattern MEETING = KeywordPattern.startingAtKeys(
            "\\b(conference|symposium|workshop|colloquium|journ[ée]es)\\b",
            "conference", "symposium", "workshop", "colloquium", "journ");
    private static final KeywordPattern INTERVIEW = KeywordPattern.startingAtKeys("\\binterview\\b", "interview");
    private static final KeywordPattern BLOG = KeywordPattern.startingAtKeys("\\bblog\\b", "blog");
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
    private static final KeywordPattern NEWSPAPER_NAME = KeywordPattern.startingAtKeys(
            "\\b(?:times|post|herald|tribune|gazette|guardian|globe|telegraph|chronicle|courier|inquirer|daily|"
                    + "dispatch|examiner|observer|independent|mercury|sun|zeitung|allgemeine|le monde|le figaro|"
                    + "pravda|izvestiia|izvestia|renmin ribao|wall street journal|asahi shimbun|yomiuri shimbun)\\b",
            "times", "post", "herald", "tribune", "gazette", "guardian", "globe", "telegraph", "chronicle", "courier",
            "inquirer", "daily", "dispatch", "examiner", "observer", "independent", "mercury", "sun", "zeitung",
            "allgemeine", "le ", "pravda", "izvesti", "renmin", "wall street", "asahi", "yomiuri");

    /**
     * What every match of {@link #JOURNAL_SERIES} is: a text saying "ser" ("2nd ser.", "new series"), or one of five
     * characters at most ("n. s.", "o.s."). "no. 3" and a volume number are refused without the pattern.
     */
    static boolean mayNameSeries(String text) {
        return text.length() <= 5 || FieldTokenizer.containsIgnoreCase(text, "ser");
    }

    /** Whether a name says it is an archive, library or collection that keeps documents. */
    static boolean namesArchive(String name) {
        return ARCHIVE.find(name);
    }

    /** Whether a title or a genre says the work is a speech, an address, remarks or a lecture. */
    static boolean namesSpeech(String text) {
        return SPEECH.find(text);
    }

    /** What {@link #container} decided, and how many fields it read. */
    record ContainerRead(ItemType type, int consumed) {
    }

    /**
     * Reads the container after a quoted title and decides the type: journal (a volume number), newspaper
     * (a place in parentheses, or a full date), archive, website.
     */
    static ContainerRead container(List<Field> rest, Reference.Builder ref, String title) {
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
                PublicationFacts.publicationFacts(rest.get(i).text(), ref);
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
                && !Dates.isYear(jv.group(2)) && !TrailingLocator.isUrl(container)) {
            ref.containerTitle(jv.group(1).strip());
            ref.volume(jv.group(2));
            if (jv.group(3) != null || jv.group(4) != null) {
                ref.issue(jv.group(3) != null ? jv.group(3) : jv.group(4)); // "38.1": volume 38, issue 1
            }
            journal = true;
            i = 1;
        } else if (c.isPlain() && !TrailingLocator.isUrl(container) && Dates.parse(container) == null
                && !TrailingLocator.isAccessed(container) && !TrailingLocator.isPosted(container)) {
            ref.containerTitle(container);
            i = 1;
        }
        if (i == 1 && !journal && rest.size() > 2 && rest.get(1).isPlain()
                && mayNameSeries(rest.get(1).text()) && PatternChecks.matches(JOURNAL_SERIES, rest.get(1).text())) {
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
        if (i == 1 && !journal && rest.size() > 2 && rest.get(1).isPlain()
                && rest.get(1).text().regionMatches(true, 0, "vol", 0, 3)) {
            // "Journal of X, vol. 12, no. 3 (1998)": a volume so labelled after a plain title makes it a journal.
            Matcher vol = VOLUME_ONLY.matcher(rest.get(1).text());
            if (vol.matches() && !Dates.isYear(vol.group(1))) {
                ref.volume(vol.group(1));
                if (vol.group(2) != null || vol.group(3) != null) {
                    ref.issue(vol.group(2) != null ? vol.group(2) : vol.group(3));
                }
                journal = true;
                i = 2;
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
                PublicationFacts.publicationFacts(inner, ref);
            } else {
                ref.publisherPlace(inner); // "People’s Press (Beijing)": a newspaper's city
                placeGiven = true;
            }
            i++;
        }
        final int consumed = i;
        String containerTitle = ref.containerTitle();
        if (containerTitle != null && CONFERENCE.find(containerTitle)
                && !FieldTokenizer.containsIgnoreCase(containerTitle, "journal")
                && !(journal && !MEETING.find(containerTitle))) {
            // "Proceedings of the …", "2013 International Conference on …", "Workshop on …": a paper given at a
            // conference and printed in its proceedings, volume number or not. A learned society's numbered
            // "Proceedings of the … Society" is a journal.
            return new ContainerRead(ItemType.PAPER_CONFERENCE, consumed);
        }
        if (journal) {
            return new ContainerRead(ItemType.ARTICLE_JOURNAL, consumed);
        }
        // Asked only now: a journal's article, the usual case, needs neither.
        boolean hasUrl = hasUrl(rest);
        boolean fullDate = hasDayDate(rest, i) || (date != null && date.day() > 0);
        boolean readOnline = hasUrl && hasAccessDate(rest);
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
        if (containerTitle != null && (hasDoi(rest) || datedWithPageAfterColon(rest, consumed))) {
            // A DOI, or "(January 2020): 3362", marks an article in a scholarly periodical, even one read online.
            return new ContainerRead(ItemType.ARTICLE_JOURNAL, consumed);
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
            return new ContainerRead(ref.issued() != null || rest.stream().anyMatch(f -> Dates.isYear(f.text()))
                    ? ItemType.BOOK : ItemType.DOCUMENT, consumed);
        }
        return new ContainerRead(ItemType.ARTICLE_MAGAZINE, consumed);
    }

    /**
     * "(paper presented at the annual meeting of the X Society, Cambridge, UK, April 2, 2016)" (CMOS 14.217): what
     * was presented where is the genre, then the place, then the date. A paper "presented at Proceedings of …" was
     * published there: a conference paper in those proceedings.
     */
    static ItemType presentedFacts(String inner, Reference.Builder ref) {
        List<String> parts = PublicationFacts.splitTopLevelCommas(inner);
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
        if (mayNameMagazine(containerTitle) && PatternChecks.matches(MAGAZINE_NAME, containerTitle)) {
            return ItemType.ARTICLE_MAGAZINE;
        }
        return NEWSPAPER_NAME.find(containerTitle) ? ItemType.ARTICLE_NEWSPAPER : null;
    }

    // The longest name MAGAZINE_NAME lists without the word "magazine": "new york review of books".
    private static final int LONGEST_MAGAZINE_NAME = 24;

    /**
     * What a title needs to be a {@link #MAGAZINE_NAME}: the word "magazine", or, after an opening "the" and white
     * space, the first word of a name the pattern lists and no more characters than the longest of them. Journals'
     * names ("Slavic Review", "Journal of Modern History") are not tried.
     */
    static boolean mayNameMagazine(String title) {
        int from = 0;
        if (title.regionMatches(true, 0, "the", 0, 3)) {
            int k = 3;
            while (k < title.length() && PatternChecks.isSpace(title.charAt(k))) {
                k++;
            }
            from = k > 3 ? k : 0;
        }
        return title.length() - from <= LONGEST_MAGAZINE_NAME
                && PatternChecks.opensWithWord(title, from, MAGAZINE_FIRST_WORDS)
                || FieldTokenizer.containsIgnoreCase(title, "magazine");
    }

    // The first word of each name MAGAZINE_NAME lists, its letters up to the first other character ("harper" of
    // "Harper's").
    private static final List<String> MAGAZINE_FIRST_WORDS = List.of("new", "atlantic", "harper", "economist",
            "time", "newsweek", "nation", "slate", "salon", "wired", "forbes", "fortune", "smithsonian", "national",
            "scientific", "rolling", "vanity", "esquire", "life", "look", "saturday", "london", "foreign",
            "spectator", "der", "spiegel", "paris", "mother", "dissent", "commentary", "vogue", "variety");

    private static boolean hasUrl(List<Field> rest) {
        for (Field f : rest) {
            if (TrailingLocator.isUrl(f.text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAccessDate(List<Field> rest) {
        for (Field f : rest) {
            if (TrailingLocator.isAccessed(f.text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDoi(List<Field> rest) {
        for (Field f : rest) {
            if (TrailingLocator.isDoi(f.text())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the last field read is a date in parentheses with a colon and a page after it: "(June 2019): 1". */
    private static boolean datedWithPageAfterColon(List<Field> rest, int consumed) {
        if (consumed == 0 || consumed >= rest.size()) {
            return false;
        }
        Field last = rest.get(consumed - 1);
        return last.kind() == Field.Kind.PAREN && last.colonAfter() && Dates.parse(last.text()) != null
                && FieldText.startsWithDigit(rest.get(consumed).text());
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

    /** "submitted in 2021", "submitted March 3, 2021": the date a preprint was put up, without its verb. */
    private static String withoutSubmitted(String part) {
        if (!part.regionMatches(true, 0, "submitted ", 0, 10)) {
            return part;
        }
        String rest = part.substring(10).strip();
        return rest.regionMatches(true, 0, "in ", 0, 3) || rest.regionMatches(true, 0, "on ", 0, 3)
                ? rest.substring(3).strip() : rest;
    }

    static ItemType speechOrDocument(String title, String facts, Reference.Builder ref) {
        List<String> parts = PublicationFacts.splitTopLevelCommas(facts);
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
                d = Dates.parse(withoutSubmitted(parts.get(parts.size() - 1)));
            }
            if (d != null) {
                ref.issued(d);
                year = d.year();
                parts = parts.subList(0, parts.size() - 1);
            }
        }
        if (parts.size() == 1 && PREPRINT.find(parts.get(0))) {
            // "(Preprint, submitted in 2021)": what the work is, not who published it.
            ref.genre(parts.get(0));
            return ItemType.DOCUMENT;
        }
        if (parts.stream().anyMatch(p -> p.contains(":"))) {
            PublicationFacts.publicationFacts(facts, ref);
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
        } else if (holder != null && speech && parts.size() == 1 && Places.isPlace(holder)) {
            place = holder; // "‘Address to the Dockers’ (London, 1958)": where it was given, as OSCOLA prints it
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
}

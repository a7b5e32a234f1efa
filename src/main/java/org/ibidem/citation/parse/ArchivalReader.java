package org.ibidem.citation.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.citation.Citation;
import org.ibidem.citation.FullCitation;
import org.ibidem.citation.NameOrder;
import org.ibidem.citation.Names;
import org.ibidem.citation.StyleFlag;
import org.ibidem.document.TextSpan;
import org.ibidem.reference.ItemTrait;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;

/**
 * Reads unpublished documents: letters, memoranda, diaries and manuscripts held in an archive ("Sir E. Grey to
 * Goschen, July 27, 1914, FO 371/2163, TNA") and notes that name the repository first ("British Library, Add. MS
 * 12345, fol. 23r"). Owns the patterns of archival units, shelfmarks, repositories and document genres.
 */
final class ArchivalReader implements CitationReader {

    private final NameOrder familyNameFirst;
    private final Contributors contributors;

    ArchivalReader(NameOrder familyNameFirst) {
        this.familyNameFirst = familyNameFirst;
        this.contributors = new Contributors(familyNameFirst);
    }

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
    private static final KeywordPattern ARCHIVE_NAME = KeywordPattern.startingAtKeys(
            "\\b(?:archives?|archiv|archivo|archivio|library|museum|institution|record office|records office|"
                    + "historical society|biblioth[eè]que|bibliothek)\\b",
            "archiv", "library", "museum", "institution", "record", "historical", "biblioth");
    // "College Park, MD": a state after a city, not the roman numeral it spells.
    private static final Pattern STATE_ABBREVIATION = Pattern.compile("^[A-Z]{2}$");
    // An archive's short name: "AVPRF", "RGASPI", "NARA", "TNA".
    // A shelfmark, or a class and piece: capitalised words or abbreviations, then a number — "Add. MS 12345",
    // "SP 16/345", "MS Ashmole 1729", "CO 137/45", "Cotton MS Vitellius A XV", "E 179/123/4".
    private static final Pattern SHELFMARK = Pattern.compile(
            "(?:[A-Z][A-Za-z]{0,12}\\.?\\s+){1,4}(?:\\d[\\w/.:–-]{0,20}|[A-Z]{1,4}(?:\\s+[A-Z]{1,4}){0,2})");
    private static final Pattern ARCHIVE_ACRONYM = Pattern.compile("^[A-Z][A-Z-]{2,9}$");
    // A part of the repository, written before it: "Manuscript Division, Library of Congress".
    private static final KeywordPattern ARCHIVE_DIVISION = KeywordPattern.startingAtKeys(
            "\\b(?:division|department|section|branch|reading room|special collections)\\b",
            "division", "department", "section", "branch", "reading", "special");
    // A named collection in an archive: "Walter Lippmann Papers", "Central Files", "Columbia River Packers
    // Association Records".
    private static final KeywordPattern COLLECTION_NAME = KeywordPattern.startingAtKeys(
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
    // The first word of each of DOCUMENT_GENRE's branches, in lower case ("aide" of "aide-mémoire").
    private static final List<String> DOCUMENT_GENRE_FIRST_WORDS = List.of("confidential", "secret", "top",
            "personal", "private", "draft", "unsigned", "undated", "handwritten", "typed", "memorandum", "memo",
            "letter", "telegram", "cable", "dispatch", "despatch", "diary", "journal", "minutes", "record",
            "transcript", "circular", "postcard", "note", "aide", "interview", "oral", "speech", "address", "lecture",
            "remarks", "testimony", "petition");
    private static final Pattern LETTER_FROM = Pattern.compile(
            "^(letter|telegram|cable|memorandum|memo|note|message|dispatch|despatch)\\s+from\\s+",
            Pattern.CASE_INSENSITIVE);

    /** Whether the text opens with {@link #DOCUMENT_GENRE}, tried only on a text that opens with one of its words. */
    static boolean isDocumentGenre(String t) {
        return PatternChecks.opensWithWord(t, 0, DOCUMENT_GENRE_FIRST_WORDS)
                && PatternChecks.lookingAt(DOCUMENT_GENRE, t);
    }

    /** {@link #ARCHIVAL_UNIT_STRONG} on the whole text, tried only on a text that opens as a unit's name does. */
    private static boolean isStrongArchivalUnit(String t) {
        return opensAsStrongUnit(t) && PatternChecks.matches(ARCHIVAL_UNIT_STRONG, t);
    }

    /**
     * Whether the text's first two letters, in either case, open one of {@link #ARCHIVAL_UNIT_STRONG}'s words ("bo"
     * of "box", "re" of "reel" and "record group"): a cheap test that passes "Box 3" and refuses "Brown" and "Charles".
     */
    static boolean opensAsStrongUnit(String t) {
        if (t.length() < 2) {
            return false;
        }
        char first = (char) (t.charAt(0) | 0x20); // an ASCII letter in lower case; no other character gives one
        for (String opening : STRONG_UNIT_OPENINGS) {
            if (opening.charAt(0) == first && t.regionMatches(true, 0, opening, 0, 2)) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> STRONG_UNIT_OPENINGS = List.of("bo", "fo", "fi", "ca", "re", "rg", "op", "de",
            "se", "su");

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
    Citation unpublishedDocument(String raw, TextSpan span, String prefix, List<Field> fields,
                                         Set<StyleFlag> flags) {
        int n = fields.size();
        if (n < 2) {
            return null;
        }
        // The date: "March 3, 1950" (cut in two by its comma), "2 October 1950", "February 1878".
        int date = -1;
        int dateEnd = -1;
        PartialDate issued = null;
        boolean monthDay = false; // "March 3" and "1950": read below, once the fields are known to be a document's
        for (int i = 0; i < n && date < 0; i++) {
            Field f = fields.get(i);
            if (!f.isPlain() || f.text().length() > 30) {
                continue;
            }
            if (i + 1 < n && Dates.isYear(fields.get(i + 1).text()) && Dates.isMonthDay(f.text())) {
                monthDay = true;
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
        // The second reason to read the fields as a document is sought even when the first holds: the description
        // below needs it (a collection named before the date); the third only while neither is found.
        boolean heldAfterDate = false;
        if (date >= 0) {
            for (int i = dateEnd; i < n && !heldAfterDate; i++) {
                Field f = fields.get(i);
                heldAfterDate = f.isPlain() && f.text().length() <= 120 && (COLLECTION_NAME.find(f.text())
                        || ARCHIVE_NAME.find(f.text()));
            }
        }
        int headEnd = date >= 0 ? date : n;
        // Described: a dated document whose head names its genre or its sender and recipient. Asked only of a
        // dated one, and only until a field says so.
        boolean described = false;
        for (int i = 0; date >= 0 && !strongUnit && !heldAfterDate && i < headEnd && !described; i++) {
            Field f = fields.get(i);
            described = f.isPlain() && f.text().length() <= 200
                    && (isDocumentGenre(f.text()) || senderAndRecipient(f.text()) != null);
        }
        if (!strongUnit && !heldAfterDate && !described) {
            return null; // a newspaper's or a web page's date, most often: not parsed for nothing
        }
        if (monthDay) {
            issued = Dates.parse(fields.get(date).text() + ", " + fields.get(date + 1).text());
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
        int quoted = FieldText.indexOf(head, Field.Kind.QUOTED);
        String genre = null;
        List<String> description = new ArrayList<>();
        List<String> collectionBeforeDate = new ArrayList<>();
        List<Name> authors = new ArrayList<>();
        int i = 0;
        if (quoted >= 0) {
            authors.addAll(contributors.authors(head.subList(0, quoted), flags));
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
                    authors.addAll(party(who[0], familyNameFirst));
                    ref.recipients(party(who[1], familyNameFirst));
                    continue;
                }
            }
            String[] who = t.length() <= 200 ? senderAndRecipient(t) : null;
            if (who != null) {
                authors.addAll(party(who[0], familyNameFirst));
                ref.recipients(party(who[1], familyNameFirst));
                continue;
            }
            Matcher g = t.length() <= 200 ? DOCUMENT_GENRE.matcher(t) : null;
            if (g != null && g.lookingAt() && genre == null) {
                String kind = g.group(1).toLowerCase(Locale.ROOT);
                genre = Prose.splitLength(t) <= 4 ? lowerFirst(t) : kind;
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
                    && Names.looksLikeNames(FieldText.stripPossessive(t))) {
                authors.addAll(Names.parseList(FieldText.stripPossessive(t), familyNameFirst));
                continue;
            }
            if (type.has(ItemTrait.EVENT)) {
                // "speech to the Bundestag, Bonn": where it was given.
                String before = ref.build().eventPlace();
                ref.eventPlace(before == null ? t : before + ", " + t);
                continue;
            }
            if (heldAfterDate && (genre != null || !description.isEmpty() || ref.build().title() != null)
                    && t.length() <= 120 && COLLECTION_NAME.find(t) && !ARCHIVE_NAME.find(t)) {
                // Chicago's order, the collection before the date: "Minutes of the Committee, Canal Company
                // Papers, March 3, 1795, RAIL 810/4, The National Archives".
                collectionBeforeDate.add(t);
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
                        && !TrailingLocator.isUrl(tail.get(k + 1).text())) {
                    archive = k + 1;
                }
            }
        }
        List<String> located = new ArrayList<>();
        List<String> collection = new ArrayList<>(collectionBeforeDate);
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
            ref.archive(FieldText.joinText(tail.subList(archiveStart, archive + 1)));
            for (int k = lastUnit + 1; k < archiveStart; k++) {
                collection.add(tail.get(k).text());
            }
        } else if (archiveFirst) {
            ref.archive(tail.get(archive).text());
        }
        int from = archive >= 0 && !archiveFirst ? archive + 1 : lastUnit + 1;
        boolean pastPlace = false;
        int collectionsBeforeUnits = 0;
        for (int k = 0; k < tail.size(); k++) {
            Field f = tail.get(k);
            boolean inLocation = firstUnit >= 0 && k >= firstUnit && k <= lastUnit;
            boolean inArchive = archive >= 0 && (archiveFirst ? k == archive : k >= archiveStart && k <= archive);
            boolean inCollection = archive >= 0 && !archiveFirst && k > lastUnit && k < archiveStart;
            if (inLocation || inArchive || inCollection) {
                continue;
            }
            if (TrailingLocator.consumeTrailing(f, tail, k, ref)) {
                continue;
            }
            if (k >= from && f.isPlain() && places.size() < 3 && !pastPlace
                    && (PatternChecks.matches(STATE_ABBREVIATION, f.text()) || !Locators.isLocator(f.text()))) {
                places.add(f.text());
            } else if (k < Math.max(firstUnit, 0) && f.isPlain() && genre == null
                    && isDocumentGenre(f.text())) {
                ref.genre(lowerFirst(f.text())); // "…, April 10, 1961, transcript, box 12, …"
            } else if (k < firstUnit && f.isPlain() && f.text().length() <= 120 && COLLECTION_NAME.find(f.text())
                    && !ARCHIVE_NAME.find(f.text())) {
                // "…, 3 March 1795, Canal Company Papers, RAIL 810/4, The National Archives": the collection
                // before the shelfmark, as British notes put it.
                collection.add(collectionBeforeDate.size() + collectionsBeforeUnits++, f.text());
            } else if (k >= from || k < Math.max(firstUnit, 0)) {
                pastPlace |= k >= from;
                trailing.add(f);
            }
        }
        ref.archiveLocation(located.isEmpty() ? null : String.join(", ", located));
        ref.collectionTitle(collection.isEmpty() ? null : String.join(", ", collection));
        if (archive >= 0 || firstUnit >= 0) {
            ref.archivePlace(places.isEmpty() ? null : String.join(", ", places));
        } else if (!places.isEmpty() && !type.has(ItemTrait.UNPUBLISHED)) {
            String before = ref.build().eventPlace();
            ref.eventPlace(before == null ? String.join(", ", places) : before);
        } else if (!places.isEmpty()) {
            trailing.addAll(0, tail.stream().filter(f -> places.contains(f.text())).toList());
        }
        if (ref.build().title() == null && authors.isEmpty() && ref.build().archive() == null) {
            return null;
        }
        TrailingLocator.Trailing after = TrailingLocator.Trailing.of(trailing);
        return new FullCitation(ref.type(type).build(), after.locator(), raw, span, prefix, after.suffix(), flags);
    }

    /**
     * A manuscript cited by where it is kept, as British and European notes do: the repository, then its shelfmark
     * or class and piece, then the folio — "British Library, Add. MS 12345, fol. 23r", "TNA, SP 16/345, no. 12",
     * "Bodleian Library, MS Ashmole 1729". No author and no title; the shelfmark identifies the document.
     */
    private Citation repositoryFirst(Segment s) {
        // "National Archives (UK), SP 16/345": the repository's country in parentheses after its name.
        int mark = s.fields().size() > 2 && s.fields().get(1).kind() == Field.Kind.PAREN ? 2 : 1;
        if (s.fields().size() <= mark || !s.fields().get(0).isPlain() || !s.fields().get(mark).isPlain()) {
            return null;
        }
        String repository = s.fields().get(0).text();
        if (!(PatternChecks.matches(ARCHIVE_ACRONYM, repository) || ARCHIVE_NAME.find(repository))
                || repository.length() > 80 || !PatternChecks.matches(SHELFMARK, s.fields().get(mark).text())) {
            return null;
        }
        Reference.Builder ref = Reference.builder(ItemType.MANUSCRIPT).archive(repository)
                .archiveLocation(s.fields().get(mark).text());
        if (mark == 2) {
            ref.archivePlace(s.fields().get(1).text());
        }
        List<Field> rest = s.fields().subList(mark + 1, s.fields().size());
        TrailingLocator.Trailing after = TrailingLocator.Trailing.of(rest);
        return new FullCitation(ref.build(), after.locator(), s.raw(), s.span(), s.prefix(), after.suffix(), s.flags());
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
        // "Memorandum to the Secretary of State", "Letter to the Editor": a kind of document, not its writer.
        if (sender.isEmpty() || recipient.isEmpty() || isDocumentGenre(sender) || !isParty(sender)
                || !isParty(recipient)) {
            return null;
        }
        return new String[] {sender, recipient};
    }

    /** A writer or an addressee: people ("Thomas Gray", "Gray and Hale") or a body ("the Admiralty"). */
    private static boolean isParty(String text) {
        return Names.looksLikeNames(text) || isBody(text);
    }

    private static final Set<String> BODY_JOINERS = Set.of("of", "for", "and", "the", "in", "on");

    /**
     * A body or an office written with its article, as letters are addressed to them: "the Admiralty", "the Board
     * of Trade", "the Secretary of State for War". Capitalised words after "the", joined by "of", "for", "and",
     * "the", "in" or "on"; eight words at most.
     */
    static boolean isBody(String text) {
        if (!text.regionMatches(true, 0, "the ", 0, 4) || text.length() > 80) {
            return false;
        }
        String[] words = text.substring(4).strip().split(" +");
        if (words.length > 8 || !startsUpper(words[0])) {
            return false;
        }
        for (String w : words) {
            if (!startsUpper(w) && !BODY_JOINERS.contains(w)) {
                return false;
            }
        }
        return true;
    }


    private static boolean startsUpper(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /** The people a writer's or addressee's text names, or the body it names, as one literal name. */
    private static List<Name> party(String text, NameOrder familyNameFirst) {
        // A body first: "The Admiralty" would pass for a person whose given name is "The".
        return isBody(text) ? List.of(Name.literal(text)) : Names.parseList(text, familyNameFirst);
    }

    private static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }

    /**
     * No italic title and no publication facts: a document that was not published. The index test keeps the
     * order the parser had before its readers: with an italic title or facts in parentheses, a book or an
     * article reader reads the note instead.
     */
    @Override
    public boolean accepts(Segment s) {
        return s.italic() < 0 && s.facts() < 0;
    }

    @Override
    public Citation read(Segment s) {
        if (s.quoted() < 0) {
            // The repository first ("TNA, FO 65/1210"), tried only when no title is quoted either.
            Citation held = repositoryFirst(s);
            if (held != null) {
                return held;
            }
        }
        return unpublishedDocument(s.raw(), s.span(), s.prefix(), s.fields(), s.flags());
    }
}

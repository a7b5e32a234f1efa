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
import org.ibidem.citation.StyleFlag;
import org.ibidem.citation.UnparsedCitation;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Locator;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;

/**
 * Reads a work with publication facts in parentheses: books, edited volumes, chapters in books, reports, theses
 * ("Mary Beard, <i>SPQR</i> (New York: Liveright, 2015), 12"), and a document printed in a published collection
 * (read by the archival grammar, then given the book it is printed in).
 */
final class BookReader implements CitationReader {

    private final NameOrder familyNameFirst;
    private final Contributors contributors;
    private final ArchivalReader archival;

    BookReader(NameOrder familyNameFirst) {
        this.familyNameFirst = familyNameFirst;
        this.contributors = new Contributors(familyNameFirst);
        this.archival = new ArchivalReader(familyNameFirst);
    }

    private static final Pattern EDITOR_WORD = Pattern.compile("(?i)eds?\\.?|comps?\\.|editors?");
    private static final Pattern SERIES_OF_VOLUMES = Pattern.compile("(?i)(?:ser\\.|series)\\s*\\d{1,3}");
    // A series, by the words series names use: "Cambridge Studies in International Relations", "NBER Series on
    // Long-Term Factors in Economic Development", "Oxford History of Modern Europe", "Adelphi Papers 123".
    private static final KeywordPattern SERIES_NAME = KeywordPattern.startingAtKeys(
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
    private Citation publishedDocument(Segment s) {
        int facts = s.facts();
        // "in The Adams-Jefferson Letters" as one plain field, or "in" and then the title in italics.
        int in = -1;
        boolean italicTitle = false;
        for (int i = 1; i < facts && in < 0; i++) {
            Field f = s.fields().get(i);
            if (f.isPlain() && f.text().startsWith("in ") && f.text().length() > 3) {
                in = i;
            } else if (f.isPlain() && f.text().equals("in") && i + 1 < facts && s.fields().get(i + 1).isTitle()) {
                in = i;
                italicTitle = true;
            }
        }
        // On a copy of the flags: a head read for nothing must not leave its flags to the book reading after it.
        Set<StyleFlag> own = EnumSet.copyOf(s.flags());
        Citation head = in < 0 ? null
                : archival.unpublishedDocument(s.raw(), s.span(), s.prefix(), s.fields().subList(0, in), own);
        if (!(head instanceof FullCitation doc)
                || doc.reference().authors().isEmpty() && doc.reference().genre() == null) {
            return null;
        }
        Reference.Builder ref = doc.reference().toBuilder();
        PartialDate documentDate = doc.reference().issued();
        StringBuilder container = new StringBuilder(italicTitle ? s.fields().get(in + 1).text()
                : s.fields().get(in).text().substring(3).strip());
        List<Field> rest = s.fields().subList(italicTitle ? in + 1 : in, s.fields().size());
        int factsAt = facts - (italicTitle ? in + 1 : in);
        int i = contributors.modifiers(rest, 1, ref);
        while (i < factsAt) {
            Field f = rest.get(i);
            boolean years = PatternChecks.matches(FieldText.YEAR_SPAN, f.text()); // "Foreign Relations …, 1961–1963"
            if (f.kind() == Field.Kind.QUOTED || f.kind() == Field.Kind.PAREN
                    || !years && Locators.isLocator(f.text())) {
                return null;
            }
            container.append(", ").append(f.text()); // "…, vol. 6, Kennedy-Khrushchev Exchanges": the volume's title
            i = contributors.modifiers(rest, i + 1, ref);
        }
        ref.containerTitle(container.toString());
        PublicationFacts.publicationFacts(rest.get(factsAt).text(), ref);
        if (documentDate != null) {
            ref.issued(documentDate);
        }
        List<Field> after = rest.subList(factsAt + 1, rest.size());
        Locator locator = after.isEmpty() ? null : Locators.parse(FieldText.joinText(after));
        String suffix = after.isEmpty() || locator != null ? null : FieldText.joinText(after);
        return new FullCitation(ref.build(), locator, s.raw(), s.span(), s.prefix(), suffix, own);
    }

    /** What every match of {@link #EDITOR_WORD} is: at most seven characters, opening with "e" or "c". */
    static boolean mayBeEditorWord(String text) {
        return !text.isEmpty() && text.length() <= 7 && "eEcC".indexOf(text.charAt(0)) >= 0;
    }

    /**
     * "The Wars of Reconstruction: The Brief": a subtitle of one or two words before a comma goes on after it
     * ("The Brief, Violent History of …"), so the next field is more subtitle, not a series.
     */
    private static boolean endsInShortSubtitle(String title) {
        int colon = title.lastIndexOf(':');
        return colon >= 0 && FieldText.WHITESPACE.split(title.substring(colon + 1).strip()).length <= 2;
    }

    /** Whether a plain field names a series: "Cambridge Studies in X", "NBER Series on …". */
    private static boolean isSeries(String text) {
        return text.length() <= 150 && Prose.isTitleCase(text) && SERIES_NAME.find(text)
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
    private Citation book(Segment s) {
        int facts = s.facts();
        Reference.Builder ref = Reference.builder(ItemType.BOOK);
        List<Field> head = new ArrayList<>();
        List<String> remarks = new ArrayList<>(); // kept as the note: "87th Cong., 1st sess.", a translated title
        boolean congressional = false;
        for (int k = 0; k < facts; k++) {
            Field f = s.fields().get(k);
            Matcher volumeOf = f.isPlain() && f.text().regionMatches(true, 0, "vol", 0, 3)
                    ? VOLUME_OF.matcher(f.text()) : null;
            if (volumeOf != null && volumeOf.matches()) {
                ref.volume(volumeOf.group(1));
                String collection = null;
                if (volumeOf.group(2) != null) {
                    collection = volumeOf.group(2);
                } else if (k + 1 < facts) {
                    collection = s.fields().get(++k).text();
                }
                while (collection != null && k + 1 < facts && s.fields().get(k + 1).isPlain()
                        && Contributors.isYearSpan(s.fields().get(k + 1).text())) {
                    collection += ", " + s.fields().get(++k).text(); // "… of Emancipation, 1861–1867"
                }
                ref.collectionTitle(collection);
            } else if (f.isPlain() && Contributors.isCongressional(f.text())) {
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
                int end = Contributors.nameListEnd(s.fields(), k, facts);
                if (end > k + 1) {
                    contributors.applyRoleList(s.fields(), k, end, ref); // "ed. A, B, and C"
                    k = end - 1;
                } else if (!contributors.applyModifier(f, ref)) {
                    head.add(f);
                }
            }
        }
        if (!remarks.isEmpty()) {
            ref.note(String.join(", ", remarks));
        }
        String factsText = s.fields().get(facts).text();
        ItemType type = congressional ? ItemType.REPORT : ItemType.BOOK;
        if (FieldText.THESIS.find(factsText)) {
            PublicationFacts.thesisFacts(factsText, ref);
            type = ItemType.THESIS;
        } else {
            PublicationFacts.publicationFacts(factsText, ref);
        }
        int editorMark = -1;
        for (int k = 1; k < head.size() && editorMark < 0; k++) {
            if (head.get(k).isPlain() && mayBeEditorWord(head.get(k).text())
                    && PatternChecks.matches(EDITOR_WORD, head.get(k).text())) {
                editorMark = k; // "Odd Arne Westad, ed., The Cold War…": the names before "ed." are editors
            }
        }
        if (editorMark > 0) {
            ref.editors(contributors.authors(head.subList(0, editorMark), s.flags()));
            head = new ArrayList<>(head.subList(editorMark + 1, head.size()));
        }
        int italicTitle = FieldText.indexOf(head, Field.Kind.ITALIC);
        if (italicTitle == 0 && head.size() > 1 && Contributors.isIdem(head.get(0).text().strip())) {
            // "<i>Idem</i>, <i>Another Book</i> (…)": the italic "idem" stands for the author, not the title.
            int next = FieldText.indexOf(head.subList(1, head.size()), Field.Kind.ITALIC);
            italicTitle = next < 0 ? -1 : next + 1;
        }
        // "*Title*, Vol. I, p. 17 (Cambridge, 1903)": the place cited before the facts, set apart from the title.
        int pinpointAt = PinpointBeforeFacts.start(head, italicTitle >= 0 ? italicTitle + 1 : 1);
        Locator pinpoint = pinpointAt < 0 ? null : PinpointBeforeFacts.locator(head, pinpointAt);
        int titleEnd = pinpoint != null ? pinpointAt : head.size();
        int authorCount = editorMark > 0 ? 0 : italicTitle >= 0 ? italicTitle
                : Contributors.leadingNameFields(head.subList(0, titleEnd));
        ref.authors(italicTitle >= 0 ? contributors.authors(head.subList(0, authorCount), s.flags())
                : contributors.leadingAuthors(head.subList(0, authorCount), s.flags()));
        // A series after the title: "*Golden Fetters*, NBER Series on …", "Title, Cambridge Studies in X 12".
        int titleFrom = italicTitle >= 0 ? italicTitle + 1 : authorCount + 1;
        if (titleEnd > titleFrom && head.get(titleEnd - 1).isPlain() && isSeries(head.get(titleEnd - 1).text())
                && !endsInShortSubtitle(head.get(titleEnd - 2).text())) {
            series(head.get(titleEnd - 1).text(), ref);
            titleEnd--;
        }
        String title = italicTitle >= 0 ? head.get(italicTitle).text()
                : FieldText.joinText(head.subList(authorCount, titleEnd));
        Matcher vt = FieldText.volumeInTitle(title);
        if (vt != null) {
            title = vt.group(1).strip();
            ref.volume(vt.group(2));
            s.flags().add(StyleFlag.VOLUME_IN_TITLE);
        }
        if (title.isEmpty()) {
            return new UnparsedCitation("publication facts but no title", s.raw(), s.span());
        }
        ref.title(title);
        List<Field> after = s.fields().subList(facts + 1, s.fields().size());
        Locator locator = null;
        String suffix = null;
        List<Field> tail = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            Field f = after.get(i);
            if (f.isPlain() && ref.collectionTitle() == null && !Locators.isLocator(f.text())
                    && isSeries(f.text())) {
                series(f.text(), ref); // "(Cambridge: CUP, 1998), Cambridge Studies in X"
            } else if (!TrailingLocator.consumeTrailing(f, after, i, ref)) {
                tail.add(f);
            }
        }
        if (!tail.isEmpty()) {
            LocatorAndPage lp = TrailingLocator.locatorAndPage(tail);
            VolumeThenPage.Split inVolume = lp == null ? VolumeThenPage.of(FieldText.joinText(tail)) : null;
            String known = ref.volume();
            if (lp != null) {
                // "(Harbour Press, 1977), 5:286" is a place in the set, not the work's volume: CMOS 14.117 cites a
                // set so ("The Lisle Letters (…, 1981), 4:243"), and a later "3:12" must still find the work.
                locator = lp.locator();
            } else if (inVolume != null && (known == null || known.equals(inVolume.volume()))) {
                ref.volume(inVolume.volume()); // "(Harbour Press, 1977), 5, p. 286": MHRA's volume, then the page
                locator = inVolume.page();
            } else {
                suffix = FieldText.joinText(tail);
            }
        }
        if (locator == null) {
            locator = pinpoint;
        }
        return new FullCitation(ref.type(type).build(), locator, s.raw(), s.span(), s.prefix(), suffix, s.flags());
    }

    /** Publication facts in parentheses: "(New York: Liveright, 2015)". */
    @Override
    public boolean accepts(Segment s) {
        return s.facts() >= 0;
    }

    @Override
    public Citation read(Segment s) {
        Citation published = publishedDocument(s);
        Citation c = published != null ? published
                : book(s);
        return c == null ? NOTHING : c;
    }
}

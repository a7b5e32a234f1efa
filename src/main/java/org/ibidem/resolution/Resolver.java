package org.ibidem.resolution;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.ibidem.citation.Citation;
import org.ibidem.citation.FullCitation;
import org.ibidem.citation.IbidCitation;
import org.ibidem.citation.Names;
import org.ibidem.citation.ParsedNote;
import org.ibidem.citation.ShortCitation;
import org.ibidem.citation.StyleFlag;
import org.ibidem.citation.UnparsedCitation;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Name;
import org.ibidem.reference.Reference;

/**
 * Resolves every ibid, short form and op. cit. to the work it points at, in one forward pass over the notes.
 *
 * <p>The rules, after the Chicago Manual of Style (14.29–14.36):
 * <ul>
 *   <li>A full citation gives a work. Two full citations of the same work (same authors, title and volume) are
 *       one source; the second is {@link ResolutionStatus#REPEATED}.</li>
 *   <li>"Ibid." points at the citation just before it: the one before it in the same note, or else the previous
 *       note of the same chapter — and only when that note cites exactly one work. A bare "Ibid." means the same
 *       page as well, so it inherits its antecedent's locator.</li>
 *   <li>A short form points at the one earlier work whose author and title match, shortened titles included. A
 *       volume in the short form must match the work's volume ("Selected Works, Vol 5" never points at vol. 7).
 *       An author-only short form needs the author to have exactly one work. "op. cit." points at the author's
 *       most recently cited work.</li>
 *   <li>Nothing is resolved on a guess: when no candidate or several remain, the citation is unresolved and its
 *       status says why, so the checker can report it.</li>
 * </ul>
 * Works are indexed by author surname, so a pass costs time linear in the number of citations.
 *
 * <pre>{@code
 * Resolution r = new Resolver().resolve(parsedNotes);
 * r.sources().size();   // distinct works, each with an id such as "shen2016"
 * }</pre>
 *
 * <p>Stateless and thread-safe; each call works on its own state.
 */
public final class Resolver {

    // The parties a case's short form is not named after (see caseShortName).
    private static final Set<String> GOVERNMENT_PARTIES = Set.of("United States", "U.S.", "State", "People",
            "Commonwealth", "Regina", "Rex", "R", "The King", "The Queen", "Crown");
    // Works whose titles Chicago sets in italics, never in quotation marks.
    private static final Set<ItemType> BOOK_LIKE = EnumSet.of(ItemType.BOOK, ItemType.REPORT);
    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,8}");
    private static final Pattern NOT_ID_CHAR = Pattern.compile("[^A-Za-z0-9]");
    private static final Pattern ARABIC = Pattern.compile("\\d{1,6}");
    private static final Pattern ROMAN = Pattern.compile("[ivxlcdm]{1,12}");

    /** Resolves the notes of one document, in order. */
    public Resolution resolve(List<ParsedNote> notes) {
        Objects.requireNonNull(notes, "notes");
        return new Pass(notes.size()).run(notes);
    }

    /** A work found in a full citation, while the pass runs. */
    private static final class Work {
        Reference reference;
        final int firstNote;
        int lastFullNote;
        String lastFullChapter;
        String id;
        String key;
        TitleMatch.Folded title;
        // A work known only from a short form, until a full citation completes it.
        boolean provisional;
        int completedAt;
        // The first title word index() filed the work under, to tell a title pool's works without folding again.
        String titleWord;
        // The place its latest citation named, for a later "loc. cit.".
        Locator lastLocator;

        // surnameKey of each of reference's authors, made once rather than at each citation of the work.
        private Reference authorKeysOf;
        private List<String> authorKeys;

        List<String> authorKeys() {
            if (authorKeysOf != reference) {
                List<String> keys = new ArrayList<>(reference.authors().size());
                for (Name a : reference.authors()) {
                    keys.add(surnameKey(a));
                }
                authorKeys = keys;
                authorKeysOf = reference;
            }
            return authorKeys;
        }

        // The id (TitleKeys) of title.key(), -1 for a title with no key, and the bits of the stems of
        // title.words() (Pool.stem, TitleKeys.stemBit): made once by Pass.index for the several pools a work is
        // filed in.
        int openingId = -1;
        long stemMask;
        // Where the work is in the pass's list of works.
        int position;

        Work(Reference reference, int firstNote, String chapter, String key, TitleMatch.Folded title) {
            this.reference = reference;
            this.firstNote = firstNote;
            this.lastFullNote = firstNote;
            this.lastFullChapter = chapter;
            this.key = key;
            this.title = title;
        }
    }

    /** A note by chapter and number, as a cross-reference names it. */
    private record NoteNumber(String chapter, int number) {
        // Written out rather than generated: a record's generated equals and hashCode build method-handle trees
        // on first use, a few milliseconds of a cold run, and this key is hashed once per note.
        @Override
        public boolean equals(Object o) {
            return o instanceof NoteNumber other && number == other.number && Objects.equals(chapter, other.chapter);
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(chapter) + number;
        }
    }

    /** A note's index and what its citations resolved to. */
    private record NoteOutcomes(int index, List<Outcome> outcomes) {
    }

    /** What a citation resolved to, before ids exist. */
    private record Outcome(Citation citation, ResolutionStatus status, Work work, int antecedent, Locator locator,
                           boolean inherited, List<Integer> candidates, String matchedTitle) {
    }

    /** Adds a work to an index list unless it is already its last entry (a work is indexed in one go). */
    private static void addOnce(List<Work> list, Work w) {
        if (list.isEmpty() || list.get(list.size() - 1) != w) {
            list.add(w);
        }
    }

    /**
     * Dense ids, per pass, for the strings that pools file works under: the two-word openings of titles and the
     * stems of their words. A work's strings are looked up once, when it is indexed, and the pools it is filed in
     * then use the numbers (an opening's id, a mask of stem bits): at 100,000 notes the pools no longer fit in the
     * processor's caches, and hashing and comparing string keys (a cache miss for the entry, the string and its
     * letters) was the largest part of resolving.
     */
    private static final class TitleKeys {
        final Ids openings = new Ids();
        final Ids stems = new Ids();

        /** The bit of a stem id in a 64-bit stem mask (its top six bits after a multiplicative hash). */
        static long stemBit(int stemId) {
            return 1L << ((stemId * 0x9E3779B9) >>> 26);
        }

        /** One dictionary of ids, numbered from 0 in the order first seen. */
        static final class Ids {
            private final Map<String, Integer> ids = new HashMap<>();

            int idOf(String key) {
                Integer id = ids.get(key);
                if (id == null) {
                    id = ids.size();
                    ids.put(key, id);
                }
                return id;
            }

            /** The id of {@code key}, or -1 when no work has it. */
            int find(String key) {
                Integer id = ids.get(key);
                return id == null ? -1 : id;
            }
        }
    }

    /**
     * Lists of works by non-negative int id (see {@link TitleKeys}): an open-addressing table whose keys sit in one
     * int array, so a lookup reads one array slot and the list it finds.
     */
    private static final class WorksById {
        private int[] keys = new int[16]; // id + 1 in each used slot; 0 marks a free one
        private Object[] lists = new Object[16];
        private int size;

        /** The works filed under {@code id}; empty for an id nothing is filed under, or -1. */
        List<Work> get(int id) {
            if (id < 0) {
                return List.of();
            }
            int slot = slotOf(id);
            return keys[slot] == 0 ? List.of() : worksAt(slot);
        }

        /** Files {@code w} under {@code id}, unless it is already the last work there. */
        void add(int id, Work w) {
            int slot = slotOf(id);
            if (keys[slot] == 0) {
                if (2 * (size + 1) > keys.length) {
                    grow();
                    slot = slotOf(id);
                }
                keys[slot] = id + 1;
                lists[slot] = new ArrayList<Work>(2);
                size++;
            }
            addOnce(worksAt(slot), w);
        }

        /** The slot holding {@code id}, or the free slot where it belongs. */
        private int slotOf(int id) {
            int mask = keys.length - 1;
            int h = (id + 1) * 0x9E3779B9;
            int slot = (h ^ (h >>> 16)) & mask;
            while (keys[slot] != 0 && keys[slot] != id + 1) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private void grow() {
            int[] oldKeys = keys;
            Object[] oldLists = lists;
            keys = new int[oldKeys.length * 2];
            lists = new Object[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    int slot = slotOf(oldKeys[i] - 1);
                    keys[slot] = oldKeys[i];
                    lists[slot] = oldLists[i];
                }
            }
        }

        @SuppressWarnings("unchecked")
        private List<Work> worksAt(int slot) {
            return (List<Work>) lists[slot];
        }
    }

    /**
     * The works a short form may mean (one author's, those of one first title word, or all), with indexes that
     * narrow a large pool by title without looking through it: a prolific author has thousands of works, and
     * comparing a short title with each of them made resolution grow with the square of the document. The indexes
     * are built the first time a large pool is searched, and kept up to date after that.
     */
    private static final class Pool {
        // Below this size a pool is simply looked through.
        static final int SMALL = 8;

        final List<Work> works;
        private final TitleKeys keys;
        private WorksById byOpening;
        // stemMasks[i]: Work.stemMask of works.get(i) (or'ed with the new one when a work is filed again), for the
        // first indexedWorks works; scanning these numbers is cheaper than following a list per stem, which at
        // 100,000 notes cost a cache miss for each stem of each work filed.
        private long[] stemMasks;
        private int indexedWorks;

        Pool(List<Work> works, TitleKeys keys) {
            this.works = works;
            this.keys = keys;
        }

        /** Adds a work unless it is already the last one (a work is indexed in one go). */
        void add(Work w) {
            if (works.isEmpty() || works.get(works.size() - 1) != w) {
                works.add(w);
                if (byOpening != null) {
                    file(w, works.size() - 1);
                }
            }
        }

        /**
         * Files a work already in {@link #works}, at {@code position}, in the indexes, if they exist: the pool of
         * all works, which the pass appends to itself, and a work whose title a full citation has completed.
         */
        void indexed(Work w, int position) {
            if (byOpening != null) {
                file(w, position);
            }
        }

        /** The works whose title opens with the same two words (see TitleMatch.Folded#key). */
        List<Work> withOpening(String key) {
            buildIndexes();
            return byOpening.get(keys.openings.find(key));
        }

        /**
         * A superset of the works whose title a short title with these words can match exactly: a title that
         * TitleMatch.compareExact accepts has, for each short-title word, a word that begins alike (the same
         * first three letters, or the same short word), so its stem mask has every bit of theirs.
         */
        List<Work> withAllStems(List<String> words) {
            buildIndexes();
            if (words.isEmpty()) {
                return works;
            }
            long wanted = 0;
            for (String word : words) {
                int id = keys.stems.find(stem(word));
                if (id < 0) {
                    return List.of(); // no work has a word that begins so
                }
                wanted |= TitleKeys.stemBit(id);
            }
            List<Work> out = new ArrayList<>();
            for (int i = 0; i < indexedWorks; i++) {
                if ((stemMasks[i] & wanted) == wanted) {
                    out.add(works.get(i));
                }
            }
            return out;
        }

        private void buildIndexes() {
            if (byOpening == null) {
                byOpening = new WorksById();
                stemMasks = new long[Math.max(16, works.size() * 2)];
                for (int i = 0; i < works.size(); i++) {
                    file(works.get(i), i);
                }
            }
        }

        private void file(Work w, int position) {
            if (w.openingId >= 0) {
                byOpening.add(w.openingId, w);
            }
            if (position >= stemMasks.length) {
                stemMasks = Arrays.copyOf(stemMasks, Math.max(position + 1, stemMasks.length * 2));
            }
            stemMasks[position] |= w.stemMask;
            indexedWorks = Math.max(indexedWorks, position + 1);
        }

        /** Words that abbreviate one another (TitleMatch.sameWord) share this. */
        private static String stem(String word) {
            return word.length() > 3 ? word.substring(0, 3) : word;
        }
    }

    private static final class Pass {
        private final List<Work> works = new ArrayList<>();
        private final TitleKeys titleKeys = new TitleKeys();
        private final Pool allWorks = new Pool(works, titleKeys);
        private final Map<String, Work> byKey;
        private final Map<String, Pool> bySurname = new HashMap<>();
        // Works by an author read family name first from the name's shape ("Wei Hansen": family Wei), filed under
        // the last word of the given name too, which a short form may use if the guess was wrong ("Hansen").
        private final Map<String, Pool> byGivenOfOwnOrder = new HashMap<>();
        private final Map<String, Pool> byTitleWord = new HashMap<>();
        // Works known only from a short form, indexed like the others: a full citation looks here for the work it
        // completes, and a prolific author's pool holds thousands of works but seldom a provisional one.
        private final Map<String, List<Work>> provisionalBySurname = new HashMap<>();
        private final Map<String, List<Work>> provisionalByTitleWord = new HashMap<>();
        private final List<Work> provisionalWorks = new ArrayList<>();
        // Most recent work cited, per author surname, for op. cit.
        private final Map<String, Work> lastByAuthor = new HashMap<>();
        private Work lastCited;
        // What each note resolved to, by chapter and number, for cross-references ("supra note 3").
        private final Map<NoteNumber, NoteOutcomes> byNoteNumber;

        /** A pass over {@code notes} notes: the maps that get an entry per note or per work are made that big. */
        Pass(int notes) {
            // Growing them one doubling at a time copied every entry again and again.
            byKey = new HashMap<>(Math.max(16, notes * 4 / 3));
            byNoteNumber = new HashMap<>(Math.max(16, notes * 4 / 3));
        }

        Resolution run(List<ParsedNote> notes) {
            List<List<Outcome>> outcomes = new ArrayList<>(notes.size());
            for (int n = 0; n < notes.size(); n++) {
                ParsedNote note = notes.get(n);
                List<Outcome> here = new ArrayList<>();
                for (Citation c : note.citations()) {
                    Outcome o = resolveOne(c, note, here, n > 0 ? notes.get(n - 1) : null,
                            n > 0 ? outcomes.get(n - 1) : List.of());
                    here.add(o);
                    if (o.work() != null) {
                        lastCited = o.work();
                        if (o.locator() != null) {
                            o.work().lastLocator = o.locator();
                        }
                        for (String surname : o.work().authorKeys()) {
                            lastByAuthor.put(surname, o.work());
                        }
                    }
                }
                outcomes.add(here);
                if (note.note().number() > 0) {
                    byNoteNumber.put(new NoteNumber(note.note().chapter(), note.note().number()),
                            new NoteOutcomes(note.note().index(), here));
                }
            }
            // Short forms that introduced a work a later full citation completed are forward references.
            for (List<Outcome> here : outcomes) {
                for (int i = 0; i < here.size(); i++) {
                    Outcome o = here.get(i);
                    if (o.status() == ResolutionStatus.INTRODUCED && o.work().completedAt > 0) {
                        here.set(i, new Outcome(o.citation(), ResolutionStatus.FORWARD_ONLY, o.work(), 0,
                                o.locator(), false, List.of(o.work().completedAt), null));
                    }
                }
            }
            List<Reference> sources = assignIds();
            List<ResolvedNote> resolved = new ArrayList<>(notes.size());
            for (int n = 0; n < notes.size(); n++) {
                List<ResolvedCitation> cs = new ArrayList<>();
                for (Outcome o : outcomes.get(n)) {
                    cs.add(new ResolvedCitation(o.citation(), o.status(), o.work() == null ? null : o.work().id,
                            o.antecedent(), o.locator(), o.inherited(), o.candidates(), o.matchedTitle()));
                }
                resolved.add(new ResolvedNote(notes.get(n).note(), cs));
            }
            return new Resolution(resolved, sources);
        }

        private Outcome resolveOne(Citation c, ParsedNote note, List<Outcome> before, ParsedNote previous,
                                   List<Outcome> previousOutcomes) {
            int index = note.note().index();
            if (c instanceof FullCitation f) {
                return full(f, index, note.note().chapter());
            }
            if (c instanceof IbidCitation i) {
                return ibid(i, note, before, previous, previousOutcomes);
            }
            if (c instanceof ShortCitation s) {
                return shortForm(s, index, note.note().chapter());
            }
            if (c instanceof UnparsedCitation u) {
                return new Outcome(u, ResolutionStatus.UNPARSED, null, 0, null, false, List.of(), null);
            }
            throw new AssertionError(c);
        }

        private Outcome full(FullCitation cited, int noteIndex, String chapter) {
            FullCitation f = withAuthorsFilledIn(cited);
            // Folded once for the key, the work's title record and its first word.
            String foldedTitle = Names.fold(f.reference().title());
            String key = workKey(f.reference(), foldedTitle);
            Work existing = byKey.get(key);
            if (existing == null && isDescribedOnly(f.reference())) {
                Work earlier = earlierDocument(f.reference());
                if (earlier != null) {
                    return documentShortForm(f, earlier, chapter);
                }
            }
            if (existing == null) {
                existing = provisionalMatch(f.reference(), foldedTitle);
                if (existing != null) {
                    // A short form came first; this full citation completes its work.
                    existing.reference = f.reference();
                    existing.title = TitleMatch.Folded.of(f.reference().title(), foldedTitle);
                    existing.provisional = false;
                    existing.completedAt = noteIndex;
                    existing.lastFullNote = noteIndex;
                    existing.lastFullChapter = chapter;
                    existing.key = key;
                    byKey.put(key, existing);
                    index(existing);
                    return new Outcome(f, ResolutionStatus.DEFINED, existing, 0, f.locator(), false, List.of(),
                            null);
                }
            }
            if (existing != null) {
                existing.lastFullNote = noteIndex;
                existing.lastFullChapter = chapter;
                return new Outcome(f, ResolutionStatus.REPEATED, existing, existing.firstNote, f.locator(), false,
                        List.of(), null);
            }
            Work w = new Work(withContainingBook(f.reference(), noteIndex), noteIndex, chapter, key,
                    TitleMatch.Folded.of(f.reference().title(), foldedTitle));
            w.position = works.size();
            works.add(w);
            byKey.put(key, w);
            index(w);
            return new Outcome(f, ResolutionStatus.DEFINED, w, 0, f.locator(), false, List.of(), null);
        }

        /**
         * A chapter whose book is given in short ("Charles S. Maier, “Leviathan 2.0,” in Rosenberg, <i>World
         * Connecting</i>, 29–282"), as Chicago allows once the book itself has been cited in full (CMOS 14.108): the
         * chapter's work takes the book's full title, editors, publisher, place and year from that earlier full
         * citation, so its bibliography entry is complete. Any other reference, or a book not found exactly once,
         * comes back as it is.
         */
        private Reference withContainingBook(Reference r, int noteIndex) {
            if (r.type() != ItemType.CHAPTER || r.containerTitle() == null || r.publisher() != null
                    || r.issued() != null) {
                return r;
            }
            // Among the works whose title opens alike only: never the whole document, whose titles a misspelt
            // container would be compared with one by one.
            String opening = firstTitleWord(r.containerTitle());
            Pool sameOpening = opening == null ? null : byTitleWord.get(opening);
            if (sameOpening == null) {
                return r;
            }
            List<Work> books = new ArrayList<>();
            for (Work w : byTitle(r.containerTitle(), sameOpening, noteIndex)) {
                TitleMatch.Level level = TitleMatch.compare(r.containerTitle(), w.reference.title());
                if (BOOK_LIKE.contains(w.reference.type()) && !w.provisional
                        && (level == TitleMatch.Level.EXACT || level == TitleMatch.Level.SHORTENED)) {
                    books.add(w);
                }
            }
            if (books.size() != 1) {
                return r;
            }
            Reference book = books.get(0).reference;
            List<Name> editors = !r.editors().isEmpty() ? r.editors()
                    : !book.editors().isEmpty() ? book.editors() : book.authors();
            return r.toBuilder().containerTitle(book.title()).editors(editors).publisher(book.publisher())
                    .publisherPlace(book.publisherPlace()).issued(book.issued()).build();
        }

        /**
         * An unpublished document described and dated, with nothing about where it is kept ("Kuznetsov to Molotov,
         * 2 October 1950"; "Memorandum of conversation, Rusk and Gromyko, September 21, 1961"). After the document's
         * full citation this is its short form (CMOS 14.232); before it, or alone, it stays a full citation (a
         * private letter, an email to the author).
         */
        private static boolean isDescribedOnly(Reference r) {
            return r.type() == ItemType.MANUSCRIPT && r.issued() != null && r.archive() == null
                    && r.archiveLocation() == null && r.collectionTitle() == null && r.url() == null
                    && r.publisher() == null;
        }

        /**
         * The document given in full earlier that a described-only citation repeats: the same date, and the same
         * writers (by surname, when it names any) or the same words of its description in order.
         */
        private Work earlierDocument(Reference r) {
            Work found = null;
            Pool pool = !r.authors().isEmpty() ? bySurname.get(surnameKey(r.authors().get(0)))
                    : firstTitleWord(r.title()) != null ? byTitleWord.get(firstTitleWord(r.title())) : null;
            if (pool == null) {
                return null;
            }
            for (Work w : pool.works) {
                Reference e = w.reference;
                if (w.provisional || e.type() != ItemType.MANUSCRIPT || !r.issued().equals(e.issued())) {
                    continue;
                }
                boolean same = !r.authors().isEmpty()
                        ? surnamesWithin(r.authors(), e.authors()) && surnamesWithin(r.recipients(), e.recipients())
                        : r.title() != null && e.title() != null
                                && TitleMatch.compare(r.title(), e.title()) != TitleMatch.Level.NONE;
                if (same) {
                    if (found != null) {
                        return null; // two such documents: the short form cannot say which
                    }
                    found = w;
                }
            }
            return found;
        }

        private static boolean surnamesWithin(List<Name> some, List<Name> all) {
            for (Name n : some) {
                if (all.stream().noneMatch(a -> surnameKey(a).equals(surnameKey(n)))) {
                    return false;
                }
            }
            return true;
        }

        private Outcome documentShortForm(FullCitation f, Work earlier, String chapter) {
            Reference r = f.reference();
            ShortCitation.Form form = r.authors().isEmpty() ? ShortCitation.Form.TITLE_ONLY
                    : r.title() == null ? ShortCitation.Form.AUTHOR_ONLY : ShortCitation.Form.AUTHOR_TITLE;
            ShortCitation s = new ShortCitation(form, r.authors(), r.title(), null, f.locator(), null, f.text(),
                    f.span(), f.prefix(), f.suffix(), f.flags());
            ResolutionStatus status = Objects.equals(earlier.lastFullChapter, chapter) ? ResolutionStatus.RESOLVED
                    : ResolutionStatus.RESOLVED_ACROSS_CHAPTER;
            return new Outcome(s, status, earlier, earlier.lastFullNote, f.locator(), false, List.of(), null);
        }

        /** "Idem, <i>Economy and Society</i>, …": the authors of the work cited just before. */
        private FullCitation withAuthorsFilledIn(FullCitation f) {
            Reference r = f.reference();
            if (!f.flags().contains(StyleFlag.SAME_AUTHOR_AS_BEFORE) || !r.authors().isEmpty() || lastCited == null) {
                return f;
            }
            Reference before = lastCited.reference;
            List<Name> same = before.creators();
            return new FullCitation(r.toBuilder().authors(same).build(), f.locator(), f.text(), f.span(), f.prefix(),
                    f.suffix(), f.flags());
        }

        private void index(Work w) {
            long stemMask = 0;
            for (String word : w.title.words()) {
                stemMask |= TitleKeys.stemBit(titleKeys.stems.idOf(Pool.stem(word)));
            }
            w.stemMask = stemMask;
            w.openingId = w.title.key().isEmpty() ? -1 : titleKeys.openings.idOf(w.title.key());
            allWorks.indexed(w, w.position);
            // Filed under the names a short form uses: an edited volume's editor ("Westad, Brothers in Arms"), a
            // film's director ("Curtiz, Casablanca"), when the work has no author (Reference.creators).
            for (Name a : w.reference.creators()) {
                bySurname.computeIfAbsent(surnameKey(a), k -> new Pool(new ArrayList<>(), titleKeys)).add(w);
                if (Names.readFamilyFirstByShape(a)) {
                    String given = a.given().substring(a.given().lastIndexOf(' ') + 1);
                    byGivenOfOwnOrder.computeIfAbsent(Names.fold(given), k -> new Pool(new ArrayList<>(), titleKeys))
                            .add(w);
                }
                if (!a.isLiteral() && a.particle() != null) {
                    // "Von Mises, Human Action" for Ludwig von Mises: short notes may keep the particle.
                    bySurname.computeIfAbsent(Names.fold(a.particle() + " " + a.family()),
                            k -> new Pool(new ArrayList<>(), titleKeys)).add(w);
                }
                String seat = Names.peerageSeat(a);
                if (seat != null) {
                    // "Clarendon, History of the Rebellion" for Edward Hyde, Earl of Clarendon.
                    bySurname.computeIfAbsent(Names.fold(seat), k -> new Pool(new ArrayList<>(), titleKeys)).add(w);
                }
            }
            String word = w.reference.title() == null ? null : firstWordOfFolded(w.title.full());
            w.titleWord = word;
            if (word != null) {
                byTitleWord.computeIfAbsent(word, k -> new Pool(new ArrayList<>(), titleKeys)).add(w);
            }
        }

        /** The provisional work (from a short form) that a full citation completes, or null. */
        private Work provisionalMatch(Reference full, String foldedTitle) {
            List<Work> pool;
            if (!full.authors().isEmpty()) {
                pool = provisionalBySurname.getOrDefault(surnameKey(full.authors().get(0)), List.of());
            } else {
                // The provisional part of titlePool: the works of the same first title word, or all of them.
                String word = full.title() == null ? null : firstWordOfFolded(foldedTitle);
                pool = word != null && byTitleWord.containsKey(word)
                        ? provisionalByTitleWord.getOrDefault(word, List.of()) : provisionalWorks;
            }
            for (Work w : pool) {
                if (!w.provisional) {
                    continue;
                }
                boolean titleOk = w.reference.title() == null
                        ? full.authors().size() > 0 && !w.reference.authors().isEmpty()
                        : TitleMatch.compare(w.reference.title(), full.title()).ordinal()
                                <= TitleMatch.Level.SHORTENED.ordinal();
                boolean volumeOk = w.reference.volume() == null || sameVolume(w.reference.volume(), full.volume());
                if (titleOk && volumeOk) {
                    return w;
                }
            }
            return null;
        }

        /** A work known only from a short form that matched nothing: author, title and volume as given. */
        private Outcome introduce(ShortCitation s, int noteIndex, String chapter) {
            // The volume stays with the citation: a short form's "vol. xvi." says where, not which work.
            Reference ref = Reference.builder(org.ibidem.reference.ItemType.BOOK)
                    .authors(s.authors()).title(s.title()).build();
            String foldedTitle = Names.fold(ref.title());
            Work w = new Work(ref, noteIndex, chapter, workKey(ref, foldedTitle), TitleMatch.Folded.of(ref.title(),
                    foldedTitle));
            w.provisional = true;
            w.position = works.size();
            works.add(w);
            byKey.putIfAbsent(w.key, w);
            index(w);
            provisionalWorks.add(w);
            for (Name a : ref.authors()) {
                addOnce(provisionalBySurname.computeIfAbsent(surnameKey(a), k -> new ArrayList<>()), w);
            }
            String word = w.titleWord;
            if (word != null) {
                addOnce(provisionalByTitleWord.computeIfAbsent(word, k -> new ArrayList<>()), w);
            }
            return new Outcome(s, ResolutionStatus.INTRODUCED, w, 0, s.locator(), false, List.of(), null);
        }

        private Outcome ibid(IbidCitation i, ParsedNote note, List<Outcome> before, ParsedNote previous,
                             List<Outcome> previousOutcomes) {
            Outcome antecedent;
            int antecedentNote;
            if (!before.isEmpty()) {
                antecedent = before.get(before.size() - 1);
                antecedentNote = note.note().index();
            } else if (previous == null || !Objects.equals(previous.note().chapter(), note.note().chapter())) {
                return unresolved(i, ResolutionStatus.NO_ANTECEDENT, 0, i.locator());
            } else if (previousOutcomes.isEmpty()) {
                return unresolved(i, ResolutionStatus.AFTER_COMMENTARY, previous.note().index(), i.locator());
            } else if (previousOutcomes.size() > 1 && !sameWork(previousOutcomes)) {
                return unresolved(i, ResolutionStatus.AFTER_SEVERAL, previous.note().index(), i.locator());
            } else {
                // One citation, or one work cited several times ("Gaddis, …, 5; ibid., 7"): the last one counts.
                antecedent = previousOutcomes.get(previousOutcomes.size() - 1);
                antecedentNote = previous.note().index();
            }
            if (antecedent.work() == null) {
                return unresolved(i, ResolutionStatus.AFTER_UNRESOLVED, antecedentNote, i.locator());
            }
            boolean inherit = i.locator() == null && antecedent.locator() != null;
            Locator locator = inherit ? antecedent.locator() : i.locator();
            return new Outcome(i, ResolutionStatus.RESOLVED, antecedent.work(), antecedentNote, locator, inherit,
                    List.of(), null);
        }

        /** "Smith, supra note 3": the work note 3 cites (by Smith, when it cites several). */
        private Outcome noteReference(ShortCitation s, String chapter) {
            NoteOutcomes seen = byNoteNumber.get(new NoteNumber(chapter, s.noteReference()));
            List<Outcome> there = seen == null ? null : seen.outcomes();
            if (there == null) {
                return unresolved(s, ResolutionStatus.NO_MATCH, 0, s.locator());
            }
            List<Work> works = new ArrayList<>();
            for (Outcome o : there) {
                Work w = o.work();
                if (w != null && !works.contains(w) && (s.authors().isEmpty() || w.reference.authors().stream()
                        .anyMatch(a -> surnameKey(a).equals(surnameKey(s.authors().get(0)))))) {
                    works.add(w);
                }
            }
            if (works.size() != 1) {
                return new Outcome(s, works.isEmpty() ? ResolutionStatus.NO_MATCH : ResolutionStatus.AMBIGUOUS, null,
                        0, s.locator(), false, List.of(), null);
            }
            return new Outcome(s, ResolutionStatus.RESOLVED, works.get(0), seen.index(), s.locator(), false,
                    List.of(), null);
        }

        private static boolean sameWork(List<Outcome> outcomes) {
            Work first = outcomes.get(0).work();
            return first != null && outcomes.stream().allMatch(o -> o.work() == first);
        }

        private Outcome shortForm(ShortCitation s, int noteIndex, String chapter) {
            if (s.form() == ShortCitation.Form.NOTE_REFERENCE) {
                return noteReference(s, chapter);
            }
            if (s.form() == ShortCitation.Form.OP_CIT || s.form() == ShortCitation.Form.LOC_CIT) {
                Work w = s.authors().isEmpty() ? lastCited : lastByAuthor.get(surnameKey(s.authors().get(0)));
                if (w == null) {
                    return unresolved(s, ResolutionStatus.NO_MATCH, 0, s.locator());
                }
                if (s.form() == ShortCitation.Form.LOC_CIT && s.locator() == null && w.lastLocator != null) {
                    // "the place cited": the locator of the work's last citation.
                    ResolutionStatus st = Objects.equals(w.lastFullChapter, chapter) ? ResolutionStatus.RESOLVED
                            : ResolutionStatus.RESOLVED_ACROSS_CHAPTER;
                    return new Outcome(s, st, w, w.lastFullNote, w.lastLocator, true, List.of(), null);
                }
                return resolvedTo(s, w, chapter, ResolutionStatus.RESOLVED, null);
            }
            List<Work> found = candidates(s, noteIndex);
            if (found.isEmpty()) {
                return introduce(s, noteIndex, chapter);
            }
            if (s.volume() != null) {
                List<Work> sameVolume = found.stream()
                        .filter(w -> sameVolume(w.reference.volume(), s.volume())).toList();
                if (sameVolume.isEmpty()) {
                    // A work cited as a whole (no volume) covers all its volumes: "Niles Register, vol. xvi."
                    sameVolume = found.stream().filter(w -> w.reference.volume() == null).toList();
                }
                if (sameVolume.isEmpty()) {
                    return new Outcome(s, ResolutionStatus.VOLUME_MISMATCH, null, 0, s.locator(), false,
                            found.stream().map(w -> w.firstNote).toList(), null);
                }
                found = sameVolume;
            }
            if (found.size() > 1 && titleInQuotes(s)) {
                // "“Atlantic Telegraph.”": quotation marks name an article, a chapter or a page, not a book.
                List<Work> quoted = found.stream().filter(w -> !BOOK_LIKE.contains(w.reference.type())).toList();
                found = quoted.isEmpty() ? found : quoted;
            }
            if (found.size() > 1) {
                return new Outcome(s, ResolutionStatus.AMBIGUOUS, null, 0, s.locator(), false,
                        found.stream().map(w -> w.firstNote).toList(), null);
            }
            Work w = found.get(0);
            TitleMatch.Level level = s.title() == null ? TitleMatch.Level.EXACT
                    : TitleMatch.compare(s.title(), w.reference.title());
            if (level == TitleMatch.Level.APPROXIMATE) {
                return resolvedTo(s, w, chapter, ResolutionStatus.RESOLVED_APPROXIMATE, w.reference.title());
            }
            return resolvedTo(s, w, chapter, ResolutionStatus.RESOLVED, null);
        }

        private Outcome resolvedTo(ShortCitation s, Work w, String chapter, ResolutionStatus status,
                                   String matchedTitle) {
            // Chicago gives the full citation again at a work's first mention in each chapter.
            ResolutionStatus st = status == ResolutionStatus.RESOLVED && !Objects.equals(w.lastFullChapter, chapter)
                    ? ResolutionStatus.RESOLVED_ACROSS_CHAPTER : status;
            return new Outcome(s, st, w, w.lastFullNote, s.locator(), false, List.of(), matchedTitle);
        }

        /** Whether every word of the short form's author is a word of an author's (or editor's) full name. */
        private static boolean namedIn(Name written, Reference r) {
            List<String> words = List.of(Names.fold(written.displayName()).split(" "));
            for (Name a : r.creators()) {
                List<String> full = List.of(Names.fold(a.displayName()).split(" "));
                if (full.containsAll(words)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the short form writes its title in quotation marks. */
        private static boolean titleInQuotes(ShortCitation s) {
            if (s.titleSpan() == null) {
                return false;
            }
            int at = s.titleSpan().start() - s.span().start();
            return at >= 0 && at < s.text().length() && "“\"«„".indexOf(s.text().charAt(at)) >= 0;
        }

        /**
         * The works given in full before note {@code beforeNote} that the short form can mean, best title match
         * only.
         */
        private List<Work> candidates(ShortCitation s, int beforeNote) {
            Pool pool;
            if (!s.authors().isEmpty()) {
                pool = bySurname.get(surnameKey(s.authors().get(0)));
                Name first = s.authors().get(0);
                if (pool == null && (first.isLiteral() || ACRONYM.matcher(first.surname()).matches())) {
                    List<Work> matches = literalAuthorMatches(first.isLiteral() ? first.literal() : first.surname());
                    pool = matches.isEmpty() ? null : new Pool(matches, titleKeys);
                }
                Pool ownOrder = s.title() == null ? null : byGivenOfOwnOrder.get(surnameKey(first));
                if (ownOrder != null) {
                    // "Hansen, Hidden Treaty" for "Wei Hansen", read family name first from its shape: the works of
                    // such authors, filed under their given name too, by title (a small pool, so this stays cheap
                    // when many short forms match nothing).
                    List<Work> found = byTitle(s.title(), pool == null ? ownOrder : pool, beforeNote);
                    if (found.isEmpty() && pool != null) {
                        found = byTitle(s.title(), ownOrder, beforeNote);
                    }
                    if (!found.isEmpty() || pool != null) {
                        return found; // (the surname's pool was searched by title above)
                    }
                }
                Pool sameOpening = pool == null && s.title() != null && firstTitleWord(s.title()) != null
                        ? byTitleWord.get(firstTitleWord(s.title())) : null;
                if (sameOpening != null) {
                    // "Ngũgĩ, Decolonising the Mind" for Ngũgĩ wa Thiong'o, "García Márquez" for Gabriel García
                    // Márquez: a name the full citation has, though not as its family name. Found by title, among
                    // the works whose title opens alike only (not every work, as a misspelt title would be: a
                    // document that cites in short form throughout would then compare each note with all).
                    List<Work> byName = byTitle(s.title(), sameOpening, beforeNote).stream()
                            .filter(w -> namedIn(first, w.reference)).toList();
                    if (!byName.isEmpty()) {
                        return byName;
                    }
                }
                if (pool == null && s.form() == ShortCitation.Form.AUTHOR_ONLY) {
                    // "Primitive Culture, 12": a title with no author looks like a name; try it as a title.
                    String title = s.authors().get(0).displayName();
                    return byTitle(title, titlePool(title), beforeNote);
                }
                if (pool == null) {
                    return List.of();
                }
            } else {
                pool = titlePool(s.title());
            }
            if (s.title() == null) {
                List<Work> earlier = new ArrayList<>();
                for (Work w : pool.works) {
                    // A work a short form introduced earlier in the same note counts too ("Smith, X, 4; Smith, X, 5").
                    if (citable(w, beforeNote)) {
                        earlier.add(w);
                    }
                }
                return earlier;
            }
            return byTitle(s.title(), pool, beforeNote);
        }

        /** Works whose title starts with the same key word; all works when none does (a misspelt title). */
        private Pool titlePool(String title) {
            String word = firstTitleWord(title);
            Pool pool = word == null ? null : byTitleWord.get(word);
            return pool == null ? allWorks : pool;
        }

        /**
         * Works by a body the short form names as written, by the end of its name ("Department of State" for the
         * U.S. Department of State), or by its acronym: Chicago allows a long corporate name to be abbreviated
         * after its first full citation ("IAEA, <i>Chernobyl Accident</i>" for the International Atomic Energy
         * Agency).
         */
        private List<Work> literalAuthorMatches(String written) {
            String folded = Names.fold(written);
            boolean acronym = ACRONYM.matcher(written).matches();
            List<Work> out = new ArrayList<>();
            for (Work w : works) {
                for (Name a : w.reference.authors()) {
                    String full = Names.fold(a.surname());
                    if (full.equals(folded) || a.isLiteral() && folded.indexOf(' ') > 0 && full.endsWith(" " + folded)
                            || acronym && a.isLiteral() && written.equals(initials(a.literal()))) {
                        out.add(w);
                        break;
                    }
                }
            }
            return out;
        }

        /** "International Atomic Energy Agency" → "IAEA": the capitals that open its words. */
        private static String initials(String name) {
            StringBuilder b = new StringBuilder();
            for (String word : name.split("[\\s-]+")) {
                if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                    b.append(word.charAt(0));
                }
            }
            return b.toString();
        }

        /** The works of the pool with the best title match. */
        private static List<Work> byTitle(String title, Pool pool, int beforeNote) {
            TitleMatch.Folded folded = TitleMatch.Folded.of(title);
            if (pool.works.size() <= Pool.SMALL) {
                return matchTitle(folded, pool.works, beforeNote);
            }
            // An author with many works, or a common first word: the works whose title opens with the same two
            // words first; then the few that can match exactly at all; only for a misspelt title the whole pool.
            // Exact matches are looked for among the works that have every short-title word (see withAllStems),
            // which for a common opening are far fewer than the works with that opening.
            List<Work> sameOpening = pool.withOpening(folded.key());
            List<Work> canMatch = pool.withAllStems(folded.words());
            List<Work> found = canMatch.size() < sameOpening.size()
                    ? matchExact(folded, canMatch.stream().filter(w -> w.title.key().equals(folded.key())).toList(),
                            beforeNote)
                    : matchExact(folded, sameOpening, beforeNote);
            if (found.isEmpty()) {
                found = matchApproximate(folded, sameOpening, beforeNote);
            }
            if (found.isEmpty()) {
                found = matchExact(folded, canMatch, beforeNote);
            }
            return found.isEmpty() ? matchApproximate(folded, pool.works, beforeNote) : found;
        }

        /**
         * Whether a short form in note {@code beforeNote} may refer to the work: given before that note, or
         * introduced by a short form earlier in the same note ("Smith, X, 4; Smith, X, 5").
         */
        private static boolean citable(Work w, int beforeNote) {
            return w.firstNote < beforeNote || (w.provisional && w.firstNote == beforeNote);
        }

        /** The works with the best title match; edit distances only when nothing matched exactly. */
        private static List<Work> matchTitle(TitleMatch.Folded title, List<Work> pool, int beforeNote) {
            List<Work> exact = matchExact(title, pool, beforeNote);
            return exact.isEmpty() ? matchApproximate(title, pool, beforeNote) : exact;
        }

        /** The works with the best exact title match (EXACT over SHORTENED). */
        private static List<Work> matchExact(TitleMatch.Folded title, List<Work> pool, int beforeNote) {
            TitleMatch.Level best = TitleMatch.Level.NONE;
            List<Work> out = new ArrayList<>();
            for (Work w : pool) {
                if (!citable(w, beforeNote)) {
                    continue;
                }
                TitleMatch.Level level = TitleMatch.compareExact(title, w.title);
                if (level == TitleMatch.Level.NONE) {
                    continue;
                }
                if (level.ordinal() < best.ordinal()) {
                    best = level;
                    out.clear();
                }
                if (level == best && !out.contains(w)) {
                    out.add(w);
                }
            }
            return out;
        }

        /** The works whose title is spelt almost like the short title. */
        private static List<Work> matchApproximate(TitleMatch.Folded title, List<Work> pool, int beforeNote) {
            List<Work> out = new ArrayList<>();
            for (Work w : pool) {
                if (citable(w, beforeNote) && !out.contains(w)
                        && TitleMatch.compareApproximate(title, w.title) == TitleMatch.Level.APPROXIMATE) {
                    out.add(w);
                }
            }
            return out;
        }

        private Outcome unresolved(Citation c, ResolutionStatus status, int antecedent, Locator locator) {
            return new Outcome(c, status, null, antecedent, locator, false, List.of(), null);
        }

        /** Ids like "shen2016"; works that would share one get "a", "b", … in order of first citation. */
        private List<Reference> assignIds() {
            Map<String, List<Work>> byBase = new LinkedHashMap<>();
            for (Work w : works) {
                byBase.computeIfAbsent(baseId(w.reference), k -> new ArrayList<>()).add(w);
            }
            for (Map.Entry<String, List<Work>> e : byBase.entrySet()) {
                List<Work> group = e.getValue();
                for (int i = 0; i < group.size(); i++) {
                    group.get(i).id = group.size() == 1 ? e.getKey() : e.getKey() + suffix(i);
                }
            }
            List<Reference> sources = new ArrayList<>(works.size());
            for (Work w : works) {
                w.reference = w.reference.withId(w.id);
                sources.add(w.reference);
            }
            return sources;
        }
    }

    private static String suffix(int i) {
        StringBuilder s = new StringBuilder();
        int n = i;
        do {
            s.insert(0, (char) ('a' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return s.toString();
    }

    /** The id stem: first author's family name (or the title's first word) folded to ASCII, then the year. */
    static String baseId(Reference r) {
        String stem;
        List<Name> names = r.creators();
        if (!names.isEmpty()) {
            Name a = names.get(0);
            stem = a.isLiteral() ? firstWords(a.literal(), 3) : a.surname();
        } else if (r.type() == ItemType.LEGISLATION && r.title() != null) {
            stem = firstWords(r.title(), 3); // "42 U.S.C. § 1983" → 42usc2018, "U.S. Const." → usconstnd
        } else if (r.type() == ItemType.LEGAL_CASE && r.title() != null) {
            stem = firstWords(caseShortName(r.title()), 1); // "United States v. Dennis" → dennis1950
        } else if (r.title() == null && r.archiveLocation() != null) {
            stem = firstWords(r.archiveLocation(), 3); // "Add. MS 12345" → addms12345
        } else {
            String title = r.title() == null ? "anon" : r.title();
            String word = firstTitleWord(title);
            stem = word == null ? "anon" : word;
        }
        String ascii = idLetters(stem);
        if (ascii.isEmpty()) {
            ascii = "ref";
        }
        if (ascii.length() > 24) {
            ascii = ascii.substring(0, 24);
        }
        return ascii + (r.year() != 0 ? Integer.toString(r.year()) : "nd");
    }

    /** The ASCII letters and digits of a name, accents taken off, in lower case. */
    private static String idLetters(String stem) {
        StringBuilder b = new StringBuilder(stem.length());
        for (int i = 0; i < stem.length(); i++) {
            char c = stem.charAt(i);
            if (c >= 0x80) {
                // Only a name with a letter outside ASCII has anything to decompose; most have none, and the
                // normalizer and the pattern cost more than the rest of the id.
                return NOT_ID_CHAR.matcher(Normalizer.normalize(stem, Normalizer.Form.NFD)).replaceAll("")
                        .toLowerCase(Locale.ROOT);
            }
            if (c >= 'A' && c <= 'Z') {
                b.append((char) (c + ('a' - 'A')));
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The party a case's short form is named after (the Bluebook's rule, which Chicago follows): the first, unless
     * it is a government, which is a party to so many cases that the other one names it ("United States v. Dennis"
     * is "Dennis"); "In re Gault" is "Gault".
     */
    static String caseShortName(String caseName) {
        String name = caseName.strip();
        for (String opening : new String[] {"In re ", "Ex parte "}) {
            if (name.startsWith(opening)) {
                return name.substring(opening.length()).strip();
            }
        }
        int v = name.indexOf(" v. ");
        int gap = 4;
        if (v < 0) {
            v = name.indexOf(" v ");
            gap = 3;
        }
        if (v <= 0) {
            return name;
        }
        String first = name.substring(0, v).strip();
        String second = name.substring(v + gap).strip();
        return GOVERNMENT_PARTIES.contains(first) && !second.isEmpty() ? second : first;
    }

    private static String firstWords(String s, int n) {
        String[] words = s.split("\\s+");
        return String.join("", java.util.Arrays.copyOfRange(words, 0, Math.min(n, words.length)));
    }

    private static String firstTitleWord(String title) {
        return title == null ? null : firstWordOfFolded(Names.fold(title));
    }

    /** {@link #firstTitleWord} of a title already folded. */
    private static String firstWordOfFolded(String folded) {
        // The words of the folded title, which has single spaces between words and none at either end, taken
        // one at a time rather than split all at once.
        int start = 0;
        while (start < folded.length()) {
            int space = folded.indexOf(' ', start);
            int end = space < 0 ? folded.length() : space;
            String w = folded.substring(start, end);
            if (!w.isEmpty() && !w.equals("the") && !w.equals("a") && !w.equals("an")) {
                return w;
            }
            start = end + 1;
        }
        return null;
    }

    /**
     * Identity of a work: authors' surnames, title and volume, folded. A work with no title (a letter, an
     * untitled memorandum, a manuscript cited by its shelfmark) is told apart by its recipients, its date and
     * where it is kept instead: two letters from the same writer are two sources, even when both are cited in full.
     * The caller folds the title, which it needs for other things too.
     */
    private static String workKey(Reference r, String foldedTitle) {
        StringBuilder k = new StringBuilder();
        for (Name a : r.authors()) {
            k.append(surnameKey(a)).append('|');
        }
        k.append('#').append(foldedTitle).append('#').append(Names.fold(r.volume()))
                .append('#').append(Names.fold(r.containerTitle()));
        if (r.title() == null || r.title().isBlank()) {
            k.append('#');
            for (Name to : r.recipients()) {
                k.append(surnameKey(to)).append('|');
            }
            k.append('#').append(r.issued() == null ? "" : r.issued().toIso())
                    .append('#').append(Names.fold(r.archive())).append('#').append(Names.fold(r.archiveLocation()));
        }
        return k.toString();
    }

    private static String surnameKey(Name n) {
        return Names.fold(n.isLiteral() ? n.literal() : n.family());
    }

    private static boolean sameVolume(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return Names.fold(a).equals(Names.fold(b)) || romanOrArabic(a) == romanOrArabic(b) && romanOrArabic(a) > 0
                || withinVolumes(a, b) || withinVolumes(b, a);
    }

    /** "2" within "1–3": a work given in full as several volumes holds each of them. */
    private static boolean withinVolumes(String one, String range) {
        int dash = range.indexOf('–') >= 0 ? range.indexOf('–') : range.indexOf('-');
        if (dash <= 0) {
            return false;
        }
        int v = romanOrArabic(one);
        int from = romanOrArabic(range.substring(0, dash));
        int to = romanOrArabic(range.substring(dash + 1));
        return v > 0 && from > 0 && to >= from && v >= from && v <= to;
    }

    private static int romanOrArabic(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        if (ARABIC.matcher(t).matches()) {
            return Integer.parseInt(t);
        }
        if (!ROMAN.matcher(t).matches()) {
            return -1;
        }
        int total = 0;
        int prev = 0;
        for (int i = t.length() - 1; i >= 0; i--) {
            int v = switch (t.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                case 'l' -> 50;
                case 'c' -> 100;
                case 'd' -> 500;
                default -> 1000;
            };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }
}

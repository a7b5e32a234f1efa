package org.ibidem.resolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ibidem.citation.Names;
import org.ibidem.citation.ShortCitation;
import org.ibidem.reference.ItemTrait;
import org.ibidem.reference.Name;
import org.ibidem.reference.Reference;

/**
 * The works of one {@link Resolver} pass, filed so that the works a citation may mean are found without looking
 * through them all: by key, by author surname (and the other names a short form may use), by first title word,
 * and within a large pool by title opening and word stems (see {@link Pool}). The resolver asks it which works
 * can be meant and decides among them; everything here is there for speed, except that a short form's candidates
 * are its best title matches only (exact over shortened over approximate), and that a misspelt title is looked for
 * among the {@link #RECENT_WORKS} most recent works of its pool only (its author's, or of its first title word, or
 * of the whole document for a short title whose first word opens no work's title): exact matches are found however
 * far back, approximate ones within that bound, so that no lookup looks through every earlier work.
 *
 * <p>One per pass; not thread-safe.
 */
final class WorkIndex {

    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,8}");

    private final List<Work> works = new ArrayList<>();
    private final Pool.TitleKeys titleKeys = new Pool.TitleKeys();
    private final Pool allWorks = new Pool(works, titleKeys);
    private final Map<String, Work> byKey;
    private final Map<String, Pool> bySurname = new HashMap<>();
    // Works by an author read family name first from the name's shape ("Wei Hansen": family Wei), filed under
    // the last word of the given name too, which a short form may use if the guess was wrong ("Hansen").
    private final Map<String, Pool> byGivenOfOwnOrder = new HashMap<>();
    private final Map<String, Pool> byTitleWord = new HashMap<>();
    // The surnames filed, by their first letters: where an abbreviated name ("Neubr.") finds its longer form.
    private final Map<String, List<String>> surnamesByOpening = new HashMap<>();
    private static final int ABBREVIATION_OPENING = 4;
    // Works known only from a short form and not yet completed, indexed like the others: a full citation looks
    // here for the work it completes, and a prolific author's pool holds thousands of works but seldom a
    // provisional one.
    private final ProvisionalWorks provisional = new ProvisionalWorks();
    // Cases by the volume of the report they are printed in (see reportedAt).
    private final Map<String, List<Work>> reportedByVolume = new HashMap<>();
    // The last mark given to a search's works (see matchExact).
    private int marks;
    // How many provisional works full citations have completed: a kept TitleSearch is good until the next one.
    private int completions;
    // How many works the misspelt-title searches have looked at, in all: what RECENT_WORKS bounds (for tests).
    long approximateExamined;
    // Works by name keys for short forms that name a body (see byLiteralKey); null until one does.
    private Map<String, List<Work>> byLiteralKey;
    private static final String SAME = "=";
    private static final String ENDING = "~";
    private static final String INITIALS = "^";

    /**
     * How many of a pool's works, the most recent, a short title is compared with as a possible misspelling (the
     * works filed last in the pool it is looked for in: the author's, for a short form that names one; those whose
     * title opens with the same word, or all the works, for a short form of title alone; a work a full citation
     * completed is filed again then), and how many of the works short forms introduced that still wait for their
     * full citation, the most recent, a full citation is compared with as the work it completes. No real document
     * cites 512 works of one author, or of one first title word, between a work and its misspelt short form, and
     * the bound makes each such lookup constant-time: comparing each unmatched short form with every earlier work
     * of its author (or of its first title word, or of the document), and each later full citation with every
     * work still waiting, made a document of thousands of such short forms grow with its square (issue 17). Exact
     * title matches, and a full citation that gives a waiting work's very title (the same key), are found among
     * all the works. Like {@link ResolvedCitation#MAX_CANDIDATES}, a cap that real documents do not reach.
     */
    static final int RECENT_WORKS = 512;

    /** An index for a pass over {@code notes} notes: the map with an entry per work is made that big. */
    WorkIndex(int notes) {
        // Growing it one doubling at a time copied every entry again and again.
        byKey = new HashMap<>(Math.max(16, notes * 4 / 3));
    }

    /**
     * The works of {@code found} of the short form's volume, or, when none is, those with no volume; empty when
     * neither (see {@link AppendOnlyWorks#ofVolume}: kept and resumed for a list a search keeps, and for the works
     * an author's name alone may mean).
     */
    List<Work> ofVolume(List<Work> found, String volume) {
        if (found instanceof Pool.Citable citable) {
            return citable.ofVolume(volume, completions); // an author's name alone (see Pool#citableFrom)
        }
        return AppendOnlyWorks.ofVolume(found, volume);
    }

    /** Every work, in order of first citation. */
    List<Work> works() {
        return works;
    }

    /** The work with this {@link Work#keyOf key}, or null. */
    Work withKey(String key) {
        return byKey.get(key);
    }

    /** A work given in full for the first time. */
    void addFull(Work w) {
        w.position = works.size();
        works.add(w);
        byKey.put(w.key, w);
        index(w);
        Reference r = w.reference;
        if (r.type().has(ItemTrait.IDENTIFIED_BY_REPORT) && r.volume() != null && r.containerTitle() != null) {
            reportedByVolume.computeIfAbsent(r.volume(), k -> new ArrayList<>()).add(w);
        }
    }

    /**
     * The cases a case's short form names by volume and reporter ("Acme, 865 F.3d at 624"; the name may be one the
     * full citation does not have, or it gave none): those of that volume whose reporter the short form writes
     * just before "at".
     */
    List<Work> reportedAt(ShortCitation s) {
        List<Work> sameVolume = s.volume() == null ? null : reportedByVolume.get(s.volume());
        if (sameVolume == null) {
            return List.of();
        }
        List<Work> found = new ArrayList<>(1);
        for (Work w : sameVolume) {
            if (s.text().contains(" " + w.reference.containerTitle() + " at ")) {
                found.add(w);
            }
        }
        return found;
    }

    /** A work named by citation key: found again by its key only, never a candidate for a short form. */
    void addKeyed(Work w) {
        w.position = works.size();
        works.add(w);
        byKey.put(w.key, w);
    }

    /** A work known only from a short form that matched nothing. */
    void addProvisional(Work w) {
        w.position = works.size();
        works.add(w);
        byKey.putIfAbsent(w.key, w);
        index(w);
        provisional.add(w);
    }

    /** A provisional work that a full citation has completed: filed again, under its full key, names and title. */
    void completed(Work w) {
        completions++;
        provisional.completed(w);
        byKey.put(w.key, w);
        index(w);
    }

    private void index(Work w) {
        long stemMask = 0;
        for (String word : w.title.words()) {
            stemMask |= Pool.TitleKeys.stemBit(titleKeys.stems.idOf(Pool.stem(word)));
        }
        w.stemMask = stemMask;
        w.openingId = w.title.key().isEmpty() ? -1 : titleKeys.openings.idOf(w.title.key());
        allWorks.indexed(w, w.position);
        if (byLiteralKey != null) {
            fileLiteralKeys(w);
        }
        // Filed under the names a short form uses: an edited volume's editor ("Westad, Brothers in Arms"), a
        // film's director ("Curtiz, Casablanca"), when the work has no author (Reference.creators).
        for (Name a : w.reference.creators()) {
            String surname = Work.surnameKey(a);
            bySurname.computeIfAbsent(surname, k -> {
                if (k.length() >= ABBREVIATION_OPENING) {
                    surnamesByOpening.computeIfAbsent(k.substring(0, ABBREVIATION_OPENING), o -> new ArrayList<>())
                            .add(k);
                }
                return newPool();
            }).add(w);
            if (Names.readFamilyFirstByShape(a)) {
                String given = a.given().substring(a.given().lastIndexOf(' ') + 1);
                byGivenOfOwnOrder.computeIfAbsent(Names.fold(given), k -> newPool()).add(w);
            }
            if (!a.isLiteral() && a.particle() != null) {
                // "Von Mises, Human Action" for Ludwig von Mises: short notes may keep the particle.
                bySurname.computeIfAbsent(Names.fold(a.particle() + " " + a.family()), k -> newPool()).add(w);
            }
            String seat = Names.peerageSeat(a);
            if (seat != null) {
                // "Clarendon, History of the Rebellion" for Edward Hyde, Earl of Clarendon.
                bySurname.computeIfAbsent(Names.fold(seat), k -> newPool()).add(w);
            }
        }
        String word = w.reference.title() == null ? null : Work.firstWordOfFolded(w.title.full());
        w.titleWord = word;
        if (word != null) {
            byTitleWord.computeIfAbsent(word, k -> newPool()).add(w);
        }
    }

    private Pool newPool() {
        return Pool.filing(titleKeys);
    }

    /**
     * The works cited before note {@code beforeNote} that the short form can mean, best title match only: by its
     * author (or another name of theirs) and title, by title alone when it names no author.
     */
    List<Work> candidatesFor(ShortCitation s, int beforeNote) {
        Pool pool;
        if (!s.authors().isEmpty()) {
            pool = bySurname.get(Work.surnameKey(s.authors().get(0)));
            Name first = s.authors().get(0);
            if (pool == null && !first.isLiteral() && s.text().contains(first.family() + ".")) {
                pool = abbreviatedSurname(Work.surnameKey(first));
            }
            if (pool == null && (first.isLiteral() || ACRONYM.matcher(first.surname()).matches())) {
                List<Work> matches = literalAuthorMatches(first.isLiteral() ? first.literal() : first.surname());
                pool = matches.isEmpty() ? null : new Pool(matches, titleKeys);
            }
            Pool ownOrder = s.title() == null ? null : byGivenOfOwnOrder.get(Work.surnameKey(first));
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
            Pool sameOpening = pool == null && s.title() != null && Work.firstTitleWord(s.title()) != null
                    ? byTitleWord.get(Work.firstTitleWord(s.title())) : null;
            if (sameOpening != null) {
                // "Ngũgĩ, Decolonising the Mind" for Ngũgĩ wa Thiong'o, "García Márquez" for Gabriel García
                // Márquez: a name the full citation has, though not as its family name. Found by title, among
                // the works whose title opens alike only (not every work, as a misspelt title would be: a
                // document that cites in short form throughout would then compare each note with all).
                List<Work> byName = byTitle(s.title(), sameOpening, beforeNote).stream()
                        .filter(w -> namedIn(first, w.reference) || SpellingVariants.spelledAlike(first, w.reference))
                        .toList();
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
            // A work a short form introduced earlier in the same note counts too ("Smith, X, 4; Smith, X, 5").
            return pool.citableFrom(beforeNote);
        }
        return byTitle(s.title(), pool, beforeNote);
    }

    /**
     * The works cited before note {@code beforeNote} whose title best matches {@code title}, among those whose
     * title opens with the same word only (a misspelt title is not compared with every work of the document).
     */
    List<Work> titledLike(String title, int beforeNote) {
        String opening = Work.firstTitleWord(title);
        Pool sameOpening = opening == null ? null : byTitleWord.get(opening);
        return sameOpening == null ? List.of() : byTitle(title, sameOpening, beforeNote);
    }

    /**
     * The works a described-only document may repeat: those of its first author, or, with no author, those whose
     * title opens with the same word.
     */
    List<Work> byFirstAuthorOrTitleWord(Reference r) {
        Pool pool = !r.authors().isEmpty() ? bySurname.get(Work.surnameKey(r.authors().get(0)))
                : Work.firstTitleWord(r.title()) != null ? byTitleWord.get(Work.firstTitleWord(r.title())) : null;
        return pool == null ? List.of() : pool.works;
    }

    /**
     * The works known only from a short form, still waiting for their full citation, that a full citation may
     * complete: those of its first author, or of its first title word, or all of them; the last
     * {@link #RECENT_WORKS} of them, in the order introduced.
     */
    List<Work> provisionalFor(Reference full, String foldedTitle) {
        if (!full.authors().isEmpty()) {
            return provisional.recentBySurname(Work.surnameKey(full.authors().get(0)), RECENT_WORKS);
        }
        // The provisional part of titlePool: the works of the same first title word, or all of them.
        String word = full.title() == null ? null : Work.firstWordOfFolded(foldedTitle);
        return word != null && byTitleWord.containsKey(word)
                ? provisional.recentByTitleWord(word, RECENT_WORKS) : provisional.recent(RECENT_WORKS);
    }

    /**
     * The stem bits of a title's words (see {@link Work#stemMask}), those of stems no work has left out: a work's
     * title that compareExact finds in this title as a short title has no bit this mask lacks.
     */
    long stemMaskOf(TitleMatch.Folded title) {
        long mask = 0;
        for (String word : title.words()) {
            int id = titleKeys.stems.find(Pool.stem(word));
            if (id >= 0) {
                mask |= Pool.TitleKeys.stemBit(id);
            }
        }
        return mask;
    }

    /**
     * The works of the one surname filed that an abbreviated surname ("Cambr." for "Camb.", "Neubr." for
     * "Neubrig.") shortens or is shortened from, as older notes abbreviate a name now more, now less; null when
     * none or several do.
     */
    private Pool abbreviatedSurname(String written) {
        if (written.length() < ABBREVIATION_OPENING) {
            return null;
        }
        String found = null;
        for (String filed : surnamesByOpening.getOrDefault(written.substring(0, ABBREVIATION_OPENING), List.of())) {
            if (filed.startsWith(written) || written.startsWith(filed)) {
                if (found != null) {
                    return null;
                }
                found = filed;
            }
        }
        return found == null ? null : bySurname.get(found);
    }

    /** Works whose title starts with the same key word; all works when none does (a misspelt title). */
    private Pool titlePool(String title) {
        String word = Work.firstTitleWord(title);
        Pool pool = word == null ? null : byTitleWord.get(word);
        return pool == null ? allWorks : pool;
    }

    /**
     * Works by a body the short form names as written, by the end of its name ("Department of State" for the
     * U.S. Department of State), or by its acronym: Chicago allows a long corporate name to be abbreviated
     * after its first full citation ("IAEA, <i>Chernobyl Accident</i>" for the International Atomic Energy
     * Agency). In order of first citation.
     */
    private List<Work> literalAuthorMatches(String written) {
        String folded = Names.fold(written);
        boolean acronym = ACRONYM.matcher(written).matches();
        // The works filed under a key one of the three tests needs, tested again: a work a full citation completed
        // is still filed under the names of the short form that introduced it.
        List<Work> filed = new ArrayList<>(byLiteralKey().getOrDefault(SAME + folded, List.of()));
        if (folded.indexOf(' ') > 0) {
            filed.addAll(byLiteralKey.getOrDefault(ENDING + folded, List.of()));
        }
        if (acronym) {
            filed.addAll(byLiteralKey.getOrDefault(INITIALS + written, List.of()));
        }
        List<Work> out = new ArrayList<>();
        int mark = ++marks;
        for (Work w : filed) {
            if (w.mark == mark) {
                continue;
            }
            for (Name a : w.reference.authors()) {
                String full = Names.fold(a.surname());
                if (full.equals(folded) || a.isLiteral() && folded.indexOf(' ') > 0 && full.endsWith(" " + folded)
                        || acronym && a.isLiteral() && written.equals(initials(a.literal()))) {
                    w.mark = mark;
                    out.add(w);
                    break;
                }
            }
        }
        out.sort(Comparator.comparingInt(w -> w.position));
        return out;
    }

    /**
     * Works by the keys literalAuthorMatches looks up: each author's folded surname; for a body, each ending of its
     * name after a space, and its initials. Made the first time a short form names an unknown body, and kept up to
     * date after that: looking through every work for each such short form made a document that names thousands
     * of them cost the square of its length.
     */
    private Map<String, List<Work>> byLiteralKey() {
        if (byLiteralKey == null) {
            byLiteralKey = new HashMap<>();
            for (Work w : works) {
                fileLiteralKeys(w);
            }
        }
        return byLiteralKey;
    }

    private void fileLiteralKeys(Work w) {
        for (Name a : w.reference.authors()) {
            String full = Names.fold(a.surname());
            Pool.addOnce(byLiteralKey.computeIfAbsent(SAME + full, k -> new ArrayList<>()), w);
            if (a.isLiteral()) {
                for (int space = full.indexOf(' '); space >= 0; space = full.indexOf(' ', space + 1)) {
                    Pool.addOnce(byLiteralKey.computeIfAbsent(ENDING + full.substring(space + 1),
                            k -> new ArrayList<>()), w);
                }
                Pool.addOnce(byLiteralKey.computeIfAbsent(INITIALS + initials(a.literal()), k -> new ArrayList<>()),
                        w);
            }
        }
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

    /** The works of the pool with the best title match. */
    private List<Work> byTitle(String title, Pool pool, int beforeNote) {
        TitleMatch.Folded folded = TitleMatch.Folded.of(title);
        if (pool.works.size() <= Pool.SMALL) {
            return matchTitle(folded, pool.works, beforeNote);
        }
        TitleSearch earlier = pool.searches == null ? null : pool.searches.get(title);
        if (earlier != null && earlier.completions == completions) {
            // The same short title again ("Report on the State of Things, 12." after each of thousands of
            // reports): the search goes on from where it stopped instead of comparing every work again.
            List<Work> found = earlier.resume(folded, beforeNote);
            if (!found.isEmpty()) {
                return found;
            }
        }
        // A title that a few works have exactly ("History of the Ancient Harbours of Yorkshire" among thousands
        // of histories): found by the title itself when the pool can tell (see Pool#exactlyTitled).
        List<Work> exactly = pool.exactlyTitled(folded, beforeNote);
        if (exactly != null && !exactly.isEmpty()) {
            return exactly;
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
        if (found.size() >= TitleSearch.WORTH_KEEPING) {
            // Kept only for a title dozens of works tie on: that list is what grows with each repetition. (Made
            // for every small tie, the searches compared each short title with every work of its opening, where
            // the stem masks above find the few that can match.)
            TitleSearch search = new TitleSearch(sameOpening, completions, true);
            if (pool.searches == null) {
                pool.searches = new HashMap<>();
            }
            pool.searches.put(title, search);
            return search.resume(folded, beforeNote);
        }
        // A misspelt title: among the recent works only, of the same opening and then of the pool (see
        // RECENT_WORKS).
        if (found.isEmpty()) {
            found = matchApproximate(folded, sameOpening, beforeNote, RECENT_WORKS);
        }
        if (found.isEmpty()) {
            found = matchExactAmongStems(title, folded, pool, canMatch, beforeNote);
        }
        return found.isEmpty() ? matchApproximate(folded, pool.works, beforeNote, RECENT_WORKS) : found;
    }

    /**
     * matchExact among the works that have every stem of the short title, wherever their title opens (a short
     * title of later words only, "Part 2"). A title that dozens of works match is searched once and resumed at its
     * next repetition, as in the first tier: thousands of works titled "…, Part 2" and as many short forms "Part 2"
     * cost the square of their number. {@code canMatch} is then a list the pool keeps and lengthens.
     */
    private List<Work> matchExactAmongStems(String title, TitleMatch.Folded folded, Pool pool, List<Work> canMatch,
                                            int beforeNote) {
        TitleSearch earlier = pool.stemTitleSearches == null ? null : pool.stemTitleSearches.get(title);
        if (earlier != null && earlier.completions == completions && earlier.sameOpening == canMatch) {
            return earlier.resume(folded, beforeNote);
        }
        List<Work> found = matchExact(folded, canMatch, beforeNote);
        if (found.size() >= TitleSearch.WORTH_KEEPING) {
            TitleSearch search = new TitleSearch(canMatch, completions, false);
            if (pool.stemTitleSearches == null) {
                pool.stemTitleSearches = new HashMap<>();
            }
            pool.stemTitleSearches.put(title, search);
            return search.resume(folded, beforeNote);
        }
        return found;
    }

    /** The works with the best title match; edit distances only when nothing matched exactly. */
    private List<Work> matchTitle(TitleMatch.Folded title, List<Work> pool, int beforeNote) {
        List<Work> exact = matchExact(title, pool, beforeNote);
        return exact.isEmpty() ? matchApproximate(title, pool, beforeNote, Integer.MAX_VALUE) : exact;
    }

    /**
     * The works with the best exact title match (EXACT over SHORTENED), each once: a work filed again when a full
     * citation completed it is in some pools twice. Whether a work is already listed is told by a mark, not by
     * searching the list, which made a title that thousands of works tie on cost the square of their number.
     */
    private List<Work> matchExact(TitleMatch.Folded title, List<Work> pool, int beforeNote) {
        TitleMatch.Level best = TitleMatch.Level.NONE;
        List<Work> out = new ArrayList<>();
        int mark = ++marks;
        for (Work w : pool) {
            if (!w.citableFrom(beforeNote)) {
                continue;
            }
            TitleMatch.Level level = TitleMatch.compareExact(title, w.title);
            if (level == TitleMatch.Level.NONE) {
                continue;
            }
            if (level.ordinal() < best.ordinal()) {
                best = level;
                out.clear();
                mark = ++marks;
            }
            if (level == best && w.mark != mark) {
                w.mark = mark;
                out.add(w);
            }
        }
        return out;
    }

    /**
     * The works whose title is spelt almost like the short title, each once, among the last {@code recent} of the
     * pool (those filed last: the list is in the order filed, so they are found without a scan).
     */
    private List<Work> matchApproximate(TitleMatch.Folded title, List<Work> pool, int beforeNote, int recent) {
        List<Work> out = new ArrayList<>();
        int mark = ++marks;
        // Most titles differ too much in length or letters for an edit distance to be worth computing.
        TitleMatch.Letters letters = TitleMatch.Letters.of(title.fullNoArticle());
        TitleMatch.Pattern pattern = null; // made when a work first passes the letters' test
        int n = pool.size();
        for (int i = Math.max(0, n - recent); i < n; i++) {
            Work w = pool.get(i);
            approximateExamined++;
            if (!w.citableFrom(beforeNote) || w.mark == mark || !w.maySpellLike(title, letters)) {
                continue;
            }
            if (pattern == null) {
                pattern = TitleMatch.Pattern.of(title.fullNoArticle());
            }
            if (TitleMatch.compareApproximate(title, w.title, pattern) == TitleMatch.Level.APPROXIMATE) {
                w.mark = mark;
                out.add(w);
            }
        }
        return out;
    }
}

package org.ibidem.resolution;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ibidem.citation.Citation;
import org.ibidem.citation.CitationKind;
import org.ibidem.citation.CrossReference;
import org.ibidem.citation.FullCitation;
import org.ibidem.citation.IbidCitation;
import org.ibidem.citation.Names;
import org.ibidem.citation.ParsedNote;
import org.ibidem.citation.ShortCitation;
import org.ibidem.citation.StyleFlag;
import org.ibidem.citation.UnparsedCitation;
import org.ibidem.document.Note;
import org.ibidem.reference.ItemTrait;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Name;
import org.ibidem.reference.Reference;
import org.jspecify.annotations.NullMarked;

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
 *       most recently cited work; "supra note 3" at the work note 3 cites.</li>
 *   <li>Nothing is resolved on a guess: when no candidate or several remain, the citation is unresolved and its
 *       status says why, so the checker can report it.</li>
 * </ul>
 * The pass below reads as those rules: one small method per kind of citation (those for supra, op. cit. and loc.
 * cit. in a package-private class of their own). Finding the works a short form may mean without looking through
 * them all is the business of a package-private index, so a pass costs time linear in the number of citations.
 *
 * <pre>{@code
 * Resolution r = new Resolver().resolve(parsedNotes);
 * r.sources().size();   // distinct works, each with an id such as "shen2016"
 * }</pre>
 *
 * <p>Stateless and thread-safe; each call works on its own state.
 */
public final class Resolver {

    /** Creates a resolver; it keeps no state between calls. */
    @NullMarked
    public Resolver() {
        // nothing to set up
    }

    // Works whose titles Chicago sets in italics, never in quotation marks.

    /** Resolves the notes of one document, in order. */
    @NullMarked
    public Resolution resolve(List<ParsedNote> notes) {
        Objects.requireNonNull(notes, "notes");
        return new Pass(notes.size()).run(notes);
    }

    private static final class Pass {
        private final WorkIndex index;
        private Work lastCited;
        private final CrossReferences crossReferences;
        // The book under review, once a review cites it by page alone ("P. 88.").
        private Work reviewed;
        // Works introduced by their author's name alone, with no place cited (see NamedAlone).
        private final Set<Work> namedOnly = new java.util.HashSet<>();

        /** A pass over {@code notes} notes: the maps that get an entry per note or per work are made that big. */
        Pass(int notes) {
            index = new WorkIndex(notes);
            crossReferences = new CrossReferences(index, notes);
        }

        Resolution run(List<ParsedNote> notes) {
            List<List<Outcome>> outcomes = new ArrayList<>(notes.size());
            for (int n = 0; n < notes.size(); n++) {
                ParsedNote note = notes.get(n);
                ParsedNote previous = n > 0 ? notes.get(n - 1) : null;
                List<Outcome> previousOutcomes = n > 0 ? outcomes.get(n - 1) : List.of();
                List<Outcome> here = new ArrayList<>();
                for (Citation c : note.citations()) {
                    Outcome o = resolveOne(c, note, here, previous, previousOutcomes);
                    here.add(o);
                    remember(o);
                }
                outcomes.add(here);
                crossReferences.noteResolved(note.note(), here);
            }
            markForwardReferences(outcomes);
            List<Reference> sources = SourceIds.assign(index.works());
            List<ResolvedNote> resolved = new ArrayList<>(notes.size());
            for (int n = 0; n < notes.size(); n++) {
                List<ResolvedCitation> cs = new ArrayList<>();
                for (Outcome o : outcomes.get(n)) {
                    List<Note> candidates = new ArrayList<>(o.candidates().size());
                    for (int c : o.candidates()) {
                        candidates.add(noteAt(notes, c));
                    }
                    cs.add(new ResolvedCitation(o.citation(), o.kind(), o.status(),
                            o.work() == null ? null : o.work().id, noteAt(notes, o.antecedent()), o.locator(),
                            o.inherited(), candidates, o.matchedTitle(), o.given(), o.flags(),
                            o.candidateCount()));
                }
                resolved.add(new ResolvedNote(notes.get(n).note(), cs));
            }
            return new Resolution(resolved, sources);
        }

        /**
         * The note of an index (order of appearance, from 1), or null for 0. Inside the pass notes are numbers, as
         * the index keeps them; a resolved citation names the note itself.
         */
        private static Note noteAt(List<ParsedNote> notes, int index) {
            if (index < 1) {
                return null;
            }
            if (index <= notes.size() && notes.get(index - 1).note().index() == index) {
                return notes.get(index - 1).note();
            }
            for (ParsedNote p : notes) { // notes not given in document order
                if (p.note().index() == index) {
                    return p.note();
                }
            }
            throw new IllegalStateException("No note has index " + index);
        }

        /** The one dispatch on the kinds of citation. */
        private Outcome resolveOne(Citation c, ParsedNote note, List<Outcome> before, ParsedNote previous,
                                   List<Outcome> previousOutcomes) {
            int noteIndex = note.note().index();
            String chapter = note.note().chapter();
            if (c instanceof FullCitation f) {
                return full(f, noteIndex, chapter);
            }
            if (c instanceof IbidCitation i) {
                return ibid(i, note, before, previous, previousOutcomes);
            }
            if (c instanceof ShortCitation s) {
                return switch (s.form()) {
                    case REVIEWED_WORK -> reviewedWork(s, noteIndex, chapter);
                    case CITATION_KEY -> keyed(s, noteIndex, chapter);
                    default -> shortForm(s, noteIndex, chapter);
                };
            }
            if (c instanceof CrossReference x) {
                return x.form() == CrossReference.Form.NOTE ? crossReferences.supra(x, noteIndex, chapter)
                        : crossReferences.opCit(x, chapter, lastCited);
            }
            if (c instanceof UnparsedCitation u) {
                return new Outcome(u, ResolutionStatus.UNPARSED, null, 0, null);
            }
            throw new AssertionError(c);
        }

        /** What later citations lean on: the last work cited, in all and per author, and its place. */
        private void remember(Outcome o) {
            if (o.work() != null) {
                lastCited = o.work();
                if (o.locator() != null) {
                    o.work().lastLocator = o.locator();
                }
                crossReferences.cited(o.work());
            }
        }

        /** Short forms that introduced a work a later full citation completed are forward references. */
        private static void markForwardReferences(List<List<Outcome>> outcomes) {
            for (List<Outcome> here : outcomes) {
                for (int i = 0; i < here.size(); i++) {
                    Outcome o = here.get(i);
                    if (o.status() == ResolutionStatus.INTRODUCED && o.work().completedAt > 0) {
                        here.set(i, new Outcome(o.citation(), o.kind(), ResolutionStatus.FORWARD_ONLY, o.work(), 0,
                                o.locator(), false, List.of(o.work().completedAt), null, o.given(), o.flags(), 1));
                    }
                }
            }
        }

        // ---- Full citations ----

        /**
         * A full citation: a new work, the same work again (REPEATED), the completion of a work a short form
         * introduced, or — for a document described only by writer and date — a short form in disguise.
         */
        private Outcome full(FullCitation f, int noteIndex, String chapter) {
            // The citation stays as written; what it leaves to the citation before it is completed here.
            Reference given = withAuthorsFilledIn(f);
            Set<ResolutionFlag> completed = given == f.reference() ? Set.of()
                    : Set.of(ResolutionFlag.AUTHORS_OF_PREVIOUS_WORK);
            if (IbidContainers.isIbidContainer(given) && lastCited != null) {
                // "‘Manifesto’, ibid., 11–28": a new piece in the issue or book of the work cited just before.
                Reference inContainer = IbidContainers.completed(given, lastCited.reference);
                if (inContainer != given) {
                    given = inContainer;
                    completed = plus(completed, ResolutionFlag.CONTAINING_BOOK_COMPLETED);
                }
            }
            // Folded once for the key, the work's title record and its first word.
            String foldedTitle = Names.fold(given.title());
            String key = Work.keyOf(given, foldedTitle);
            Work existing = index.withKey(key);
            if (existing == null && isDescribedOnly(given)) {
                Work earlier = earlierDocument(given);
                if (earlier != null) {
                    return documentShortForm(f, given, completed, earlier, chapter);
                }
            }
            if (existing == null) {
                existing = provisionalCompletedBy(given, foldedTitle);
                if (existing != null) {
                    // A short form came first; this full citation completes its work.
                    existing.reference = given;
                    existing.title = TitleMatch.Folded.of(given.title(), foldedTitle);
                    existing.provisional = false;
                    existing.completedAt = noteIndex;
                    existing.lastFullNote = noteIndex;
                    existing.lastFullChapter = chapter;
                    existing.key = key;
                    index.completed(existing);
                    return new Outcome(f, ResolutionStatus.DEFINED, existing, 0, f.locator())
                            .completed(CitationKind.FULL, given, completed);
                }
            }
            if (existing != null) {
                existing.lastFullNote = noteIndex;
                existing.lastFullChapter = chapter;
                return new Outcome(f, ResolutionStatus.REPEATED, existing, existing.firstNote, f.locator())
                        .completed(CitationKind.FULL, given, completed);
            }
            Reference source = withContainingBook(given, noteIndex);
            if (source != given) {
                completed = plus(completed, ResolutionFlag.CONTAINING_BOOK_COMPLETED);
            }
            Work w = new Work(source, noteIndex, chapter, key, TitleMatch.Folded.of(given.title(), foldedTitle));
            index.addFull(w);
            return new Outcome(f, ResolutionStatus.DEFINED, w, 0, f.locator())
                    .completed(CitationKind.FULL, given, completed);
        }

        /**
         * "Idem, <i>Economy and Society</i>, …": the citation's work with the authors of the work cited just
         * before; any other citation's work as it is.
         */
        private Reference withAuthorsFilledIn(FullCitation f) {
            Reference r = f.reference();
            if (!f.flags().contains(StyleFlag.SAME_AUTHOR_AS_BEFORE) || !r.authors().isEmpty() || lastCited == null) {
                return r;
            }
            Reference before = lastCited.reference;
            List<Name> same = before.creators();
            return r.toBuilder().authors(same).build();
        }

        /**
         * The provisional work (from a short form) that a full citation completes, or null: the first whose title
         * the full title has, exactly or shortened.
         */
        private Work provisionalCompletedBy(Reference full, String foldedTitle) {
            // Folded once, not once per provisional work: a writer who cites in short first may have thousands.
            TitleMatch.Folded fullTitle = null;
            long fullStems = 0;
            for (Work w : index.provisionalFor(full, foldedTitle)) {
                if (!w.provisional) {
                    continue;
                }
                boolean titleOk;
                if (w.reference.title() == null) {
                    titleOk = full.authors().size() > 0 && !w.reference.authors().isEmpty();
                } else {
                    if (fullTitle == null) {
                        fullTitle = TitleMatch.Folded.of(full.title(), foldedTitle);
                        fullStems = index.stemMaskOf(fullTitle);
                    }
                    // (A provisional work's title record is its title, folded.) A stem the full title lacks rules
                    // the work out without comparing words: one writer's thousands of short forms were each
                    // compared with every full citation of theirs.
                    titleOk = (w.stemMask & ~fullStems) == 0
                            && TitleMatch.compareExact(w.title, fullTitle) != TitleMatch.Level.NONE;
                }
                boolean volumeOk = w.reference.volume() == null || Volumes.same(w.reference.volume(), full.volume());
                if (titleOk && volumeOk) {
                    return w;
                }
            }
            return null;
        }

        /**
         * A chapter whose book is given in short ("Charles S. Maier, “Leviathan 2.0,” in Rosenberg, <i>World
         * Connecting</i>, 29–282"), as Chicago allows once the book itself has been cited in full (CMOS 14.108): the
         * chapter's work takes the book's full title, editors, publisher, place and year from that earlier full
         * citation, so its bibliography entry is complete. Any other reference, or a book not found exactly once,
         * comes back as it is.
         */
        private Reference withContainingBook(Reference r, int noteIndex) {
            if (!r.type().has(ItemTrait.IN_A_BOOK) || r.containerTitle() == null || r.publisher() != null
                    || r.issued() != null) {
                return r;
            }
            List<Work> books = new ArrayList<>();
            for (Work w : index.titledLike(r.containerTitle(), noteIndex)) {
                TitleMatch.Level level = TitleMatch.compare(r.containerTitle(), w.reference.title());
                if (w.reference.type().has(ItemTrait.PUBLISHED_AS_A_VOLUME) && !w.provisional
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
            return r.type().has(ItemTrait.UNPUBLISHED) && r.issued() != null && r.archive() == null
                    && r.archiveLocation() == null && r.collectionTitle() == null && r.url() == null
                    && r.publisher() == null;
        }

        /**
         * The document given in full earlier that a described-only citation repeats: the same date, and the same
         * writers (by surname, when it names any) or the same words of its description in order.
         */
        private Work earlierDocument(Reference r) {
            Work found = null;
            for (Work w : index.byFirstAuthorOrTitleWord(r)) {
                Reference e = w.reference;
                if (w.provisional || !e.type().has(ItemTrait.UNPUBLISHED) || !r.issued().equals(e.issued())) {
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
                if (all.stream().noneMatch(a -> Work.surnameKey(a).equals(Work.surnameKey(n)))) {
                    return false;
                }
            }
            return true;
        }

        /** A described-only document after its full citation: it resolves as that document's short form. */
        private Outcome documentShortForm(FullCitation f, Reference given, Set<ResolutionFlag> completed,
                                          Work earlier, String chapter) {
            ResolutionStatus status = Objects.equals(earlier.lastFullChapter, chapter) ? ResolutionStatus.RESOLVED
                    : ResolutionStatus.RESOLVED_ACROSS_CHAPTER;
            return new Outcome(f, status, earlier, earlier.lastFullNote, f.locator())
                    .completed(CitationKind.SHORT, given, plus(completed, ResolutionFlag.READ_AS_SHORT_FORM));
        }

        private static Set<ResolutionFlag> plus(Set<ResolutionFlag> flags, ResolutionFlag flag) {
            Set<ResolutionFlag> more = EnumSet.of(flag);
            more.addAll(flags);
            return more;
        }

        // ---- Ibid. ----

        private Outcome ibid(IbidCitation i, ParsedNote note, List<Outcome> allBefore, ParsedNote previous,
                             List<Outcome> allPrevious) {
            // "Id." refers to the citation before it, not to one inside that citation's "(quoting …)". (Looked for
            // from the end: a note of thousands of ibids must not filter all that come before each one.)
            Outcome before = lastOutsideParentheticals(allBefore);
            Outcome antecedent;
            int antecedentNote;
            if (before != null) {
                antecedent = before;
                antecedentNote = note.note().index();
                return ibidOf(i, antecedent, antecedentNote);
            }
            if (previous == null || !Objects.equals(previous.note().chapter(), note.note().chapter())) {
                return unresolved(i, ResolutionStatus.NO_ANTECEDENT, 0, i.locator());
            }
            List<Outcome> previousOutcomes = outsideParentheticals(allPrevious);
            if (previousOutcomes.isEmpty()) {
                return unresolved(i, ResolutionStatus.AFTER_COMMENTARY, previous.note().index(), i.locator());
            } else if (previousOutcomes.size() > 1 && !sameWork(previousOutcomes)) {
                return unresolved(i, ResolutionStatus.AFTER_SEVERAL, previous.note().index(), i.locator());
            } else {
                // One citation, or one work cited several times ("Gaddis, …, 5; ibid., 7"): the last one counts.
                antecedent = previousOutcomes.get(previousOutcomes.size() - 1);
                antecedentNote = previous.note().index();
            }
            return ibidOf(i, antecedent, antecedentNote);
        }

        /** An ibid leaning on the given outcome, of the given note. */
        private static Outcome ibidOf(IbidCitation i, Outcome antecedent, int antecedentNote) {
            if (antecedent.work() == null) {
                return unresolved(i, ResolutionStatus.AFTER_UNRESOLVED, antecedentNote, i.locator());
            }
            boolean inherit = i.locator() == null && antecedent.locator() != null;
            Locator locator = inherit ? antecedent.locator() : i.locator();
            Outcome o = new Outcome(i, ResolutionStatus.RESOLVED, antecedent.work(), antecedentNote, locator);
            return inherit ? o.inheriting() : o;
        }

        /** The last outcome that is not of a citation inside another's parenthetical, or null. */
        private static Outcome lastOutsideParentheticals(List<Outcome> outcomes) {
            for (int k = outcomes.size() - 1; k >= 0; k--) {
                if (!outcomes.get(k).citation().flags().contains(StyleFlag.IN_PARENTHETICAL)) {
                    return outcomes.get(k);
                }
            }
            return null;
        }

        /** The outcomes without those of citations inside another's parenthetical (the list itself if none). */
        private static List<Outcome> outsideParentheticals(List<Outcome> outcomes) {
            List<Outcome> kept = null;
            for (int k = 0; k < outcomes.size(); k++) {
                Citation c = outcomes.get(k).citation();
                boolean inside = c.flags().contains(StyleFlag.IN_PARENTHETICAL);
                if (inside && kept == null) {
                    kept = new ArrayList<>(outcomes.subList(0, k));
                } else if (!inside && kept != null) {
                    kept.add(outcomes.get(k));
                }
            }
            return kept == null ? outcomes : kept;
        }

        private static boolean sameWork(List<Outcome> outcomes) {
            Work first = outcomes.get(0).work();
            return first != null && outcomes.stream().allMatch(o -> o.work() == first);
        }

        /**
         * "P. 88." in a book review: the work under review, which the review names in its heading and no note
         * gives. The first such citation introduces it; the others are of the same work.
         */
        private Outcome reviewedWork(ShortCitation s, int noteIndex, String chapter) {
            if (reviewed == null) {
                Reference ref = Reference.builder(ItemType.BOOK).note("the work under review").build();
                reviewed = new Work(ref, noteIndex, chapter, "reviewed#", TitleMatch.Folded.of(null, Names.fold(null)));
                reviewed.provisional = true;
                index.addProvisional(reviewed);
                return new Outcome(s, ResolutionStatus.INTRODUCED, reviewed, 0, s.locator());
            }
            return new Outcome(s, ResolutionStatus.RESOLVED, reviewed, reviewed.firstNote, s.locator());
        }

        // ---- Citation keys ----

        /**
         * "beard2015" from {@code \footcite{beard2015}}: the work a bibliography file gives under that key. Its first
         * citation gives it (as a full citation would), later ones point at it; nothing is known of it but the key.
         */
        private Outcome keyed(ShortCitation s, int noteIndex, String chapter) {
            String key = "\u0001" + s.title();
            Work w = index.withKey(key);
            if (w != null) {
                return Outcome.resolvedTo(s, w, chapter, ResolutionStatus.RESOLVED, null);
            }
            w = new Work(Reference.builder(ItemType.BOOK).build(), noteIndex, chapter, key,
                    TitleMatch.Folded.of(null));
            w.citationKey = s.title();
            index.addKeyed(w);
            return new Outcome(s, ResolutionStatus.DEFINED, w, 0, s.locator());
        }

        // ---- Short forms ----

        /**
         * "Beard, SPQR, 15": the one earlier work by that author with that title. No candidate introduces a work
         * known only from this short form; several that the volume and the title's quotation marks do not narrow
         * to one are ambiguous.
         */
        private Outcome shortForm(ShortCitation s, int noteIndex, String chapter) {
            if (s.authors().isEmpty() && s.title() == null) {
                return idem(s, noteIndex, chapter);
            }
            List<Work> found = index.candidatesFor(s, noteIndex);
            if (found.isEmpty() && s.volume() != null) {
                found = index.reportedAt(s);
            }
            if (found.isEmpty() && s.title() != null && !s.authors().isEmpty() && !namedOnly.isEmpty()) {
                Work named = NamedAlone.titledLater(s, noteIndex, index, namedOnly);
                if (named != null) {
                    return Outcome.resolvedTo(s, named, chapter, ResolutionStatus.RESOLVED, null);
                }
            }
            if (found.isEmpty()) {
                return introduce(s, noteIndex, chapter);
            }
            if (s.volume() != null) {
                // Those of that volume; or, a work cited as a whole (no volume) covering all its volumes, those
                // with none: "Niles Register, vol. xvi."
                List<Work> sameVolume = index.ofVolume(found, s.volume());
                if (sameVolume.isEmpty()) {
                    return new Outcome(s, ResolutionStatus.VOLUME_MISMATCH, null, 0, s.locator())
                            .withCandidates(found);
                }
                found = sameVolume;
            }
            if (found.size() > WorkIndex.RECENT_WORKS) {
                // Hundreds of works tie ("Collected Papers, 4." after thousands of them): ambiguous, without
                // looking through them all again for the one untitled work or the one not a book, which made
                // each repetition cost as much as the works before it (issue 17). The volume narrows them still.
                return new Outcome(s, ResolutionStatus.AMBIGUOUS, null, 0, s.locator()).withCandidates(found);
            }
            if (found.size() > 1 && s.form() == ShortCitation.Form.AUTHOR_ONLY) {
                // "Hartley, i. 628" after "Hartley, i, 606" and "Hartley, Mill, 12": the author's name alone names
                // the work that the notes have only ever called by that name.
                List<Work> untitled = found.stream().filter(w -> w.reference.title() == null).toList();
                found = untitled.size() == 1 ? untitled : found;
            }
            if (found.size() > 1 && titleInQuotes(s)) {
                // "“Atlantic Telegraph.”": quotation marks name an article, a chapter or a page, not a book.
                List<Work> quoted = found.stream()
                        .filter(w -> !w.reference.type().has(ItemTrait.PUBLISHED_AS_A_VOLUME)).toList();
                found = quoted.isEmpty() ? found : quoted;
            }
            if (found.size() > 1) {
                return new Outcome(s, ResolutionStatus.AMBIGUOUS, null, 0, s.locator())
                        .withCandidates(found);
            }
            Work w = found.get(0);
            TitleMatch.Level level = s.title() == null ? TitleMatch.Level.EXACT
                    : TitleMatch.compare(s.title(), w.reference.title());
            if (level == TitleMatch.Level.APPROXIMATE) {
                return Outcome.resolvedTo(s, w, chapter, ResolutionStatus.RESOLVED_APPROXIMATE, w.reference.title());
            }
            return Outcome.resolvedTo(s, w, chapter, ResolutionStatus.RESOLVED, null);
        }

        /**
         * "Idem, 202.": the author of the work cited just before, named by a page alone; it means that author's
         * work, as "Foner, 202." would. The lookup asks for the author's works by name; the outcome is recorded
         * for the citation as written. With no work cited before, or one without authors, it has nothing to
         * refer to.
         */
        private Outcome idem(ShortCitation s, int noteIndex, String chapter) {
            List<Name> same = lastCited == null ? List.of() : lastCited.reference.creators();
            if (same.isEmpty()) {
                return unresolved(s, ResolutionStatus.NO_MATCH, 0, s.locator());
            }
            ShortCitation named = new ShortCitation(ShortCitation.Form.AUTHOR_ONLY, same, null, s.volume(),
                    s.locator(), null, s.text(), s.span(), s.prefix(), s.suffix(), s.flags());
            Outcome o = index.candidatesFor(named, noteIndex).isEmpty()
                    ? Outcome.resolvedTo(named, lastCited, chapter, ResolutionStatus.RESOLVED, null)
                    : shortForm(named, noteIndex, chapter);
            return o.forWritten(s, Set.of(ResolutionFlag.AUTHORS_OF_PREVIOUS_WORK));
        }

        /** A work known only from a short form that matched nothing: author, title and volume as given. */
        private Outcome introduce(ShortCitation s, int noteIndex, String chapter) {
            // The volume stays with the citation: a short form's "vol. xvi." says where, not which work.
            Reference ref = Reference.builder(ItemType.BOOK).authors(s.authors()).title(s.title()).build();
            String foldedTitle = Names.fold(ref.title());
            Work w = new Work(ref, noteIndex, chapter, Work.keyOf(ref, foldedTitle),
                    TitleMatch.Folded.of(ref.title(), foldedTitle));
            w.provisional = true;
            index.addProvisional(w);
            if (s.form() == ShortCitation.Form.AUTHOR_ONLY && s.locator() == null) {
                namedOnly.add(w); // "… and Le Clerc.": the writer's account, its title still to come
            }
            return new Outcome(s, ResolutionStatus.INTRODUCED, w, 0, s.locator());
        }

        /** Whether the short form writes its title in quotation marks. */
        private static boolean titleInQuotes(ShortCitation s) {
            if (s.titleSpan() == null) {
                return false;
            }
            int at = s.titleSpan().start() - s.span().start();
            return at >= 0 && at < s.text().length() && "“\"«„".indexOf(s.text().charAt(at)) >= 0;
        }

        private static Outcome unresolved(Citation c, ResolutionStatus status, int antecedent, Locator locator) {
            return new Outcome(c, status, null, antecedent, locator);
        }
    }
}

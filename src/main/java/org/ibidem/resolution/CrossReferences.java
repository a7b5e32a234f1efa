package org.ibidem.resolution;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ibidem.citation.CrossReference;
import org.ibidem.citation.ShortCitation;
import org.ibidem.document.Note;
import org.ibidem.reference.Name;

/**
 * The cross-references of one {@link Resolver} pass: "supra note 3" (the work note 3 cites), "op. cit." (the
 * author's most recently cited work) and "loc. cit." (that work and its place). As the pass goes it is told what
 * each numbered note resolved to and which work each author was cited for last, which is all these forms lean on.
 *
 * <p>One per pass; not thread-safe.
 */
final class CrossReferences {

    private final WorkIndex index;
    // Most recent work cited, per author surname, for op. cit.
    private final Map<String, Work> lastByAuthor = new HashMap<>();
    // What each note resolved to, by chapter and number, for cross-references ("supra note 3").
    private final Map<NoteNumber, NoteOutcomes> byNoteNumber;

    /** The cross-references of a pass over {@code notes} notes, whose works {@code index} files. */
    CrossReferences(WorkIndex index, int notes) {
        this.index = index;
        // Growing it one doubling at a time copied every entry again and again.
        byNoteNumber = new HashMap<>(Math.max(16, notes * 4 / 3));
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

    /** What a note's citations resolved to, for later cross-references to it by number. */
    void noteResolved(Note note, List<Outcome> outcomes) {
        if (note.number() > 0) {
            byNoteNumber.put(new NoteNumber(note.chapter(), note.number()), new NoteOutcomes(note.index(), outcomes));
        }
    }

    /** A work just cited: the most recent work of each of its authors. */
    void cited(Work w) {
        for (String surname : w.authorKeys()) {
            lastByAuthor.put(surname, w);
        }
    }

    /** "Smith, supra note 3": the work note 3 cites (by Smith, when it cites several). */
    Outcome supra(CrossReference s, int noteIndex, String chapter) {
        NoteOutcomes seen = byNoteNumber.get(new NoteNumber(chapter, s.note()));
        List<Outcome> there = seen == null ? null : seen.outcomes();
        if (there == null) {
            return new Outcome(s, ResolutionStatus.NO_MATCH, null, 0, s.locator());
        }
        // A set, not a list searched at each citation: a note may cite thousands of works.
        Set<Work> all = new LinkedHashSet<>();
        Set<Work> works = new LinkedHashSet<>();
        for (Outcome o : there) {
            Work w = o.work();
            if (w != null) {
                all.add(w);
                if (byAllNamed(s, w) && titled(s, w)) {
                    works.add(w);
                }
            }
        }
        if (works.isEmpty() && all.size() == 1 && all.containsAll(namedCandidates(s, noteIndex))) {
            // "Lord Bingham (n 4)", "Le Sueur et al. (n 34)": the one work that note cites, whatever the name
            // the cross-reference gives it (a rank, an author the full citation did not set apart), unless
            // the name is that of another work cited before (then the note number is wrong).
            works = all;
        }
        if (works.size() != 1) {
            return new Outcome(s, works.isEmpty() ? ResolutionStatus.NO_MATCH : ResolutionStatus.AMBIGUOUS, null,
                    0, s.locator());
        }
        return new Outcome(s, ResolutionStatus.RESOLVED, works.iterator().next(), seen.index(), s.locator());
    }

    /** Whether the work has every author the cross-reference names ("Citron & Franks"), by surname. */
    private static boolean byAllNamed(CrossReference s, Work w) {
        for (Name named : s.authors()) {
            String key = Work.surnameKey(named);
            if (w.reference.authors().stream().noneMatch(a -> Work.surnameKey(a).equals(key))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the work has the title the cross-reference gives, if any ("Citron, Sexual Privacy, supra"). */
    private static boolean titled(CrossReference s, Work w) {
        return s.title() == null || w.reference.title() != null
                && TitleMatch.compare(s.title(), w.reference.title()) != TitleMatch.Level.NONE;
    }

    /** The works cited before that the name or short title a cross-reference gives would match, as a short form. */
    private List<Work> namedCandidates(CrossReference x, int noteIndex) {
        if (x.authors().isEmpty() && x.title() == null) {
            return List.of();
        }
        ShortCitation.Form form = x.authors().isEmpty() ? ShortCitation.Form.TITLE_ONLY
                : x.title() == null ? ShortCitation.Form.AUTHOR_ONLY : ShortCitation.Form.AUTHOR_TITLE;
        return index.candidatesFor(new ShortCitation(form, x.authors(), x.title(), null, x.locator(), null,
                x.text(), x.span(), x.prefix(), x.suffix(), Set.of()), noteIndex);
    }

    /**
     * "Mao, op. cit., 16": the author's most recently cited work ({@code lastCited}, the work cited just before,
     * when it names no author); "loc. cit." its place too.
     */
    Outcome opCit(CrossReference s, String chapter, Work lastCited) {
        Work w = s.authors().isEmpty() ? lastCited : lastByAuthor.get(Work.surnameKey(s.authors().get(0)));
        if (w == null && !s.authors().isEmpty()) {
            w = AbbreviatedAuthors.lastBy(lastByAuthor, s.authors().get(0), s.text());
        }
        if (w == null) {
            return new Outcome(s, ResolutionStatus.NO_MATCH, null, 0, s.locator());
        }
        if (s.form() == CrossReference.Form.LOC_CIT && s.locator() == null && w.lastLocator != null) {
            // "the place cited": the locator of the work's last citation.
            ResolutionStatus st = Objects.equals(w.lastFullChapter, chapter) ? ResolutionStatus.RESOLVED
                    : ResolutionStatus.RESOLVED_ACROSS_CHAPTER;
            return new Outcome(s, st, w, w.lastFullNote, w.lastLocator).inheriting();
        }
        return Outcome.resolvedTo(s, w, chapter, ResolutionStatus.RESOLVED, null);
    }
}

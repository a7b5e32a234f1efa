package org.ibidem.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ibidem.citation.Citation;
import org.ibidem.citation.CitationKind;
import org.ibidem.citation.FullCitation;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Reference;

/**
 * What a citation resolved to, before ids exist: the work, the note leant on, the place; for a citation written
 * in full, the reference it gives as completed ({@code given}); and what the resolver decided about it.
 */
record Outcome(Citation citation, CitationKind kind, ResolutionStatus status, Work work, int antecedent,
               Locator locator, boolean inherited, List<Integer> candidates, String matchedTitle, Reference given,
               Set<ResolutionFlag> flags, int candidateCount) {

    /** The citation resolved as written, with nothing inherited, no candidates and nothing completed. */
    Outcome(Citation citation, ResolutionStatus status, Work work, int antecedent, Locator locator) {
        this(citation, citation.kind(), status, work, antecedent, locator, false, List.of(), null,
                citation instanceof FullCitation f ? f.reference() : null, Set.of(), 0);
    }

    /**
     * A citation resolved to a work cited before, leaning on the work's last full citation; a plain resolution
     * in another chapter than that citation's is {@link ResolutionStatus#RESOLVED_ACROSS_CHAPTER}.
     */
    static Outcome resolvedTo(Citation s, Work w, String chapter, ResolutionStatus status, String matchedTitle) {
        // Chicago gives the full citation again at a work's first mention in each chapter.
        ResolutionStatus st = status == ResolutionStatus.RESOLVED && !Objects.equals(w.lastFullChapter, chapter)
                ? ResolutionStatus.RESOLVED_ACROSS_CHAPTER : status;
        Outcome o = new Outcome(s, st, w, w.lastFullNote, s.locator());
        return matchedTitle == null ? o : o.matching(matchedTitle);
    }

    /** The same outcome, its locator inherited from the antecedent. */
    Outcome inheriting() {
        return new Outcome(citation, kind, status, work, antecedent, locator, true, candidates, matchedTitle,
                given, flags, candidateCount);
    }

    /**
     * The same outcome with the notes of its candidate works: the first {@link ResolvedCitation#MAX_CANDIDATES}
     * listed (never all thousands), all of them counted.
     */
    Outcome withCandidates(List<Work> works) {
        int n = Math.min(works.size(), ResolvedCitation.MAX_CANDIDATES);
        List<Integer> notes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            notes.add(works.get(i).firstNote);
        }
        return new Outcome(citation, kind, status, work, antecedent, locator, inherited, notes, matchedTitle,
                given, flags, works.size());
    }

    Outcome matching(String title) {
        return new Outcome(citation, kind, status, work, antecedent, locator, inherited, candidates, title,
                given, flags, candidateCount);
    }

    /** The outcome of a full citation whose reference the resolver completed, or read as a short form. */
    Outcome completed(CitationKind as, Reference reference, Set<ResolutionFlag> decided) {
        return new Outcome(citation, as, status, work, antecedent, locator, inherited, candidates, matchedTitle,
                reference, decided, candidateCount);
    }

    /**
     * This outcome, reached by looking up a completed form of the citation, recorded for the citation as the note
     * wrote it, with what was completed.
     */
    Outcome forWritten(Citation written, Set<ResolutionFlag> decided) {
        return new Outcome(written, kind, status, work, antecedent, locator, inherited, candidates, matchedTitle,
                given, decided, candidateCount);
    }
}

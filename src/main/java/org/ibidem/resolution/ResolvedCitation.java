package org.ibidem.resolution;

import java.util.List;
import java.util.Objects;
import org.ibidem.citation.Citation;
import org.ibidem.reference.Locator;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A citation together with the work it points at.
 *
 * <pre>{@code
 * ResolvedCitation r = analysis.notes().get(13).citations().get(0);
 * r.sourceId();            // "shen2016"
 * r.antecedent();          // 13: the note it leans on
 * r.locator();             // page 11-22, inherited from note 13
 * r.locatorInherited();    // true
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param citation         the parsed citation
 * @param status           how it was resolved
 * @param sourceId         the id of the source it points at, or null when unresolved
 * @param antecedent       index (order of appearance, from 1) of the note it leans on — the note before an ibid,
 *                         the full citation a short form points at — or 0 for none
 * @param locator          the place cited, after inheritance (a bare ibid takes the place of its antecedent), or
 *                         null
 * @param locatorInherited whether {@code locator} came from the antecedent
 * @param candidates       indexes of the notes that gave the candidate works, for an ambiguous or forward short
 *                         form, at most {@link #MAX_CANDIDATES} of them (the first); empty otherwise
 * @param matchedTitle     for an approximate match, the full title that was matched; otherwise null
 * @param candidateCount   how many works were candidates: {@code candidates().size()}, or more when the list was
 *                         cut at {@link #MAX_CANDIDATES}
 */
@NullMarked
public record ResolvedCitation(Citation citation, ResolutionStatus status, @Nullable String sourceId,
                               int antecedent, @Nullable Locator locator, boolean locatorInherited,
                               List<Integer> candidates, @Nullable String matchedTitle, int candidateCount) {

    /**
     * The most candidates a citation lists. A short title that thousands of works share (a series of reports) is
     * ambiguous among all of them; listing every one made the output, and the time to make it, grow with the
     * square of the document.
     */
    public static final int MAX_CANDIDATES = 20;

    /** Validates and copies. */
    public ResolvedCitation {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(status, "status");
        candidates = List.copyOf(Objects.requireNonNull(candidates, "candidates"));
        if (candidates.size() > MAX_CANDIDATES || candidateCount < candidates.size()) {
            throw new IllegalArgumentException("At most " + MAX_CANDIDATES + " candidates, and no more than counted: "
                    + candidates.size() + " of " + candidateCount);
        }
        if (status.isResolved() != (sourceId != null)) {
            throw new IllegalArgumentException("A resolved citation has a source, an unresolved one none: "
                    + status + " " + sourceId);
        }
    }

    /** A citation whose candidates (if any) are all listed. */
    public ResolvedCitation(Citation citation, ResolutionStatus status, @Nullable String sourceId, int antecedent,
                            @Nullable Locator locator, boolean locatorInherited, List<Integer> candidates,
                            @Nullable String matchedTitle) {
        this(citation, status, sourceId, antecedent, locator, locatorInherited, candidates, matchedTitle,
                candidates.size());
    }
}

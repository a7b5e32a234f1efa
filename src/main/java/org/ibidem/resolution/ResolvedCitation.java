package org.ibidem.resolution;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ibidem.citation.Citation;
import org.ibidem.citation.CitationKind;
import org.ibidem.document.Note;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Reference;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A citation together with the work it points at, and how it resolved. The parsed {@link #citation()} is what the
 * note says, as the parser read it; what the resolver completed or decided is recorded here, beside it
 * ({@link #kind()}, {@link #work()}, {@link #flags()}).
 *
 * <pre>{@code
 * ResolvedCitation r = analysis.notes().get(13).citations().get(0);
 * r.sourceId();            // "shen2016"
 * r.antecedent().index(); // 13: the note it leans on
 * r.locator();             // page 11-22, inherited from note 13
 * r.locatorInherited();    // true
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param citation         the parsed citation, as the note writes it
 * @param kind             the kind it resolved as: the citation's own kind, except a document described by writer
 *                         and date after its full citation, which is written in full and resolves as a short form
 *                         ({@link ResolutionFlag#READ_AS_SHORT_FORM})
 * @param status           how it was resolved
 * @param sourceId         the id of the source it points at, or null when unresolved
 * @param antecedent       the note it leans on — the note before an ibid, the note of the full citation a short
 *                         form points at — or null for none
 * @param locator          the place cited, after inheritance (a bare ibid takes the place of its antecedent), or
 *                         null
 * @param locatorInherited whether {@code locator} came from the antecedent
 * @param candidates       the notes that gave the candidate works, for an ambiguous or forward short form, at most
 *                         {@link #MAX_CANDIDATES} of them (the first); empty otherwise
 * @param matchedTitle     for an approximate match, the full title that was matched; otherwise null
 * @param work             for a citation written in full, the work as it gives it, completed where the note leaves
 *                         a part to an earlier citation (an Idem's authors); null for the other kinds. The source
 *                         ({@link Resolution#source(String)}) is the work as all its citations together give it.
 * @param flags            what the resolver completed or decided
 * @param candidateCount   how many works were candidates: {@code candidates().size()}, or more when the list was
 *                         cut at {@link #MAX_CANDIDATES}
 */
@NullMarked
public record ResolvedCitation(Citation citation, CitationKind kind, ResolutionStatus status,
                               @Nullable String sourceId, @Nullable Note antecedent, @Nullable Locator locator,
                               boolean locatorInherited, List<Note> candidates, @Nullable String matchedTitle,
                               @Nullable Reference work, Set<ResolutionFlag> flags, int candidateCount) {

    /**
     * The most candidates a citation lists. A short title that thousands of works share (a series of reports) is
     * ambiguous among all of them; listing every one made the output, and the time to make it, grow with the
     * square of the document.
     */
    public static final int MAX_CANDIDATES = 20;

    /** Validates and copies. */
    public ResolvedCitation {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        candidates = List.copyOf(Objects.requireNonNull(candidates, "candidates"));
        flags = Set.copyOf(Objects.requireNonNull(flags, "flags"));
        if (candidates.size() > MAX_CANDIDATES || candidateCount < candidates.size()) {
            throw new IllegalArgumentException("At most " + MAX_CANDIDATES + " candidates, and no more than counted: "
                    + candidates.size() + " of " + candidateCount);
        }
        if (status.isResolved() != (sourceId != null)) {
            throw new IllegalArgumentException("A resolved citation has a source, an unresolved one none: "
                    + status + " " + sourceId);
        }
        if (kind != citation.kind() && !(kind == CitationKind.SHORT && citation.kind() == CitationKind.FULL)) {
            throw new IllegalArgumentException("A " + citation.kind() + " citation cannot resolve as " + kind);
        }
    }

    /** A citation whose candidates (if any) are all listed. */
    public ResolvedCitation(Citation citation, CitationKind kind, ResolutionStatus status, @Nullable String sourceId,
                            @Nullable Note antecedent, @Nullable Locator locator, boolean locatorInherited,
                            List<Note> candidates, @Nullable String matchedTitle, @Nullable Reference work,
                            Set<ResolutionFlag> flags) {
        this(citation, kind, status, sourceId, antecedent, locator, locatorInherited, candidates, matchedTitle, work,
                flags, candidates.size());
    }
}

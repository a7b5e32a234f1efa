package org.ibidem.resolution;

import org.jspecify.annotations.NullMarked;

/**
 * How a citation was resolved, or why it could not be.
 *
 * <p>Immutable and thread-safe.
 */
@NullMarked
public enum ResolutionStatus {
    /** A full citation that gives its work for the first time. */
    DEFINED(true),
    /** A full citation of a work already given in full earlier (Chicago: shorten after the first). */
    REPEATED(true),
    /** A short form or ibid that points at exactly one work. */
    RESOLVED(true),
    /** A short form whose title matches its work only approximately (a different spelling). */
    RESOLVED_APPROXIMATE(true),
    /** A short form whose work was last given in full in an earlier chapter. */
    RESOLVED_ACROSS_CHAPTER(true),
    /**
     * A short form that matches no work given before it. The work enters the sources with what the short form
     * says (author, title), so that later short forms and ibids still resolve; the checker reports it.
     */
    INTRODUCED(true),
    /**
     * A short form whose work is given in full only in a later note. It points at that work (the full citation
     * completes it), and the checker reports the forward reference.
     */
    FORWARD_ONLY(true),
    /** An ibid with no citation before it (first note, or first of a chapter). */
    NO_ANTECEDENT(false),
    /** An ibid after a note that cites several works. */
    AFTER_SEVERAL(false),
    /** An ibid after a note of commentary only. */
    AFTER_COMMENTARY(false),
    /** An ibid after a citation that could not be parsed or resolved. */
    AFTER_UNRESOLVED(false),
    /** An "op. cit." with no earlier work by its author. */
    NO_MATCH(false),
    /** A short form that matches several works cited before it. */
    AMBIGUOUS(false),
    /** A short form naming a volume that no full citation of the work has. */
    VOLUME_MISMATCH(false),
    /** Text the parser could not read. */
    UNPARSED(false);

    private final boolean resolved;

    ResolutionStatus(boolean resolved) {
        this.resolved = resolved;
    }

    /** Whether the citation points at a source. */
    public boolean isResolved() {
        return resolved;
    }
}

package org.ibidem.resolution;

import org.jspecify.annotations.NullMarked;

/**
 * What the resolver completed or decided about a citation, recorded on its {@link ResolvedCitation}; the parsed
 * citation itself is never rewritten.
 *
 * <pre>{@code
 * ResolvedCitation idem = analysis.notes().get(1).citations().get(0);
 * idem.flags();   // [AUTHORS_OF_PREVIOUS_WORK]: "Idem, Reconstruction (New York: Harper, 1988), 12."
 * idem.work();    // that citation's work, its authors those of the work cited before it
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@NullMarked
public enum ResolutionFlag {
    /**
     * "Idem", "Eadem": the citation leaves its authors to the work cited just before it, and the resolver took
     * them from there.
     */
    AUTHORS_OF_PREVIOUS_WORK,
    /**
     * A chapter whose book is given in short ("in Rosenberg, <i>World Connecting</i>"): its source took the book's
     * full title, editors and publication facts from the book's earlier full citation.
     */
    CONTAINING_BOOK_COMPLETED,
    /**
     * A document described by writer and date alone, after its full citation: written in full form, it resolved
     * as that document's short form ({@link ResolvedCitation#kind()} is {@code SHORT}).
     */
    READ_AS_SHORT_FORM,
    /**
     * A short form that matched nothing in its own document, resolved by {@link ProjectResolver} to a work given
     * in full in an earlier document of the project (an earlier chapter of the book); its status is
     * {@link ResolutionStatus#RESOLVED_ACROSS_CHAPTER}. Never set when a document is resolved alone.
     */
    IN_EARLIER_DOCUMENT
}

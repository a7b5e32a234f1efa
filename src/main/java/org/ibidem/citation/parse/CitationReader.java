package org.ibidem.citation.parse;

import org.ibidem.citation.Citation;
import org.ibidem.citation.UnparsedCitation;
import org.ibidem.document.TextSpan;

/**
 * Reads one shape of citation. {@link Parser} asks its readers in one fixed order; the first whose guard accepts a
 * segment and whose {@link #read} gives a citation wins.
 *
 * <pre>{@code
 * final class PatentReader implements CitationReader {
 *     public boolean accepts(Segment s) { return s.body().contains("Patent"); }   // cheap
 *     public Citation read(Segment s) { ... return null; }                         // null: not mine after all
 * }
 * }</pre>
 *
 * <p>Implementations are stateless (or hold only immutable settings) and thread-safe.
 */
interface CitationReader {

    /**
     * Returned by {@link #read} when the segment is of this reader's shape but cites nothing: the readers after it
     * are not asked, and the segment is commentary (kept as the suffix of the citation before it).
     */
    Citation NOTHING = new UnparsedCitation("nothing to cite", "", new TextSpan(0, 0));

    /**
     * Whether this reader reads fields: the parser splits the body into fields once, before the first reader that
     * does. Readers of whole texts (ibid, cross-references, legal sources, scripture) return false.
     */
    default boolean readsFields() {
        return true;
    }

    /** The guard: a cheap test whether {@link #read} may read the segment. */
    boolean accepts(Segment s);

    /** The citation, {@link #NOTHING}, or null when the segment is not of this reader's shape after all. */
    Citation read(Segment s);
}

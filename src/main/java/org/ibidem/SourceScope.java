package org.ibidem;

/**
 * Which works a bibliography or a BibTeX export lists.
 *
 * <p>A short form that matches no earlier full citation ("Foner, Fiery Trial, 60." with no "Eric Foner, <i>The
 * Fiery Trial</i> (New York: Norton, 2010)" before it) still enters the analysis as a work, so that later short
 * forms and ibids lean on it and the checks can say what is wrong. But all that is known of it is what the short
 * form says: an author and a few words of title, often not even that when the short form was misread. Listed in a
 * bibliography it would be an entry such as "Foner, Fiery Trial. n.d.", so by default it is left out, and the CLI
 * names it.
 *
 * <pre>{@code
 * Analysis a = Ibidem.analyze(Path.of("essay.md"));
 * a.unmatchedSources();                                   // the works known only from such short forms
 * a.bibliography("chicago", OutputFormat.TEXT);           // without them
 * a.bibliography("chicago", OutputFormat.TEXT, SourceScope.ALL);   // with them
 * }</pre>
 */
public enum SourceScope {
    /** Every work given in full somewhere in the notes; works known only from unmatched short forms are left out. */
    GIVEN_IN_FULL,
    /** Every work the notes cite, including those known only from a short form that matched nothing. */
    ALL
}

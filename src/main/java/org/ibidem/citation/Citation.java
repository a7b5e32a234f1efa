package org.ibidem.citation;

import java.util.Set;
import org.ibidem.document.TextSpan;
import org.ibidem.reference.Locator;
import org.jspecify.annotations.Nullable;

/**
 * One reference to a work inside a note. A note can hold several ("See Shen, …; Mao, …"), and a note of pure
 * commentary holds none.
 *
 * <p>The kinds are closed: {@link FullCitation} gives the work in full, {@link ShortCitation} repeats it in
 * short (author and short title, author alone, title alone), {@link IbidCitation} points at the citation just
 * before it, {@link CrossReference} at an earlier note or the author's last work ("supra note 3", "op. cit."),
 * and {@link UnparsedCitation} keeps text the parser could not read, so nothing is lost. Dispatch on them with
 * {@code instanceof}, ending in {@code throw new AssertionError(citation)}, or read {@link #kind()}.
 *
 * <pre>{@code
 * for (Citation c : new NoteParser().parse("Ibid., 45.")) {
 *     if (c instanceof IbidCitation ibid) {
 *         ibid.locator();   // page 45
 *     }
 * }
 * }</pre>
 *
 * <p>All implementations are immutable and thread-safe.
 */
public sealed interface Citation permits FullCitation, ShortCitation, IbidCitation, CrossReference,
        UnparsedCitation {

    /** The citation's text as it stands in the note, signal and commentary included. */
    String text();

    /** Where {@link #text()} stands in the note's text. */
    TextSpan span();

    /** The place cited (page, document number…), or null when none is given. */
    @Nullable Locator locator();

    /** A signal or commentary before the citation ("See", "See also", "Cf.", "quoted in"), or null. */
    @Nullable String prefix();

    /** Commentary after the citation, or null. */
    @Nullable String suffix();

    /** The kind of citation, decided by the parser from the form written; {@link CitationKind#jsonName()} is how
     * the JSON output names it. */
    CitationKind kind();

    /** What the parser noticed about how the citation is written (house style); empty for kinds that have none. */
    Set<StyleFlag> flags();
}

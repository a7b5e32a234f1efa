package org.ibidem.rewrite;

import java.util.Objects;
import org.ibidem.document.Note;
import org.jspecify.annotations.NullMarked;

/**
 * A citation a rewrite left exactly as written, and why: a rewrite never invents or loses a source.
 *
 * <p>Immutable and thread-safe.
 *
 * @param note   the note it stands in
 * @param text   the citation as written
 * @param reason why it was not re-rendered
 */
@NullMarked
public record LeftCitation(Note note, String text, Reason reason) {

    /** Validates. */
    public LeftCitation {
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
    }

    /** Why a citation is left as written. */
    public enum Reason {
        /** The parser could not read it. */
        UNPARSED,
        /** It points at no work, or at several (unresolved, ambiguous, after an unresolved note). */
        UNRESOLVED,
        /** Its work is known only from a short form, or only from a later note: rendering it would invent. */
        PARTLY_KNOWN,
        /** It names its work by a citation key, as a reference manager's field does. */
        CITATION_KEY,
        /** Its signal or commentary could not be told apart from the citation itself in the text. */
        NOT_DELIMITED,
        /** Its span in the file could not be found exactly (markup around or inside it). */
        NOT_MAPPED,
        /** The style renders nothing for its work. */
        RENDERS_EMPTY,
        /**
         * Its work's names end in "et al.": a CSL style prints "et al." only for names it was given, so the
         * rewritten citation would lose it.
         */
        ET_AL,
        /**
         * Rewritten, it would not read back as the same work at the same place, or a second rewrite would change
         * it again: Ibidem's parser does not read the style's form of this work as it was rendered.
         */
        UNSTABLE
    }
}

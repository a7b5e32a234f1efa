package org.ibidem.rewrite;

import java.util.Objects;
import org.ibidem.document.Note;
import org.jspecify.annotations.NullMarked;

/**
 * A citation a rewrite left exactly as written, and why: a rewrite never invents or loses a source.
 *
 * <pre>{@code
 * for (LeftCitation l : rewrite.left()) {
 *     SourcePosition at = document.positionIn(l.note(), l.offset());
 *     System.err.println("note " + l.note().displayName() + ": " + l.explanation());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param note   the note it stands in
 * @param text   the citation as written
 * @param reason why it was not re-rendered
 * @param offset where the citation starts in the note's text ({@link Note#text()}), 0 when not known
 * @param detail what in particular went wrong, in words ("rewritten as …, it reads back without its page"),
 *               or empty when the reason says it all
 */
@NullMarked
public record LeftCitation(Note note, String text, Reason reason, int offset, String detail) {

    /** Validates. */
    public LeftCitation {
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        if (offset < 0 || offset > note.text().length()) {
            throw new IllegalArgumentException("Offset " + offset + " outside note " + note.displayName());
        }
    }

    /** A citation left for a reason that says it all, its place in the note not known. */
    public LeftCitation(Note note, String text, Reason reason) {
        this(note, text, reason, 0, "");
    }

    /** Why it was left, in words for a person: the reason, then the detail if there is one. */
    public String explanation() {
        return detail.isEmpty() ? reason.words() : reason.words() + ": " + detail;
    }

    /** Why a citation is left as written. */
    public enum Reason {
        /** The parser could not read it. */
        UNPARSED("Ibidem could not read it"),
        /** It points at no work, or at several (unresolved, ambiguous, after an unresolved note). */
        UNRESOLVED("it points at no work, or at several"),
        /** Its work is known only from a short form, or only from a later note: rendering it would invent. */
        PARTLY_KNOWN("its work is known only from a short form or a later note"),
        /** It names its work by a citation key, as a reference manager's field does. */
        CITATION_KEY("it names its work by a citation key"),
        /** Its signal or commentary could not be told apart from the citation itself in the text. */
        NOT_DELIMITED("its signal or commentary cannot be told apart from it"),
        /** Its span in the file could not be found exactly (markup around or inside it). */
        NOT_MAPPED("its text could not be found exactly in the file"),
        /** The style renders nothing for its work. */
        RENDERS_EMPTY("the style renders nothing for its work"),
        /**
         * Its work's names end in "et al.": a CSL style prints "et al." only for names it was given, so the
         * rewritten citation would lose it.
         */
        ET_AL("its names end in \"et al.\", which the style would lose"),
        /**
         * Rewritten, it would not read back as the same work at the same place, or a second rewrite would change
         * it again: Ibidem's parser does not read the style's form of this work as it was rendered.
         */
        UNSTABLE("rewritten, it would not read back the same");

        private final String words;

        Reason(String words) {
            this.words = words;
        }

        /** The reason in words for a person ("Ibidem could not read it"). */
        public String words() {
            return words;
        }
    }
}

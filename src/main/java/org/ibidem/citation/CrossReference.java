package org.ibidem.citation;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ibidem.document.TextSpan;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Name;
import org.jspecify.annotations.Nullable;

/**
 * A reference back to an earlier note or citation rather than to a work by its name: "Smith, supra note 3, at
 * 45", "n. 7 above", OSCOLA's "Dicey (n 9) 3", "Mao, op. cit., 16" and "loc. cit.". Which work it means is for the
 * resolver to find: the work of note 3, or the author's most recently cited work.
 *
 * <pre>{@code
 * CrossReference x = (CrossReference) new NoteParser().parse("Smith, supra note 3, at 45.").get(0);
 * x.form();                        // Form.NOTE
 * x.note();                        // 3
 * x.authors().get(0).family();     // "Smith"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param form    which cross-reference this is
 * @param authors the author named before it, possibly none ("n. 7 above", "op. cit." alone)
 * @param title   the short title named before it, when the note it points to cites several works ("Roe, <i>Title</i>,
 *                supra note 25"), or null
 * @param note    the number of the note named ({@link Form#NOTE}), or 0 for op. cit. and loc. cit.
 * @param locator the place cited, or null
 * @param text    the citation's text
 * @param span    where it stands in the note
 * @param prefix  signal or commentary before it, or null
 * @param suffix  commentary after it, or null
 * @param flags   house-style observations ({@link StyleFlag#IN_PARENTHETICAL} for one inside "(citing …)")
 */
public record CrossReference(Form form, List<Name> authors, @Nullable String title, int note, @Nullable Locator locator, String text,
                             TextSpan span, @Nullable String prefix, @Nullable String suffix,
                             Set<StyleFlag> flags) implements Citation {

    /** Validates and copies. */
    public CrossReference {
        Objects.requireNonNull(form, "form");
        authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        flags = Set.copyOf(Objects.requireNonNull(flags, "flags"));
        if ((form == Form.NOTE) != (note > 0)) {
            throw new IllegalArgumentException("A note number for a reference to a note, none otherwise: " + text);
        }
    }

    @Override
    public CitationKind kind() {
        return CitationKind.CROSS_REFERENCE;
    }

    /** The same cross-reference with another suffix. */
    public CrossReference withSuffix(@Nullable String newSuffix) {
        return new CrossReference(form, authors, title, note, locator, text, span, prefix, newSuffix, flags);
    }

    /** The cross-references there are. */
    public enum Form {
        /** To the note that gave the work: "Smith, supra note 3, at 45"; "n. 7 above"; "Dicey (n 9) 3". */
        NOTE,
        /** "op. cit." after an author: the author's most recently cited work. */
        OP_CIT,
        /**
         * "loc. cit." after an author: the author's most recently cited work at the same place, so without a
         * locator of its own it inherits the one that citation gave.
         */
        LOC_CIT
    }
}

package org.ibidem.citation;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ibidem.document.TextSpan;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Name;
import org.jspecify.annotations.Nullable;

/**
 * A subsequent reference in short form: "Shen, <i>Reviewing and Reconsidering</i>, 85", "Jarausch and Hardy,
 * 122", "<i>Primitive Culture</i>, i. 476", or "Hume, op. cit., 403".
 *
 * <pre>{@code
 * ShortCitation s = (ShortCitation) new NoteParser().parse("Mao, Selected Works of Mao Tse-Tung Vol 5, 322.").get(0);
 * s.authors().get(0).family();   // "Mao"
 * s.title();                     // "Selected Works of Mao Tse-Tung"
 * s.volume();                    // "5"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param form      which short form this is
 * @param authors   the authors named, possibly none (title-only form)
 * @param title     the (possibly shortened) title, or null (author-only form, op. cit.)
 * @param volume    a volume named in the short form, or null
 * @param locator   the place cited, or null
 * @param titleSpan where the title stands in the note, or null
 * @param text      the citation's text
 * @param span      where it stands in the note
 * @param prefix    signal or commentary before it, or null
 * @param suffix    commentary after it, or null
 * @param flags     house-style observations
 * @param noteReference the note a cross-reference names ("Smith, supra note 3"; "n. 7 above"), or 0
 */
public record ShortCitation(Form form, List<Name> authors, @Nullable String title, @Nullable String volume,
                            @Nullable Locator locator, @Nullable TextSpan titleSpan, String text, TextSpan span,
                            @Nullable String prefix, @Nullable String suffix,
                            Set<StyleFlag> flags, int noteReference) implements Citation {

    /** Validates and copies. */
    public ShortCitation {
        Objects.requireNonNull(form, "form");
        authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        flags = Set.copyOf(Objects.requireNonNull(flags, "flags"));
        if (form != Form.OP_CIT && form != Form.LOC_CIT && noteReference == 0 && authors.isEmpty() && title == null) {
            throw new IllegalArgumentException("A short form names an author or a title: " + text);
        }
    }

    /** A short form without a cross-reference. */
    public ShortCitation(Form form, List<Name> authors, @Nullable String title, @Nullable String volume,
                         @Nullable Locator locator, @Nullable TextSpan titleSpan, String text, TextSpan span,
                         @Nullable String prefix, @Nullable String suffix,
                         Set<StyleFlag> flags) {
        this(form, authors, title, volume, locator, titleSpan, text, span, prefix, suffix, flags, 0);
    }

    @Override
    public String kind() {
        return "short";
    }

    /** The shapes a short form takes. */
    public enum Form {
        /** Author and (short) title: "Shen, Reviewing and Reconsidering, 85". */
        AUTHOR_TITLE,
        /** Author alone, when the author has one work: "Jarausch and Hardy, 122". */
        AUTHOR_ONLY,
        /** Title alone, for unsigned works: "“Primitive Culture,” i. 476". */
        TITLE_ONLY,
        /** "op. cit." after an author: the author's most recently cited work. */
        OP_CIT,
        /**
         * "loc. cit." after an author: the author's most recently cited work at the same place, so without a
         * locator of its own it inherits the one that citation gave.
         */
        LOC_CIT,
        /** A cross-reference to the note that gave the work: "Smith, supra note 3, at 45"; "n. 7 above". */
        NOTE_REFERENCE,
        /**
         * A work named by citation key, as LaTeX's {@code \footcite[45]{beard2015}} does: the {@code title} is the
         * key ("beard2015"), and the work is in a bibliography file Ibidem does not read. Later citations of the
         * same key, and an ibid after it, point at the same work.
         */
        CITATION_KEY
    }
}

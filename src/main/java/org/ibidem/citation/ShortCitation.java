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
 * 122" or "<i>Primitive Culture</i>, i. 476". ("Hume, op. cit., 403" and "supra note 3" are
 * {@link CrossReference}s.)
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
 * @param authors   the authors named, possibly none (title-only form; "Idem, 202.", whose author is that of the
 *                  citation before, flagged {@link StyleFlag#SAME_AUTHOR_AS_BEFORE})
 * @param title     the (possibly shortened) title, or null (author-only form)
 * @param volume    a volume named in the short form, or null
 * @param locator   the place cited, or null
 * @param titleSpan where the title stands in the note, or null
 * @param text      the citation's text
 * @param span      where it stands in the note
 * @param prefix    signal or commentary before it, or null
 * @param suffix    commentary after it, or null
 * @param flags     house-style observations
 */
public record ShortCitation(Form form, List<Name> authors, @Nullable String title, @Nullable String volume,
                            @Nullable Locator locator, @Nullable TextSpan titleSpan, String text, TextSpan span,
                            @Nullable String prefix, @Nullable String suffix,
                            Set<StyleFlag> flags) implements Citation {

    /** Validates and copies. */
    public ShortCitation {
        Objects.requireNonNull(form, "form");
        authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        flags = Set.copyOf(Objects.requireNonNull(flags, "flags"));
        if (form != Form.REVIEWED_WORK && authors.isEmpty() && title == null
                && !flags.contains(StyleFlag.SAME_AUTHOR_AS_BEFORE)) {
            throw new IllegalArgumentException("A short form names an author, \"Idem\" or a title: " + text);
        }
    }

    @Override
    public CitationKind kind() {
        return CitationKind.SHORT;
    }

    /** The shapes a short form takes. */
    public enum Form {
        /** Author and (short) title: "Shen, Reviewing and Reconsidering, 85". */
        AUTHOR_TITLE,
        /**
         * Author alone, when the author has one work: "Jarausch and Hardy, 122"; "Idem, 202." (no authors, flagged
         * {@link StyleFlag#SAME_AUTHOR_AS_BEFORE}) names the author of the citation before it.
         */
        AUTHOR_ONLY,
        /** Title alone, for unsigned works: "“Primitive Culture,” i. 476". */
        TITLE_ONLY,
        /**
         * A page of the book under review, as a book review cites it: "P. 88.", "Pp. 107–08." (Bluebook 3.2). It
         * names neither author nor title: every such citation of a document is of one work, the work reviewed.
         */
        REVIEWED_WORK,
        /**
         * A work named by citation key, as LaTeX's {@code \footcite[45]{beard2015}} does: the {@code title} is the
         * key ("beard2015"), and the work is in a bibliography file Ibidem does not read. Later citations of the
         * same key, and an ibid after it, point at the same work.
         */
        CITATION_KEY
    }
}

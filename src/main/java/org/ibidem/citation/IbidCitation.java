package org.ibidem.citation;

import java.util.Objects;
import java.util.Set;
import org.ibidem.document.TextSpan;
import org.ibidem.reference.Locator;
import org.jspecify.annotations.Nullable;

/**
 * "Ibid.", "Ibid., 45", "ibidem", "Id.": the same work as the citation just before it. Without a locator it
 * means the same place as well (Chicago Manual of Style 14.34).
 *
 * <pre>{@code
 * IbidCitation ibid = (IbidCitation) new NoteParser().parse("Ibid, 321-322.").get(0);
 * ibid.form();      // "Ibid" (no period: a house-style rule may say so)
 * ibid.locator();   // page 321-322
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param form    the word as written, with its period if it had one: "Ibid.", "Ibid", "ibid.", "Id."; empty when
 *                the note writes no word (a page alone, "(p. 377)", in commentary after the work)
 * @param formSpan where that word stands in the note
 * @param locator the place cited, or null for "the same place"
 * @param text    the citation's text
 * @param span    where it stands in the note
 * @param prefix  signal or commentary before it, or null
 * @param suffix  commentary after it, or null
 */
public record IbidCitation(String form, TextSpan formSpan, @Nullable Locator locator, String text, TextSpan span,
                           @Nullable String prefix, @Nullable String suffix) implements Citation {

    /** Validates. */
    public IbidCitation {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(formSpan, "formSpan");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public Set<StyleFlag> flags() {
        return Set.of();
    }

    @Override
    public CitationKind kind() {
        return CitationKind.IBID;
    }

    /** Whether the word is written with its period where it needs one ("Ibid." rather than "Ibid"). */
    public boolean hasPeriod() {
        // "Ibidem" is a whole word; only the abbreviations "Ibid." and "Id." take a period.
        return form.isEmpty() || form.endsWith(".") || form.equalsIgnoreCase("ibidem");
    }
}

package org.ibidem.style;

import java.util.List;
import java.util.Objects;
import org.ibidem.reference.Reference;
import org.jspecify.annotations.NullMarked;

/**
 * A bibliography rendered in one style: its entries in the order the style sorts them, and the works the style
 * gave no entry.
 *
 * <pre>{@code
 * FormattedBibliography bib = formatter.format(refs, "chicago", OutputFormat.TEXT);
 * bib.entries().size();   // one entry per reference the style lists
 * bib.omitted();          // the others, e.g. an unpublished speech, which Chicago cites in notes only
 * bib.text();             // the entries, one per line
 * }</pre>
 *
 * <p>Every reference formatted is either an entry or in {@link #omitted()}. A style omits a work when its
 * bibliography layout renders nothing for it, which CSL styles do on purpose for works a reader cannot retrieve:
 * Chicago (notes and bibliography) leaves out speeches, lectures, conference papers, interviews, manuscripts and
 * private documents that have no archive, publisher, container, URL or DOI, and unsigned dictionary and
 * encyclopedia entries; APA leaves out interviews with none of those. Giving the work what makes it retrievable
 * (an archive, a URL…) brings it into the bibliography.
 *
 * <p>Immutable and thread-safe.
 *
 * @param styleId the id of the style that rendered it, e.g. "chicago-notes-bibliography"
 * @param format  the markup of the entries
 * @param entries the entries, each without a trailing line break
 * @param omitted the references the style rendered no entry for, in the order they were given
 */
@NullMarked
public record FormattedBibliography(String styleId, OutputFormat format, List<String> entries,
        List<Reference> omitted) {

    /** Requires all parts and copies the lists. */
    public FormattedBibliography {
        Objects.requireNonNull(styleId, "styleId");
        Objects.requireNonNull(format, "format");
        entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
        omitted = List.copyOf(Objects.requireNonNull(omitted, "omitted"));
    }

    /** A bibliography that omitted no work. */
    public FormattedBibliography(String styleId, OutputFormat format, List<String> entries) {
        this(styleId, format, entries, List.of());
    }

    /** The entries joined by line breaks, with a final line break unless there are none. */
    public String text() {
        return entries.isEmpty() ? "" : String.join("\n", entries) + "\n";
    }
}

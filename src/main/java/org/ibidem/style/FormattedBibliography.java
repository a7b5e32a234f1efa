package org.ibidem.style;

import java.util.List;
import java.util.Objects;

/**
 * A bibliography rendered in one style: its entries in the order the style sorts them.
 *
 * <pre>{@code
 * FormattedBibliography bib = formatter.format(refs, "chicago", OutputFormat.TEXT);
 * bib.entries().size();   // one entry per reference
 * bib.text();             // the entries, one per line
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param styleId the id of the style that rendered it, e.g. "chicago-notes-bibliography"
 * @param format  the markup of the entries
 * @param entries the entries, each without a trailing line break
 */
public record FormattedBibliography(String styleId, OutputFormat format, List<String> entries) {

    /** Requires all parts and copies the entries. */
    public FormattedBibliography {
        Objects.requireNonNull(styleId, "styleId");
        Objects.requireNonNull(format, "format");
        entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
    }

    /** The entries joined by line breaks, with a final line break unless there are none. */
    public String text() {
        return entries.isEmpty() ? "" : String.join("\n", entries) + "\n";
    }
}

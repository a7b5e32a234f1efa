package org.ibidem.style;

import org.jspecify.annotations.NullMarked;

/**
 * The markup a formatted bibliography is written in.
 *
 * <pre>{@code
 * FormattedBibliography html = formatter.format(refs, "chicago", OutputFormat.HTML);
 * html.entries().get(0);   // "Shen, Zhihua. <i>Reviewing and Reconsidering ...</i> ..."
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@NullMarked
public enum OutputFormat {
    /** Plain text: no markup, italics are lost. */
    TEXT("text"),
    /** HTML fragments: {@code <i>} for italics, entities escaped; each entry is one {@code csl-entry} div. */
    HTML("html");

    private final String cslName;

    OutputFormat(String cslName) {
        this.cslName = cslName;
    }

    /** The name citeproc-java knows this format by. */
    String cslName() {
        return cslName;
    }
}

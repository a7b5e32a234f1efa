package org.ibidem.bibtex;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import org.ibidem.reference.Reference;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXFormatter;
import org.jspecify.annotations.NullMarked;

/**
 * Writes references as a BibTeX database, one entry per reference, in the order given.
 *
 * <p>Each reference becomes one entry keyed by its id, or by family name and year when it has none
 * ("shen2016"); keys are ASCII and unique ignoring case, repeated ones get a letter ("shen2016a"). Text is
 * escaped for LaTeX and capitalised words in titles are braced so that styles which lowercase titles keep them;
 * URLs and DOIs are written as they are. Non-ASCII letters are written as UTF-8, so the output is for biber or
 * a Unicode-aware BibTeX.
 *
 * <pre>{@code
 * Reference shen = Reference.builder(ItemType.BOOK)
 *         .authors(List.of(Name.of("Shen", "Zhihua")))
 *         .title("Reviewing and Reconsidering the History of Sino-Soviet Relations")
 *         .publisherPlace("Beijing").publisher("Social Sciences Academic Press")
 *         .issued(PartialDate.ofYear(2016))
 *         .build();
 * String bib = new BibTeXExporter().export(List.of(shen));   // "@book{shen2016,\n\tauthor = {Shen, Zhihua}, …"
 * }</pre>
 *
 * <p>Immutable and thread-safe: an exporter holds no state and may be shared.
 */
@NullMarked
public final class BibTeXExporter {

    /** An exporter; it has no settings. */
    public BibTeXExporter() {
    }

    /**
     * The references as BibTeX text, entries separated by a blank line and the text ending in a newline; an
     * empty list gives an empty string.
     *
     * @throws NullPointerException if the list or one of its references is null
     */
    public String export(List<Reference> references) {
        StringWriter out = new StringWriter();
        try {
            export(references, out);
        } catch (IOException e) {
            // A StringWriter never fails.
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes the references as BibTeX to {@code out}, which is flushed but not closed.
     *
     * @throws NullPointerException if the list, one of its references or the writer is null
     * @throws IOException          if writing fails
     */
    public void export(List<Reference> references, Writer out) throws IOException {
        List<Reference> refs = List.copyOf(Objects.requireNonNull(references, "references"));
        Objects.requireNonNull(out, "out");
        List<String> keys = CitationKeys.assign(refs);
        BibTeXDatabase database = new BibTeXDatabase();
        for (int i = 0; i < refs.size(); i++) {
            database.addObject(BibTeXMapper.toEntry(refs.get(i), keys.get(i)));
        }
        // addObject drops an entry whose key repeats ignoring case without saying so; the keys are chosen to
        // make that impossible, and this keeps it so.
        if (database.getEntries().size() != refs.size()) {
            throw new AssertionError("BibTeX entries lost to duplicate keys: " + keys);
        }
        if (refs.isEmpty()) {
            out.flush();
            return;
        }
        new BibTeXFormatter().format(database, out);
        out.write('\n');
        out.flush();
    }
}

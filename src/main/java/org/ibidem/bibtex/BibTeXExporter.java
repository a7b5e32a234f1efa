package org.ibidem.bibtex;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.ibidem.reference.Reference;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.Key;
import org.jbibtex.StringValue;
import org.jbibtex.Value;
import org.jspecify.annotations.NullMarked;

/**
 * Writes references as a BibTeX database, one entry per reference, in the order given: classic BibTeX by
 * default, or biblatex's data model for biber ({@link Dialect#BIBLATEX}).
 *
 * <p>Each reference becomes one entry keyed by its id, or by family name and year when it has none
 * ("shen2016"); keys are ASCII and unique ignoring case, repeated ones get a letter ("shen2016a"). Text is
 * escaped for LaTeX and capitalised words in titles are braced so that styles which lowercase titles keep them;
 * URLs and DOIs are written as they are. Non-ASCII letters are written as UTF-8, so the output is for biber or
 * a Unicode-aware BibTeX, unless {@link #ascii(boolean)} asks for LaTeX escapes ({@code {\'{e}}}) that 8-bit
 * BibTeX reads. Characters LaTeX cannot set at all (emoji) are dropped, and each one is reported to the
 * {@linkplain #onWarning(Consumer) warning listener} ("nunez1990: title: dropped 🎉 (U+1F389), which LaTeX
 * cannot set"), so the file never breaks a LaTeX run.
 *
 * <pre>{@code
 * Reference shen = Reference.builder(ItemType.BOOK)
 *         .authors(List.of(Name.of("Shen", "Zhihua")))
 *         .title("Reviewing and Reconsidering the History of Sino-Soviet Relations")
 *         .publisherPlace("Beijing").publisher("Social Sciences Academic Press")
 *         .issued(PartialDate.ofYear(2016))
 *         .build();
 * String bib = new BibTeXExporter().export(List.of(shen));   // "@book{shen2016,\n\tauthor = {Shen, Zhihua}, …"
 * String biblatex = new BibTeXExporter().dialect(BibTeXExporter.Dialect.BIBLATEX)
 *         .onWarning(System.err::println).export(List.of(shen));   // "… date = {2016}, …"
 * }</pre>
 *
 * <p>Immutable and thread-safe: an exporter holds only its settings and may be shared (the warning listener is
 * called on the exporting thread).
 */
@NullMarked
public final class BibTeXExporter {

    /** The two data models a {@code .bib} file is written for. */
    public enum Dialect {
        /** Classic BibTeX: {@code year} and {@code month}, {@code journal}, {@code address}, {@code @misc}. */
        BIBTEX,
        /** biblatex with biber: {@code date}, {@code journaltitle}, {@code location}, {@code @online}… */
        BIBLATEX
    }

    private final Dialect dialect;
    private final boolean ascii;
    private final Consumer<String> warnings;

    /** An exporter of classic BibTeX in UTF-8 that ignores warnings. */
    public BibTeXExporter() {
        this(Dialect.BIBTEX, false, warning -> { });
    }

    private BibTeXExporter(Dialect dialect, boolean ascii, Consumer<String> warnings) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.ascii = ascii;
        this.warnings = Objects.requireNonNull(warnings, "warnings");
    }

    /** This exporter writing the given data model. */
    public BibTeXExporter dialect(Dialect newDialect) {
        return new BibTeXExporter(newDialect, ascii, warnings);
    }

    /** This exporter writing non-ASCII characters as LaTeX escapes (true) or as UTF-8 (false, the default). */
    public BibTeXExporter ascii(boolean newAscii) {
        return new BibTeXExporter(dialect, newAscii, warnings);
    }

    /**
     * This exporter telling the listener, in one line each, what it could not write as given: a character LaTeX
     * cannot set, which is dropped, or (with {@link #ascii(boolean)}) one with no LaTeX escape, which is kept.
     */
    public BibTeXExporter onWarning(Consumer<String> listener) {
        return new BibTeXExporter(dialect, ascii, listener);
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
     * The citation key {@link #export} gives each reference, in the same order: the reference's id made ASCII, or
     * family name and year ("shen2016"), unique ignoring case. The keys depend on the whole list (a repeated key
     * gets a letter), so ask with the list that is exported.
     *
     * @throws NullPointerException if the list or one of its references is null
     */
    public static List<String> citationKeys(List<Reference> references) {
        return CitationKeys.assign(List.copyOf(Objects.requireNonNull(references, "references")));
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
            BibTeXEntry entry = dialect == Dialect.BIBLATEX ? BibLaTeXMapper.toEntry(refs.get(i), keys.get(i))
                    : BibTeXMapper.toEntry(refs.get(i), keys.get(i));
            database.addObject(settable(entry));
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

    /** The entry with what LaTeX cannot set dropped and, in ASCII, the rest escaped; warns of both. */
    private BibTeXEntry settable(BibTeXEntry entry) {
        String key = entry.getKey().getValue();
        // The fields map keeps its order when a value is replaced.
        for (Map.Entry<Key, Value> field : new ArrayList<>(entry.getFields().entrySet())) {
            if (!(field.getValue() instanceof StringValue value)) {
                continue; // month macros: ASCII already
            }
            String name = field.getKey().getValue();
            String latex = LatexCharacters.settable(value.getString(), cp -> warnings.accept(key + ": " + name
                    + ": dropped " + describe(cp) + ", which LaTeX cannot set"));
            if (ascii) {
                latex = name.equals("url") || name.equals("doi") ? LatexCharacters.asciiUrl(latex)
                        : LatexCharacters.ascii(latex, cp -> warnings.accept(key + ": " + name + ": kept "
                                + describe(cp) + " as UTF-8: it has no LaTeX escape for 8-bit BibTeX"));
            }
            if (latex.isEmpty()) {
                entry.removeField(field.getKey());
            } else if (!latex.equals(value.getString())) {
                entry.addField(field.getKey(), new StringValue(latex, value.getStyle()));
            }
        }
        return entry;
    }

    private static String describe(int cp) {
        return new String(Character.toChars(cp)) + " (U+" + String.format("%04X", cp) + ")";
    }
}

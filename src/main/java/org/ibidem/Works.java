package org.ibidem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ibidem.bibtex.BibTeXExporter;
import org.ibidem.citation.CitationKind;
import org.ibidem.citation.ShortCitation;
import org.ibidem.citation.StyleFlag;
import org.ibidem.reference.Reference;
import org.ibidem.resolution.ResolutionFlag;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;
import org.ibidem.style.BibliographyFormatter;
import org.ibidem.style.CitationFormatter;
import org.ibidem.style.FormattedBibliography;
import org.ibidem.style.OutputFormat;
import org.jspecify.annotations.Nullable;

/**
 * Which of the works some resolved notes cite a bibliography or an export lists, and the bibliography itself:
 * shared by {@link Analysis} (one document) and {@link ProjectAnalysis} (a book's chapters), which pass their
 * notes and sources. Stateless; the formatters it keeps are thread-safe.
 */
final class Works {

    /** One formatter for the process: it caches a citeproc-java processor per style, which is costly to build. */
    static final BibliographyFormatter BIBLIOGRAPHIES = new BibliographyFormatter();
    static final CitationFormatter CITATIONS = new CitationFormatter();

    private Works() {
    }

    /** The works known only from a short form that matched no full citation; see {@link Analysis#unmatchedSources}. */
    static List<Reference> unmatched(List<ResolvedNote> notes, List<Reference> sources) {
        // A work named by citation key is given in full in a bibliography file: not unmatched, though left out too.
        Set<String> givenInFull = keyed(notes);
        for (ResolvedNote note : notes) {
            for (ResolvedCitation rc : note.citations()) {
                // A short form resolved into an earlier document of a project points at a work given in full there.
                if (rc.sourceId() != null && (rc.kind() == CitationKind.FULL
                        || rc.flags().contains(ResolutionFlag.IN_EARLIER_DOCUMENT))) {
                    givenInFull.add(rc.sourceId());
                }
            }
        }
        List<Reference> unmatched = new ArrayList<>();
        for (Reference r : sources) {
            if (!givenInFull.contains(r.id())) {
                unmatched.add(r);
            }
        }
        return unmatched;
    }

    /**
     * The ids of the works named only by citation key (LaTeX's {@code \footcite{beard2015}}): Ibidem reads no
     * bibliography file, so it knows nothing of them but the key, and bibliographies and BibTeX leave them out as
     * they do the unmatched works (the {@code citation-key} finding names each).
     */
    private static Set<String> keyed(List<ResolvedNote> notes) {
        Set<String> keyed = new HashSet<>();
        for (ResolvedNote note : notes) {
            for (ResolvedCitation rc : note.citations()) {
                if (rc.sourceId() != null && rc.citation() instanceof ShortCitation s
                        && s.form() == ShortCitation.Form.CITATION_KEY) {
                    keyed.add(rc.sourceId());
                }
            }
        }
        return keyed;
    }

    /** The sources a bibliography or an export of this scope lists, in order of first citation. */
    static List<Reference> ofScope(List<ResolvedNote> notes, List<Reference> sources, SourceScope scope) {
        Objects.requireNonNull(scope, "scope");
        // Works named by key are left out of every scope: all a bibliography could say of one is its key.
        Set<String> left = keyed(notes);
        if (scope != SourceScope.ALL) {
            unmatched(notes, sources).forEach(r -> left.add(r.id()));
        }
        if (left.isEmpty()) {
            return sources;
        }
        return sources.stream().filter(r -> !left.contains(r.id())).toList();
    }

    /** The bibliography of the sources of a scope; see {@link Analysis#bibliography(String, OutputFormat)}. */
    static FormattedBibliography bibliography(List<ResolvedNote> notes, List<Reference> all, String style,
                                              OutputFormat format, SourceScope scope, @Nullable String locale) {
        List<Reference> sources = ofScope(notes, all, scope);
        FormattedBibliography bib = BIBLIOGRAPHIES.format(sources, style, format, locale);
        Set<String> canonical = canonicalOnly(notes);
        if (canonical.isEmpty() || !bib.styleId().startsWith("chicago")) {
            return bib;
        }
        // Chicago cites scripture and classical works in the notes only (CMOS 14.238–14.256), a rule its CSL
        // styles do not encode: format the rest, and list these with the works the style itself left out.
        List<Reference> listed = new ArrayList<>();
        List<Reference> notesOnly = new ArrayList<>();
        for (Reference r : sources) {
            (canonical.contains(r.id()) ? notesOnly : listed).add(r);
        }
        FormattedBibliography rest = BIBLIOGRAPHIES.format(listed, style, format, locale);
        List<Reference> omitted = new ArrayList<>(rest.omitted());
        omitted.addAll(notesOnly);
        return new FormattedBibliography(rest.styleId(), format, rest.entries(), omitted);
    }

    /** The ids of the sources cited only by their canonical divisions ("Gen. 3:16"), never as other works are. */
    private static Set<String> canonicalOnly(List<ResolvedNote> notes) {
        Set<String> canonical = new HashSet<>();
        Set<String> otherwise = new HashSet<>();
        for (ResolvedNote note : notes) {
            for (ResolvedCitation rc : note.citations()) {
                if (rc.sourceId() != null && rc.kind() == CitationKind.FULL) {
                    (rc.citation().flags().contains(StyleFlag.CANONICAL_REFERENCE) ? canonical : otherwise).add(rc.sourceId());
                }
            }
        }
        canonical.removeAll(otherwise);
        return canonical;
    }

    /** The citation key of each work, by source id: the keys of the BibTeX and BibLaTeX exports of these works. */
    static Map<String, String> citationKeys(List<Reference> works) {
        List<String> keys = BibTeXExporter.citationKeys(works);
        Map<String, String> byId = new LinkedHashMap<>();
        for (int i = 0; i < works.size(); i++) {
            if (works.get(i).id() != null) {
                byId.put(works.get(i).id(), keys.get(i));
            }
        }
        return Collections.unmodifiableMap(byId);
    }
}

package org.ibidem.style;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.ibidem.reference.Reference;

/**
 * The works of one document in one style, and the form in which each work's cites are told apart from the
 * others' ({@link CiteDisambiguation}): what a {@link CitationFormatter.Session} and a {@link NoteStyle.Cites}
 * render their cites in. The forms are worked out when first asked for, and again once a work or a first note
 * has been added; the renderer keeps the compared texts, so adding a work renders only that work's.
 *
 * <pre>{@code
 * CiteForms forms = new CiteForms(renderer, refs -> bibliographies.yearSuffixes(refs, style, format, null));
 * forms.firstNote(shen, 1);
 * forms.firstNote(shenMao, 1);
 * forms.form(shen).conditions();   // OSCOLA: 1, its later cites read "Shen, Reviewing (n 1)"
 * }</pre>
 *
 * <p>Not thread-safe: one document's, used in order.
 */
final class CiteForms {

    private final CiteRenderer renderer;
    private final Function<List<Reference>, Map<Reference, String>> suffixes;
    private final Set<Reference> works = new LinkedHashSet<>();
    private final Map<Reference, Integer> firstNotes = new HashMap<>();
    private boolean stale = true;
    private Map<Reference, CiteDisambiguation.Form> forms = Map.of();

    /**
     * @param renderer renders the cites compared (in the style, any output format)
     * @param suffixes the year suffixes the style's bibliography of the given works prints, by work; called only
     *                 for a style that adds them
     */
    CiteForms(CiteRenderer renderer, Function<List<Reference>, Map<Reference, String>> suffixes) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.suffixes = Objects.requireNonNull(suffixes, "suffixes");
    }

    /** Adds a work of the document. */
    void work(Reference work) {
        if (works.add(Objects.requireNonNull(work, "work"))) {
            stale = true;
        }
    }

    /** Adds a work and the number of the note that first cites it; the first number given for a work stays. */
    void firstNote(Reference work, int note) {
        work(work);
        if (note > 0 && firstNotes.putIfAbsent(work, note) == null) {
            stale = true;
        }
    }

    /** The form the work's cites take; the plain form for a work not added, or in a numeric style. */
    CiteDisambiguation.Form form(Reference work) {
        if (stale) {
            stale = false;
            forms = compute();
        }
        return forms.getOrDefault(work, CiteDisambiguation.Form.PLAIN);
    }

    private Map<Reference, CiteDisambiguation.Form> compute() {
        CiteDisambiguation.Options options = renderer.disambiguation();
        StyleTraits traits = renderer.traits();
        // In a numeric style the numbers tell the cites apart.
        if (renderer.layout().numbered() || works.size() < 2 || !options.renders() && !traits.addYearSuffix()) {
            return Map.of();
        }
        List<Reference> all = new ArrayList<>(works);
        Map<Reference, String> letters = traits.addYearSuffix() ? suffixes.apply(all) : Map.of();
        return CiteDisambiguation.forms(all, letters, options, traits,
                (work, form) -> renderer.key(work, form, firstNotes.getOrDefault(work, 0)));
    }
}

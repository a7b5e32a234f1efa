package org.ibidem.style;

import java.util.Map;
import java.util.Set;
import org.ibidem.reference.CslField;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;

/**
 * Years that are part of a legal source's citation, as a note style cites it. CSL knows only a date printed after
 * the title or the report, so a note style said the year twice or in the wrong place:
 *
 * <pre>{@code
 * Harbours Act 1964                → "Harbours Act 1964 (1964)."        now "Harbours Act 1964."
 * Smith v Jones [1901] 2 KB 155 (CA) → "Smith v Jones, 2 KB 155 (CA 1901)." now "Smith v Jones, [1901] 2 KB 155 (CA)."
 * }</pre>
 *
 * <p>A British Act's short title ends with its year, and Chicago and OSCOLA cite it by that title alone. In the
 * English law reports and neutral citations the year in square brackets numbers the volumes and stands before
 * them. Only note styles are given these forms: an author-date style (APA) needs the date for its in-text cite and
 * for its year suffixes, and keeps the item as it is. The data themselves (the notes' JSON, CSL-JSON, BibTeX) are
 * never changed. Stateless.
 */
final class LegalYears {

    // The English law reports and neutral citations whose volumes are numbered by year, written in square brackets.
    private static final Set<String> YEAR_NUMBERED_REPORTS = Set.of("AC", "QB", "KB", "Ch", "Fam", "P", "WLR",
            "All ER", "All ER (Comm)", "Lloyd's Rep", "Lloyd\u2019s Rep", "UKSC", "UKHL", "UKPC", "EWCA Civ",
            "EWCA Crim", "EWHC", "UKUT", "EWCOP", "EWFC");

    private LegalYears() {
    }

    /** The CSL item of {@code ref} (made by {@link CslMapper#toJson}) with its year where a note style wants it. */
    static void inNotes(Reference ref, Map<String, Object> item) {
        PartialDate issued = ref.issued();
        if (issued == null || issued.year() <= 0) {
            return;
        }
        if (yearInShortTitle(ref, issued)) {
            item.remove(CslField.ISSUED.variable());
        } else if (yearNumbersTheVolumes(ref, issued)) {
            String volume = ref.volume() == null ? "" : " " + ref.volume().strip();
            item.put(CslField.VOLUME.variable(), "[" + issued.year() + "]" + volume);
            item.remove(CslField.ISSUED.variable());
        }
    }

    /** Legislation whose title ends with the year it was issued, and no more of the date known. */
    private static boolean yearInShortTitle(Reference ref, PartialDate issued) {
        return ref.type() == ItemType.LEGISLATION && ref.title() != null && issued.month() == 0
                && issued.season() == null && ref.title().strip().endsWith(" " + issued.year());
    }

    /**
     * A case in a report whose volumes its year numbers ({@link #YEAR_NUMBERED_REPORTS}), its volume not already
     * holding the year (data read from CSL-JSON may write "[1932] 1" or "1932" there).
     */
    private static boolean yearNumbersTheVolumes(Reference ref, PartialDate issued) {
        String volume = ref.volume();
        return ref.type() == ItemType.LEGAL_CASE && ref.containerTitle() != null
                && YEAR_NUMBERED_REPORTS.contains(ref.containerTitle().strip())
                && (volume == null || volume.indexOf('[') < 0 && !volume.strip().equals(Integer.toString(issued.year())));
    }
}

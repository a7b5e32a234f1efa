package org.ibidem.style;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLItemData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.ibidem.reference.CslField;
import org.ibidem.reference.CslJson;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;

/**
 * The one place where a {@link Reference} becomes citeproc-java's {@link CSLItemData}.
 *
 * <p>Stateless and thread-safe.
 */
final class CslMapper {

    private CslMapper() {
    }

    /**
     * The CSL item for a reference, under the given id. The id is passed in rather than taken from the reference
     * because a reference's own id may be missing or repeated, and citeproc-java keys its items by id.
     *
     * <p>The item is read by citeproc-java from the reference's CSL-JSON ({@link CslJson}, which walks the one
     * field table {@link CslField}), so a new field reaches the styles without a line here. What differs from
     * the CSL-JSON we write is only what citeproc-java renders differently from citeproc-js: editions as English
     * ordinals, dates with numbered seasons and ranges that cross a year, and a letter's recipient in its genre.
     */
    static CSLItemData toItem(Reference ref, String id) {
        return CSLItemData.fromJson(toJson(ref, id));
    }

    /** The CSL-JSON citeproc-java reads the item from (see {@link #toItem}); a fresh, mutable map. */
    static Map<String, Object> toJson(Reference ref, String id) {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(id, "id");
        // CSL-JSON leaves out a name variable with no names: an empty but present variable is one some styles
        // test with "is it set".
        Map<String, Object> json = CslJson.toMap(ref);
        json.remove(CslJson.CUSTOM); // our extensions ("et-al"): citeproc-java renders none of them
        json.put("id", id);
        if (!ref.recipients().isEmpty()) {
            // citeproc-java knows no CSL type "letter" (the type whose layouts print the recipient), and a
            // manuscript's layouts print no recipient: the genre says it, as Chicago ("Letter to Joseph Stalin."),
            // APA ("[Letter to Joseph Stalin]") and MLA describe an unpublished letter. The recipient variable
            // stays for a style that prints it.
            String genre = ref.genre() == null ? "letter" : ref.genre();
            json.put(CslField.GENRE.variable(), genre + " to "
                    + ref.recipients().stream().map(Name::displayName).collect(Collectors.joining(" and ")));
        }
        if (ref.title() != null && ref.title().equalsIgnoreCase(ref.genre())) {
            // An untitled document described by what it is ("Ruth Adler, interview by the author, …"): the reader
            // keeps the description as its title too, for the notes and the linter, but a style that prints both
            // the title and the genre would say it twice ("“Interview by the Author.” Interview by the author.").
            json.remove(CslField.TITLE.variable());
        }
        String shortTitle = json.containsKey(CslField.TITLE.variable()) ? shortTitle(ref.title()) : null;
        if (shortTitle != null && !json.containsKey("title-short")) {
            json.put("title-short", shortTitle);
        }
        String edition = edition(ref.edition());
        if (edition != null) {
            json.put(CslField.EDITION.variable(), edition);
        }
        for (CslField field : CslField.values()) {
            PartialDate date = field.kind() == CslField.Kind.DATE ? field.date(ref) : null;
            if (date != null) {
                // A speech's date stays in "issued", where Zotero (the main source of CSL data, which the styles
                // are tuned to) puts it; copying it to "event-date" too makes Chicago print the year twice.
                json.put(field.variable(), dateJson(date));
            }
        }
        return json;
    }

    /**
     * Chicago's short title when the reference gives none: the main title, before the colon of its subtitle
     * ("SPQR: A History of Ancient Rome" → "SPQR"; CMOS 17 §14.32). A style's short form
     * ({@code <text variable="title" form="short"/>}) would otherwise repeat the whole title. Null for a title
     * without a subtitle, where the short form is the title itself.
     */
    static String shortTitle(String title) {
        if (title == null) {
            return null;
        }
        int colon = title.indexOf(": ");
        if (colon <= 0) {
            return null;
        }
        String main = title.substring(0, colon).strip();
        return main.isEmpty() ? null : main;
    }

    /**
     * The edition, with a bare number made an English ordinal ("2" → "2nd"). citeproc-java renders
     * {@code <number form="ordinal">} as plain text, so "2" would print as "2 ed."; "2nd" still counts as numeric
     * in CSL, so styles keep choosing their numbered-edition branch and add "ed." themselves.
     */
    static String edition(String edition) {
        if (edition == null || !edition.chars().allMatch(c -> c >= '0' && c <= '9') || edition.length() > 4) {
            return edition;
        }
        int n = Integer.parseInt(edition);
        String suffix;
        if (n % 100 >= 11 && n % 100 <= 13) {
            suffix = "th";
        } else if (n % 10 == 1) {
            suffix = "st";
        } else if (n % 10 == 2) {
            suffix = "nd";
        } else if (n % 10 == 3) {
            suffix = "rd";
        } else {
            suffix = "th";
        }
        return n + suffix;
    }

    /**
     * The CSL date for a partial date. A month span ("July/October 1969") becomes a CSL date range; a span that
     * runs backwards ("December/January") crosses into the next year.
     */
    static CSLDate date(PartialDate d) {
        return CSLDate.fromJson(dateJson(d));
    }

    /** The CSL-JSON date citeproc-java reads for a partial date (see {@link #date}). */
    private static Map<String, Object> dateJson(PartialDate d) {
        List<Object> parts = new ArrayList<>();
        if (d.isMonthSpan()) {
            parts.add(datePart(d.year(), d.month(), 0));
            parts.add(datePart(d.endYear(), d.endMonth(), 0));
        } else {
            parts.add(datePart(d.year(), d.month(), d.day()));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("date-parts", parts);
        if (d.season() != null) {
            int season = d.seasonNumber();
            json.put("season", season > 0 ? String.valueOf(season) : d.season());
        }
        return json;
    }

    private static List<Object> datePart(int year, int month, int day) {
        List<Object> part = new ArrayList<>();
        part.add(year);
        if (month > 0) {
            part.add(month);
            if (day > 0) {
                part.add(day);
            }
        }
        return part;
    }
}

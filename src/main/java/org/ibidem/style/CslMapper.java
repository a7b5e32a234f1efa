package org.ibidem.style;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
     */
    static CSLItemData toItem(Reference ref, String id) {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(id, "id");
        CSLItemDataBuilder b = new CSLItemDataBuilder()
                .id(id)
                .type(CSLType.fromString(ref.type().cslName()))
                .title(ref.title())
                .containerTitle(ref.containerTitle())
                .collectionTitle(ref.collectionTitle())
                .collectionNumber(ref.collectionNumber())
                .volume(ref.volume())
                .numberOfVolumes(ref.numberOfVolumes())
                .issue(ref.issue())
                .edition(edition(ref.edition()))
                .page(ref.page())
                .publisher(ref.publisher())
                .publisherPlace(ref.publisherPlace())
                .URL(ref.url())
                .DOI(ref.doi())
                .genre(ref.genre())
                .archive(ref.archive())
                .archiveLocation(ref.archiveLocation())
                .archivePlace(ref.archivePlace())
                .eventPlace(ref.eventPlace())
                .authority(ref.authority())
                .medium(ref.medium())
                .number(ref.number())
                .note(ref.note());
        // The builder's name setters are varargs: an empty array would be an empty but present variable, which
        // some styles test with "is it set"; leave the variable absent instead.
        if (!ref.authors().isEmpty()) {
            b.author(names(ref.authors()));
        }
        if (!ref.editors().isEmpty()) {
            b.editor(names(ref.editors()));
        }
        if (!ref.translators().isEmpty()) {
            b.translator(names(ref.translators()));
        }
        if (!ref.recipients().isEmpty()) {
            b.recipient(names(ref.recipients()));
        }
        if (!ref.directors().isEmpty()) {
            b.director(names(ref.directors()));
        }
        if (ref.issued() != null) {
            // A speech's date stays in "issued", where Zotero (the main source of CSL data, which the styles are
            // tuned to) puts it; copying it to "event-date" too makes Chicago print the year twice.
            b.issued(date(ref.issued()));
        }
        if (ref.accessed() != null) {
            b.accessed(date(ref.accessed()));
        }
        if (ref.originalDate() != null) {
            b.originalDate(date(ref.originalDate()));
        }
        return b.build();
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

    static CSLName[] names(List<Name> names) {
        return names.stream().map(CslMapper::name).toArray(CSLName[]::new);
    }

    static CSLName name(Name name) {
        if (name.isLiteral()) {
            // A literal is never split or inverted: "People's Press Editorial" must not become
            // "Editorial, People's Press".
            return new CSLNameBuilder().literal(name.literal()).build();
        }
        return new CSLNameBuilder()
                .family(name.family())
                .given(name.given())
                .nonDroppingParticle(name.particle())
                .suffix(name.suffix())
                .build();
    }

    /**
     * The CSL date for a partial date. A month span ("July/October 1969") becomes a CSL date range; a span that
     * runs backwards ("December/January") crosses into the next year.
     */
    static CSLDate date(PartialDate d) {
        CSLDateBuilder b = new CSLDateBuilder();
        if (d.endMonth() > 0 && d.month() > 0 && d.endMonth() != d.month()) {
            int endYear = d.endMonth() < d.month() ? d.year() + 1 : d.year();
            b.dateParts(new int[] {d.year(), d.month()}, new int[] {endYear, d.endMonth()});
        } else if (d.day() > 0) {
            b.dateParts(d.year(), d.month(), d.day());
        } else if (d.month() > 0) {
            b.dateParts(d.year(), d.month());
        } else {
            b.dateParts(d.year());
        }
        if (d.season() != null) {
            int season = seasonNumber(d.season());
            if (season > 0) {
                b.season(season);
            } else {
                b.season(d.season());
            }
        }
        return b.build();
    }

    /** CSL numbers the seasons 1–4 from spring; 0 for a name it has no number for. */
    static int seasonNumber(String season) {
        switch (season.toLowerCase(Locale.ROOT)) {
            case "spring":
                return 1;
            case "summer":
                return 2;
            case "fall":
            case "autumn":
                return 3;
            case "winter":
                return 4;
            default:
                return 0;
        }
    }
}

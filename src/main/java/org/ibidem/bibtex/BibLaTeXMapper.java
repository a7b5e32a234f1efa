package org.ibidem.bibtex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ibidem.reference.CslField;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.Numerals;
import org.ibidem.reference.Reference;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.Key;
import org.jbibtex.Value;

/**
 * The one place where a {@link Reference} becomes a biblatex entry (a JBibTeX {@link BibTeXEntry} of biblatex's
 * data model), read by biber.
 *
 * <p>Unlike classic BibTeX, biblatex has a field for nearly everything a note says: the whole date in
 * {@code date} (a day, a span of months as an interval, a season as its EDTF month), entry types for web pages
 * ({@code @online}), chapters of an authored book ({@code @inbook}) or of an edited one ({@code @incollection}),
 * cases ({@code @jurisdiction}), statutes ({@code @legislation}), letters, films and recordings, and a director
 * as the {@code editor} with {@code editortype = {director}}. A CSL variable with a biblatex field of its own is
 * written there as {@link CslField#biblatexField()} says; the rest is placed here by entry type, or goes into the
 * {@code note}, so nothing a note said is dropped.
 *
 * <p>Stateless and thread-safe.
 */
final class BibLaTeXMapper {

    /** The order fields are written in, before the note. */
    private static final List<String> FIELD_ORDER = List.of("author", "editor", "editortype", "translator",
            "title", "journaltitle", "entrysubtype", "booktitle", "howpublished", "organization", "series",
            "edition", "volume", "volumes", "number", "pages", "institution", "publisher", "location", "venue",
            "type", "date", "origdate", "url", "doi", "urldate");

    private static final CslField[] VARIABLES = CslField.values(); // values() copies the array on each call

    private BibLaTeXMapper() {
    }

    /** The entry for a reference, under the given (already unique) key. */
    static BibTeXEntry toEntry(Reference ref, String key) {
        String type = entryType(ref);
        Map<String, Value> fields = new HashMap<>();
        Map<String, CslField> writtenFrom = new HashMap<>();
        boolean thesisOrReport = type.equals("thesis") || type.equals("report");

        // Every CSL variable with a biblatex field of its own, from the one table; the first given wins where two
        // share a field (a film's director is its "editor" when nobody else is).
        for (CslField variable : VARIABLES) {
            String field = variable.biblatexField();
            if (field != null && field.equals("publisher") && thesisOrReport) {
                field = "institution";
            }
            Object value = field == null || fields.containsKey(field) ? null : variable.value(ref);
            if (value != null) {
                BibTeXMapper.put(fields, field, variable.kind(), value);
                writtenFrom.put(field, variable);
                if (variable == CslField.DIRECTOR) {
                    fields.put("editortype", BibTeXMapper.braced("director"));
                }
            }
        }
        if (ref.type() == ItemType.ARTICLE_MAGAZINE) {
            fields.put("entrysubtype", BibTeXMapper.braced("magazine"));
        } else if (ref.type() == ItemType.ARTICLE_NEWSPAPER) {
            fields.put("entrysubtype", BibTeXMapper.braced("newspaper"));
        }

        // What has no field of its own goes where the entry type reads it, or into the note.
        List<String> extra = new ArrayList<>();
        boolean miscLike = MISC_LIKE.contains(type);
        String container = ref.containerTitle();
        boolean archiveWritten = false;
        if (container != null) {
            switch (type) {
                case "article" -> fields.put("journaltitle", BibTeXMapper.text(container));
                case "incollection", "inbook", "inproceedings", "inreference" ->
                        fields.put("booktitle", BibTeXMapper.braced(BibTeXText.protectCapitals(container)));
                case "online" -> fields.put("organization", BibTeXMapper.text(container));
                default -> {
                    if (miscLike) {
                        fields.put("howpublished", BibTeXMapper.text(container));
                    } else {
                        extra.add(container);
                    }
                }
            }
        } else if (miscLike && ref.archive() != null) {
            fields.put("howpublished", BibTeXMapper.text(BibTeXMapper.archiveAndPlace(ref)));
            archiveWritten = true;
        }
        String genre = BibTeXMapper.genreAndRecipients(ref);
        if (genre != null) {
            if (thesisOrReport || miscLike) {
                // biblatex prints "type" where the kind of document is named: "PhD diss.", "letter to …".
                fields.put("type", BibTeXMapper.text(genre));
            } else {
                extra.add(0, genre);
            }
        }
        BibTeXMapper.addIfPresent(extra, ref.archiveLocation());
        if (!archiveWritten) {
            BibTeXMapper.addIfPresent(extra, BibTeXMapper.archiveAndPlace(ref));
        }
        if (ref.eventPlace() != null && type.equals("unpublished")) {
            fields.put("venue", BibTeXMapper.text(ref.eventPlace()));
        } else {
            BibTeXMapper.addIfPresent(extra, ref.eventPlace());
        }
        BibTeXMapper.addIfPresent(extra, ref.authority());
        if (!ref.directors().isEmpty() && !fields.containsKey("editortype")) {
            extra.add("directed by " + String.join(" and ",
                    ref.directors().stream().map(Name::displayName).toList()));
        }
        BibTeXMapper.addIfPresent(extra, ref.medium());
        moveFieldsTheTypeLacks(type, ref, fields, writtenFrom, extra);
        BibTeXMapper.addIfPresent(extra, ref.note());
        if (!extra.isEmpty()) {
            fields.put("note", BibTeXMapper.text(String.join(", ", extra)));
        }
        return BibTeXMapper.assemble(new Key(type), key, fields, FIELD_ORDER);
    }

    /**
     * Standard entry types and the fields of the table above that biblatex's data model does not give them (biber
     * drops such a field, with a warning, before any style sees it). Read off the default data model biber
     * validates against (`biber --tool --validate-datamodel`); types outside this map are either complete for
     * what we write or biblatex's non-standard types ({@code @letter}, {@code @jurisdiction}, {@code @legislation},
     * {@code @movie} …), which the default model lists without any field and which styles such as
     * biblatex-chicago define for themselves.
     */
    private static final Map<String, Set<String>> FIELDS_THE_TYPE_LACKS = Map.of(
            "article", Set.of("publisher", "location", "organization", "howpublished"),
            "online", Set.of("publisher", "pages", "series", "location", "howpublished"),
            "misc", Set.of("publisher", "series", "pages", "number"),
            "report", Set.of("series", "publisher"),
            "unpublished", Set.of("series", "publisher", "pages"));

    /** Where a field the type lacks is read instead, when that field is still free: a site's or body's name. */
    private static final Map<String, String> SECOND_HOME = Map.of("publisher", "organization");

    /**
     * Moves what biber would drop — a field the entry type lacks, a volume that is not a whole number — to a field
     * the type reads, or to the note, so that nothing the citation said is lost. A volume in roman numerals
     * becomes arabic, as biblatex's integer field wants and as Chicago prints volume numbers (CMOS 14.118).
     */
    private static void moveFieldsTheTypeLacks(String type, Reference ref, Map<String, Value> fields,
            Map<String, CslField> writtenFrom, List<String> note) {
        Set<String> lacks = FIELDS_THE_TYPE_LACKS.getOrDefault(type, Set.of());
        for (String field : FIELD_ORDER) {
            CslField variable = writtenFrom.get(field);
            if (!lacks.contains(field) || variable == null || !fields.containsKey(field)) {
                continue;
            }
            Value value = fields.remove(field);
            String home = SECOND_HOME.get(field);
            if (home != null && !fields.containsKey(home) && !lacks.contains(home)) {
                fields.put(home, value);
            } else {
                note.add(String.valueOf(variable.value(ref)));
            }
        }
        String volume = ref.volume();
        if (volume != null && fields.containsKey("volume") && !volume.strip().matches("\\d{1,9}")) {
            int number = Numerals.value(volume.strip().replaceFirst("\\.$", ""));
            if (number > 0) {
                fields.put("volume", BibTeXMapper.text(Integer.toString(number)));
            } else {
                fields.remove("volume");
                note.add(0, "vol. " + volume);
            }
        }
    }

    /**
     * The entry types whose drivers (or, for biblatex's types without a driver of their own, the {@code @misc}
     * driver they fall back to) print {@code howpublished} and {@code type}.
     */
    private static final Set<String> MISC_LIKE = Set.of("misc", "unpublished", "letter",
            "jurisdiction", "legislation", "movie", "video", "audio", "artwork", "patent");

    /** The biblatex entry type for a reference. */
    static String entryType(Reference ref) {
        return switch (ref.type()) {
            case BOOK -> "book";
            // A chapter of a book its own author wrote is @inbook; of a book with editors, @incollection.
            case CHAPTER -> ref.editors().isEmpty() ? "inbook" : "incollection";
            case ARTICLE_JOURNAL, ARTICLE_MAGAZINE, ARTICLE_NEWSPAPER -> "article";
            case THESIS -> "thesis";
            case REPORT -> "report";
            case PAPER_CONFERENCE -> "inproceedings";
            case WEBPAGE, POST_WEBLOG, POST -> "online";
            // An archival document addressed to someone is a letter; other manuscripts and speeches unpublished.
            case MANUSCRIPT -> ref.recipients().isEmpty() ? "unpublished" : "letter";
            case SPEECH -> "unpublished";
            case PERSONAL_COMMUNICATION -> "letter";
            case LEGISLATION -> "legislation";
            case LEGAL_CASE -> "jurisdiction";
            case ENTRY_DICTIONARY, ENTRY_ENCYCLOPEDIA -> "inreference";
            case MOTION_PICTURE -> "movie";
            case BROADCAST -> "video";
            case SONG -> "audio";
            case GRAPHIC -> "artwork";
            case PATENT -> "patent";
            // No default: a new ItemType must be placed here deliberately, or this switch stops compiling.
            case DOCUMENT, INTERVIEW, ARTICLE -> "misc";
        };
    }
}

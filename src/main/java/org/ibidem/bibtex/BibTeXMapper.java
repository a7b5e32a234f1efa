package org.ibidem.bibtex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ibidem.reference.CslField;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.ConcateValue;
import org.jbibtex.Key;
import org.jbibtex.KeyValue;
import org.jbibtex.StringValue;
import org.jbibtex.Value;

/**
 * The one place where a {@link Reference} becomes a JBibTeX {@link BibTeXEntry}.
 *
 * <p>Entry types follow citation-js's CSL-to-BibTeX conventions: journal, magazine and newspaper articles are
 * {@code @article}, chapters {@code @incollection}, conference papers {@code @inproceedings}, reports
 * {@code @techreport}, theses {@code @phdthesis} or {@code @mastersthesis} by their genre, and everything classic
 * BibTeX has no type for is {@code @misc}. A CSL variable with a BibTeX field of its own is written there as
 * {@link CslField#bibtexField()} says; fields that carry text are escaped by {@link BibTeXText}; what a type has
 * no field for goes into {@code note}, so nothing a note said is dropped.
 *
 * <p>Stateless and thread-safe.
 */
final class BibTeXMapper {

    /**
     * The order fields are written in, before the note. Some are fields classic BibTeX lacks (translator, volumes,
     * origdate, urldate): biblatex reads them and BibTeX styles ignore them.
     */
    private static final List<String> FIELD_ORDER = List.of("author", "editor", "translator", "title", "journal",
            "booktitle", "howpublished", "series", "edition", "volume", "volumes", "number", "pages", "school",
            "institution", "publisher", "address", "type", "year", "month", "day", "origdate", "url", "doi", "urldate");

    /** Chicago's "PhD diss.", "Ph.D. dissertation", "doctoral thesis"; a bare "diss." is doctoral in US usage. */
    static final Pattern DOCTORAL =
            Pattern.compile("ph\\.?\\s?d|doctor|dissertation|\\bdiss\\b", Pattern.CASE_INSENSITIVE);

    /** The month macros every BibTeX style defines; they re-parse to month names in JBibTeX and citeproc-java. */
    private static final String[] MONTHS =
            {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private static final CslField[] VARIABLES = CslField.values(); // values() copies the array on each call

    private BibTeXMapper() {
    }

    /** The entry for a reference, under the given (already unique) key. */
    static BibTeXEntry toEntry(Reference ref, String key) {
        Key type = entryType(ref);
        Map<String, Value> fields = new HashMap<>();

        // Every CSL variable with a BibTeX field of its own, from the one table. Where two variables share a
        // field the first given wins: a film's director is its "author" when it has no author, a broadcast's
        // episode number its "number" when it has no issue.
        for (CslField variable : VARIABLES) {
            String field = variable.bibtexField();
            if (field != null && field.equals("publisher")) {
                field = publisherField(type);
            }
            Object value = field == null || fields.containsKey(field) ? null : variable.value(ref);
            if (value != null) {
                put(fields, field, variable.kind(), value);
            }
        }

        // What BibTeX has no field of its own for goes where the entry type reads it, or into the note.
        List<String> extra = new ArrayList<>();
        boolean misc = type.equals(BibTeXEntry.TYPE_MISC);
        String container = ref.containerTitle();
        String archive = ref.archive();
        if (container != null) {
            if (type.equals(BibTeXEntry.TYPE_ARTICLE)) {
                // Styles print journal names as given, so they need no protection from lowercasing.
                fields.put("journal", text(container));
            } else if (type.equals(BibTeXEntry.TYPE_INCOLLECTION) || type.equals(BibTeXEntry.TYPE_INPROCEEDINGS)) {
                fields.put("booktitle", braced(BibTeXText.protectCapitals(container)));
            } else if (misc) {
                fields.put("howpublished", text(container));
            } else {
                extra.add(container);
            }
        } else if (misc && archive != null) {
            fields.put("howpublished", text(archiveAndPlace(ref)));
            archive = null;
        }
        String genre = genreAndRecipients(ref);
        if (genre != null) {
            if (publisherField(type).equals("publisher")) {
                extra.add(0, genre);
            } else {
                // Theses and reports print "type" in place of their default label ("PhD thesis",
                // "Technical Report"), which is where "PhD diss." or "memorandum" belongs.
                fields.put("type", text(genre));
            }
        }
        // Chicago order for what is left: the place inside the archive, then the archive and where it is, then
        // where an event was; a court last, as in "(2d Cir. 1950)".
        addIfPresent(extra, ref.archiveLocation());
        addIfPresent(extra, archive == null && ref.archive() != null ? null : archiveAndPlace(ref));
        addIfPresent(extra, ref.eventPlace());
        addIfPresent(extra, ref.authority());
        if (!ref.authors().isEmpty() && !ref.directors().isEmpty()) {
            extra.add("directed by " + ref.directors().stream().map(Name::displayName)
                    .collect(Collectors.joining(" and ")));
        }
        addIfPresent(extra, ref.medium());
        addIfPresent(extra, ref.note());
        if (!extra.isEmpty()) {
            fields.put("note", text(String.join(", ", extra)));
        }

        return assemble(type, key, fields, FIELD_ORDER);
    }

    /** The entry with its fields in the given order; a field the order does not list comes next, the note last. */
    static BibTeXEntry assemble(Key type, String key, Map<String, Value> fields, List<String> order) {
        BibTeXEntry entry = new BibTeXEntry(type, new Key(key));
        Value note = fields.remove("note");
        for (String field : order) {
            Value value = fields.remove(field);
            if (value != null) {
                entry.addField(new Key(field), value);
            }
        }
        if (!fields.isEmpty()) {
            new TreeMap<>(fields).forEach((field, value) -> entry.addField(new Key(field), value));
        }
        if (note != null) {
            entry.addField(BibTeXEntry.KEY_NOTE, note);
        }
        return entry;
    }

    /** The archive and the place it is in, as Chicago writes them: "Archive of the President, Moscow". */
    static String archiveAndPlace(Reference ref) {
        String archive = ref.archive();
        String place = ref.archivePlace();
        return archive == null ? place : place == null ? archive : archive + ", " + place;
    }

    /**
     * The genre and whom the work is addressed to, as a note describes a letter ("letter to Joseph Stalin"), or
     * null when the reference gives neither: neither BibTeX nor biblatex has a recipient field.
     */
    static String genreAndRecipients(Reference ref) {
        String genre = ref.genre();
        if (ref.recipients().isEmpty()) {
            return genre;
        }
        String to = "to " + ref.recipients().stream().map(Name::displayName).collect(Collectors.joining(" and "));
        return genre == null ? to : genre + " " + to;
    }

    /** The field a publisher goes in: a thesis's "school", a report's "institution", else "publisher". */
    private static String publisherField(Key type) {
        return type.equals(BibTeXEntry.TYPE_PHDTHESIS) || type.equals(BibTeXEntry.TYPE_MASTERSTHESIS) ? "school"
                : type.equals(BibTeXEntry.TYPE_TECHREPORT) ? "institution" : "publisher";
    }

    /** Writes a variable's value (String, List of Name or PartialDate, as its kind says) in its BibTeX field. */
    static void put(Map<String, Value> fields, String field, CslField.Kind kind, Object value) {
        switch (kind) {
            case NAMES -> {
                StringBuilder names = new StringBuilder();
                for (Object name : (List<?>) value) {
                    // "et al." is BibTeX's keyword "others", never braced: "Wu, Jeffrey and others".
                    names.append(names.length() == 0 ? "" : " and ")
                            .append(((Name) name).isOthers() ? "others" : name((Name) name));
                }
                fields.put(field, braced(names.toString()));
            }
            case DATE -> {
                PartialDate date = (PartialDate) value;
                if (field.equals("year")) {
                    date(fields, date);
                } else if (field.equals("date")) {
                    fields.put(field, braced(edtf(date)));
                } else {
                    fields.put(field, braced(date.toIso()));
                }
            }
            case TEXT, NUMBER -> {
                String text = (String) value;
                fields.put(field, switch (field) {
                    case "title", "booktitle" -> braced(BibTeXText.protectCapitals(text));
                    case "pages" -> braced(BibTeXText.pages(text));
                    case "url", "doi" -> braced(BibTeXText.raw(text));
                    default -> text(text);
                });
            }
            default -> throw new AssertionError(kind);
        }
    }

    /** The BibTeX entry type for a reference. */
    static Key entryType(Reference ref) {
        return switch (ref.type()) {
            case BOOK -> BibTeXEntry.TYPE_BOOK;
            case CHAPTER -> BibTeXEntry.TYPE_INCOLLECTION;
            case ARTICLE_JOURNAL, ARTICLE_MAGAZINE, ARTICLE_NEWSPAPER -> BibTeXEntry.TYPE_ARTICLE;
            case THESIS -> ref.genre() != null && DOCTORAL.matcher(ref.genre()).find()
                    ? BibTeXEntry.TYPE_PHDTHESIS
                    : BibTeXEntry.TYPE_MASTERSTHESIS;
            case REPORT -> BibTeXEntry.TYPE_TECHREPORT;
            case PAPER_CONFERENCE -> BibTeXEntry.TYPE_INPROCEEDINGS;
            // No default: a new ItemType must be placed here deliberately, or this switch stops compiling.
            // A legal case has no BibTeX type (biblatex's @jurisdiction is not BibTeX's): @misc, with its reporter
            // as "howpublished".
            // Films, broadcasts, recordings, artworks, posts and personal communications have none either.
            case WEBPAGE, POST_WEBLOG, MANUSCRIPT, DOCUMENT, SPEECH, INTERVIEW, LEGISLATION, LEGAL_CASE,
                    ENTRY_DICTIONARY, ENTRY_ENCYCLOPEDIA, MOTION_PICTURE, BROADCAST, SONG, GRAPHIC, POST,
                    PERSONAL_COMMUNICATION, PATENT, ARTICLE -> BibTeXEntry.TYPE_MISC;
        };
    }

    /**
     * A name as BibTeX reads it: "von Last, First" or "von Last, Jr, First", so that no style has to guess
     * which word is the family name; a literal name in an extra pair of braces, so BibTeX never splits it.
     * A suffix without a given name is braced with the family name ("{King, Jr.}"): the three-part form needs
     * a first part, and "King, Jr.," is an error to bibtex (which then prints "Jr. King") and to biber.
     */
    static String name(Name name) {
        if (name.isLiteral()) {
            return "{" + BibTeXText.escape(name.literal()) + "}";
        }
        StringBuilder out = new StringBuilder();
        if (name.particle() != null) {
            out.append(BibTeXText.escape(name.particle())).append(' ');
        }
        if (name.suffix() != null && name.given() == null) {
            return out.append('{').append(BibTeXText.escape(name.family())).append(", ")
                    .append(BibTeXText.escape(name.suffix())).append('}').toString();
        }
        out.append(BibTeXText.escape(name.family()));
        if (name.suffix() != null) {
            out.append(", ").append(BibTeXText.escape(name.suffix())).append(", ")
                    .append(BibTeXText.escape(name.given()));
        } else if (name.given() != null) {
            out.append(", ").append(BibTeXText.escape(name.given()));
        }
        return out.toString();
    }

    /**
     * Year, and month as a macro ({@code jul}) rather than a number: classic BibTeX styles print macros as month
     * names and choke on nothing, and JBibTeX resolves them on reading. A span such as July/October is written
     * {@code jul # {/} # oct}; a season stands in the month field as a word. The day goes in "day", which
     * classic styles ignore and JabRef, biber and citation-js read.
     */
    private static void date(Map<String, Value> fields, PartialDate date) {
        fields.put("year", braced(String.valueOf(date.year())));
        if (date.month() > 0) {
            Value month = new KeyValue(MONTHS[date.month() - 1]);
            if (date.endMonth() > 0 && date.endMonth() != date.month()) {
                month = new ConcateValue(month,
                        new ConcateValue(braced("/"), new KeyValue(MONTHS[date.endMonth() - 1])));
            }
            fields.put("month", month);
            if (date.day() > 0) {
                fields.put("day", braced(String.valueOf(date.day())));
            }
        } else if (date.season() != null) {
            fields.put("month", text(date.season()));
        }
    }

    /**
     * A date as biblatex's "date" takes it (ISO 8601 with EDTF's extensions): "1956-02-25", a span of months as
     * an interval ("1969-12/1970-01"), a season as its EDTF month ("2003-21" for spring 2003).
     */
    static String edtf(PartialDate date) {
        if (date.month() == 0 && date.seasonNumber() > 0) {
            return String.format("%04d-%02d", date.year(), 20 + date.seasonNumber());
        }
        return date.toIsoInterval();
    }

    static StringValue text(String value) {
        return braced(BibTeXText.escape(value));
    }

    static void addIfPresent(List<String> list, String value) {
        if (value != null) {
            list.add(value);
        }
    }

    static StringValue braced(String latex) {
        return new StringValue(latex, StringValue.Style.BRACED);
    }
}

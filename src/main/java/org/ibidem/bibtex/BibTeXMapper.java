package org.ibidem.bibtex;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
 * BibTeX has no type for is {@code @misc}. Fields that carry text are escaped by {@link BibTeXText}; what a type
 * has no field for goes into {@code note}, so nothing a note said is dropped.
 *
 * <p>Stateless and thread-safe.
 */
final class BibTeXMapper {

    // Fields classic BibTeX lacks; biblatex reads them and BibTeX styles ignore them.
    private static final Key KEY_TRANSLATOR = new Key("translator");
    private static final Key KEY_URLDATE = new Key("urldate");
    private static final Key KEY_VOLUMES = new Key("volumes");
    private static final Key KEY_ORIGDATE = new Key("origdate");

    /** Chicago's "PhD diss.", "Ph.D. dissertation", "doctoral thesis"; a bare "diss." is doctoral in US usage. */
    private static final Pattern DOCTORAL =
            Pattern.compile("ph\\.?\\s?d|doctor|dissertation|\\bdiss\\b", Pattern.CASE_INSENSITIVE);

    /** The month macros every BibTeX style defines; they re-parse to month names in JBibTeX and citeproc-java. */
    private static final String[] MONTHS =
            {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private BibTeXMapper() {
    }

    /** The entry for a reference, under the given (already unique) key. */
    static BibTeXEntry toEntry(Reference ref, String key) {
        Key type = entryType(ref);
        BibTeXEntry entry = new BibTeXEntry(type, new Key(key));
        List<String> extra = new ArrayList<>();

        // BibTeX has no director: a film's director stands where its maker does, as in Chicago's bibliography
        // ("Curtiz, Michael, dir. Casablanca"); beside an author, the director goes to the note.
        names(entry, BibTeXEntry.KEY_AUTHOR, ref.authors().isEmpty() ? ref.directors() : ref.authors());
        names(entry, BibTeXEntry.KEY_EDITOR, ref.editors());
        names(entry, KEY_TRANSLATOR, ref.translators());
        if (ref.title() != null) {
            entry.addField(BibTeXEntry.KEY_TITLE, braced(BibTeXText.protectCapitals(ref.title())));
        }

        boolean misc = type.equals(BibTeXEntry.TYPE_MISC);
        String container = ref.containerTitle();
        String archive = ref.archive();
        if (container != null) {
            if (type.equals(BibTeXEntry.TYPE_ARTICLE)) {
                // Styles print journal names as given, so they need no protection from lowercasing.
                text(entry, BibTeXEntry.KEY_JOURNAL, container);
            } else if (type.equals(BibTeXEntry.TYPE_INCOLLECTION) || type.equals(BibTeXEntry.TYPE_INPROCEEDINGS)) {
                entry.addField(BibTeXEntry.KEY_BOOKTITLE, braced(BibTeXText.protectCapitals(container)));
            } else if (misc) {
                text(entry, BibTeXEntry.KEY_HOWPUBLISHED, container);
            } else {
                extra.add(container);
            }
        } else if (misc && archive != null) {
            text(entry, BibTeXEntry.KEY_HOWPUBLISHED, archive);
            archive = null;
        }

        text(entry, BibTeXEntry.KEY_SERIES, ref.collectionTitle());
        text(entry, BibTeXEntry.KEY_EDITION, ref.edition());
        text(entry, BibTeXEntry.KEY_VOLUME, ref.volume());
        text(entry, KEY_VOLUMES, ref.numberOfVolumes());
        text(entry, BibTeXEntry.KEY_NUMBER, ref.issue() != null ? ref.issue() : ref.number());
        if (ref.page() != null) {
            entry.addField(BibTeXEntry.KEY_PAGES, braced(BibTeXText.pages(ref.page())));
        }

        Key publisherField = type.equals(BibTeXEntry.TYPE_PHDTHESIS) || type.equals(BibTeXEntry.TYPE_MASTERSTHESIS)
                ? BibTeXEntry.KEY_SCHOOL
                : type.equals(BibTeXEntry.TYPE_TECHREPORT) ? BibTeXEntry.KEY_INSTITUTION : BibTeXEntry.KEY_PUBLISHER;
        text(entry, publisherField, ref.publisher());
        text(entry, BibTeXEntry.KEY_ADDRESS, ref.publisherPlace());

        if (ref.genre() != null) {
            if (publisherField.equals(BibTeXEntry.KEY_PUBLISHER)) {
                extra.add(0, ref.genre());
            } else {
                // Theses and reports print "type" in place of their default label ("PhD thesis",
                // "Technical Report"), which is where "PhD diss." or "memorandum" belongs.
                text(entry, BibTeXEntry.KEY_TYPE, ref.genre());
            }
        }

        date(entry, ref.issued());
        if (ref.originalDate() != null) {
            entry.addField(KEY_ORIGDATE, braced(ref.originalDate().toIso()));
        }
        if (ref.url() != null) {
            entry.addField(BibTeXEntry.KEY_URL, braced(BibTeXText.raw(ref.url())));
        }
        if (ref.doi() != null) {
            entry.addField(BibTeXEntry.KEY_DOI, braced(BibTeXText.raw(ref.doi())));
        }
        if (ref.accessed() != null) {
            entry.addField(KEY_URLDATE, braced(ref.accessed().toIso()));
        }

        // Chicago order for what is left: the place inside the archive, then the archive, then where an event was;
        // a court last, as in "(2d Cir. 1950)".
        addIfPresent(extra, ref.archiveLocation());
        addIfPresent(extra, archive);
        addIfPresent(extra, ref.eventPlace());
        addIfPresent(extra, ref.authority());
        if (!ref.authors().isEmpty() && !ref.directors().isEmpty()) {
            extra.add("directed by " + ref.directors().stream().map(Name::displayName)
                    .collect(Collectors.joining(" and ")));
        }
        addIfPresent(extra, ref.medium());
        addIfPresent(extra, ref.note());
        if (!extra.isEmpty()) {
            text(entry, BibTeXEntry.KEY_NOTE, String.join(", ", extra));
        }
        return entry;
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
     */
    static String name(Name name) {
        if (name.isLiteral()) {
            return "{" + BibTeXText.escape(name.literal()) + "}";
        }
        StringBuilder out = new StringBuilder();
        if (name.particle() != null) {
            out.append(BibTeXText.escape(name.particle())).append(' ');
        }
        out.append(BibTeXText.escape(name.family()));
        if (name.suffix() != null) {
            out.append(", ").append(BibTeXText.escape(name.suffix())).append(',');
            if (name.given() != null) {
                out.append(' ').append(BibTeXText.escape(name.given()));
            }
        } else if (name.given() != null) {
            out.append(", ").append(BibTeXText.escape(name.given()));
        }
        return out.toString();
    }

    private static void names(BibTeXEntry entry, Key field, List<Name> names) {
        if (!names.isEmpty()) {
            entry.addField(field, braced(names.stream().map(BibTeXMapper::name).collect(Collectors.joining(" and "))));
        }
    }

    /**
     * Year, and month as a macro ({@code jul}) rather than a number: classic BibTeX styles print macros as month
     * names and choke on nothing, and JBibTeX resolves them on reading. A span such as July/October is written
     * {@code jul # {/} # oct}; a season stands in the month field as a word. BibTeX has no day field, so a day
     * is not written.
     */
    private static void date(BibTeXEntry entry, PartialDate date) {
        if (date == null) {
            return;
        }
        entry.addField(BibTeXEntry.KEY_YEAR, braced(String.valueOf(date.year())));
        if (date.month() > 0) {
            Value month = new KeyValue(MONTHS[date.month() - 1]);
            if (date.endMonth() > 0 && date.endMonth() != date.month()) {
                month = new ConcateValue(month,
                        new ConcateValue(braced("/"), new KeyValue(MONTHS[date.endMonth() - 1])));
            }
            entry.addField(BibTeXEntry.KEY_MONTH, month);
        } else if (date.season() != null) {
            text(entry, BibTeXEntry.KEY_MONTH, date.season());
        }
    }

    private static void text(BibTeXEntry entry, Key field, String value) {
        if (value != null) {
            entry.addField(field, braced(BibTeXText.escape(value)));
        }
    }

    private static void addIfPresent(List<String> list, String value) {
        if (value != null) {
            list.add(value);
        }
    }

    private static StringValue braced(String latex) {
        return new StringValue(latex, StringValue.Style.BRACED);
    }
}

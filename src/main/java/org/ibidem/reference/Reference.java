package org.ibidem.reference;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One work, in the shape of a CSL item: what a full note describes and what a bibliography lists.
 *
 * <p>This is Ibidem's own type; it is mapped to citeproc-java's item data in the {@code style} package and to
 * JBibTeX's entries in the {@code bibtex} package, each in exactly one place, and both walk {@link CslField}, the
 * one table of how each field here becomes a CSL variable: a new field is a component here and a row there (see
 * {@code docs/fields.md}). Null means "not given"; lists are never null. The cited place (the pinpoint page) is not part of the work: it lives in the citation's
 * {@link Locator}.
 *
 * <pre>{@code
 * Reference shen = Reference.builder(ItemType.BOOK)
 *         .id("shen2016")
 *         .authors(List.of(Name.of("Shen", "Zhihua")))
 *         .title("Reviewing and Reconsidering the History of Sino-Soviet Relations")
 *         .publisherPlace("Beijing").publisher("Social Sciences Academic Press")
 *         .issued(PartialDate.ofYear(2016))
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id                 the item id, unique within one analysis (e.g. "shen2016"); may be null before
 *                           sources are numbered
 * @param type               the kind of work
 * @param authors            authors, in order
 * @param editors            editors (of the work, or of the book a chapter is in)
 * @param translators        translators
 * @param title              the title, without its surrounding quotes
 * @param containerTitle     the journal, newspaper, book or website the work appears in
 * @param collectionTitle    the series
 * @param volume             the volume (of a journal, or of a multi-volume book)
 * @param numberOfVolumes    the number of volumes of a multi-volume work
 * @param issue              the issue ("3/4")
 * @param edition            the edition ("2", "rev.")
 * @param page               the page range of the whole work inside its container ("189-225")
 * @param publisher          the publisher
 * @param publisherPlace     the place of publication
 * @param issued             the date of publication
 * @param accessed           the date a web page was accessed
 * @param originalDate       the date of first publication, for reprints
 * @param url                a URL
 * @param doi                a DOI, without "https://doi.org/"
 * @param genre              the genre ("PhD diss.", "editorial", "memorandum of conversation")
 * @param archive            the archive or collection holding the document
 * @param archiveLocation    the place in the archive ("box 3, folder 12")
 * @param eventPlace         where a speech or event took place
 * @param note               anything else a note says about the work that has no field of its own
 * @param recipients         the people a letter, telegram or memorandum is addressed to ("X to Y")
 * @param collectionNumber   the number of the work in its series ("California Studies in 19th-Century Music 5")
 * @param archivePlace       where the archive is ("College Park, MD")
 * @param authority          the court that decided a legal case ("2d Cir."), or the body that issued a document
 * @param directors          the directors of a film, or of an episode of a broadcast
 * @param medium             the form the work was consulted in ("DVD", "podcast audio", "gelatin silver print")
 * @param number             the number of a broadcast's episode, or of a recording's catalogue entry
 */
public record Reference(
        @Nullable String id,
        ItemType type,
        List<Name> authors,
        List<Name> editors,
        List<Name> translators,
        @Nullable String title,
        @Nullable String containerTitle,
        @Nullable String collectionTitle,
        @Nullable String volume,
        @Nullable String numberOfVolumes,
        @Nullable String issue,
        @Nullable String edition,
        @Nullable String page,
        @Nullable String publisher,
        @Nullable String publisherPlace,
        @Nullable PartialDate issued,
        @Nullable PartialDate accessed,
        @Nullable PartialDate originalDate,
        @Nullable String url,
        @Nullable String doi,
        @Nullable String genre,
        @Nullable String archive,
        @Nullable String archiveLocation,
        @Nullable String eventPlace,
        @Nullable String note,
        List<Name> recipients,
        @Nullable String collectionNumber,
        @Nullable String archivePlace,
        @Nullable String authority,
        List<Name> directors,
        @Nullable String medium,
        @Nullable String number) {

    /** Copies the lists and turns blank strings into null. */
    public Reference {
        Objects.requireNonNull(type, "type");
        authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
        editors = List.copyOf(Objects.requireNonNull(editors, "editors"));
        translators = List.copyOf(Objects.requireNonNull(translators, "translators"));
        recipients = List.copyOf(Objects.requireNonNull(recipients, "recipients"));
        directors = List.copyOf(Objects.requireNonNull(directors, "directors"));
        id = clean(id);
        title = clean(title);
        containerTitle = clean(containerTitle);
        collectionTitle = clean(collectionTitle);
        volume = clean(volume);
        numberOfVolumes = clean(numberOfVolumes);
        issue = clean(issue);
        edition = clean(edition);
        page = clean(page);
        publisher = clean(publisher);
        publisherPlace = clean(publisherPlace);
        url = clean(url);
        doi = clean(doi);
        genre = clean(genre);
        archive = clean(archive);
        archiveLocation = clean(archiveLocation);
        eventPlace = clean(eventPlace);
        note = clean(note);
        collectionNumber = clean(collectionNumber);
        archivePlace = clean(archivePlace);
        authority = clean(authority);
        medium = clean(medium);
        number = clean(number);
    }

    /** A builder for a reference of the given type. */
    public static Builder builder(ItemType type) {
        return new Builder(type);
    }

    /** A builder holding this reference's values, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** This reference with another id. */
    public Reference withId(@Nullable String newId) {
        return toBuilder().id(newId).build();
    }

    /**
     * The people a work is cited by, in a short form or an id: its authors, else its editors (an edited volume is
     * "Westad, Brothers in Arms"), else its directors (a film is "Curtiz, Casablanca").
     */
    public List<Name> creators() {
        return !authors.isEmpty() ? authors : !editors.isEmpty() ? editors : directors;
    }

    /** The year of publication, or 0 when none is known. */
    public int year() {
        return issued == null ? 0 : issued.year();
    }

    private static @Nullable String clean(@Nullable String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip(); // one pass: a blank text strips to nothing
        return t.isEmpty() ? null : t;
    }

    /**
     * Builds a {@link Reference}; every setter takes null for "not given".
     *
     * <p>Not thread-safe; build one reference per builder.
     */
    public static final class Builder {
        private @Nullable String id;
        private ItemType type;
        private List<Name> authors = List.of();
        private List<Name> editors = List.of();
        private List<Name> translators = List.of();
        private @Nullable String title;
        private @Nullable String containerTitle;
        private @Nullable String collectionTitle;
        private @Nullable String volume;
        private @Nullable String numberOfVolumes;
        private @Nullable String issue;
        private @Nullable String edition;
        private @Nullable String page;
        private @Nullable String publisher;
        private @Nullable String publisherPlace;
        private @Nullable PartialDate issued;
        private @Nullable PartialDate accessed;
        private @Nullable PartialDate originalDate;
        private @Nullable String url;
        private @Nullable String doi;
        private @Nullable String genre;
        private @Nullable String archive;
        private @Nullable String archiveLocation;
        private @Nullable String eventPlace;
        private @Nullable String note;
        private List<Name> recipients = List.of();
        private @Nullable String collectionNumber;
        private @Nullable String archivePlace;
        private @Nullable String authority;
        private List<Name> directors = List.of();
        private @Nullable String medium;
        private @Nullable String number;

        private Builder(ItemType type) {
            this.type = Objects.requireNonNull(type, "type");
        }

        private Builder(Reference r) {
            id = r.id;
            type = r.type;
            authors = r.authors;
            editors = r.editors;
            translators = r.translators;
            title = r.title;
            containerTitle = r.containerTitle;
            collectionTitle = r.collectionTitle;
            volume = r.volume;
            numberOfVolumes = r.numberOfVolumes;
            issue = r.issue;
            edition = r.edition;
            page = r.page;
            publisher = r.publisher;
            publisherPlace = r.publisherPlace;
            issued = r.issued;
            accessed = r.accessed;
            originalDate = r.originalDate;
            url = r.url;
            doi = r.doi;
            genre = r.genre;
            archive = r.archive;
            archiveLocation = r.archiveLocation;
            eventPlace = r.eventPlace;
            note = r.note;
            recipients = r.recipients;
            collectionNumber = r.collectionNumber;
            archivePlace = r.archivePlace;
            authority = r.authority;
            directors = r.directors;
            medium = r.medium;
            number = r.number;
        }

        public Builder id(@Nullable String value) { id = value; return this; }
        public Builder type(ItemType value) { type = Objects.requireNonNull(value, "type"); return this; }
        public Builder authors(@Nullable List<Name> value) { authors = value == null ? List.of() : value; return this; }
        public Builder editors(@Nullable List<Name> value) { editors = value == null ? List.of() : value; return this; }
        public Builder translators(@Nullable List<Name> value) { translators = value == null ? List.of() : value; return this; }
        public Builder title(@Nullable String value) { title = value; return this; }
        public Builder containerTitle(@Nullable String value) { containerTitle = value; return this; }
        public Builder collectionTitle(@Nullable String value) { collectionTitle = value; return this; }
        public Builder volume(@Nullable String value) { volume = value; return this; }
        public Builder numberOfVolumes(@Nullable String value) { numberOfVolumes = value; return this; }
        public Builder issue(@Nullable String value) { issue = value; return this; }
        public Builder edition(@Nullable String value) { edition = value; return this; }
        public Builder page(@Nullable String value) { page = value; return this; }
        public Builder publisher(@Nullable String value) { publisher = value; return this; }
        public Builder publisherPlace(@Nullable String value) { publisherPlace = value; return this; }
        public Builder issued(@Nullable PartialDate value) { issued = value; return this; }
        public Builder accessed(@Nullable PartialDate value) { accessed = value; return this; }
        public Builder originalDate(@Nullable PartialDate value) { originalDate = value; return this; }
        public Builder url(@Nullable String value) { url = value; return this; }
        public Builder doi(@Nullable String value) { doi = value; return this; }
        public Builder genre(@Nullable String value) { genre = value; return this; }
        public Builder archive(@Nullable String value) { archive = value; return this; }
        public Builder archiveLocation(@Nullable String value) { archiveLocation = value; return this; }
        public Builder eventPlace(@Nullable String value) { eventPlace = value; return this; }
        public Builder note(@Nullable String value) { note = value; return this; }
        public Builder recipients(@Nullable List<Name> value) { recipients = value == null ? List.of() : value; return this; }
        public Builder collectionNumber(@Nullable String value) { collectionNumber = value; return this; }
        public Builder archivePlace(@Nullable String value) { archivePlace = value; return this; }
        public Builder authority(@Nullable String value) { authority = value; return this; }
        public Builder directors(@Nullable List<Name> value) { directors = value == null ? List.of() : value; return this; }
        public Builder medium(@Nullable String value) { medium = value; return this; }
        public Builder number(@Nullable String value) { number = value; return this; }

        // What a reader asks of the reference it is building, without building it: each as build() would give it.

        /** The container title set so far, as {@link #build} would give it. */
        public @Nullable String containerTitle() { return clean(containerTitle); }
        /** The collection title set so far, as {@link #build} would give it. */
        public @Nullable String collectionTitle() { return clean(collectionTitle); }
        /** The volume set so far, as {@link #build} would give it. */
        public @Nullable String volume() { return clean(volume); }
        /** The page set so far, as {@link #build} would give it. */
        public @Nullable String page() { return clean(page); }
        /** The publisher set so far, as {@link #build} would give it. */
        public @Nullable String publisher() { return clean(publisher); }
        /** The date of issue set so far. */
        public @Nullable PartialDate issued() { return issued; }

        /** The reference; the builder can be reused afterwards. */
        public Reference build() {
            return new Reference(id, type, authors, editors, translators, title, containerTitle, collectionTitle,
                    volume, numberOfVolumes, issue, edition, page, publisher, publisherPlace, issued, accessed,
                    originalDate, url, doi, genre, archive, archiveLocation, eventPlace, note, recipients,
                    collectionNumber, archivePlace, authority, directors, medium, number);
        }
    }
}

package org.ibidem.reference;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The one table of how a {@link Reference} field becomes a CSL variable: its CSL-JSON name, the kind of value it
 * holds, how to read it from a reference and set it on a builder, and the BibTeX field, biblatex field and RIS
 * tag it has, if it has one of its own. CSL-JSON ({@link CslJson}), the citeproc-java mapping, the BibTeX, BibLaTeX and RIS
 * exports and the tests all walk this table, so a new {@code Reference} field is one row here (see
 * {@code docs/fields.md}).
 *
 * <pre>{@code
 * CslField.CONTAINER_TITLE.variable();        // "container-title"
 * CslField.AUTHOR.kind();                      // Kind.NAMES
 * CslField.ISSUED.date(reference);             // the PartialDate, or null
 * CslField.PAGE.set(builder, "189-225");       // the same as builder.page("189-225")
 * CslField.fromVariable("publisher-place");    // CslField.PUBLISHER_PLACE
 * }</pre>
 *
 * <p>The order of the rows is the order of the keys in a CSL-JSON item after {@code id} and {@code type}, which
 * are not in the table: every mapping treats them on their own (an item id, a citation key; an item type, a
 * BibTeX entry type).
 *
 * <p>Immutable and thread-safe. The accessors throw {@link NullPointerException} for a null reference or builder,
 * and {@link IllegalArgumentException} when asked for a value of another kind.
 */
public enum CslField {
    AUTHOR("author", Kind.NAMES, Reference::authors, Reference.Builder::authors, "author", "author", "AU"),
    EDITOR("editor", Kind.NAMES, Reference::editors, Reference.Builder::editors, "editor", "editor", "ED"),
    TRANSLATOR("translator", Kind.NAMES, Reference::translators, Reference.Builder::translators, "translator",
            "translator", "A4"),
    /**
     * Neither BibTeX nor biblatex has a recipient field: they write "to" the names with the genre ("letter to
     * Joseph Stalin"); RIS has A2, where Zotero reads a letter's recipient.
     */
    RECIPIENT("recipient", Kind.NAMES, Reference::recipients, Reference.Builder::recipients, null, null, "A2"),
    /**
     * In BibTeX a director stands where the maker does when the work has no author ("Curtiz, dir."); biblatex
     * writes a director as the editor, with {@code editortype = {director}}.
     */
    DIRECTOR("director", Kind.NAMES, Reference::directors, Reference.Builder::directors, "author", "editor", "AU"),
    TITLE("title", Kind.TEXT, Reference::title, Reference.Builder::title, "title", "title", "TI"),
    /** Its field depends on the entry type: journal(title), booktitle, howpublished, or the note. */
    CONTAINER_TITLE("container-title", Kind.TEXT, Reference::containerTitle, Reference.Builder::containerTitle,
            null, null, "T2"),
    COLLECTION_TITLE("collection-title", Kind.TEXT, Reference::collectionTitle, Reference.Builder::collectionTitle,
            "series", "series", "T3"),
    /** biblatex's "number" is the number of a book in its series. */
    COLLECTION_NUMBER("collection-number", Kind.NUMBER, Reference::collectionNumber,
            Reference.Builder::collectionNumber, null, "number", null),
    VOLUME("volume", Kind.NUMBER, Reference::volume, Reference.Builder::volume, "volume", "volume", "VL"),
    NUMBER_OF_VOLUMES("number-of-volumes", Kind.NUMBER, Reference::numberOfVolumes,
            Reference.Builder::numberOfVolumes, "volumes", "volumes", "NV"),
    ISSUE("issue", Kind.NUMBER, Reference::issue, Reference.Builder::issue, "number", "number", "IS"),
    EDITION("edition", Kind.NUMBER, Reference::edition, Reference.Builder::edition, "edition", "edition", "ET"),
    PAGE("page", Kind.NUMBER, Reference::page, Reference.Builder::page, "pages", "pages", "SP"),
    /** BibTeX names the publisher of a thesis "school" and of a report "institution"; biblatex "institution". */
    PUBLISHER("publisher", Kind.TEXT, Reference::publisher, Reference.Builder::publisher, "publisher",
            "publisher", "PB"),
    PUBLISHER_PLACE("publisher-place", Kind.TEXT, Reference::publisherPlace, Reference.Builder::publisherPlace,
            "address", "location", "CY"),
    /**
     * BibTeX has no full date: "year" takes the year, a month macro and the "day"; biblatex's "date" takes the
     * whole date, a span or a season.
     */
    ISSUED("issued", Kind.DATE, Reference::issued, Reference.Builder::issued, "year", "date", "DA"),
    ACCESSED("accessed", Kind.DATE, Reference::accessed, Reference.Builder::accessed, "urldate", "urldate", "Y2"),
    ORIGINAL_DATE("original-date", Kind.DATE, Reference::originalDate, Reference.Builder::originalDate,
            "origdate", "origdate", "OP"),
    URL("URL", Kind.TEXT, Reference::url, Reference.Builder::url, "url", "url", "UR"),
    DOI("DOI", Kind.TEXT, Reference::doi, Reference.Builder::doi, "doi", "doi", "DO"),
    /** BibTeX's "type" for a thesis or a report; the note for other entries. */
    GENRE("genre", Kind.TEXT, Reference::genre, Reference.Builder::genre, null, null, "M3"),
    ARCHIVE("archive", Kind.TEXT, Reference::archive, Reference.Builder::archive, null, null, "DB"),
    ARCHIVE_LOCATION("archive_location", Kind.TEXT, Reference::archiveLocation, Reference.Builder::archiveLocation,
            null, null, "AN"),
    ARCHIVE_PLACE("archive-place", Kind.TEXT, Reference::archivePlace, Reference.Builder::archivePlace, null,
            null, null),
    EVENT_PLACE("event-place", Kind.TEXT, Reference::eventPlace, Reference.Builder::eventPlace, null, null, null),
    AUTHORITY("authority", Kind.TEXT, Reference::authority, Reference.Builder::authority, null, null, null),
    MEDIUM("medium", Kind.TEXT, Reference::medium, Reference.Builder::medium, null, null, null),
    /** BibTeX's "number" when the work has no issue. */
    NUMBER("number", Kind.NUMBER, Reference::number, Reference.Builder::number, "number", "number", "M1"),
    NOTE("note", Kind.TEXT, Reference::note, Reference.Builder::note, null, null, "N1");

    /** The kind of value a CSL variable holds, and the Java type a {@link Reference} holds it in. */
    public enum Kind {
        /** A string ({@code title}, {@code publisher}). */
        TEXT(String.class),
        /**
         * A CSL number variable ({@code volume}, {@code issue}, {@code page}); held as text, because what notes
         * write there is often not a number ("3/4", "rev.", "189-225").
         */
        NUMBER(String.class),
        /** A list of {@link Name}s; an empty list means the variable is absent. */
        NAMES(List.class),
        /** A {@link PartialDate}. */
        DATE(PartialDate.class);

        private final Class<?> javaType;

        Kind(Class<?> javaType) {
            this.javaType = javaType;
        }

        /** The Java type a reference holds such a value in: String, List (of Name) or PartialDate. */
        public Class<?> javaType() {
            return javaType;
        }
    }

    private final String variable;
    private final Kind kind;
    private final Function<Reference, ? extends @Nullable Object> getter;
    private final BiConsumer<Reference.Builder, @Nullable Object> setter;
    private final @Nullable String bibtexField;
    private final @Nullable String biblatexField;
    private final @Nullable String risTag;

    <T extends @Nullable Object> CslField(String variable, Kind kind, Function<Reference, T> getter,
                 BiConsumer<Reference.Builder, T> setter, @Nullable String bibtexField,
                 @Nullable String biblatexField, @Nullable String risTag) {
        this.variable = variable;
        this.kind = kind;
        this.getter = getter;
        this.setter = (builder, value) -> setter.accept(builder, uncheckedCast(value));
        this.bibtexField = bibtexField;
        this.biblatexField = biblatexField;
        this.risTag = risTag;
    }

    @SuppressWarnings("unchecked")
    private static <T extends @Nullable Object> T uncheckedCast(@Nullable Object value) {
        // Safe: set() checks the value against kind.javaType(), and each row pairs a kind with its getter's type.
        return (T) value;
    }

    /** The CSL variable's name, as CSL-JSON spells it ({@code container-title}, {@code URL}). */
    public String variable() {
        return variable;
    }

    /** The kind of value the variable holds. */
    public Kind kind() {
        return kind;
    }

    /**
     * The classic BibTeX (or widely read biblatex) field this variable is written to when it has one of its own,
     * or null when the BibTeX export places it by entry type or in the {@code note}, or has nowhere to put it.
     */
    public @Nullable String bibtexField() {
        return bibtexField;
    }

    /**
     * The biblatex field this variable is written to when it has one of its own ({@code location},
     * {@code date}), or null when the BibLaTeX export places it by entry type or in the {@code note}.
     */
    public @Nullable String biblatexField() {
        return biblatexField;
    }

    /**
     * The RIS tag this variable is written under ({@code AU}, {@code T2}, {@code DA}), as Zotero, EndNote and
     * Mendeley read it, or null when the RIS export has no tag of its own for it and puts it in the note.
     */
    public @Nullable String risTag() {
        return risTag;
    }

    /**
     * The reference's value for this variable: a String, a non-empty List of {@link Name}, or a
     * {@link PartialDate}; null when the reference does not give it (an empty name list counts as not given).
     */
    public @Nullable Object value(Reference reference) {
        Object value = getter.apply(Objects.requireNonNull(reference, "reference"));
        return value instanceof List<?> list && list.isEmpty() ? null : value;
    }

    /** Whether the reference gives this variable. */
    public boolean isPresent(Reference reference) {
        return value(reference) != null;
    }

    /**
     * The text of a {@link Kind#TEXT} or {@link Kind#NUMBER} variable, or null.
     *
     * @throws IllegalArgumentException if the variable holds names or a date
     */
    public @Nullable String text(Reference reference) {
        require(kind == Kind.TEXT || kind == Kind.NUMBER, "text");
        return (String) value(reference);
    }

    /**
     * The names of a {@link Kind#NAMES} variable, never null (empty when not given).
     *
     * @throws IllegalArgumentException if the variable does not hold names
     */
    public List<Name> names(Reference reference) {
        require(kind == Kind.NAMES, "names");
        List<?> names = (List<?>) getter.apply(Objects.requireNonNull(reference, "reference"));
        return names.stream().map(Name.class::cast).toList();
    }

    /**
     * The date of a {@link Kind#DATE} variable, or null.
     *
     * @throws IllegalArgumentException if the variable does not hold a date
     */
    public @Nullable PartialDate date(Reference reference) {
        require(kind == Kind.DATE, "a date");
        return (PartialDate) value(reference);
    }

    /**
     * Sets this variable on a builder; null means "not given".
     *
     * @throws IllegalArgumentException if the value is not of this variable's {@link Kind#javaType()}, or is a
     *                                  list holding something other than names
     */
    public Reference.Builder set(Reference.Builder builder, @Nullable Object value) {
        Objects.requireNonNull(builder, "builder");
        if (value != null && !kind.javaType().isInstance(value)) {
            throw new IllegalArgumentException(variable + " takes a " + kind.javaType().getSimpleName() + ", not "
                    + value.getClass().getSimpleName());
        }
        if (value instanceof List<?> list) {
            for (Object o : list) {
                if (!(o instanceof Name)) {
                    throw new IllegalArgumentException(variable + " takes a list of names, not of " + o);
                }
            }
        }
        setter.accept(builder, value);
        return builder;
    }

    /**
     * The field with the given CSL variable name.
     *
     * @throws IllegalArgumentException if no field maps to that variable; the message lists those that do
     */
    public static CslField fromVariable(String variable) {
        for (CslField field : values()) {
            if (field.variable.equals(variable)) {
                return field;
            }
        }
        StringBuilder known = new StringBuilder();
        for (CslField field : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(field.variable);
        }
        throw new IllegalArgumentException("No Reference field maps to the CSL variable '" + variable
                + "'. Mapped variables: " + known);
    }

    private void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException(variable + " holds " + kind + " values, not " + what);
        }
    }
}

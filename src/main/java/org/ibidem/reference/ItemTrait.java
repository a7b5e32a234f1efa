package org.ibidem.reference;

/**
 * A fact about a kind of work that the pipeline acts on, held by the {@link ItemType}s it is true of, so that a
 * check, the resolver or an export asks {@code type.has(trait)} instead of comparing types one by one. A new kind
 * of work says what it is like by the traits it lists; a new trait is a constant here and a word on each type
 * that has it (see {@code docs/fields.md}).
 *
 * <pre>{@code
 * ItemType.BOOK.has(ItemTrait.NEEDS_PUBLICATION_FACTS);    // true
 * ItemType.LEGAL_CASE.has(ItemTrait.FIRST_PAGE_ONLY);      // true: "340 U.S. 1" opens on page 1
 * ItemType.withTrait(ItemTrait.PUBLISHED_AS_A_VOLUME);     // [BOOK, REPORT]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public enum ItemTrait {
    /** Cited in full with its publisher and year (CMOS 14.100), or "n.p., n.d." to say there are none. */
    NEEDS_PUBLICATION_FACTS,
    /** Cited in full with its volume and its pages, or a page cited (CMOS 14.171). */
    NEEDS_VOLUME_AND_PAGES,
    /**
     * Its page is where it opens in its container, not a range: a case in its reporter ("340 U.S. 1"), so a
     * pinpoint past it is no error.
     */
    FIRST_PAGE_ONLY,
    /**
     * Published as a volume of its own (a book, a report): its title is set in italics, never in quotation
     * marks, and a chapter can be in it.
     */
    PUBLISHED_AS_A_VOLUME,
    /**
     * A part of a book, its container: given in short ("in Rosenberg, World Connecting"), the book's editors,
     * publisher and year come from the book's own full citation (CMOS 14.108).
     */
    IN_A_BOOK,
    /**
     * Kept, not published (a letter, a memorandum): described and dated alone after its full citation, it is
     * that citation's short form (CMOS 14.232); a place among its facts is where it is kept.
     */
    UNPUBLISHED,
    /** Given at a time and a place (a speech, an interview): a place in its description is where it happened. */
    EVENT,
    /** Named by its title, not by an author (a statute, a case): its id and short form come from the title. */
    NAMED_BY_TITLE,
    /**
     * Identified by the report it is printed in (a court decision): its volume, reporter and first page say which
     * work it is, whatever the note calls the parties ("Doe v. Acme Corp., 865 F.3d 620" and "865 F.3d 620").
     */
    IDENTIFIED_BY_REPORT,

    /**
     * Printed on some pages of its container (an article in a journal, a chapter in a book): a page range in its
     * full citation may be those pages, its extent, rather than the place cited.
     */
    PRINTED_IN_A_CONTAINER;
}

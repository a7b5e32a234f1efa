package org.ibidem.reference;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The kind of work a reference describes, named after the CSL item types it maps to.
 *
 * <pre>{@code
 * ItemType.ARTICLE_JOURNAL.cslName();   // "article-journal"
 * ItemType.fromCslName("book");          // ItemType.BOOK
 * ItemType.LEGAL_CASE.cslName();        // "legal_case": CSL spells a few types with an underscore
 * ItemType.MOTION_PICTURE.cslName();    // "motion_picture"
 * ItemType.BOOK.has(ItemTrait.NEEDS_PUBLICATION_FACTS);   // true
 * }</pre>
 *
 * <p>What the pipeline needs to know about a kind of work (that a book is cited with its publisher, that a case's
 * page is its first page only) is an {@link ItemTrait} listed on the type, not a test for the type elsewhere.
 *
 * <p>Immutable and thread-safe.
 */
public enum ItemType {
    BOOK(ItemTrait.PUBLISHED_AS_A_VOLUME, ItemTrait.NEEDS_PUBLICATION_FACTS),
    CHAPTER(ItemTrait.IN_A_BOOK, ItemTrait.PRINTED_IN_A_CONTAINER),
    ARTICLE_JOURNAL(ItemTrait.NEEDS_VOLUME_AND_PAGES, ItemTrait.PRINTED_IN_A_CONTAINER),
    ARTICLE_MAGAZINE(ItemTrait.PRINTED_IN_A_CONTAINER),
    ARTICLE_NEWSPAPER,
    WEBPAGE,
    POST_WEBLOG,
    THESIS,
    REPORT(ItemTrait.PUBLISHED_AS_A_VOLUME),
    PAPER_CONFERENCE(ItemTrait.PRINTED_IN_A_CONTAINER),
    MANUSCRIPT(ItemTrait.UNPUBLISHED),
    DOCUMENT,
    SPEECH(ItemTrait.EVENT),
    INTERVIEW(ItemTrait.EVENT),
    LEGISLATION(ItemTrait.NAMED_BY_TITLE),
    LEGAL_CASE(ItemTrait.NAMED_BY_TITLE, ItemTrait.FIRST_PAGE_ONLY, ItemTrait.IDENTIFIED_BY_REPORT),
    ENTRY_DICTIONARY,
    ENTRY_ENCYCLOPEDIA,
    MOTION_PICTURE,
    BROADCAST,
    SONG,
    GRAPHIC,
    POST,
    PERSONAL_COMMUNICATION,
    PATENT,
    ARTICLE;

    private final Set<ItemTrait> traits;

    ItemType(ItemTrait... traits) {
        Set<ItemTrait> set = EnumSet.noneOf(ItemTrait.class);
        set.addAll(Arrays.asList(traits));
        this.traits = Collections.unmodifiableSet(set);
    }

    /** Whether works of this type have the trait. */
    public boolean has(ItemTrait trait) {
        return traits.contains(trait);
    }

    /**
     * The types that have the trait, in declaration order. The types hold their traits, not the other way round,
     * so that the two enums do not depend on each other.
     */
    public static Set<ItemType> withTrait(ItemTrait trait) {
        Set<ItemType> types = EnumSet.noneOf(ItemType.class);
        for (ItemType type : values()) {
            if (type.has(trait)) {
                types.add(type);
            }
        }
        return types;
    }

    /** The traits of this type (unmodifiable). */
    public Set<ItemTrait> traits() {
        return traits;
    }

    /** The CSL name of this type, e.g. {@code article-journal}. */
    public String cslName() {
        String name = name().toLowerCase(Locale.ROOT);
        // CSL's names mostly use hyphens ("article-journal"), but "legal_case", "motion_picture" and
        // "personal_communication" keep their underscores.
        return this == LEGAL_CASE || this == MOTION_PICTURE || this == PERSONAL_COMMUNICATION
                ? name : name.replace('_', '-');
    }

    /**
     * The type with the given CSL name.
     *
     * @throws IllegalArgumentException if no type has that name
     */
    public static ItemType fromCslName(String cslName) {
        for (ItemType type : values()) {
            if (type.cslName().equals(cslName)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown CSL item type '" + cslName + "'");
    }
}

package org.ibidem.reference;

import java.util.Locale;

/**
 * The kind of work a reference describes, named after the CSL item types it maps to.
 *
 * <pre>{@code
 * ItemType.ARTICLE_JOURNAL.cslName();   // "article-journal"
 * ItemType.fromCslName("book");          // ItemType.BOOK
 * ItemType.LEGAL_CASE.cslName();        // "legal_case": CSL spells a few types with an underscore
 * ItemType.MOTION_PICTURE.cslName();    // "motion_picture"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public enum ItemType {
    BOOK,
    CHAPTER,
    ARTICLE_JOURNAL,
    ARTICLE_MAGAZINE,
    ARTICLE_NEWSPAPER,
    WEBPAGE,
    POST_WEBLOG,
    THESIS,
    REPORT,
    PAPER_CONFERENCE,
    MANUSCRIPT,
    DOCUMENT,
    SPEECH,
    INTERVIEW,
    LEGISLATION,
    LEGAL_CASE,
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

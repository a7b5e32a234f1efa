package org.ibidem.resolution;

import org.ibidem.reference.ItemTrait;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Reference;

/**
 * A piece whose container is written "ibid." (MHRA: "‘Manifesto of the Docks’, <i>ibid.</i>, 11–28 (p. 11)"):
 * a new piece in the periodical issue or book of the work cited just before. The parser keeps the "ibid." it
 * read as the container; here the piece takes that work's container, volume, issue, date and publisher, or,
 * when that work is a book, becomes a chapter of it.
 */
final class IbidContainers {

    private IbidContainers() {
    }

    /** Whether the reference names its container only by "ibid.". */
    static boolean isIbidContainer(Reference r) {
        String c = r.containerTitle();
        return c != null && (c.equalsIgnoreCase("ibid.") || c.equalsIgnoreCase("ibid"));
    }

    /**
     * The piece completed from the work cited just before, or the piece as it is when that work is not itself
     * printed in a container.
     */
    static Reference completed(Reference piece, Reference before) {
        if (before != null && before.type().has(ItemTrait.PUBLISHED_AS_A_VOLUME) && before.title() != null
                && before.containerTitle() == null) {
            return inBook(piece, before);
        }
        if (before == null || before.containerTitle() == null || isIbidContainer(before)
                || !before.type().has(ItemTrait.PRINTED_IN_A_CONTAINER)) {
            return piece;
        }
        Reference.Builder b = piece.toBuilder().containerTitle(before.containerTitle()).volume(before.volume())
                .issue(before.issue()).issued(before.issued()).publisher(before.publisher())
                .publisherPlace(before.publisherPlace());
        if (before.type() != piece.type()) {
            b.type(before.type());
        }
        if (piece.editors().isEmpty()) {
            b.editors(before.editors());
        }
        return b.build();
    }

    /**
     * "Ruth Adler, ed., <i>Harbour Towns</i> (Leeds: Northern Press, 1999)", then "Tom Baines, ‘Quays’, ibid.,
     * 40–52": a chapter of the book cited just before, edited by its editors.
     */
    private static Reference inBook(Reference piece, Reference book) {
        Reference.Builder b = piece.toBuilder().type(ItemType.CHAPTER).containerTitle(book.title())
                .volume(book.volume()).issued(book.issued()).publisher(book.publisher())
                .publisherPlace(book.publisherPlace()).edition(book.edition());
        if (piece.editors().isEmpty()) {
            b.editors(book.editors());
        }
        if (piece.authors().isEmpty() && book.editors().isEmpty()) {
            // "Carl Dunn, <i>Ships</i> (…)", then "‘Manifesto of the Docks’, ibid., 11–28": his own piece.
            b.authors(book.authors());
        }
        return b.build();
    }
}

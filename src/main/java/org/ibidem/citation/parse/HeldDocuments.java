package org.ibidem.citation.parse;

import java.util.List;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Reference;

/**
 * A document named by its quoted title, dated, and then placed in the archive that keeps it, with no periodical
 * or book around it: "Ann Lee, “Notes on the Harbour,” 1958, Leeds Harbour Archive". That is the order in which
 * Chicago and MHRA print an unpublished document, a manuscript or a speech held in an archive (title, date,
 * repository), so it is how a rewritten note comes back; a writer who types it so means the same. Older notes
 * quote a book's title and give its year alone ("Tylor's “Primitive Culture,” 1873"), which stays a book: only an
 * archive, library or collection named after the date makes the quoted title a document.
 *
 * <pre>{@code
 * Ann Lee, “Notes on the Harbour,” 1958, Leeds Harbour Archive.     → document, archive "Leeds Harbour Archive"
 * Ann Lee, “Speech to the Dockers,” 1958, Leeds Harbour Archive.    → speech (its title says so), same archive
 * Ann Lee, “Notes on the Harbour,” 1958, Harbour Press.             → unchanged (no archive named)
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class HeldDocuments {

    private HeldDocuments() {
    }

    /**
     * The type of a quoted title read so far as a book dated by its year alone, when the one field left after the
     * date names an archive: then that is the work's archive. Null (and the reference untouched) otherwise.
     *
     * @param type  the type read from what follows the title
     * @param tail  the fields left after the dates, URLs and access dates were read
     * @param ref   the work read so far
     * @param title the quoted title
     */
    static ItemType read(ItemType type, List<Field> tail, Reference.Builder ref, String title) {
        if (type != ItemType.BOOK || tail.size() != 1 || !tail.get(0).isPlain()) {
            return null;
        }
        String holder = tail.get(0).text();
        Reference sofar = ref.build();
        if (sofar.issued() == null || sofar.containerTitle() != null || sofar.publisher() != null
                || sofar.archive() != null || holder.isEmpty() || !Character.isUpperCase(holder.charAt(0))
                || Dates.hasDigits(holder, 1) || !Containers.namesArchive(holder)) {
            return null;
        }
        ref.archive(holder);
        return Containers.namesSpeech(title) ? ItemType.SPEECH : ItemType.DOCUMENT;
    }
}

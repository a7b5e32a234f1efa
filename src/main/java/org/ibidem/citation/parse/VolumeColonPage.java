package org.ibidem.citation.parse;

import org.ibidem.reference.ItemTrait;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Reference;

/**
 * Chicago's volume and page after a book's publication facts, "(Harbour Press, 1977), 5:286": page 286 of volume
 * 5 (CMOS 14.117). It is how a CSL Chicago style prints a book whose volume is known and a page in it, so a
 * full citation so written cites that volume: the work takes the volume, and the locator stays as written
 * ("5:286"), as a short form's "Lee, Collected Papers, 5:300" keeps it. A work that says it has several volumes
 * ("2 vols.", CMOS 14.117's "Tillich, Systematic Theology, 3 vols. (…), 2:41") is the whole set, cited at a place
 * in one of them: it takes none.
 *
 * <pre>{@code
 * Ann Lee, Collected Papers (Harbour Press, 1977), 5:286.          → volume "5", locator "5:286"
 * Ann Lee, Collected Papers, 2 vols. (Harbour Press, 1977), 1:59.  → no volume (the set), locator "1:59"
 * Ann Lee, Collected Papers, trans. Jo Smith (Harbour Press, 1977), 1:59.  → no volume (the set)
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class VolumeColonPage {

    private VolumeColonPage() {
    }

    /**
     * The volume a full citation's "5:286" gives its work, or null: the work must be published as a volume, say
     * nothing yet of its volumes, and name no editor or translator (with them, Chicago puts a volume before them,
     * "Collected Papers, vol. 5, trans. John Smith (…), 286", so "trans. John Smith (…), 5:286" is a place in one
     * volume of the set); and the locator must be written bare, as Chicago writes it ("pp. 5:286" is some other
     * style's page of the set).
     *
     * @param written the locator as written after the facts
     */
    static String volume(Reference work, ItemType type, Locator locator, String written) {
        if (locator == null || !type.has(ItemTrait.PUBLISHED_AS_A_VOLUME) || work.volume() != null
                || work.numberOfVolumes() != null || !work.editors().isEmpty() || !work.translators().isEmpty()
                || written.isEmpty() || !Character.isDigit(written.charAt(0))) {
            return null;
        }
        return Locators.volumeOf(locator);
    }
}

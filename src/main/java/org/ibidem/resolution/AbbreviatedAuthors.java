package org.ibidem.resolution;

import java.util.Map;
import org.ibidem.reference.Name;

/**
 * An author whose name a note abbreviates ("Euseb. loc. cit." after "Eusebius, l. iii. c. 5"), as older notes
 * abbreviate a name now more, now less: the name written with its period is the opening of the full one. Used
 * where the resolver looks an author up by surname and finds nothing under the abbreviation itself.
 *
 * <p>Stateless and thread-safe.
 */
final class AbbreviatedAuthors {

    private AbbreviatedAuthors() {
    }

    /** The shortest opening an abbreviated name is matched by: "Eus." could be several writers. */
    private static final int OPENING = 4;

    /**
     * The value filed under the one surname that the written name abbreviates, or null when the note does not
     * write the name with a period, or no surname or several surnames open with it.
     */
    static <T> T lastBy(Map<String, T> bySurname, Name written, String text) {
        if (written.isLiteral() || written.family() == null || !text.contains(written.family() + ".")) {
            return null;
        }
        String key = Work.surnameKey(written);
        if (key.length() < OPENING) {
            return null;
        }
        T found = null;
        for (Map.Entry<String, T> e : bySurname.entrySet()) {
            if (e.getKey().startsWith(key)) {
                if (found != null && found != e.getValue()) {
                    return null;
                }
                found = e.getValue();
            }
        }
        return found;
    }
}

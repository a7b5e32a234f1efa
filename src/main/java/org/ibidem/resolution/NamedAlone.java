package org.ibidem.resolution;

import java.util.List;
import java.util.Set;
import org.ibidem.citation.ShortCitation;

/**
 * A writer named alone, with no title and no place ("… as Euseb. loc. cit., and Hartley."), points at his account
 * of the matter before the notes have named it; the first short form that gives that writer and a title ("Hartley,
 * Hist. Eccles. p. 605") names that same work, when the writer has no other work yet. A name cited with a place
 * ("Hartley, i. 606") is the work the notes always call by that name, and stays apart from a titled one.
 *
 * <p>Stateless and thread-safe; the set of such works belongs to one resolver pass.
 */
final class NamedAlone {

    private NamedAlone() {
    }

    /**
     * The work introduced by the writer's name alone that the titled short form names, given its title now; null
     * when the writer has no such work, or other works as well.
     */
    static Work titledLater(ShortCitation s, int noteIndex, WorkIndex index, Set<Work> namedOnly) {
        ShortCitation byName = new ShortCitation(ShortCitation.Form.AUTHOR_ONLY, s.authors(), null, null, null, null,
                s.text(), s.span(), null, null, s.flags());
        List<Work> works = index.candidatesFor(byName, noteIndex);
        if (works.size() != 1 || !namedOnly.contains(works.get(0)) || works.get(0).reference.title() != null) {
            return null;
        }
        Work w = works.get(0);
        namedOnly.remove(w);
        w.reference = w.reference.toBuilder().title(s.title()).build();
        w.title = TitleMatch.Folded.of(s.title());
        index.completed(w);
        return w;
    }
}

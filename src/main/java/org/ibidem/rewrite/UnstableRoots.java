package org.ibidem.rewrite;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.ibidem.resolution.ResolvedCitation;
import org.jspecify.annotations.NullMarked;

/**
 * Which unstable changes a rewrite puts back first. A later citation of a work reads back through the earlier
 * ones: when a full citation comes back as another work, every short form, "Ibid." or "(n 1)" after it does too,
 * though each would read back right beside the full citation as written. So of the unstable changes of one work,
 * the earliest is put back first and the later ones are read back again once (deferred); a change found unstable
 * a second time goes back whatever came before it.
 *
 * <p>Not thread-safe: one per rewrite pass.
 */
@NullMarked
final class UnstableRoots {

    private final Set<Change> deferred = new HashSet<>();

    /**
     * The changes to put back now: for each work, the first unstable change, and every change deferred once
     * before. The map's order is the document's.
     *
     * @param unstable the unstable changes of a round, in document order, with why
     * @param cited    the citation each change replaced
     */
    Map<Change, String> toPutBack(Map<Change, String> unstable, Map<Change, ResolvedCitation> cited) {
        Map<Change, String> now = new LinkedHashMap<>();
        Set<String> works = new HashSet<>();
        for (Map.Entry<Change, String> u : unstable.entrySet()) {
            String work = cited.get(u.getKey()).sourceId();
            if (work == null || works.add(work) || !deferred.add(u.getKey())) {
                now.put(u.getKey(), u.getValue());
            }
        }
        return now;
    }
}

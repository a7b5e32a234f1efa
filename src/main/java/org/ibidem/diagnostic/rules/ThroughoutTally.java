package org.ibidem.diagnostic.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ibidem.citation.ShortCitation;
import org.ibidem.resolution.ResolutionStatus;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;

/**
 * Counts, over one document, the works given in full and those known only from short forms, to tell whether
 * the document cites in short form throughout, as books did before the full first citation became the rule: more
 * works known only from short forms than given in full, and at least {@value #MIN_WORKS} of them.
 *
 * <p>Not thread-safe: one tally serves one check of one document.
 */
final class ThroughoutTally {

    /** The fewest works known only from short forms that make a document one that cites in short throughout. */
    static final int MIN_WORKS = 5;

    private final Set<String> introduced = new LinkedHashSet<>();
    private final Set<String> defined = new HashSet<>();
    private final List<ResolvedNote> firstNotes = new ArrayList<>();
    private ShortCitation first;

    /** Counts one citation, in document order. */
    void add(ResolvedNote note, ResolvedCitation rc) {
        if (rc.status() == ResolutionStatus.DEFINED && rc.sourceId() != null) {
            defined.add(rc.sourceId());
        } else if (rc.status() == ResolutionStatus.INTRODUCED && rc.citation() instanceof ShortCitation s
                && introduced.add(rc.sourceId())) {
            firstNotes.add(note);
            if (first == null) {
                first = s;
            }
        }
    }

    /** Whether the document counted so far cites in short form throughout. */
    boolean throughout() {
        return introduced.size() >= MIN_WORKS && introduced.size() > defined.size();
    }

    /** The works known only from short forms. */
    int introduced() {
        return introduced.size();
    }

    /** The works given in full. */
    int defined() {
        return defined.size();
    }

    /** The first note of each work known only from short forms: "3, 5, 8". */
    String firstNotes() {
        return firstNotes.stream().map(n -> n.note().displayName()).distinct().collect(Collectors.joining(", "));
    }

    /** The note of the first work known only from a short form, or null. */
    ResolvedNote firstNote() {
        return firstNotes.isEmpty() ? null : firstNotes.get(0);
    }

    /** The first short form of a work known only from short forms, or null. */
    ShortCitation first() {
        return first;
    }
}

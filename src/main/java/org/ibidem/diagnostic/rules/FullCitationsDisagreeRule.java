package org.ibidem.diagnostic.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ibidem.citation.CitationKind;
import org.ibidem.citation.Names;
import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.DiagnosticSink;
import org.ibidem.diagnostic.NoteChecker;
import org.ibidem.diagnostic.NoteRule;
import org.ibidem.reference.Reference;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;
import org.ibidem.resolution.Titles;

/**
 * Two full citations of one work that disagree (year, publisher, place, or the spelling of the title): one of
 * them is wrong.
 *
 * <p>Per first author, the checker keeps the first full citation of each title (folded): a new full citation is
 * compared with the one of the same title, and with differently spelt titles only while the author has few
 * titles, so the rule stays linear on a long document.
 *
 * <p>Stateless and thread-safe; what it has seen lives in the checker of one document.
 */
final class FullCitationsDisagreeRule extends SingleCodeRule implements NoteRule {

    FullCitationsDisagreeRule() {
        super(BuiltInCode.FULL_CITATIONS_DISAGREE);
    }

    @Override
    public NoteChecker start(CheckContext context, DiagnosticSink sink) {
        if (!sink.reports(code())) {
            return CitationRule.NOTHING;
        }
        Map<String, Map<String, Seen>> byAuthor = new HashMap<>();
        return new NoteChecker() {
            @Override
            public void citation(ResolvedNote note, ResolvedCitation rc) {
                if (rc.kind() != CitationKind.FULL) {
                    return;
                }
                Reference r = rc.work();
                if (r.title() == null) {
                    return;
                }
                String author = r.authors().isEmpty() ? "" : Names.fold(r.authors().get(0).surname());
                Map<String, Seen> titles = byAuthor.computeIfAbsent(author, k -> new HashMap<>());
                String title = Names.fold(r.title());
                Seen same = titles.get(title);
                String diff = null;
                Seen other = same;
                Titles.Prepared prepared = null;
                if (same != null) {
                    diff = difference(same.reference(), r, false);
                } else if (titles.size() <= MAX_TITLES_COMPARED) {
                    for (Seen e : titles.values()) {
                        if (!couldBeMisspelt(e.folded(), title)) {
                            continue; // an edit distance only for titles of about the same length and opening
                        }
                        if (prepared == null) {
                            prepared = Titles.prepare(r.title());
                        }
                        if (!Titles.spelledDifferently(e.prepared(), prepared)) {
                            continue; // another title (the same title would have been found above)
                        }
                        diff = difference(e.reference(), r, true);
                        if (diff != null) {
                            other = e;
                            break;
                        }
                    }
                }
                if (diff != null) {
                    sink.report(code(), note.note(), rc.citation().span(), "note "
                            + note.note().displayName() + " and note " + other.note().note().displayName()
                            + " cite the same work but disagree on " + diff);
                }
                if (!titles.containsKey(title)) {
                    titles.put(title, new Seen(note, r, title, prepared));
                }
            }
        };
    }

    private static final int MAX_TITLES_COMPARED = 50;

    /**
     * What two full citations of one work disagree on, their titles the same or (misspelt) spelled differently;
     * null when they are two volumes, or agree.
     */
    private static String difference(Reference a, Reference b, boolean misspelt) {
        if (!Names.fold(a.volume()).equals(Names.fold(b.volume()))) {
            return null; // two volumes of one work are cited as two works
        }
        List<String> diffs = new ArrayList<>();
        if (misspelt) {
            diffs.add("the title (\"" + Texts.abbreviate(a.title()) + "\" / \"" + Texts.abbreviate(b.title()) + "\")");
        }
        if (a.year() != 0 && b.year() != 0 && a.year() != b.year()) {
            diffs.add("the year (" + a.year() + " / " + b.year() + ")");
        }
        if (differ(a.publisher(), b.publisher())) {
            diffs.add("the publisher (" + a.publisher() + " / " + b.publisher() + ")");
        }
        if (differ(a.publisherPlace(), b.publisherPlace())) {
            diffs.add("the place (" + a.publisherPlace() + " / " + b.publisherPlace() + ")");
        }
        return diffs.isEmpty() ? null : String.join(", ", diffs);
    }

    private static boolean differ(String a, String b) {
        return a != null && b != null && !Names.fold(a).equals(Names.fold(b));
    }

    /** The first full citation of a title by one author, its title prepared for comparisons when first needed. */
    private static final class Seen {
        private final ResolvedNote note;
        private final Reference reference;
        private final String folded;
        private Titles.Prepared prepared;

        Seen(ResolvedNote note, Reference reference, String folded, Titles.Prepared prepared) {
            this.note = note;
            this.reference = reference;
            this.folded = folded;
            this.prepared = prepared;
        }

        ResolvedNote note() {
            return note;
        }

        Reference reference() {
            return reference;
        }

        String folded() {
            return folded;
        }

        Titles.Prepared prepared() {
            if (prepared == null) {
                prepared = Titles.prepare(reference.title());
            }
            return prepared;
        }
    }

    private static boolean couldBeMisspelt(String a, String b) {
        int max = Math.max(a.length(), b.length());
        return Math.abs(a.length() - b.length()) * 5 <= max
                && a.regionMatches(0, b, 0, Math.min(2, Math.min(a.length(), b.length())));
    }
}

package org.ibidem.resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ibidem.citation.CitationKind;
import org.ibidem.citation.Names;
import org.ibidem.citation.ParsedNote;
import org.ibidem.citation.ShortCitation;
import org.ibidem.document.Note;
import org.ibidem.reference.Reference;
import org.jspecify.annotations.NullMarked;

/**
 * Resolves the documents of one project — a book's chapters, each in a file of its own — as one: the same work
 * cited in several chapters is one source, and a chapter's short form may point at a work given in full in an
 * earlier chapter.
 *
 * <p>The rules, after the Chicago Manual of Style (CMOS 17 §14.30, which CMOS 18 keeps: a work is given in full
 * at its first mention in each chapter):
 * <ul>
 *   <li>Each document is resolved on its own first, by the {@link Resolver}, exactly as it is alone: an ibid never
 *       reaches back into an earlier document, and a short form that finds its work in its own chapter keeps
 *       it.</li>
 *   <li>A short form that matched nothing in its own chapter ({@link ResolutionStatus#INTRODUCED}) is then looked
 *       up among the works given in full in the earlier documents; when exactly one matches, it points at that
 *       work, with the status {@link ResolutionStatus#RESOLVED_ACROSS_CHAPTER} and the flag
 *       {@link ResolutionFlag#IN_EARLIER_DOCUMENT} — the status a short form gets in
 *       one document whose notes are numbered by chapter — and the note of that work's last full citation as its
 *       antecedent. The checks then report it as {@code short-form-previous-chapter} (a warning: the reader of the
 *       chapter finds the work, but Chicago wants it in full again), not as {@code short-form-unmatched} (an
 *       error). A short form never points forward into a later document, and one that matches several earlier
 *       works stays unmatched.</li>
 *   <li>Works with the same identity (authors, title, volume, container; the resolver's key) given in full in
 *       several documents are one source, listed once, with the reference of its first document; so are works
 *       named by the same citation key, and works known from the same unmatched short form. Ids are given once,
 *       over the whole project.</li>
 * </ul>
 * An antecedent in another document is that document's note, carrying the document's name as its
 * {@link Note#chapter() chapter}, so that a message can say where it is ("note 3 of ch1.md"). A project of one
 * document resolves exactly as the {@link Resolver} does.
 *
 * <pre>{@code
 * List<ParsedNote> ch1 = new NoteParser().parseAll(Documents.read(Path.of("ch1.md")));
 * List<ParsedNote> ch2 = new NoteParser().parseAll(Documents.read(Path.of("ch2.md")));
 * ProjectResolution p = new ProjectResolver().resolve(List.of("ch1.md", "ch2.md"), List.of(ch1, ch2));
 * p.sources().size();   // works cited in the two chapters, each once
 * }</pre>
 *
 * <p>Stateless and thread-safe; each call works on its own state.
 */
@NullMarked
public final class ProjectResolver {

    /** Creates a project resolver; it keeps no state between calls. */
    public ProjectResolver() {
        // nothing to set up
    }

    /**
     * Resolves the parsed notes of each document, in the order of the documents (the chapters' order).
     *
     * @param names     each document's name, for messages about a note of another document
     * @param documents each document's parsed notes, in order
     * @throws IllegalArgumentException when there are not as many names as documents
     */
    public ProjectResolution resolve(List<String> names, List<List<ParsedNote>> documents) {
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(documents, "documents");
        if (names.size() != documents.size()) {
            throw new IllegalArgumentException("One name per document: " + names.size() + " names for "
                    + documents.size() + " documents");
        }
        Resolver resolver = new Resolver();
        List<Resolution> alone = new ArrayList<>(documents.size());
        for (List<ParsedNote> d : documents) {
            alone.add(resolver.resolve(d));
        }
        return new Merge().run(names, alone);
    }

    /** One merge of per-document resolutions; owns its works. */
    private static final class Merge {
        // The works given in full in the documents merged so far: where a later chapter's short form looks.
        private final WorkIndex given = new WorkIndex(16);
        private final Map<String, Work> byKey = new HashMap<>();
        private final List<Work> works = new ArrayList<>();
        // The note of each work's last full citation, in the document that gave it.
        private final Map<Work, Note> lastFull = new HashMap<>();
        private int order;

        /** A short form resolved into an earlier document: the work and the note it leans on. */
        private record Across(Work work, Note antecedent) {
        }

        ProjectResolution run(List<String> names, List<Resolution> alone) {
            List<Map<String, Work>> projectWorkOf = new ArrayList<>(alone.size());
            Map<ResolvedCitation, Across> across = new IdentityHashMap<>();
            for (int d = 0; d < alone.size(); d++) {
                projectWorkOf.add(merge(names.get(d), alone.get(d), across));
            }
            List<Reference> sources = SourceIds.assign(works);
            List<Resolution> documents = new ArrayList<>(alone.size());
            for (int d = 0; d < alone.size(); d++) {
                documents.add(rewritten(alone.get(d), projectWorkOf.get(d), across));
            }
            return new ProjectResolution(documents, sources);
        }

        /** Files one document's works among the project's; returns the project work of each local source id. */
        private Map<String, Work> merge(String name, Resolution r, Map<ResolvedCitation, Across> across) {
            Set<String> inFull = new HashSet<>();
            Set<String> keyed = new HashSet<>();
            for (ResolvedNote n : r.notes()) {
                for (ResolvedCitation rc : n.citations()) {
                    if (rc.sourceId() == null) {
                        continue;
                    }
                    if (rc.kind() == CitationKind.FULL) {
                        inFull.add(rc.sourceId());
                    } else if (rc.citation() instanceof ShortCitation s && s.form() == ShortCitation.Form.CITATION_KEY) {
                        keyed.add(rc.sourceId());
                    }
                }
            }
            // Short forms that matched nothing here, looked up in the earlier chapters (before this one's works
            // join them: a short form never points forward).
            Map<String, Work> local = new HashMap<>();
            for (ResolvedNote n : r.notes()) {
                for (ResolvedCitation rc : n.citations()) {
                    if (rc.status() == ResolutionStatus.INTRODUCED && rc.sourceId() != null
                            && !inFull.contains(rc.sourceId()) && !local.containsKey(rc.sourceId())
                            && rc.citation() instanceof ShortCitation s) {
                        Work w = earlierWork(s);
                        if (w != null) {
                            local.put(rc.sourceId(), w);
                            across.put(rc, new Across(w, lastFull.get(w)));
                        }
                    }
                }
            }
            Set<Work> usedHere = new HashSet<>(local.values());
            List<Work> newlyGiven = new ArrayList<>();
            for (Reference ref : r.sources()) {
                if (local.containsKey(ref.id())) {
                    continue;
                }
                String folded = Names.fold(ref.title());
                boolean full = inFull.contains(ref.id());
                String key = keyed.contains(ref.id()) ? "\u0001" + ref.id()
                        : (full ? "" : "?") + Work.keyOf(ref, folded);
                Work w = byKey.get(key);
                // Merged across documents only: two works of one document stay two, as the resolver left them.
                if (w == null || usedHere.contains(w)) {
                    w = new Work(ref, ++order, name, key, TitleMatch.Folded.of(ref.title(), folded));
                    if (keyed.contains(ref.id())) {
                        w.citationKey = ref.id();
                    }
                    works.add(w);
                    byKey.putIfAbsent(key, w);
                    if (full) {
                        newlyGiven.add(w);
                    }
                }
                usedHere.add(w);
                local.put(ref.id(), w);
            }
            for (ResolvedNote n : r.notes()) {
                Note named = null;
                for (ResolvedCitation rc : n.citations()) {
                    if (rc.kind() == CitationKind.FULL && rc.sourceId() != null) {
                        named = named != null ? named : inDocument(n.note(), name);
                        lastFull.put(local.get(rc.sourceId()), named);
                    }
                }
            }
            newlyGiven.forEach(given::addFull);
            return local;
        }

        /** The one work given in full in an earlier document that a short form can mean, or null. */
        private Work earlierWork(ShortCitation s) {
            if (given.works().isEmpty() || s.form() == ShortCitation.Form.REVIEWED_WORK
                    || (s.authors().isEmpty() && s.title() == null)) {
                return null;
            }
            List<Work> found = given.candidatesFor(s, Integer.MAX_VALUE);
            if (s.volume() != null) {
                found = found.stream()
                        .filter(w -> w.reference.volume() == null || Volumes.same(w.reference.volume(), s.volume()))
                        .toList();
            }
            return found.size() == 1 ? found.get(0) : null;
        }

        /** A note of a document, carrying the document's name as its chapter, for messages in other documents. */
        private static Note inDocument(Note n, String name) {
            String chapter = n.chapter() == null ? name : name + ", " + n.chapter();
            return new Note(n.index(), n.number(), n.label(), n.text(), n.position(), n.textMap(), n.emphasis(),
                    chapter, n.keys());
        }

        private static Set<ResolutionFlag> withFlag(Set<ResolutionFlag> flags, ResolutionFlag flag) {
            Set<ResolutionFlag> more = java.util.EnumSet.of(flag);
            more.addAll(flags);
            return more;
        }

        /** A document's resolution with the project's ids, and its short forms resolved into earlier chapters. */
        private static Resolution rewritten(Resolution r, Map<String, Work> projectWork,
                                            Map<ResolvedCitation, Across> across) {
            List<ResolvedNote> notes = new ArrayList<>(r.notes().size());
            for (ResolvedNote n : r.notes()) {
                List<ResolvedCitation> cs = new ArrayList<>(n.citations().size());
                for (ResolvedCitation rc : n.citations()) {
                    Across a = across.get(rc);
                    if (a != null) {
                        cs.add(new ResolvedCitation(rc.citation(), rc.kind(), ResolutionStatus.RESOLVED_ACROSS_CHAPTER,
                                a.work().id, a.antecedent(), rc.locator(), rc.locatorInherited(), List.of(), null,
                                rc.work(), withFlag(rc.flags(), ResolutionFlag.IN_EARLIER_DOCUMENT), 0));
                    } else if (rc.sourceId() != null) {
                        cs.add(new ResolvedCitation(rc.citation(), rc.kind(), rc.status(),
                                projectWork.get(rc.sourceId()).id, rc.antecedent(), rc.locator(),
                                rc.locatorInherited(), rc.candidates(), rc.matchedTitle(), rc.work(), rc.flags(),
                                rc.candidateCount()));
                    } else {
                        cs.add(rc);
                    }
                }
                notes.add(new ResolvedNote(n.note(), cs));
            }
            Map<String, Reference> sources = new LinkedHashMap<>();
            for (Reference ref : r.sources()) {
                Work w = projectWork.get(ref.id());
                sources.putIfAbsent(w.id, w.reference);
            }
            return new Resolution(notes, List.copyOf(sources.values()));
        }
    }
}
